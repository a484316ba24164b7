/** Rendering numbers for people. */
import { parseNumber } from './numbers.js';
import type { ParsedValue, ValuePart } from './types.js';

/** «3 000», «155,5» — digits grouped by NBSP, decimal comma (the house style of the official forms). */
export function formatNumber(n: number, maxDecimals = 2): string {
    // Most numbers in messages are small whole numbers: no rounding, splitting or grouping to do.
    if (Number.isInteger(n) && n > -1000 && n < 1000) return n === 0 ? '0' : String(n);
    if (!Number.isFinite(n)) return String(n);
    const neg = n < 0;
    let fixed = Math.abs(n).toFixed(maxDecimals);
    if (fixed.includes('.')) fixed = fixed.replace(/\.?0+$/, '');
    const [int, dec] = fixed.split('.');
    const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, '\u00A0');
    return (neg ? '-' : '') + grouped + (dec ? ',' + dec : '');
}

/** «0,7%», «180%». */
export function formatPercent(ratio: number): string {
    const pct = ratio * 100;
    return formatNumber(pct, pct < 10 ? 1 : 0) + '%';
}

/** The value as written, with whitespace collapsed: used in messages and tables. */
export function displayValue(v: ParsedValue): string {
    return v.raw.replace(/\s+/g, ' ').trim();
}

/**
 * A part's number in the house style («5344» → «5 344»), when the text at its offsets is the
 * plain number it was read as (not «20 млн», not a number past 2^53 a double cannot hold).
 */
export function houseStyleNumber(part: ValuePart, literal: string): string | undefined {
    if (!Number.isFinite(part.n) || Math.abs(part.n) > Number.MAX_SAFE_INTEGER) return undefined;
    return parseNumber(literal) === part.n ? formatNumber(part.n) : undefined;
}
