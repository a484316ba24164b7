/** Lexing the raw text of a value into numbers, words, marks and strings. */
import { surelyNfc } from '../text-utils.js';
import { parseNumber } from './numbers.js';

export type TokKind = 'num' | 'word' | 'pct' | 'slash' | 'lparen' | 'rparen' | 'comma' | 'dash' | 'string' | 'other';
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

// Sticky: each match starts where the lexer stands (lastIndex is set before every exec).
const NUM_AT = /[0-9]{1,3}(?:[ \u00A0\u202F][0-9]{3}(?![0-9]))+(?:[.,][0-9]+)?|[0-9]+(?:[.,][0-9]+)?/y;
const WORD_AT = /[\p{L}\p{M}_][\p{L}\p{M}\p{N}_]*(?:-[\p{L}\p{M}_][\p{L}\p{M}\p{N}_]*)*/uy;

export function lex(raw: string): Tok[] {
    const toks: Tok[] = [];
    let i = 0;
    const numRe = NUM_AT;
    const wordRe = WORD_AT;
    while (i < raw.length) {
        const code = raw.charCodeAt(i);
        if (isSpace(code)) { i++; continue; }
        const glued = i > 0 && !isSpace(raw.charCodeAt(i - 1));
        if (code >= 48 && code <= 57) {
            numRe.lastIndex = i;
            const m = numRe.exec(raw)!;
            toks.push({ kind: 'num', text: m[0], start: i, end: i + m[0].length, n: parseNumber(m[0]), glued });
            i += m[0].length;
            continue;
        }
        if (isWordStart(raw, i, code)) {
            wordRe.lastIndex = i;
            const m = wordRe.exec(raw)!;
            toks.push({ kind: 'word', text: (surelyNfc(m[0]) ? m[0] : m[0].normalize('NFC')).toLowerCase(), start: i, end: i + m[0].length, glued });
            i += m[0].length;
            continue;
        }
        const c = raw[i];
        if (c === '"') {
            const close = raw.indexOf('"', i + 1);
            const end = close < 0 ? raw.length : close + 1;
            toks.push({ kind: 'string', text: raw.slice(i + 1, close < 0 ? raw.length : close).normalize('NFC'), start: i, end, glued });
            i = end;
            continue;
        }
        const kind: TokKind = c === '%' ? 'pct' : c === '/' ? 'slash' : c === '(' ? 'lparen' : c === ')' ? 'rparen'
            : c === ',' ? 'comma' : (c === '-' || c === '–' || c === '—') ? 'dash' : 'other';
        toks.push({ kind, text: c, start: i, end: i + 1, glued });
        i++;
    }
    return toks;
}
