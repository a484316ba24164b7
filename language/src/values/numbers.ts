/** Number literals: «15 337 100», «155,5», «0.1», and scale words («20 млн»). */
import type { ValuePart } from './types.js';

const NUMBER_RE = /^-?[0-9]{1,3}(?:[ \u00A0\u202F][0-9]{3}(?![0-9]))+(?:[.,][0-9]+)?$|^-?[0-9]+(?:[.,][0-9]+)?$/;

/** How a number literal is written («15 337 100»: groups of three; «155,5»: a decimal comma), for the format rules. */
export function writtenForm(text: string): { intDigits: number; group?: string; decimal?: ',' | '.' } {
    const p = writtenPart(0, 0, 0, text);
    return 'group' in p ? { intDigits: p.intDigits, group: p.group, decimal: p.decimal } : { intDigits: p.intDigits };
}


/**
 * A part of a value as the parser starts it: `{ n, unitSource: 'none', start, end, ...writtenForm(text) }`,
 * the same properties in the same order, made without a second object to copy (writtenForm's reading).
 */
export function writtenPart(n: number, start: number, end: number, text: string): ValuePart {
    let intDigits = 0;
    let group: string | undefined;
    let decimal: ',' | '.' | undefined;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c >= 48 && c <= 57) {
            if (!decimal) intDigits++;
        } else if (c === 44 || c === 46) {
            decimal = c === 44 ? ',' : '.';
        } else if (c === 32 || c === 0xA0 || c === 0x202F) {
            group ??= text[i];
        }
    }
    return group === undefined && decimal === undefined
        ? { n, unitSource: 'none', start, end, intDigits }
        : { n, unitSource: 'none', start, end, intDigits, group, decimal };
}

/**
 * Reads a number literal: «15 337 100» (space or NBSP groups), «155,5», «0.1».
 * A node the parser recovered past may lack its number: undefined then.
 */
export function parseNumber(text: string | undefined): number | undefined {
    if (text === undefined) return undefined;
    // Plain digits, by far the most frequent: no regular expression, no copies.
    let plain = text.length > 0 && text.length < 16;
    for (let i = 0; plain && i < text.length; i++) {
        const c = text.charCodeAt(i);
        plain = c >= 48 && c <= 57;
    }
    if (plain) return Number(text);
    const s = text.trim();
    if (!NUMBER_RE.test(s)) return undefined;
    const n = Number(s.replace(/[ \u00A0\u202F]/g, '').replace(',', '.'));
    return Number.isFinite(n) ? n : undefined;
}

export const SCALES: Record<string, number> = {
    'мың': 1e3, 'тыс': 1e3, 'тысяч': 1e3, 'thousand': 1e3,
    'млн': 1e6, 'миллион': 1e6, 'million': 1e6,
    'млрд': 1e9, 'миллиард': 1e9, 'billion': 1e9
};
