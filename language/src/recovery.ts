/**
 * Line-level recovery: one slip stays on its line. A .grant file is written a
 * field a line, so before the parser reads the tokens this pass looks at each
 * line's start and repairs or sets aside what cannot start a line, and names
 * the slip there, with its fix:
 *
 * - text written without quotes where a field takes a quoted text
 *   («гранталушы: «Жас қанат» ҚБ») is read as that text, with a warning and a
 *   one-click fix (quotes);
 * - a misspelt keyword at the start of a line, or before «:» («көрсеткш»,
 *   «korsetkish», «корсеткиш») is read as the nearest keyword, with the error
 *   «белгісіз сөз …: … деп жазғыңыз келді ме?» and its quick fix;
 * - any other line starting with a word, a number or a date where no value
 *   goes on (a note typed under `факт: 6`) is its own error and is not read:
 *   a value ends at the end of its line, unless the line ends inside a
 *   parenthesis, or with «,», «:», «-» or a keyword.
 *
 * Lines inside `санаты { }`, `жасы { }` and `жарияланымдар { }` start with a
 * word, a number or a date by design and are left to the parser. In the
 * statistics a field is a number alone: words after it on its line
 * («барлығы: 220 адам») are set aside with an error, the number read.
 * Only the document parser runs this; completion reads the text as typed.
 */
import type { IToken, TokenType } from 'chevrotain';
import type { LexingDiagnostic } from 'langium';
import { t } from './i18n.js';
import { nearestKeyword } from './lsp/fold.js';
import { keywordFor } from './keyword-synonyms.js';

/** What the pass needs from the grammar (computed once, language/src/lexer.ts). */
export interface RecoveryVocabulary {
    /** Every keyword token type by its keyword. */
    keywords: ReadonlyMap<string, TokenType>;
    /** The keywords written like words, the candidates for «did you mean». */
    wordKeywords: readonly string[];
    /** Keywords followed by «:» and a quoted text (`гранталушы`, `орны`, …). */
    stringFields: ReadonlySet<string>;
    string: TokenType;
}

/** Blocks whose lines start with a word, a number or a date by design. */
export const DATA_BLOCKS: ReadonlySet<string> = new Set(['санаты', 'жасы', 'жарияланымдар']);
/** Blocks whose fields are a number alone: the statistics, its categories and age brackets. */
const NUMBER_BLOCKS: ReadonlySet<string> = new Set(['статистика', 'санаты', 'жасы']);
/** Fields elsewhere that are a number alone. */
const NUMBER_FIELDS: ReadonlySet<string> = new Set(['қосымша', 'беттер']);
/** A line ending with one of these goes on on the next line. */
const OPEN_ENDS = new Set([':', ',', '-', '–', '—', '(', '+', '/', '№']);
const STARTS = new Set(['WORD', 'NUMBER', 'DATE']);
const MAX_SHOWN = 60;

/**
 * A field written with the keyword of another block: the project's `кезең:` in an activity,
 * whose dates are `мерзімі:`, and the other way round. Read as the keyword of the block it is
 * in, with a warning and a one-click fix, instead of closing the block there.
 */
const ACTIVITY_FIELDS: Readonly<Record<string, string>> = { 'кезең': 'мерзімі' };
const FIELD_SWAPS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
    'іс-шара': ACTIVITY_FIELDS, 'презентация': ACTIVITY_FIELDS, 'ақпараттық-жұмыс': ACTIVITY_FIELDS,
    'жоба': { 'мерзімі': 'кезең' }
};

export interface RecoveryResult {
    tokens: IToken[];
    errors: { offset: number; length: number }[];
    diagnostics: LexingDiagnostic[];
}

function diagnostic(text: string, token: IToken, end: number, message: string, severity: LexingDiagnostic['severity']): LexingDiagnostic {
    const length = Math.max(1, end - token.startOffset);
    // The range stays on the token's first line.
    const nl = text.slice(token.startOffset, token.startOffset + length).search(/[\r\n]/);
    return {
        offset: token.startOffset, length: nl > 0 ? nl : length,
        line: token.startLine ?? 1, column: token.startColumn ?? 1, message, severity
    };
}

function shorten(s: string): string {
    const one = s.replace(/\s+/g, ' ').trim();
    return one.length > MAX_SHOWN ? one.slice(0, MAX_SHOWN - 1) + '…' : one;
}

export function lineEnd(text: string, from: number): number {
    for (let i = from; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 10 || c === 13) return i;
    }
    return text.length;
}

/**
 * `key: text without quotes` → one STRING token over the text (up to the end of
 * the line, a `//` comment or the next `keyword:` on the line), with a warning.
 */
function quoteBareText(text: string, result: RecoveryResult, vocab: RecoveryVocabulary): void {
    const tokens = result.tokens;
    const out: IToken[] = [];
    for (let i = 0; i < tokens.length; i++) {
        const key = tokens[i];
        out.push(key);
        const colon = tokens[i + 1];
        if (!vocab.stringFields.has(key.tokenType.name) || colon?.tokenType.name !== ':' || colon.startLine !== key.startLine) continue;
        let start = colon.endOffset! + 1;
        const eol = lineEnd(text, start);
        while (start < eol && /[ \t\u00A0]/.test(text[start])) start++;
        if (start >= eol) continue;
        const next = tokens[i + 2];
        if (next && next.startOffset === start && next.tokenType === vocab.string) continue;
        const unclosed = text[start] === '"';
        // Where the text stops: the next `keyword:` on the line, a comment, the end of the line.
        let stop = eol;
        let j = i + 2;
        for (; j < tokens.length && tokens[j].startOffset < eol; j++) {
            const tok = tokens[j];
            if (vocab.keywords.has(tok.tokenType.name) && tokens[j + 1]?.tokenType.name === ':' && tok.startOffset > start) {
                stop = tok.startOffset;
                break;
            }
            if (tok.endOffset! >= eol) { stop = -1; break; }
        }
        if (stop < 0) continue;
        const comment = /(^|\s)\/\//.exec(text.slice(start, stop));
        if (comment) stop = start + comment.index + comment[1].length;
        let end = stop;
        while (end > start && /\s/.test(text[end - 1])) end--;
        const content = text.slice(unclosed ? start + 1 : start, end);
        if (!content.trim()) continue;
        const column = (key.startColumn ?? 1) + (start - key.startOffset);
        out.push(colon);
        i++;
        const string: IToken = {
            image: `"${content}"`, startOffset: start, endOffset: end - 1,
            startLine: key.startLine, endLine: key.startLine, startColumn: column, endColumn: column + (end - start) - 1,
            tokenType: vocab.string, tokenTypeIdx: vocab.string.tokenTypeIdx!
        };
        out.push(string);
        // The tokens inside the text are gone, and so are the lexer's complaints about «, » and the like.
        while (i + 1 < tokens.length && tokens[i + 1].startOffset < end) i++;
        result.errors = result.errors.filter(e => e.offset < start || e.offset >= end);
        const message = unclosed
            ? t('recover.unclosed', { keyword: key.image })
            : t('recover.unquoted', { keyword: key.image, text: shorten(content) });
        result.diagnostics.push(diagnostic(text, string, end, message, unclosed ? 'error' : 'warning'));
    }
    result.tokens = out;
}

/**
 * Another field of the same line starts at `k`: «әйелдер: 120», «жастар: 20», an age bracket
 * «17-22: 70» or «59+: 0» (`ерлер: 100 әйелдер: 120`, `жасы { 13-16: 1 618  17-22: 70 }`).
 */
function fieldStartsAt(tokens: IToken[], k: number): boolean {
    const line = tokens[k]?.startLine;
    const is = (j: number, name: string) => tokens[j]?.tokenType.name === name && tokens[j].startLine === line;
    if (is(k + 1, ':')) return true;
    if (!is(k, 'NUMBER')) return false;
    return (is(k + 1, '-') && is(k + 2, 'NUMBER') && is(k + 3, ':')) || (is(k + 1, '+') && is(k + 2, ':'));
}

/** Misspelt keywords replaced, stray lines set aside. */
function checkLines(text: string, result: RecoveryResult, vocab: RecoveryVocabulary): void {
    const tokens = result.tokens;
    const out: IToken[] = [];
    const blocks: string[] = [];
    let lastKeyword = '';
    let depth = 0;
    let prev: IToken | undefined;
    const words = new Set(vocab.wordKeywords);
    const wordKeywordAt = (tok: IToken) => (tok.tokenType.name === 'WORD' ? nearestKeyword(tok.image, vocab.wordKeywords) ?? keywordFor(tok.image, words) : undefined);
    const rename = (tok: IToken, keyword: string) => {
        const type = vocab.keywords.get(keyword)!;
        result.diagnostics.push(diagnostic(text, tok, tok.endOffset! + 1, t('recover.unknownWord', { word: tok.image, keyword }), 'error'));
        tok.tokenType = type;
        tok.tokenTypeIdx = type.tokenTypeIdx!;
    };
    for (let i = 0; i < tokens.length; i++) {
        const tok = tokens[i];
        const name = tok.tokenType.name;
        const lineStart = !prev || (tok.startLine ?? 0) > (prev.endLine ?? 0);
        const block = blocks[blocks.length - 1] ?? '';
        const swap = lineStart && depth === 0 ? FIELD_SWAPS[block]?.[name] : undefined;
        if (swap !== undefined && tokens[i + 1]?.tokenType.name === ':') {
            const type = vocab.keywords.get(swap)!;
            result.diagnostics.push(diagnostic(text, tok, tok.endOffset! + 1, t('recover.otherBlockField', { word: tok.image, keyword: swap, block }), 'warning'));
            tok.tokenType = type;
            tok.tokenTypeIdx = type.tokenTypeIdx!;
        }
        // «барлығы: 220 адам», «жастар: 20 %», «қосымша: 3-қосымша»: a field that is a number alone;
        // what follows it on its line (but for the next field, «ерлер: 100 әйелдер: 120») is set
        // aside, and said so. («қосымша: №3»: the form's own way, read as it is.)
        const afterNumber = !lineStart && depth === 0 && prev?.tokenType.name === 'NUMBER' && name !== '}';
        const colonAt = afterNumber && out[out.length - 2]?.tokenType.name === '№' ? out.length - 3 : out.length - 2;
        const before = afterNumber ? out[colonAt] : undefined;
        if (afterNumber && before?.tokenType.name === ':' && before.startLine === tok.startLine
            && (NUMBER_BLOCKS.has(block) || NUMBER_FIELDS.has(out[colonAt - 1]?.tokenType.name ?? ''))
            && !fieldStartsAt(tokens, i)) {
            let last = i;
            while (last + 1 < tokens.length && tokens[last + 1].startLine === tok.startLine && tokens[last + 1].tokenType.name !== '}'
                && !fieldStartsAt(tokens, last + 1)) last++;
            const extra = shorten(text.slice(tok.startOffset, tokens[last].endOffset! + 1));
            // The field's name: what stands before its «:» («барлығы», «балалар», «13-16»).
            let first = colonAt;
            const valueAt = (k: number) => out[k].tokenType.name === 'NUMBER' && out[k - 1]?.tokenType.name === ':';
            while (first > 0 && out[first - 1].startLine === tok.startLine && out[first - 1].tokenType.name !== '{' && !valueAt(first - 1)) first--;
            const field = shorten(text.slice(out[first].startOffset, before.startOffset));
            result.diagnostics.push(diagnostic(text, tok, tokens[last].endOffset! + 1, t('recover.numberOnly', { text: extra, keyword: field }), 'error'));
            i = last;
            continue;
        }
        const candidate = depth === 0 && (lineStart ? STARTS.has(name) : name === 'WORD');
        const inData = candidate && DATA_BLOCKS.has(block);
        const open = candidate && lineStart && prev !== undefined && (OPEN_ENDS.has(prev.tokenType.name) || words.has(prev.tokenType.name));
        if (candidate && lineStart && !open && !inData) {
            const keyword = wordKeywordAt(tok);
            if (keyword) {
                rename(tok, keyword);
            } else {
                // Not read: the line, or the whole block it opens.
                let last = i;
                while (last + 1 < tokens.length && tokens[last + 1].startLine === tok.startLine) last++;
                const nextLine = tokens[last + 1]?.startOffset ?? text.length;
                let message = t('recover.strayLine', { text: shorten(text.slice(tok.startOffset, tokens[last].endOffset! + 1)) });
                const brace = tokens.slice(i, last + 1).findIndex(x => x.tokenType.name === '{');
                if (brace >= 0) {
                    let open = 0;
                    for (last = i + brace; last < tokens.length; last++) {
                        const n = tokens[last].tokenType.name;
                        if (n === '{') open++;
                        else if (n === '}' && --open === 0) break;
                    }
                    if (last >= tokens.length) last = tokens.length - 1;
                    message = t('recover.strayBlock', { word: tok.image });
                }
                result.diagnostics.push(diagnostic(text, tok, Math.min(lineEnd(text, tok.startOffset), nextLine), message, 'error'));
                i = last;
                continue;
            }
        } else if (candidate && !lineStart && !inData && tokens[i + 1]?.tokenType.name === ':' && tokens[i + 1].startLine === tok.startLine) {
            const keyword = wordKeywordAt(tok);
            if (keyword) rename(tok, keyword);
        }
        const now = tok.tokenType.name;
        if (now === '{') { blocks.push(lastKeyword); depth = 0; }
        else if (now === '}') { blocks.pop(); depth = 0; }
        else if (now === '(') depth++;
        else if (now === ')') depth = Math.max(0, depth - 1);
        else if (words.has(now)) lastKeyword = now;
        out.push(tok);
        prev = tok;
    }
    result.tokens = out;
}

/**
 * `факт:` with nothing after it on its line, the next line a field or the block's end (a person
 * stopped typing there): the value would be looked for on the next line, and the next field read
 * as it. The empty `keyword:` is left out, with one error on it that says so.
 */
function dropEmptyFields(text: string, result: RecoveryResult, vocab: RecoveryVocabulary): void {
    const tokens = result.tokens;
    const words = new Set(vocab.wordKeywords);
    let out: IToken[] | undefined;
    let depth = 0;
    for (let i = 0; i < tokens.length; i++) {
        const key = tokens[i];
        const name = key.tokenType.name;
        if (name === '(') depth++;
        else if (name === ')') depth = Math.max(0, depth - 1);
        const colon = tokens[i + 1];
        const next = tokens[i + 2];
        const empty = depth === 0 && words.has(name) && colon?.tokenType.name === ':' && colon.startLine === key.startLine
            && (!next || ((next.startLine ?? 0) > (colon.endLine ?? 0) && (next.tokenType.name === '}' || words.has(next.tokenType.name))));
        if (!empty) { out?.push(key); continue; }
        out ??= tokens.slice(0, i);
        result.diagnostics.push(diagnostic(text, key, colon.endOffset! + 1, t('recover.emptyField', { keyword: key.image }), 'error'));
        i++;
    }
    if (out) result.tokens = out;
}

export function recoverLines(text: string, result: RecoveryResult, vocab: RecoveryVocabulary): void {
    dropEmptyFields(text, result, vocab);
    quoteBareText(text, result, vocab);
    checkLines(text, result, vocab);
}
