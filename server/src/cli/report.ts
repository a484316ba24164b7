/**
 * `esep report <file> [-o out.docx] [--lang kk|ru] [--kind final|plan|interim] [--strict] [--force] [--review] [--charts]`
 *
 * `--review` adds a review appendix after the form (deviations without a justification, facts
 * not written); `--charts` adds plan-vs-fact charts of comparable counts. Without them the
 * document is the official form only.
 *
 * Writes the official form as .docx next to the input (or to -o). Never
 * overwrites an existing file without --force; writes a temporary file in the
 * same folder and moves it into place, so a failure leaves an old file intact.
 * The .grant file is only read.
 *
 * Exit codes: 0 written; 1 not written (file errors, missing header fields,
 * --strict findings, existing output, write failure); 2 usage.
 */
import { closeSync, existsSync, fsyncSync, linkSync, lstatSync, openSync, realpathSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { t, type Lang } from '../../../language/src/i18n.js';
import { renderDocx } from '../report/docx.js';
import { renderDocxBounded } from '../report/docx-stream.js';
import { isReportKind, isReportLang, prepareReport, type PrepareOptions, type ReportProblem } from '../report/prepare.js';
import type { BuiltReport } from '../report/document.js';
import type { DocWriter } from '../report/render.js';
import { reportDateISO, type Options } from './args.js';
import { cliServices, loadGrantFile, readText, type CliIO } from './io.js';
import { piecewiseWanted } from './piecewise/check.js';
import { reportInPieces } from './piecewise/report.js';
import { printable } from '../terminal.js';
import { leanHeapFor, relaxHeap } from './lean-heap.js';
import { letGoOfLastTree } from '../../../language/src/parser.js';

export interface ReportCliOptions {
    lang: Lang;
    output?: string;
    kind?: string;
    strict: boolean;
    force?: boolean;
    reportDate?: string;
    review?: boolean;
    charts?: boolean;
}

export interface ReportCliDeps {
    /** The .docx writer; tests replace it to simulate a failure. */
    write?: DocWriter;
}

/** From this size of the input (bytes) on, the .docx is written in pieces (report/docx-stream.ts). */
const BOUNDED_REPORT_BYTES = 512 * 1024;

function sizeOf(file: string): number {
    try {
        return statSync(file).size;
    } catch {
        return 0; // unreadable: its reading says why
    }
}

export class ExistsError extends Error {}

function isDirectory(path: string): boolean {
    try {
        return statSync(path).isDirectory();
    } catch {
        return false;
    }
}

function samePath(a: string, b: string): boolean {
    if (resolve(a) === resolve(b)) return true;
    try {
        return existsSync(b) && realpathSync(a) === realpathSync(b);
    } catch {
        return false;
    }
}

/** An existing output that is not a regular file: a symlink, a device, a FIFO, a socket, a folder. */
class NotRegularTargetError extends Error {}

/** Throws NotRegularTargetError when `target` exists and is anything but a regular file (links are not followed). */
function ensureReplaceable(target: string): void {
    let stat;
    try {
        stat = lstatSync(target);
    } catch {
        return; // absent (or unreadable: the write will say so)
    }
    if (!stat.isFile()) throw new NotRegularTargetError(target);
}

/**
 * Writes `bytes` to `target` through a temporary file in the same folder.
 * Without `force` the final step refuses an existing target, even one that
 * appeared meanwhile (a hard link cannot replace a file). With `force` only a
 * regular file is replaced: never a device node, a FIFO or a symlink. The
 * temporary file is removed on every path that does not move it into place
 * (a write cut short by a full disk or a file size limit included).
 */
export function writeAtomic(target: string, bytes: Uint8Array, force: boolean): void {
    writeAtomicWith(target, force, write => write(bytes));
}

/** `writeAtomic` of a file written in pieces: `fill` passes them, in order, to `write`. */
export function writeAtomicWith(target: string, force: boolean, fill: (write: (bytes: Uint8Array) => void) => void): void {
    const tmp = join(dirname(target), `.${basename(target)}.${process.pid}.${Date.now().toString(36)}.tmp`);
    const fd = openSync(tmp, 'wx');
    try {
        try {
            fill(bytes => {
                let off = 0;
                while (off < bytes.length) off += writeSync(fd, bytes, off, bytes.length - off);
            });
            fsyncSync(fd);
        } finally {
            closeSync(fd);
        }
        if (force) {
            ensureReplaceable(target);
            renameSync(tmp, target);
            return;
        }
        try {
            linkSync(tmp, target);
        } catch (e) {
            const code = (e as NodeJS.ErrnoException).code;
            if (code === 'EEXIST') throw new ExistsError(target);
            // File systems without hard links: check, then move.
            if (existsSync(target)) throw new ExistsError(target);
            renameSync(tmp, target);
        }
    } finally {
        try {
            unlinkSync(tmp);
        } catch {
            // Moved into place, or never there.
        }
    }
}

/**
 * The report model of `file`, or why there is none. The document (syntax tree, evaluated model)
 * is let go before this returns: while the .docx is written, memory holds the report model only.
 */
async function reportModel(services: ReturnType<typeof cliServices>, file: string, options: PrepareOptions, lang: Lang): Promise<
    { error: string } | { problems: ReportProblem[] } | { built: BuiltReport; fileName: string; errorCount: number; input: string }> {
    // A big file: read a piece at a time, its per-task rows made while the .docx is written.
    if (piecewiseWanted(sizeOf(file))) {
        const { text, error } = readText(file, lang);
        if (error !== undefined || text === undefined) return { error: error ?? t('cli.noSuchFile', { file }, lang) };
        const path = resolve(file);
        const read = await reportInPieces(services, file, path, text, options);
        if (read) return 'problems' in read ? read : { ...read, input: path };
    }
    const loaded = await loadGrantFile(services, file);
    if ('error' in loaded) return loaded;
    const prepared = prepareReport(loaded.document, services.Grant, options);
    await services.shared.workspace.DocumentBuilder.update([], [loaded.document.uri]);
    letGoOfLastTree(services.Grant.parser.LangiumParser);
    if (!prepared.ok) return { problems: prepared.errors };
    return { built: prepared.built, fileName: prepared.fileName, errorCount: prepared.errorCount, input: loaded.path };
}

export async function report(file: string, options: ReportCliOptions, io: CliIO, deps: ReportCliDeps = {}): Promise<number> {
    const kind = options.kind ?? 'final';
    if (!isReportKind(kind)) {
        io.err(t('report.badKind', { kind }));
        return 2;
    }
    const lang = options.lang;
    if (!isReportLang(lang)) {
        io.err(t('report.badLang', { lang }));
        return 2;
    }
    // -o may name a file or a folder (existing, or written with a trailing slash).
    const outputIsFolder = !!options.output && (/[\\/]$/.test(options.output) || isDirectory(options.output));
    // `-o report.pdf`: a Word file under another name would not open; said before any work.
    // (`-o` naming the .grant file itself is refused below, in its own words.)
    if (options.output && !outputIsFolder && !/\.docx$/i.test(options.output) && !samePath(resolve(options.output), resolve(file))) {
        io.err(t('report.notDocx', { file: options.output }));
        return 2;
    }
    // A big input: the heap kept close to what is alive (from 4 MB), and the .docx written in
    // pieces (from 512 KB; the whole-document writer took ~0.75 GB for 1 MB of input).
    leanHeapFor([file]);
    const size = sizeOf(file);
    // (A file read in pieces has its rows made while it is written: the bounded writer only.)
    const big = size >= BOUNDED_REPORT_BYTES || process.env.ESEP_BOUNDED_REPORT === '1' || piecewiseWanted(size);
    const services = cliServices(reportDateISO(options.reportDate));
    const ready = await reportModel(services, file, { kind, lang, review: options.review, charts: options.charts }, lang);
    if ('error' in ready) {
        io.err(ready.error);
        return 1;
    }
    if ('problems' in ready) {
        io.err(t('report.notWritten'));
        for (const e of ready.problems) io.err(printable(`${file}:${e.line}:${e.column}: ${e.message}`));
        return 1;
    }
    const { built, input, fileName, errorCount } = ready;
    relaxHeap();
    const target = !options.output ? join(dirname(input), fileName)
        : outputIsFolder ? join(resolve(options.output), fileName) : resolve(options.output);
    if (samePath(target, input)) {
        io.err(t('report.sameAsInput', { file: target }));
        return 1;
    }
    for (const u of built.unjustified) {
        // A missing fact is said once («факт жазылмаған»), not as «факт факт көрсетілмеген».
        const row = u.factMissing ? t('report.unjustifiedRowMissing', { name: u.name, plan: u.plan }) : t('report.unjustifiedRow', { name: u.name, plan: u.plan, fact: u.fact });
        io.err(printable(`${file}:${u.line}:${u.column}: ${row}`));
    }
    if (options.strict && (built.unjustified.length || errorCount)) {
        io.err(t('report.strictRefused', { count: built.unjustified.length, errors: errorCount }));
        return 1;
    }
    if (existsSync(target) && !options.force) {
        io.err(t('report.exists', { file: target }));
        return 1;
    }
    try {
        ensureReplaceable(target);
    } catch {
        io.err(t('report.notRegularTarget', { file: target }));
        return 1;
    }
    let bytes: Uint8Array;
    try {
        bytes = await (deps.write ?? (big ? renderDocxBounded : renderDocx))(built.doc);
    } catch (e) {
        io.err(t('report.renderFailed', { reason: e instanceof Error ? e.message : String(e) }));
        return 1;
    }
    try {
        writeAtomic(target, bytes, !!options.force);
    } catch (e) {
        if (e instanceof ExistsError) io.err(t('report.exists', { file: target }));
        else if (e instanceof NotRegularTargetError) io.err(t('report.notRegularTarget', { file: target }));
        else io.err(t('report.writeFailed', { file: target, reason: (e as NodeJS.ErrnoException).code ?? String(e) }));
        return 1;
    }
    for (const w of built.warnings) io.err(printable(w));
    io.out(t('report.written', { file: target }));
    return 0;
}

/** `esep report <file>` from the parsed command line. */
export function reportCommand(options: Options, io: CliIO): Promise<number> {
    return report(options.files[0], options, io);
}
