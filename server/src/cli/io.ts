/**
 * Where the CLI's lines go, and the one way every subcommand reads a .grant file
 * into an evaluated, validated document.
 */
import { writeSync } from 'node:fs';
import { resolve } from 'node:path';
import type { LangiumDocument } from 'langium';
import { FileBytesReader, FileTooLargeError, NotRegularFileError, SafeNodeFileSystem } from '../node-files.js';
import type { GrantFile } from '../../../language/src/generated/ast.js';
import { createGrantServices, type GrantServices } from '../../../language/src/grant-module.js';
import { t, type Lang, type MessageKey } from '../../../language/src/i18n.js';
import { notGrantText, type NotGrantText } from '../file-kind.js';
import { loadDocument } from '../workspace.js';

export interface CliIO {
    out: (line: string) => void;
    err: (line: string) => void;
    /** Writes bytes to the standard output as they are (a long document, piece by piece); without it, `out` gets the text. */
    write?: (bytes: Uint8Array) => void;
    /** Which of the outputs is a terminal (a person reading): absent for anything else (tests, pipes). */
    terminal?: { out: boolean; err: boolean };
}

const PAUSE = new Int32Array(new SharedArrayBuffer(4));

/**
 * Writes all of `text` to a file descriptor at once, waiting while a pipe is full. Through the
 * `process.stdout` stream a pipe is written asynchronously, and a long check into a pipe kept
 * far more memory than into a file (200 000 tasks: 1.3 GB against 0.4 GB).
 */
function writeAll(fd: number, text: string | Uint8Array): void {
    if (readerGone) return;
    const bytes = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
    let done = 0;
    while (done < bytes.length) {
        try {
            done += writeSync(fd, bytes, done);
        } catch (e) {
            const code = (e as NodeJS.ErrnoException).code;
            // `esep check … | head`: the reader has what it wanted; the rest is not written.
            if (code === 'EPIPE') { readerGone = true; return; }
            if (code !== 'EAGAIN') throw e;
            Atomics.wait(PAUSE, 0, 0, 2); // the reader has not taken the last lines yet
        }
    }
}

let readerGone = false;

export const defaultIO: CliIO = {
    out: line => writeAll(1, line + '\n'),
    write: bytes => writeAll(1, bytes),
    err: line => process.stderr.write(line + '\n'),
    get terminal() { return { out: !!process.stdout.isTTY, err: !!process.stderr.isTTY }; }
};

const reader = new FileBytesReader();
const NOT_TEXT = {
    word: 'cli.wordDocument', pdf: 'cli.pdfDocument', oldWord: 'cli.oldWord', utf16: 'cli.notUtf8', binary: 'cli.binary'
} as const satisfies Record<NotGrantText, MessageKey>;
/** One decoder for every file (it keeps nothing between whole decodes). */
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** Reads a file as UTF-8 text; a one-line message instead of a stack trace when it cannot. */
export function readText(file: string, lang?: Lang): { text?: string; error?: string } {
    let bytes: Uint8Array;
    try {
        // Only a regular file, of bounded size: a pipe or a device is refused, not waited on.
        bytes = reader.read(file);
    } catch (e) {
        if (e instanceof NotRegularFileError) return { error: t('cli.notRegularFile', { file }, lang) };
        if (e instanceof FileTooLargeError) {
            const mb = (n: number) => String(Math.ceil(n / (1024 * 1024)));
            return { error: t('cli.tooLarge', { file, size: mb(e.size), limit: mb(e.limit) }, lang) };
        }
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'ENOENT') return { error: t('cli.noSuchFile', { file }, lang) };
        if (code === 'EISDIR') return { error: t('cli.notRegularFile', { file }, lang) };
        return { error: t('cli.cannotRead', { file, reason: code ?? String(e) }, lang) };
    }
    // A signed plan given instead of its .grant, an image… said as such (file-kind.ts).
    const kind = notGrantText(bytes);
    if (kind !== undefined) return { error: t(NOT_TEXT[kind], { file }, lang) };
    try {
        const text = utf8.decode(bytes);
        return { text };
    } catch {
        return { error: t('cli.notUtf8', { file }, lang) };
    }
}

/** The services of one CLI run: the real file system (evidence paths are checked), the report date given. */
export function cliServices(reportDate: string | undefined): ReturnType<typeof createGrantServices> {
    const services = createGrantServices(SafeNodeFileSystem);
    // Each file is read once: no reading is kept for a next version (model/reused.ts).
    services.Grant.model.Evaluator.setOptions({ reportDate, keepReadings: false });
    return services;
}

export type Loaded = { document: LangiumDocument<GrantFile>; path: string } | { error: string };

/** Reads, parses, evaluates and validates one file with the services of this run. */
export async function loadGrantFile(services: ReturnType<typeof createGrantServices>, file: string, lang?: Lang): Promise<Loaded> {
    const { text, error } = readText(file, lang);
    if (error !== undefined || text === undefined) return { error: error ?? t('cli.noSuchFile', { file }, lang) };
    const path = resolve(file);
    const document = await loadDocument(services.shared, services.Grant, text, path);
    return { document, path };
}

export type { GrantServices };
