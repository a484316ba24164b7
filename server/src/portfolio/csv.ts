/**
 * One table as CSV (RFC 4180's quoting, UTF-8 with a byte-order mark so Excel reads Kazakh
 * letters). Text a spreadsheet would run as a formula gets a leading apostrophe.
 *
 * The separator and the decimal mark follow the language of the headers, as a spreadsheet set
 * to that region reads them when the file is opened by a double click: Kazakh and Russian
 * (Excel's list separator «;», decimal comma: «87,5%»), English («,» and a point). A file with
 * commas between its fields opened in a Kazakh or Russian Excel is one column of whole lines.
 */
import type { Lang } from '../../../language/src/i18n.js';
import { looksLikeFormula, type CellValue, type ColumnFormat, type Sheet } from './xlsx.js';

/** How the fields are parted and how a fraction is written. */
export interface CsvStyle {
    separator: ',' | ';';
    decimal: '.' | ',';
}

export function csvStyle(lang: Lang): CsvStyle {
    return lang === 'en' ? { separator: ',', decimal: '.' } : { separator: ';', decimal: ',' };
}

/** «2020-11-30» → «30.11.2020». */
export function dottedDate(iso: string): string {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
    return m ? `${m[3]}.${m[2]}.${m[1]}` : iso;
}

/** A cell as text for CSV and HTML: dates dotted, percentages with one decimal. */
export function cellText(value: CellValue, format: ColumnFormat): string {
    if (value === undefined || value === null) return '';
    if (typeof value === 'number') {
        if (!Number.isFinite(value)) return '';
        if (format === 'percent') return `${(Math.round(value * 1000) / 10).toString()}%`;
        return String(value);
    }
    return format === 'date' ? dottedDate(value) : value;
}

function field(value: CellValue, format: ColumnFormat, style: CsvStyle): string {
    let s = cellText(value, format);
    if (typeof value === 'number' && style.decimal === ',') s = s.replace('.', ',');
    if (typeof value === 'string' && looksLikeFormula(s)) s = `'${s}`;
    // Quoted where the text holds a quote, a line break or the separator.
    return /["\r\n]/.test(s) || s.includes(style.separator) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function writeCsv(sheet: Sheet, style: CsvStyle = csvStyle('en')): string {
    const line = (cells: string[]) => cells.join(style.separator);
    const lines = [line(sheet.columns.map(c => field(c.header, 'text', style)))];
    for (const row of sheet.rows) lines.push(line(sheet.columns.map((c, k) => field(row[k], c.format, style))));
    return '\uFEFF' + lines.join('\r\n') + '\r\n';
}
