/**
 * The neutral document model the import readers produce and the form
 * recogniser reads: paragraphs and tables of cells with their merges, in
 * reading order. The .docx reader (docx.ts) and the PDF reader (pdf.ts) both
 * build it, so blocks I–IV are recognised once (recognize.ts).
 */

/** A paragraph's text as written (runs joined, deletions dropped, insertions kept). */
export interface Para {
    text: string;
    /** The label Word's auto-numbering shows before the text («1.», «2)»), not part of `text`. */
    num?: string;
    /** PDF: the top of the paragraph's first line on the page (for pairing cells by height). */
    y?: number;
    /** PDF: the page the paragraph starts on (1-based). */
    page?: number;
}

export interface Cell {
    paras: Para[];
    /** First grid column the cell covers (0-based). */
    col: number;
    /** Grid columns covered (`w:gridSpan`). */
    span: number;
    /** A vertical merge continues here (`w:vMerge` without «restart»): `paras` are the merge's first cell's. */
    merged?: boolean;
}

export interface Row {
    cells: Cell[];
}

export interface Table {
    /** 1-based number of the table in the document, as a person counts them. */
    index: number;
    rows: Row[];
}

export type Block = { kind: 'p'; para: Para } | { kind: 'table'; table: Table };

export interface NeutralDocument {
    format: 'docx' | 'pdf';
    blocks: Block[];
    /** Tracked changes met: insertions taken, deletions dropped. */
    trackedChanges: number;
}

/** Why a file cannot be read at all: one clear line each (messages `import.error.*`). */
export type ImportErrorKind = 'notDocxPdf' | 'oldDoc' | 'encrypted' | 'corrupt' | 'zipBomb' | 'empty' | 'scanned' | 'notAPlan';

export class ImportError extends Error {
    constructor(readonly kind: ImportErrorKind, detail?: string) {
        super(detail ? `${kind}: ${detail}` : kind);
    }
}

/** The text of a cell: its paragraphs joined by a space. */
export function cellText(cell: Cell | undefined): string {
    return cell ? cell.paras.map(p => p.text).join(' ').replace(/\s+/g, ' ').trim() : '';
}
