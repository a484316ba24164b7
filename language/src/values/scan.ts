/**
 * Where a number or a word of a value ends: what the lexer's sticky expressions (lexer.ts,
 * NUM_AT and WORD_AT) match, found by reading the characters. An expression's match makes an
 * array with its index and input for every token; a value has three or four tokens and is read
 * in ~2 µs. Words of letters beyond ASCII and Cyrillic go to the expression.
 * test/value-scan.test.ts compares both on every kind of number and word.
 */

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isGroupSpace = (c: number): boolean => c === 32 || c === 0xA0 || c === 0x202F;

/**
 * The end of `/[0-9]{1,3}(?:[ \u00A0\u202F][0-9]{3}(?![0-9]))+(?:[.,][0-9]+)?|[0-9]+(?:[.,][0-9]+)?/y`
 * matched at `i`, where `raw[i]` is a digit.
 */
export function numberEnd(raw: string, i: number): number {
    let j = i;
    while (j < raw.length && isDigit(raw.charCodeAt(j))) j++;
    // Groups of three («15 337 100») after a first group of one to three digits.
    if (j - i <= 3) {
        let k = j;
        while (k + 3 < raw.length && isGroupSpace(raw.charCodeAt(k)) && isDigit(raw.charCodeAt(k + 1))
            && isDigit(raw.charCodeAt(k + 2)) && isDigit(raw.charCodeAt(k + 3)) && !isDigit(raw.charCodeAt(k + 4))) k += 4;
        j = k;
    }
    // A fraction: a point or a comma and at least one digit.
    const c = raw.charCodeAt(j);
    if ((c === 46 || c === 44) && isDigit(raw.charCodeAt(j + 1))) {
        j += 2;
        while (j < raw.length && isDigit(raw.charCodeAt(j))) j++;
    }
    return j;
}

/** `[\p{L}\p{M}\p{N}_]` for ASCII and Cyrillic (U+0400–U+052F: letters and marks, but the sign U+0482); undefined beyond. */
function wordChar(c: number): boolean | undefined {
    if (c < 0x80) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || isDigit(c);
    if (c >= 0x0400 && c <= 0x052F) return c !== 0x0482;
    return undefined;
}

/** `[\p{L}\p{M}_]` for ASCII and Cyrillic; undefined beyond. */
function wordStart(c: number): boolean | undefined {
    return isDigit(c) ? false : wordChar(c);
}

/**
 * The end of `/[\p{L}\p{M}_][\p{L}\p{M}\p{N}_]*(?:-[\p{L}\p{M}_][\p{L}\p{M}\p{N}_]*)*` + `/uy`
 * matched at `i`, where a word starts; -1 when a character beyond ASCII and Cyrillic is met
 * (the expression decides then).
 */
export function wordEnd(raw: string, i: number): number {
    if (wordStart(raw.charCodeAt(i)) !== true) return -1;
    let j = i + 1;
    while (j < raw.length) {
        const c = raw.charCodeAt(j);
        const inWord = wordChar(c);
        if (inWord === undefined) return -1;
        if (inWord) { j++; continue; }
        if (c !== 45 /* - */ || j + 1 >= raw.length) break;
        const next = wordStart(raw.charCodeAt(j + 1));
        if (next === undefined) return -1;
        if (!next) break;
        j += 2;
    }
    return j;
}
