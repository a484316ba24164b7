/**
 * The spool of `esep summary` (portfolio/spool.ts) in files: the rows of the indicators and of
 * the findings are written to a hidden folder beside the output as they come (in pieces of about
 * a megabyte) and copied into the output at the end; the folder is removed afterwards, whatever
 * happens. The portfolio of 1 000 projects as .json or .html is ~60 MB of text, and held in
 * memory it took the process from ~430 MB to ~900 MB.
 */
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { Piece, Spool } from '../../portfolio/spool.js';

/** Text kept before it is written to its file (characters). */
const FLUSH_AT = 1 << 20;

interface PartFile { fd: number; pending: string[]; pendingLength: number; size: number }

export class FileSpool implements Spool {
    private readonly dir: string;
    private readonly files = new Map<string, PartFile>();

    /** `folder`: where the hidden working folder goes (beside the output, so not in a RAM-backed /tmp). */
    constructor(folder: string) {
        this.dir = mkdtempSync(join(folder, '.esep-summary-'));
    }

    /** Throws when the text cannot be written (a full disk, a file size limit): summary says why once the batch is over. */
    append(part: string, text: string): void {
        let file = this.files.get(part);
        if (!file) {
            file = { fd: openSync(join(this.dir, `${this.files.size}.part`), 'w+'), pending: [], pendingLength: 0, size: 0 };
            this.files.set(part, file);
        }
        file.pending.push(text);
        file.pendingLength += text.length;
        if (file.pendingLength >= FLUSH_AT) this.flush(file);
    }

    has(part: string): boolean {
        const file = this.files.get(part);
        return !!file && (file.size > 0 || file.pendingLength > 0);
    }

    /** Passes the bytes of a part, a megabyte at a time, to `write`. */
    copy(part: string, write: (bytes: Uint8Array) => void): void {
        const file = this.files.get(part);
        if (!file) return;
        this.flush(file);
        const buffer = Buffer.allocUnsafe(FLUSH_AT);
        for (let at = 0; at < file.size;) {
            const n = readSync(file.fd, buffer, 0, Math.min(buffer.length, file.size - at), at);
            if (n <= 0) throw new Error(`esep summary: the working file of «${part}» ended early`);
            write(buffer.subarray(0, n));
            at += n;
        }
    }

    /** Closes and removes the working files. */
    dispose(): void {
        for (const file of this.files.values()) {
            try { closeSync(file.fd); } catch { /* closed */ }
        }
        this.files.clear();
        rmSync(this.dir, { recursive: true, force: true });
    }

    private flush(file: PartFile): void {
        if (!file.pendingLength) return;
        const bytes = Buffer.from(file.pending.join(''), 'utf8');
        file.pending = [];
        file.pendingLength = 0;
        for (let done = 0; done < bytes.length;) done += writeSync(file.fd, bytes, done, bytes.length - done, file.size + done);
        file.size += bytes.length;
    }
}

/** Writes a document's pieces in order, the spool's parts copied from their files. */
export function writePieces(pieces: Piece[], spool: FileSpool | undefined, write: (bytes: Uint8Array) => void): void {
    for (const piece of pieces) {
        if (typeof piece === 'string') write(Buffer.from(piece, 'utf8'));
        else if (piece instanceof Uint8Array) write(piece);
        else if (spool) spool.copy(piece.part, write);
        else throw new Error(`esep summary: no spool holds the part «${piece.part}»`);
    }
}
