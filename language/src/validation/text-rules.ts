/**
 * The text-level checks (V-FMT-02…06 in docs/kk/rules.md: how numbers, phones and quotes
 * are written; known misspellings are in text-utils.ts), as pure functions
 * over strings: the validator finds the strings, these say what is wrong
 * where. Offsets are relative to the string given.
 */

import type { Span } from '../text-utils.js';

export type { Span };

// ---------------------------------------------------------------------------
// V-FMT-02: the grouped form of a number (values.ts tells how each number is written)

/** «4185000» → «4 185 000» with `separator`; the fraction is kept as written. */
export function groupDigits(text: string, separator: string): string {
    const m = /^(-?)(\d+)(.*)$/s.exec(text);
    if (!m) return text;
    return m[1] + m[2].replace(/\B(?=(\d{3})+$)/g, separator) + m[3];
}

// ---------------------------------------------------------------------------
// V-FMT-05: phone numbers in contacts

/** A run of digits with the separators phone numbers are written with, not glued to a word or an address. */
const PHONE_LIKE = /(?<![\p{L}\p{N}@._])\+?\d[\d\s()\-‐-―]{3,}\d(?![\p{N}@])/gu;

/**
 * The phone-like runs of a contact that are not a Kazakhstan number: 11 digits starting with 8,
 * or +7 and 10 digits («8 747 960 48 25», «87757942604», «+7 747 960 48 25»). Runs of fewer than
 * six digits (a house number, a date part) are not taken for phones.
 */
export function badPhones(contact: string): Span[] {
    const out: Span[] = [];
    let digits = 0;
    for (let i = 0; i < contact.length && digits < 6; i++) if (contact.charCodeAt(i) >= 48 && contact.charCodeAt(i) <= 57) digits++;
    if (digits < 6) return out;
    for (const m of contact.matchAll(PHONE_LIKE)) {
        const run = m[0].replace(/[\s()\-‐-―]+$/u, '');
        const digits = run.replace(/\D/g, '');
        if (digits.length < 6) continue;
        if (!(digits.length === 11 && (digits[0] === '8' || digits[0] === '7'))) out.push({ start: m.index!, end: m.index! + run.length, text: run });
    }
    return out;
}

// ---------------------------------------------------------------------------
// V-FMT-06: guillemets

/**
 * The offset of the first guillemet that has no partner, if any. Nested names may share the
 * closing mark («Компания «Ромашка»: one » for two «), as Kazakh and Russian typography allow;
 * a » with no « open before it (`«ҚСА» Республикалық студенттер қозғалысы»`) is not allowed.
 */
export function unbalancedGuillemet(text: string): number | undefined {
    const open: number[] = [];
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (c === '«') open.push(i);
        else if (c === '»') {
            if (open.length === 0) return i;
            open.pop();
        }
    }
    if (open.length === 0) return undefined;
    // One « left open, and the text ends with the » that closes both names.
    if (open.length === 1 && text.trimEnd().endsWith('»') && open[0] === text.search(/\S/)) return undefined;
    return open[open.length - 1];
}
