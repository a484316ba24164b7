/** Lexing the raw text of a value into numbers, words, marks and strings. */
import { lowerCase, nfc } from '../fast-case.js';
import { parseNumber } from './numbers.js';
import { numberEnd, wordEnd } from './scan.js';

export type TokKind = 'num' | 'word' | 'pct' | 'slash' | 'lparen' | 'rparen' | 'comma' | 'dash' | 'string' | 'other';
/** Every token has every property (n undefined but for numbers): one shape for the parser to read. */
export interface Tok { kind: TokKind; text: string; start: number; end: number; n?: number; glued?: boolean }

const WORD_CHAR = /[\p{L}\p{M}_]/u;

/** `/\s/` for one UTF-16 code unit, without a regular expression or a one-letter string. */
function isSpace(c: number): boolean {
    return c === 32 || (c >= 9 && c <= 13) || c === 0xA0 || (c >= 0x2000 && c <= 0x200A)
        || c === 0x1680 || c === 0x2028 || c === 0x2029 || c === 0x202F || c === 0x205F || c === 0x3000 || c === 0xFEFF;
}

/** `WORD_CHAR` for one code unit: ASCII and Cyrillic letters directly, the rest by the regular expression. */
function isWordStart(raw: string, i: number, c: number): boolean {
    if (c < 0x80) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
    // Cyrillic: every code point from U+0400 to U+052F is a letter but the sign U+0482
    // (not a word character) and the combining marks U+0483–U+0489 (word characters).
    if (c >= 0x0400 && c <= 0x052F) return c !== 0x0482;
    return WORD_CHAR.test(raw[i]);
}

/** What a number token is: scan.ts finds its end (test/value-scan.test.ts compares the two). */
export const NUM_AT = /[0-9]{1,3}(?:[ \u00A0\u202F][0-9]{3}(?![0-9]))+(?:[.,][0-9]+)?|[0-9]+(?:[.,][0-9]+)?/y;
// Sticky: the match starts where the lexer stands (lastIndex is set before every exec); scan.ts reads
// ASCII and Cyrillic words without it.
export const WORD_AT = /[\p{L}\p{M}_][\p{L}\p{M}\p{N}_]*(?:-[\p{L}\p{M}_][\p{L}\p{M}\p{N}_]*)*/uy;

export function lex(raw: string): Tok[] {
    const toks: Tok[] = [];
    let i = 0;
    const wordRe = WORD_AT;
    while (i < raw.length) {
        const code = raw.charCodeAt(i);
        if (isSpace(code)) { i++; continue; }
        const glued = i > 0 && !isSpace(raw.charCodeAt(i - 1));
        if (code >= 48 && code <= 57) {
            const end = numberEnd(raw, i);
            const text = raw.slice(i, end);
            toks.push({ kind: 'num', text, start: i, end, n: parseNumber(text), glued });
            i = end;
            continue;
        }
        if (isWordStart(raw, i, code)) {
            let end = wordEnd(raw, i);
            if (end < 0) {
                wordRe.lastIndex = i;
                end = i + wordRe.exec(raw)![0].length;
            }
            toks.push({ kind: 'word', text: lowerCase(nfc(raw.slice(i, end))), start: i, end, n: undefined, glued });
            i = end;
            continue;
        }
        const c = raw[i];
        if (c === '"') {
            const close = raw.indexOf('"', i + 1);
            const end = close < 0 ? raw.length : close + 1;
            toks.push({ kind: 'string', text: nfc(raw.slice(i + 1, close < 0 ? raw.length : close)), start: i, end, n: undefined, glued });
            i = end;
            continue;
        }
        const kind: TokKind = c === '%' ? 'pct' : c === '/' ? 'slash' : c === '(' ? 'lparen' : c === ')' ? 'rparen'
            : c === ',' ? 'comma' : (c === '-' || c === '–' || c === '—') ? 'dash' : 'other';
        toks.push({ kind, text: c, start: i, end: i + 1, n: undefined, glued });
        i++;
    }
    return toks;
}
