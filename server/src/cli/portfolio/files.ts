/**
 * Finding and reading the .grant files of a portfolio (Node only). Folders are walked
 * recursively; a file that cannot be read is not an error of the run but a row with its reason
 * (not UTF-8, binary, too large, a broken link, no permission).
 */
import { lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Lang } from '../../../../language/src/i18n.js';
import { L } from '../../portfolio/labels.js';
import { FileBytesReader, FileTooLargeError, NotRegularFileError } from '../../node-files.js';
import { notGrantText, type NotGrantText } from '../../file-kind.js';

/** Larger than any real plan or report (the biggest known is ~60 KB). */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

export interface Collected {
    /** The files, as the user will see them named (relative when given relative). */
    files: string[];
    /** Folders with no .grant file in them. */
    emptyFolders: string[];
}

const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn']);

function isGrant(name: string): boolean {
    return name.toLowerCase().endsWith('.grant');
}

/** Every .grant file under the given files and folders, each once, folders in name order. */
export function collectFiles(args: string[]): Collected {
    const files: string[] = [];
    const emptyFolders: string[] = [];
    const seen = new Set<string>();
    const visitedDirs = new Set<string>();
    const add = (file: string) => {
        let key = file;
        try { key = realpathSync(file); } catch { /* a broken link is still listed, under its own name */ }
        if (seen.has(key)) return;
        seen.add(key);
        files.push(file);
    };
    const walk = (dir: string): number => {
        let real = dir;
        try { real = realpathSync(dir); } catch { return 0; }
        if (visitedDirs.has(real)) return 0;
        visitedDirs.add(real);
        let entries: string[];
        try {
            entries = readdirSync(dir).sort((a, b) => a.localeCompare(b, 'en'));
        } catch {
            return 0;
        }
        let found = 0;
        for (const name of entries) {
            const path = join(dir, name);
            let isDir = false;
            try { isDir = statSync(path).isDirectory(); } catch { /* broken link: a file row if named .grant */ }
            if (isDir) {
                if (!SKIP_DIRS.has(name) && !name.startsWith('.')) found += walk(path);
            } else if (isGrant(name)) {
                add(path);
                found++;
            }
        }
        return found;
    };
    for (const arg of args) {
        let isDir = false;
        try { isDir = statSync(arg).isDirectory(); } catch { /* missing or broken: a row says so */ }
        if (isDir) {
            if (walk(arg) === 0) emptyFolders.push(arg);
        } else {
            add(arg);
        }
    }
    return { files, emptyFolders };
}

export type ReadResult = { text: string; problem?: undefined } | { text?: undefined; problem: string };

const reader = new FileBytesReader();
const NOT_TEXT = {
    word: 'problem.wordDocument', pdf: 'problem.pdfDocument', oldWord: 'problem.oldWord', utf16: 'problem.notUtf8', binary: 'problem.binary'
} as const satisfies Record<NotGrantText, Parameters<typeof L>[0]>;
/** One decoder for every file (it keeps nothing between whole decodes). */
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The file's text, or why it cannot be read, in the user's language. */
export function readGrantFile(file: string, lang: Lang, maxBytes = MAX_FILE_BYTES): ReadResult {
    let bytes: Uint8Array;
    try {
        bytes = reader.read(file, maxBytes);
    } catch (e) {
        if (e instanceof FileTooLargeError) {
            const mb = (n: number) => (n / 1024 / 1024).toFixed(1).replace(/\.0$/, '');
            return { problem: L('problem.tooLarge', lang, { size: mb(e.size), limit: mb(maxBytes) }) };
        }
        // A folder, a pipe or a device named .grant: not something to read.
        if (e instanceof NotRegularFileError) return { problem: L('problem.notRegular', lang) };
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'ENOENT' || code === 'ELOOP') {
            let link = false;
            try { link = lstatSync(file).isSymbolicLink(); } catch { /* not there at all */ }
            return { problem: L(link ? 'problem.brokenLink' : 'problem.notFound', lang) };
        }
        if (code === 'EACCES' || code === 'EPERM') return { problem: L('problem.noPermission', lang) };
        return { problem: L('problem.cannotRead', lang, { reason: code ?? String(e) }) };
    }
    // A signed plan given instead of its .grant, UTF-16 text, an image… (file-kind.ts).
    const kind = notGrantText(bytes);
    if (kind !== undefined) return { problem: L(NOT_TEXT[kind], lang) };
    try {
        return { text: utf8.decode(bytes) };
    } catch {
        return { problem: L('problem.notUtf8', lang) };
    }
}
