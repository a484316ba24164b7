/**
 * A small .xlsx (SpreadsheetML) writer: the parts a table needs and nothing else. Each sheet has
 * a frozen, bold header row with filters on, column widths that fit their contents, numbers as
 * numbers with their formats (thousands, percent, date), and text in a shared-string table.
 * Text that a spreadsheet would take for a formula (`=`, `+`, `-`, `@` first) carries Excel's
 * quote prefix, so it stays text even when a cell is edited; no cell is ever a formula.
 *
 * Zipped by zip.ts (fflate's DEFLATE by default, no Node APIs): runs in Node and in a browser
 * worker alike; the command line hands in Node's zlib, which is ten times faster.
 */
import { crc32Combine, zipParts, type Packed, type ZipCodec } from './zip.js';
import { RowBytes, styled } from './xlsx-rows.js';

const encoder = new TextEncoder();
const strToU8 = (s: string) => encoder.encode(s);

export type CellValue = string | number | undefined | null;
export type ColumnFormat = 'text' | 'integer' | 'number' | 'percent' | 'date';

export interface SheetColumn {
    header: string;
    format: ColumnFormat;
    /** Width in characters; computed from the contents when absent. */
    width?: number;
}

export interface Sheet {
    /** At most 31 characters, none of []:*?/\ (checked). */
    name: string;
    columns: SheetColumn[];
    rows: CellValue[][];
}

const MAX_ROWS = 1_048_576;

/** Text a spreadsheet could read as a formula or a command (OWASP's list, tab and CR included). */
export function looksLikeFormula(s: string): boolean {
    const c = s.charCodeAt(0);
    // = + - @ tab CR
    return c === 61 || c === 43 || c === 45 || c === 64 || c === 9 || c === 13;
}

/** Characters XML 1.0 cannot carry (control characters but tab, LF, CR; lone surrogates; U+FFFE/F). */
// eslint-disable-next-line no-control-regex
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlEscape(s: string): string {
    return s.replace(INVALID_XML, '\uFFFD').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** «A», «B», … «Z», «AA», … */
export function columnName(index: number): string {
    let n = index + 1;
    let name = '';
    while (n > 0) {
        const r = (n - 1) % 26;
        name = String.fromCharCode(65 + r) + name;
        n = Math.floor((n - 1) / 26);
    }
    return name;
}

/** Days since 1899-12-30 (Excel's serial date) of an ISO date «2020-11-30». */
export function excelDate(iso: string): number | undefined {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
    if (!m) return undefined;
    const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
    return Math.round(ms / 86_400_000) + 25_569;
}

// Cell styles (indexes into cellXfs below).
const STYLE = { text: 0, header: 1, quoted: 2, integer: 3, number: 4, percent: 5, date: 6 } as const;

const STYLES_XML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<numFmts count="2"><numFmt numFmtId="164" formatCode="dd.mm.yyyy"/><numFmt numFmtId="165" formatCode="0.0%"/></numFmts>
<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>
<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFE2EFDA"/><bgColor indexed="64"/></patternFill></fill></fills>
<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="7">
<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>
<xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>
<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" quotePrefix="1"/>
<xf numFmtId="3" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>
<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
</cellXfs>
<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>
</styleSheet>`;

class SharedStrings {
    private readonly index = new Map<string, number>();
    readonly list: string[] = [];
    /** Each string's display width (textWidth), measured once. */
    readonly widths: number[] = [];
    count = 0;

    id(s: string): number {
        this.count++;
        let k = this.index.get(s);
        if (k === undefined) {
            k = this.list.length;
            // Kept to the end: a copy that owns its characters, not a slice of a file's whole text.
            const own = s.length > 12 ? structuredClone(s) : s;
            this.list.push(own);
            this.widths.push(textWidth(own));
            this.index.set(own, k);
        }
        return k;
    }

    xml(): string {
        const items = this.list.map(s => `<si><t xml:space="preserve">${xmlEscape(s)}</t></si>`);
        return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${this.count}" uniqueCount="${this.list.length}">${items.join('')}</sst>`;
    }
}

function checkSheetName(name: string): string {
    if (!name || name.length > 31 || /[[\]:*?/\\]/.test(name)) throw new Error(`Bad sheet name: ${name}`);
    return name;
}

/** Display width of a value in characters, roughly as a spreadsheet shows it. */
function widthOf(value: CellValue, format: ColumnFormat): number {
    if (value === undefined || value === null || value === '') return 0;
    if (typeof value === 'number') {
        if (format === 'percent') return 7;
        if (format === 'date') return 10;
        const whole = Math.abs(Math.trunc(value));
        const digits = whole < 1e15 ? digitCount(whole) : whole.toString().length;
        return digits + Math.floor((digits - 1) / 3) + (Number.isInteger(value) ? 0 : 3) + (value < 0 ? 1 : 0);
    }
    return textWidth(value);
}

/** The digits of a non-negative integer below 1e15 (as its toString() has them), without a string. */
function digitCount(n: number): number {
    let digits = 1;
    for (let v = n; v >= 10; v = Math.floor(v / 10)) digits++;
    return digits;
}

/** The longest line of a text (most are one line). */
function textWidth(value: string): number {
    let longest = 0;
    for (let from = 0; from <= value.length;) {
        let to = value.indexOf('\n', from);
        if (to < 0) to = value.length;
        if (to - from > longest) longest = to - from;
        from = to + 1;
    }
    return longest;
}

/** The bytes between a number cell's reference and its value, by style; and a quoted string's. */
const NUMBER_STYLE = {
    percent: styled(STYLE.percent), date: styled(STYLE.date), integer: styled(STYLE.integer), number: styled(STYLE.number)
} as const;
const QUOTED = styled(STYLE.quoted, true);

/**
 * One cell into the row being written: nothing for no value, a number, a date, or a shared
 * string. Its display width (widthOf; a shared string's is measured once).
 */
function writeCell(out: RowBytes, column: number, value: CellValue, format: ColumnFormat, strings: SharedStrings): number {
    if (value === undefined || value === null || value === '') return 0;
    if (typeof value === 'number') {
        if (!Number.isFinite(value)) return widthOf(value, format);
        const style = format === 'percent' || format === 'date' || format === 'integer' ? format : 'number';
        out.number(column, value, NUMBER_STYLE[style]);
        return widthOf(value, format);
    }
    if (format === 'date') {
        const serial = excelDate(value);
        if (serial !== undefined) {
            out.number(column, serial, NUMBER_STYLE.date);
            return textWidth(value);
        }
    }
    const index = strings.id(value);
    if (looksLikeFormula(value)) out.shared(column, index, QUOTED);
    else out.shared(column, index);
    return strings.widths[index];
}

/** A sheet would hold more rows than a spreadsheet can (the header included). */
export class TooManyRowsError extends Error {
    constructor(readonly sheet: string, readonly max: number) {
        super(`Sheet ${sheet}: more rows than a spreadsheet holds (${max}).`);
    }
}

/**
 * One sheet written row by row: each row becomes XML bytes at once (xlsx-rows.ts), the column
 * widths follow the widest value seen, and nothing of the row is kept. The header, the view and
 * the widths are put in front when the sheet is finished.
 */
export class SheetBuilder {
    private readonly names: string[];
    private readonly widths: number[];
    private readonly chunks: Uint8Array[] = [];
    private readonly out: RowBytes;
    private rawSize = 0;
    private rowsCrc = 0;
    rows = 0;

    /** With a streaming codec the rows are kept compressed (see zip.ts). */
    constructor(readonly name: string, readonly columns: SheetColumn[], private readonly strings: SharedStrings,
        private readonly codec?: ZipCodec) {
        checkSheetName(name);
        this.names = columns.map((_, k) => columnName(k));
        // The header may wrap onto two lines; the values decide, within bounds.
        this.widths = columns.map(c => Math.min(Math.ceil(c.header.length / 2), 24));
        this.out = new RowBytes(this.names, bytes => this.take(bytes));
    }

    addRow(row: CellValue[]): void {
        if (this.rows + 2 > MAX_ROWS) throw new TooManyRowsError(this.name, MAX_ROWS - 1);
        const n = ++this.rows + 1;
        const out = this.out;
        out.openRow(n);
        for (let k = 0; k < this.columns.length; k++) {
            const value = row[k];
            const w = writeCell(out, k, value, this.columns[k].format, this.strings);
            if (w > this.widths[k]) this.widths[k] = w;
        }
        out.closeRow();
    }

    /** Rows' bytes from the row buffer, which is reused afterwards: compressed, or copied. */
    private take(bytes: Uint8Array): void {
        this.rawSize += bytes.length;
        if (this.codec?.deflateRawPart) {
            // The rows' CRC now, while their XML is at hand: the compressed pieces are never read back.
            this.rowsCrc = this.codec.crc32(bytes, this.rowsCrc);
            this.chunks.push(this.codec.deflateRawPart(bytes));
        } else {
            this.chunks.push(bytes.slice());
        }
    }

    private flush(): void {
        this.out.flush();
    }

    /** The finished sheet: its XML, or with a streaming codec the compressed entry. */
    entry(): Uint8Array | Packed {
        const codec = this.codec;
        if (!codec?.deflateRawPart) return this.xml();
        this.flush();
        const [head, tail] = this.frame();
        // The parts are independent DEFLATE segments; the CRC follows the XML's order: head, rows, tail.
        const crc = crc32Combine(crc32Combine(codec.crc32(head), this.rowsCrc, this.rawSize), codec.crc32(tail), tail.length);
        const packed = concat([codec.deflateRawPart(head), ...this.chunks, codec.deflateRaw(tail)]);
        return { packed, size: head.length + this.rawSize + tail.length, crc };
    }

    /** The finished sheet's XML. */
    xml(): Uint8Array {
        this.flush();
        const [head, tail] = this.frame();
        return concat([head, ...this.chunks, tail]);
    }

    /** What comes before and after the rows, once their number and widths are known. */
    private frame(): [Uint8Array, Uint8Array] {
        const cols = this.columns;
        const last = columnName(Math.max(cols.length, 1) - 1);
        const range = `A1:${last}${this.rows + 1}`;
        const widths = cols.map((c, k) => c.width ?? Math.max(8, Math.min(60, this.widths[k] + 2)));
        const head = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            + `<dimension ref="${range}"/>`
            + '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>'
            + '<sheetFormatPr defaultRowHeight="15"/>'
            + '<cols>' + widths.map((w, k) => `<col min="${k + 1}" max="${k + 1}" width="${w}" customWidth="1"/>`).join('') + '</cols>'
            + '<sheetData>'
            + '<row r="1">' + cols.map((c, k) => `<c r="${this.names[k]}1" t="s" s="${STYLE.header}"><v>${this.strings.id(c.header)}</v></c>`).join('') + '</row>';
        const tail = `</sheetData><autoFilter ref="${range}"/><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`;
        return [encoder.encode(head), encoder.encode(tail)];
    }
}

function concat(parts: Uint8Array[]): Uint8Array {
    const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    let at = 0;
    for (const p of parts) {
        out.set(p, at);
        at += p.length;
    }
    return out;
}

export interface WorkbookInfo {
    title?: string;
    /** ISO timestamp written into the document properties; fixed in tests for identical bytes. */
    created?: string;
    /** The compressor (default: fflate, portable). */
    codec?: ZipCodec;
}

/** A workbook written sheet by sheet, row by row; `finish` zips it. */
export class WorkbookBuilder {
    private readonly strings = new SharedStrings();
    private readonly sheets: SheetBuilder[] = [];

    /** `codec`: the compressor of the zip; a streaming one (Node's) keeps the rows compressed as they come. */
    constructor(private readonly codec?: ZipCodec) {}

    addSheet(name: string, columns: SheetColumn[]): SheetBuilder {
        if (this.sheets.some(s => s.name.toLowerCase() === name.toLowerCase())) throw new Error(`Two sheets named ${name}`);
        const sheet = new SheetBuilder(name, columns, this.strings, this.codec);
        this.sheets.push(sheet);
        return sheet;
    }

    finish(info: WorkbookInfo = {}): Uint8Array {
        return zipWorkbook(this.sheets, this.strings, { ...info, codec: info.codec ?? this.codec });
    }
}

/** The .xlsx bytes of these sheets. */
export function writeXlsx(sheets: Sheet[], info: WorkbookInfo = {}): Uint8Array {
    if (sheets.length === 0) throw new Error('A workbook needs at least one sheet.');
    const book = new WorkbookBuilder(info.codec);
    for (const s of sheets) {
        const sheet = book.addSheet(s.name, s.columns);
        for (const row of s.rows) sheet.addRow(row);
    }
    return book.finish(info);
}

function zipWorkbook(sheets: SheetBuilder[], strings: SharedStrings, info: WorkbookInfo): Uint8Array {
    const files: Record<string, Uint8Array | Packed> = {};
    // Each sheet first (it adds its header to the shared strings), then the strings.
    sheets.forEach((s, k) => { files[`xl/worksheets/sheet${k + 1}.xml`] = s.entry(); });
    const sheetEntries = sheets.map((s, k) => `<sheet name="${xmlEscape(s.name)}" sheetId="${k + 1}" r:id="rId${k + 1}"/>`).join('');
    const filters = sheets.map((s, k) => {
        const last = columnName(Math.max(s.columns.length, 1) - 1);
        const quoted = `'${s.name.replace(/'/g, "''")}'`;
        return `<definedName name="_xlnm._FilterDatabase" localSheetId="${k}" hidden="1">${xmlEscape(quoted)}!$A$1:$${last}$${s.rows + 1}</definedName>`;
    }).join('');
    files['xl/workbook.xml'] = strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><bookViews><workbookView/></bookViews><sheets>${sheetEntries}</sheets><definedNames>${filters}</definedNames></workbook>`);
    const rels = sheets.map((_, k) => `<Relationship Id="rId${k + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${k + 1}.xml"/>`).join('');
    const n = sheets.length;
    files['xl/_rels/workbook.xml.rels'] = strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}<Relationship Id="rId${n + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId${n + 2}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`);
    files['xl/styles.xml'] = strToU8(STYLES_XML);
    files['xl/sharedStrings.xml'] = strToU8(strings.xml());
    const created = info.created ?? new Date().toISOString().replace(/\.\d+Z$/, 'Z');
    files['docProps/core.xml'] = strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${xmlEscape(info.title ?? '')}</dc:title><dc:creator>Esep</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">${created}</dcterms:created></cp:coreProperties>`);
    const overrides = sheets.map((_, k) => `<Override PartName="/xl/worksheets/sheet${k + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('');
    files['[Content_Types].xml'] = strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${overrides}<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>`);
    files['_rels/.rels'] = strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`);
    // The content types first, as Office writes them; fixed timestamps: the same sheets give the same bytes.
    const { '[Content_Types].xml': types, '_rels/.rels': root, ...parts } = files;
    const mtime = new Date(created);
    return zipParts([['[Content_Types].xml', types], ['_rels/.rels', root], ...Object.entries(parts)], info.codec,
        Number.isNaN(mtime.getTime()) ? undefined : mtime);
}
