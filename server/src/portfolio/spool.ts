/**
 * The long parts of a portfolio document — the rows of the indicators and of the findings, a few
 * kilobytes a project — wait here until the document is put together at the end. Here they wait
 * in memory (the editor's requests, tests); the CLI's spool (cli/portfolio/file-spool.ts) keeps
 * them in files, so `esep summary -o x.json|x.html` (or to a pipe) holds the same memory for 100
 * projects as for 10 000.
 */

export interface Spool {
    /** Adds text at the end of a part. */
    append(part: string, text: string): void;
    /** Whether anything was added to the part. */
    has(part: string): boolean;
}

/** A finished document, in order: text, bytes, or a whole part of the spool. */
export type Piece = string | Uint8Array | { part: string };

export class MemorySpool implements Spool {
    private readonly parts = new Map<string, string[]>();

    append(part: string, text: string): void {
        let list = this.parts.get(part);
        if (!list) this.parts.set(part, list = []);
        list.push(text);
    }

    has(part: string): boolean {
        return !!this.parts.get(part)?.length;
    }

    text(part: string): string {
        return this.parts.get(part)?.join('') ?? '';
    }
}

/** Adds rows to a part, `separator` between them and after the rows already there. */
export function appendRows(spool: Spool, part: string, rows: string[], separator: string): void {
    if (!rows.length) return;
    const text = rows.join(separator);
    spool.append(part, spool.has(part) ? separator + text : text);
}

/** The document of `pieces` as one string; only a spool in memory can give it (a file spool's parts are written with writePieces). */
export function joinPieces(pieces: Piece[], spool: Spool): string {
    if (!(spool instanceof MemorySpool)) throw new Error('joinPieces: the parts are in files; write the pieces instead');
    const decoder = new TextDecoder();
    return pieces.map(p => typeof p === 'string' ? p : p instanceof Uint8Array ? decoder.decode(p) : spool.text(p.part)).join('');
}
