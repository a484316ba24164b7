/**
 * `toLowerCase()` and `normalize('NFC')` with the same results, quicker on the words of a value.
 * In V8 both go to ICU for any string beyond Latin-1: ~330 ns for a five-letter Cyrillic word
 * to lower-case, ~180 ns to normalise, where the words of a value are three or four and the
 * whole reading of one takes ~2 µs. Most words are already lower-case, or only their first
 * letter is a capital («Кемінде», «Бейнероликтер»): those are answered from a table of the
 * letters up to U+052F (Latin, Greek, Cyrillic), everything else by the built-in.
 * test/fast-case.test.ts checks every character of the table and words of both kinds.
 */
import { surelyNfc } from './text-utils.js';

/** The characters the table knows: Basic Latin to the Cyrillic Supplement. */
const TABLE_END = 0x0530;

/**
 * For each UTF-16 unit below TABLE_END: itself when `toLowerCase()` leaves it alone, the one
 * unit it becomes when it maps to exactly one other unit, 0 otherwise (U+0130 becomes two
 * units, Σ depends on the letters around it: the built-in decides those).
 */
const LOWER = (() => {
    const table = new Uint16Array(TABLE_END);
    for (let c = 0; c < TABLE_END; c++) {
        const lower = String.fromCharCode(c).toLowerCase();
        table[c] = lower.length === 1 && c !== 0x03A3 ? lower.charCodeAt(0) : 0;
    }
    // 0 stands for «ask the built-in»; U+0000 lower-cases to itself and is not a word's letter.
    table[0] = 0;
    return table;
})();

/** Exactly `text.toLowerCase()`. */
export function lowerCase(text: string): string {
    let upperAt = -1;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c >= TABLE_END) return text.toLowerCase();
        const lower = LOWER[c];
        if (lower === c) continue;
        // A second capital, or a character the table leaves to the built-in.
        if (lower === 0 || upperAt >= 0) return text.toLowerCase();
        upperAt = i;
    }
    if (upperAt < 0) return text;
    return text.slice(0, upperAt) + String.fromCharCode(LOWER[text.charCodeAt(upperAt)]) + text.slice(upperAt + 1);
}

/** Code units beyond the table that lower-case to one other unit (or to themselves), read once each. */
const LOWER_BEYOND = new Map<number, number>();

/**
 * The one UTF-16 unit `c` becomes in `toLowerCase()`, or -1 where the built-in decides otherwise:
 * two units (U+0130), the letters around (Σ), a surrogate (its pair lower-cases as one).
 */
export function lowerUnit(c: number): number {
    if (c < TABLE_END) {
        const lower = LOWER[c];
        return lower !== 0 || c === 0 ? lower : -1;
    }
    if (c >= 0xD800 && c <= 0xDFFF) return -1;
    let lower = LOWER_BEYOND.get(c);
    if (lower === undefined) {
        const s = String.fromCharCode(c).toLowerCase();
        lower = s.length === 1 ? s.charCodeAt(0) : -1;
        LOWER_BEYOND.set(c, lower);
    }
    return lower;
}

/** Exactly `text.normalize('NFC')`: the text itself when it is certainly NFC already. */
export function nfc(text: string): string {
    return surelyNfc(text) ? text : text.normalize('NFC');
}
