/**
 * One table as CSV (RFC 4180, UTF-8 with a byte-order mark so Excel reads Kazakh letters).
 * Text a spreadsheet would run as a formula gets a leading apostrophe.
 */
import { looksLikeFormula, type CellValue, type ColumnFormat, type Sheet } from './xlsx.js';

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

function field(value: CellValue, format: ColumnFormat): string {
    let s = cellText(value, format);
    if (typeof value === 'string' && looksLikeFormula(s)) s = `'${s}`;
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function writeCsv(sheet: Sheet): string {
    const lines = [sheet.columns.map(c => field(c.header, 'text')).join(',')];
    for (const row of sheet.rows) lines.push(sheet.columns.map((c, k) => field(row[k], c.format)).join(','));
    return '\uFEFF' + lines.join('\r\n') + '\r\n';
}
