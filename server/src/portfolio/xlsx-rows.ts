/**
 * A sheet's rows written straight as bytes (xlsx.ts). Every cell of a row is markup, a number,
 * or the index of a shared string — the text itself is in the shared-string table — so the rows
 * are plain ASCII: each character is one byte, written into one reused buffer, with no string
 * built for a cell or a row. (Built as strings, 100 000 rows a sheet made the batch's writing
 * thread flatten and copy tens of megabytes of short-lived string pieces: a third of its time.)
 * The bytes are exactly those of the XML `<row r="7"><c r="A7" t="s"><v>12</v></c><c s="3">…</row>`.
 *
 * A row's first cell carries its reference (`r="A7"`), and so does a cell after an empty one;
 * a cell right after the one before it does not: the reference is optional in SpreadsheetML
 * (ECMA-376 §18.3.1.4), such a cell is the next column's, and Excel writes rows this way itself.
 * (Readers that need a first reference to count from — exceljs — have one in every row.) Each
 * cell's own row number made the Indicators sheet of 1 000 projects 46 MB of XML instead of
 * 33, and its compression twice as slow: it is the part of a row's markup that never repeats.
 */

/** A full buffer's bytes, handed on before the buffer is reused (they must be copied or consumed at once). */
export type RowBytesSink = (bytes: Uint8Array) => void;

function ascii(s: string): Uint8Array {
    const out = new Uint8Array(s.length);
    for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
    return out;
}

/** The longest a number is written by JavaScript («-1.2345678901234567e-123»), with room to spare. */
const NUMBER_MAX = 32;
/** Integers up to this are written digit by digit (String() gives the same digits). */
const SMALL_INTEGER = 2 ** 31;
/** One cell at most: `<c r="XFD1048576" t="s" s="99"><v>` + a number + `</v></c>`. */
const CELL_MAX = 48 + NUMBER_MAX;

const ROW_OPEN = ascii('<row r="');
const ROW_OPENED = ascii('">');
const ROW_CLOSE = ascii('</row>');
const CELL_OPEN = ascii('<c');
const REFERENCE_OPEN = ascii(' r="');
const REFERENCE_CLOSE = 34; // "
const VALUE_CLOSE = ascii('</v></c>');
const SHARED = ascii(' t="s"><v>');

/** The bytes between a cell's reference and its value: ` s="3"><v>` for a style, ` t="s" s="2"><v>` for a quoted string. */
export function styled(style: number, shared = false): Uint8Array {
    return ascii(shared ? ` t="s" s="${style}"><v>` : ` s="${style}"><v>`);
}

export class RowBytes {
    private readonly buffer: Uint8Array;
    private at = 0;
    private readonly names: Uint8Array[];
    /** The digits of the row being written (its cells' references end with them). */
    private readonly digits = new Uint8Array(16);
    private digitCount = 0;
    /** The column a cell written now takes without a reference: the one after the row's last cell (none at a row's start). */
    private nextColumn = -1;

    /** `columns`: the column names (A, B, …); `sink` takes the bytes whenever the buffer is full and at `flush`. */
    constructor(columns: string[], private readonly sink: RowBytesSink, size = 1 << 20) {
        this.names = columns.map(ascii);
        this.buffer = new Uint8Array(Math.max(size, 64 + columns.length * CELL_MAX));
    }

    /** Starts row `n` (1-based), making room for a whole row of cells first. */
    openRow(n: number): void {
        if (this.at + 32 + this.names.length * CELL_MAX > this.buffer.length) this.flush();
        this.put(ROW_OPEN);
        const from = this.at;
        this.integer(n);
        this.digitCount = this.at - from;
        this.digits.set(this.buffer.subarray(from, this.at));
        this.nextColumn = -1;
        this.put(ROW_OPENED);
    }

    closeRow(): void {
        this.put(ROW_CLOSE);
    }

    /** A cell holding a shared string: its reference, `t="s"` (or `between`), the string's index. */
    shared(column: number, index: number, between: Uint8Array = SHARED): void {
        this.reference(column, between);
        this.integer(index);
        this.put(VALUE_CLOSE);
    }

    /** A number cell: its reference, `between` (its style), the number as JavaScript writes it. */
    number(column: number, value: number, between: Uint8Array): void {
        this.reference(column, between);
        if (Number.isInteger(value) && value >= 0 && value <= SMALL_INTEGER) {
            // Most numbers (lines, counts, dates): their digits, as String() writes them, without a string.
            this.integer(value);
            this.put(VALUE_CLOSE);
            return;
        }
        const text = String(value);
        if (text.length > NUMBER_MAX) throw new Error(`A number too long for a cell: ${text}`);
        const buffer = this.buffer;
        let at = this.at;
        for (let i = 0; i < text.length; i++) buffer[at++] = text.charCodeAt(i);
        this.at = at;
        this.put(VALUE_CLOSE);
    }

    /** Hands what is written to the sink; the buffer is then reused. */
    flush(): void {
        if (this.at === 0) return;
        const bytes = this.buffer.subarray(0, this.at);
        this.at = 0;
        this.sink(bytes);
    }

    /** `<c`, the reference where the cell does not follow one before it in the row, then `between`. */
    private reference(column: number, between: Uint8Array): void {
        this.put(CELL_OPEN);
        if (column !== this.nextColumn) {
            this.put(REFERENCE_OPEN);
            this.put(this.names[column]);
            const buffer = this.buffer;
            const digits = this.digits;
            let at = this.at;
            for (let i = 0; i < this.digitCount; i++) buffer[at++] = digits[i];
            buffer[at++] = REFERENCE_CLOSE;
            this.at = at;
        }
        this.nextColumn = column + 1;
        this.put(between);
    }

    /** A non-negative integer's digits. */
    private integer(value: number): void {
        const buffer = this.buffer;
        if (value < 10) {
            buffer[this.at++] = 48 + value;
            return;
        }
        let end = this.at;
        for (let v = value; v > 0; v = Math.floor(v / 10)) end++;
        this.at = end;
        for (let v = value; v > 0; v = Math.floor(v / 10)) buffer[--end] = 48 + (v % 10);
    }

    private put(bytes: Uint8Array): void {
        const buffer = this.buffer;
        let at = this.at;
        for (let i = 0; i < bytes.length; i++) buffer[at++] = bytes[i];
        this.at = at;
    }
}
