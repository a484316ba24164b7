/** A2/A7: the units an indicator's name gives the parts of its values (memoised per name). */
import { canonicalUnit, canonicalUnitExact, unitMemo } from '../units.js';
import { nfc } from '../fast-case.js';
import type { ParsedValue, ValueContext } from './types.js';

/** A2/A7: parts without a unit take the unit of the matching part of the indicator name. */
export function assignIndicatorUnits(result: ParsedValue, ctx: ValueContext): void {
    if (!ctx.indicatorName) return;
    const { name, nameParts } = indicatorNameOf(ctx.indicatorName);
    const parts = result.parts;
    if (parts.length > 1 && nameParts.length === parts.length) {
        const explicit = parts.filter(p => p.unitSource === 'value' && p.unit !== '%');
        if (explicit.length === 1 && parts[parts.length - 1] === explicit[0]) {
            const implied = canonicalUnit(nameParts[nameParts.length - 1]);
            if (implied && implied !== explicit[0].unit) {
                result.warnings.push({ code: 'ambiguous-unit', start: explicit[0].start, end: result.raw.length });
            }
        }
        parts.forEach((p, k) => {
            if (p.unitSource === 'none') {
                const u = canonicalUnit(nameParts[k]);
                if (u) { p.unit = u; p.unitSource = 'indicator'; }
            }
        });
        return;
    }
    // A single value takes the unit of the name's head noun (its last word, before any
    // embedded value such as «– 100 дана»): «Фото» → фото, «Бейнероликтер» → бейнеролик.
    // A two-word head first («Медиа жоспар» → медиа жоспар), then the last word.
    const u = headUnit(name);
    if (!u) return;
    for (const p of parts) {
        if (p.unitSource === 'none') { p.unit = u; p.unitSource = 'indicator'; }
    }
}

/** An indicator name without its parentheses, and its «/»-separated parts (memoised per name). */
function indicatorNameOf(indicatorName: string): { name: string; nameParts: string[] } {
    let hit = NAMES.get(indicatorName);
    if (!hit) {
        // Most names have no parentheses: no expression, no copy (nfc: a table first).
        const nfcName = nfc(indicatorName);
        const name = nfcName.includes('(') ? nfcName.replace(/\(.*?\)/g, ' ') : nfcName;
        hit = { name, nameParts: name.split('/').map(s => s.trim()).filter(Boolean) };
        if (NAMES.size > 20000) NAMES.clear();
        NAMES.set(indicatorName, hit);
    }
    return hit;
}

const NAMES = new Map<string, { name: string; nameParts: string[] }>();

/** The unit an indicator name implies by its head (memoised: the same names come back on every indicator). */
const headUnit = unitMemo(name => {
    const [before, head] = lastTwoWords(name);
    const head2 = before !== undefined ? `${before} ${head}` : undefined;
    return (head2 ? canonicalUnitExact(head2) : undefined) ?? (head ? canonicalUnit(head) : undefined);
});

/**
 * Where the head of a name may end early: a spaced dash, a digit, «кемінде» in any case. Looked
 * for first without `u` (a plain search, quick on Cyrillic): only a name it finds goes through
 * the exact expression below.
 */
const MAY_CUT = /\s[-–—]\s|\d|кемінде/i;
const CUT = /\s[-–—]\s|\d|(?<![\p{L}\p{M}])кемінде(?![\p{L}\p{M}])/iu;
const LETTER = /\p{L}/u;

/**
 * The last two words of the name before any embedded value («… – 5», a digit, «кемінде»),
 * counting only words with a letter: what `split(/[\s,]+/u).filter(w => /\p{L}/u.test(w))`
 * ends with, read from the end (a name is read for its head only, and most have many words).
 */
function lastTwoWords(name: string): [before: string | undefined, head: string | undefined] {
    // (`\b` is ASCII-only: it never matches around a Cyrillic word, hence the look-arounds.)
    const cut = MAY_CUT.test(name) ? name.split(CUT)[0] : name;
    let head: string | undefined;
    let end = cut.length;
    while (end > 0) {
        while (end > 0 && isSeparator(cut.charCodeAt(end - 1))) end--;
        let start = end;
        while (start > 0 && !isSeparator(cut.charCodeAt(start - 1))) start--;
        if (start === end) break;
        const word = cut.slice(start, end);
        if (LETTER.test(word)) {
            if (head !== undefined) return [word, head];
            head = word;
        }
        end = start;
    }
    return [undefined, head];
}

/** `[\s,]`: a comma or what `\s` matches. */
function isSeparator(c: number): boolean {
    return c === 44 || c === 32 || (c >= 9 && c <= 13) || c === 0xA0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200A)
        || c === 0x2028 || c === 0x2029 || c === 0x202F || c === 0x205F || c === 0x3000 || c === 0xFEFF;
}

/** Forgets the memoised name readings (with the value cache). */
export function clearNameCaches(): void {
    headUnit.clear();
    NAMES.clear();
}
