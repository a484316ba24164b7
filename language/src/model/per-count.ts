/**
 * How many units a per-unit plan counts («кемінде 5 (әр кездесуден)», «1 (әр ай сайын)»,
 * «1 (әр қатысушыдан)»), from what the file says (DOMAIN rule A6, V-SUM-12):
 *  - months: the months of the activity's period, else of the project's;
 *  - participants: the participants written for the activity;
 *  - an indicator of the same activity that counts the units («Кездесулер саны: 36»);
 *  - the activity's result or completeness text («36 кездесу өткізілді»), when every
 *    such mention gives the same number.
 * Unknown otherwise: the fact is then not judged (V-SUM-12 says so).
 */
import { monthsOf, type Period } from '../dates.js';
import type { ParsedValue } from '../values/index.js';
import type { PerCount } from './types.js';
import { lowerCase, lowerUnit, nfc } from '../fast-case.js';

export interface PerCountSources {
    period?: Period;
    participants: number;
    /** The other indicators of the activity: name and fact. */
    siblings: ReadonlyArray<{ name: string; fact?: ParsedValue }>;
    texts: ReadonlyArray<string | undefined>;
}

const MONTH = new Set(['ай']);
/** What a name that counts units ends with, in any case (the exact test follows on the lower-cased name). */
const MAY_COUNT = /[сС][аА][нН][ыЫ]\s*$/;
const PARTICIPANT = /^(қатысушы|адам|бала|оқушы|тыңдаушы)/u;

export function perCountOf(plan: ParsedValue, sources: PerCountSources): PerCount | undefined {
    const scope = plan.per ? lowerCase(nfc(plan.per.scope)).trim() : undefined;
    if (!scope) return undefined;
    if (MONTH.has(scope)) {
        return sources.period ? { n: monthsOf(sources.period).length, source: 'months' } : undefined;
    }
    if (PARTICIPANT.test(scope)) {
        return sources.participants > 0 ? { n: sources.participants, source: 'participants' } : undefined;
    }
    if (scope.length < 3) return undefined;
    const stem = scope.split(' ')[0];
    // «Кездесулер саны», «Мектептер саны»: the indicator that counts the units.
    for (const s of sources.siblings) {
        // Most names do not end in «саны»: not lower-cased at all.
        if (!MAY_COUNT.test(s.name)) continue;
        const name = lowerCase(nfc(s.name)).trim();
        if (!name.startsWith(stem) || !/\sсаны$/u.test(name)) continue;
        const part = s.fact && !s.fact.errors.length && s.fact.parts.length === 1 && !s.fact.per ? s.fact.parts[0] : undefined;
        if (part && Number.isInteger(part.n) && part.n > 0) return { n: part.n, source: 'indicator' };
    }
    // «36 кездесу ұйымдастырылды»: numbers written right before the unit's word.
    const found = new Set<number>();
    for (const text of sources.texts) {
        if (text) numbersBefore(nfc(text), scope, found);
    }
    if (found.size === 1) {
        const n = [...found][0];
        if (Number.isInteger(n) && n > 0) return { n, source: 'text' };
    }
    return undefined;
}

/**
 * The expressions of the units of one evaluation (evaluate.ts: withMentions), by unit: a file
 * repeats the same few units, and making one costs more than running it. Forgotten when the
 * evaluation ends: nothing is kept between documents.
 */
let mentions: Map<string, RegExp> | undefined;

export function withMentions<T>(read: () => T): T {
    const outer = mentions;
    mentions ??= new Map();
    try {
        return read();
    } finally {
        mentions = outer;
    }
}

/**
 * Adds to `found` every number `unitMention(scope)` reads before the unit's word in `text`,
 * as `text.matchAll(unitMention(scope))` would. That expression (a case-blind Unicode
 * look-behind tried at every position) costs ~0.3 µs a character to run and ~0.1 ms to
 * compile, where narratives run to thousands of characters: the word is found by `indexOf`
 * instead, and the number right before it read by hand.
 */
export function numbersBefore(text: string, scope: string, found: Set<number>): void {
    // The word is looked for letter by letter, lower-cased one at a time: a narrative is not
    // copied (lower-casing a whole text of many capitals goes to ICU, ~10 µs for a paragraph).
    for (let at = foldedIndexOf(text, scope, 0); at !== -1; at = foldedIndexOf(text, scope, at + scope.length)) {
        if (at === FOLD_FAILED) {
            // (What was found before is found again: `found` is a set.)
            numbersBeforeLowered(text, scope, found);
            return;
        }
        numberBefore(text, at, found);
    }
}

/** Not found: -1; a character on the way that does not lower-case to one unit: FOLD_FAILED. */
const FOLD_FAILED = -2;

/** `lowerCase(text).indexOf(needle, from)` (needle lower-case) where lower-casing keeps every unit one unit. */
function foldedIndexOf(text: string, needle: string, from: number): number {
    const n = needle.length;
    const first = needle.charCodeAt(0);
    for (let i = from; i + n <= text.length; i++) {
        const c = lowerUnit(text.charCodeAt(i));
        if (c !== first) {
            if (c === -1) return FOLD_FAILED;
            continue;
        }
        let k = 1;
        for (; k < n; k++) {
            const d = lowerUnit(text.charCodeAt(i + k));
            if (d === -1) return FOLD_FAILED;
            if (d !== needle.charCodeAt(k)) break;
        }
        if (k === n) return i;
    }
    // The units after the last place a word could start are not read: a surrogate there changes no offset before it.
    return -1;
}

/** The same, on a lower-cased copy of the text (the expression where lower-casing changes its length). */
function numbersBeforeLowered(text: string, scope: string, found: Set<number>): void {
    const lower = lowerCase(text);
    if (lower.length !== text.length) {
        // Lower-casing changed the length (a rare letter such as «İ»): the offsets would not match.
        for (const m of text.matchAll(unitMention(scope))) found.add(numberOf(m[1]));
        return;
    }
    for (let at = lower.indexOf(scope); at >= 0; at = lower.indexOf(scope, at + scope.length)) numberBefore(text, at, found);
}

/** Adds the number written right before the word at `at`, if there is one. */
function numberBefore(text: string, at: number, found: Set<number>): void {
    // The word must follow white space, which must follow the number's last digit.
    let end = at;
    while (end > 0 && SPACE.test(text[end - 1])) end--;
    if (end === at || end === 0 || !isDigit(text.charCodeAt(end - 1))) return;
    let start = end;
    while (start > 0 && NUMBER_CHAR.test(text[start - 1])) start--;
    // The leftmost start that is not glued to a letter or digit and reads as one number.
    for (let q = start; q < end; q++) {
        if (!isDigit(text.charCodeAt(q))) continue;
        if (q === start ? gluedBefore(text, q) : isDigit(text.charCodeAt(q - 1))) continue;
        const written = text.slice(q, end);
        if (NUMBER_SHAPE.test(written)) {
            found.add(numberOf(written));
            return;
        }
    }
}

const SPACE = /\s/;
const NUMBER_CHAR = /[\d \u00A0]/;
/** A number as unitMention reads it: «36», «1 200» (a space or a no-break space between thousands). */
const NUMBER_SHAPE = /^(?:\d{1,3}(?:[ \u00A0]\d{3})*|\d+)$/;
const LETTER_OR_NUMBER = /[\p{L}\p{N}]$/u;

function isDigit(c: number): boolean {
    return c >= 0x30 && c <= 0x39;
}

/** Whether a letter or a digit of any script comes right before `at` (the look-behind of unitMention). */
function gluedBefore(text: string, at: number): boolean {
    if (at === 0) return false;
    const c = text.charCodeAt(at - 1);
    if (c < 0x80) return isDigit(c) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A);
    return LETTER_OR_NUMBER.test(text.slice(Math.max(0, at - 2), at));
}

function numberOf(written: string): number {
    return Number(written.replace(/[ \u00A0]/g, ''));
}

export function unitMention(scope: string): RegExp {
    let re = mentions?.get(scope);
    if (!re) {
        re = new RegExp(`(?<![\\p{L}\\p{N}])(\\d{1,3}(?:[ \\u00A0]\\d{3})*|\\d+)\\s+${escape(scope)}[\\p{L}-]*`, 'giu');
        mentions?.set(scope, re);
    }
    return re;
}

function escape(s: string): string {
    return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
