/**
 * How values, dates and numbers look in the report. Values are shown as the
 * user wrote them (the model decides what they mean); only the
 * digit grouping of plain numbers is brought to the house style («5344» →
 * «5 344», NBSP) using the offsets the model reports. A Russian report prints a
 * value as written too (no half-translated «не менее 7 адам»), or the Russian
 * text written beside it (`орысша:`), which the builder chooses.
 */
import { displayValue, formatNumber, houseStyleNumber, type ParsedValue } from '../../../language/src/model.js';
import type { DateRange, DatePoint } from '../../../language/src/generated/ast.js';
import { fill, label, monthName, type Form } from './forms.js';
import type { ReportLang } from './document.js';
import { collapse } from '../../../language/src/text-utils.js';



export interface ValueDisplayOptions {
    /** The unit shown in a column of its own: dropped right after the number. */
    dropUnit?: string;
}

/** A plan or fact value for a table cell. */
export function showValue(v: ParsedValue | undefined, form: Form, opts: ValueDisplayOptions = {}): string {
    if (!v) return '';
    if (v.errors.length) return displayValue(v);
    let text = v.raw;
    // Work from the end so earlier offsets stay valid.
    const parts = [...v.parts].sort((a, b) => b.start - a.start);
    for (const p of parts) {
        if (opts.dropUnit && p.unitRaw && p.unitSource === 'value' && collapse(p.unitRaw) === collapse(opts.dropUnit)) {
            const after = text.slice(p.end);
            const lead = after.length - after.trimStart().length;
            if (lead > 0 && after.slice(lead).startsWith(p.unitRaw)) {
                text = text.slice(0, p.end) + after.slice(lead + p.unitRaw.length);
            }
        }
        // Past 2^53 a double no longer holds every digit (and 10^21 prints as «1e+21»): such a number stays as written.
        const styled = houseStyleNumber(p, text.slice(p.start, p.end));
        if (styled !== undefined) text = text.slice(0, p.start) + styled + text.slice(p.end);
    }
    text = collapse(text);
    return text;
}

/** The unit a value was written with («адам», «теңге»), for a unit column. */
export function valueUnit(v: ParsedValue | undefined): string | undefined {
    const p = v?.parts[0];
    return p?.unitSource === 'value' && p.unitRaw && p.unit !== '%' ? collapse(p.unitRaw) : undefined;
}

/** A number in the house style, or the empty-cell mark. */
export function num(n: number | undefined, form: Form): string {
    return n === undefined ? label(form, 'emptyCell') : formatNumber(n);
}

/** A date range or point exactly as written, whitespace collapsed. */
export function writtenDate(node: DateRange | DatePoint | undefined): string {
    const text = node?.$cstNode?.text;
    return text ? collapse(text) : '';
}

/** An ISO date as the form's long date: «30 қараша 2020 жыл», «30 ноября 2020 года». */
export function longDate(isoDate: string, form: Form, lang: ReportLang): string {
    const [y, m, d] = isoDate.split('-').map(Number);
    return fill(label(form, 'dateLong'), { d, month: monthName(m, lang), yyyy: y });
}

/** «dd.mm.yyyy» from an ISO date. */
export function dotted(isoDate: string): string {
    const [y, m, d] = isoDate.split('-');
    return `${d}.${m}.${y}`;
}

/** A text of the user: NFC, whitespace inside lines collapsed, paragraphs kept. */
export function userText(text: string | undefined): string[] {
    if (!text) return [];
    return text.normalize('NFC').split(/\r?\n\s*\r?\n|\r?\n/).map(collapse).filter(Boolean);
}

/**
 * A numbered list written in one string («1) … ; 2) …», «1. … 2. …») as lines,
 * the way the seed prints it; other texts as they are.
 */
export function listLines(text: string | undefined): string[] {
    const paras = userText(text);
    if (paras.length !== 1) return paras;
    const s = paras[0];
    const first = /^1([.)])\s/.exec(s);
    if (!first) return paras;
    const mark = first[1] === ')' ? '\\)' : '\\.';
    const lines = s.split(new RegExp(`\\s+(?=\\d{1,2}${mark}\\s)`, 'u'));
    // Accept the split only if the numbers run 1, 2, 3 …
    const ok = lines.every((line, i) => new RegExp(`^${i + 1}${mark}\\s`, 'u').test(line));
    return ok ? lines : paras;
}
