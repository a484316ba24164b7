/**
 * Value expressions: the ONE module that knows what «кемінде 5», «100%»,
 * «1 000 адам, оның ішінде 200», «кемінде 10/2» or «1 (әр мектепте)» mean
 * (DOMAIN.md §2). It reads the source text of a value into the normalised form
 * of §2.4 and decides, for a plan/fact pair, whether the fact meets the plan
 * (resolution rules A1–A7 of §2.5). Every other module asks it.
 *
 * Pure TypeScript: no Node APIs, so it also runs in a browser worker.
 */
import { canonicalUnit, canonicalUnitExact, isDocumentUnit, isMoneyUnit, isPersonUnit, stems } from './units.js';
import { wordsToNumber } from './numwords.js';
import { clearMisspellings, surelyNfc, type Span } from './text-utils.js';

export type Comparator = 'ge' | 'eq' | 'le' | 'gt' | 'approx';

export interface ValuePart {
    n: number;
    /** Canonical unit (DOMAIN §2.2), '%' for percentages. */
    unit?: string;
    /** The unit as written. */
    unitRaw?: string;
    unitSource: 'value' | 'indicator' | 'none';
    /** Offsets of the number in the raw text. */
    start: number;
    end: number;
    /** How the number is written: digits before the fraction, the separator of its groups of three, its decimal mark. */
    intDigits: number;
    group?: string;
    decimal?: ',' | '.';
}

export interface SubValue {
    cmp: Comparator;
    n: number;
    unit?: string;
    label?: string;
}

/** A problem in the text of a value, with offsets relative to the raw text. */
export interface ValueIssue {
    code: ValueIssueCode;
    start: number;
    end: number;
    data?: Record<string, string | number>;
}

export type ValueIssueCode =
    | 'empty'               // nothing but punctuation
    | 'no-number'           // no number at all
    | 'bad-number'          // a number that cannot be read
    | 'ambiguous-unit'      // A2: «10/1 скриншот»
    | 'fact-comparator'     // a fact that says «кемінде»
    | 'words-mismatch'      // «5 (алты)»
    | 'negative';           // a negative count

export interface ParsedValue {
    raw: string;
    cmp: Comparator;
    cmpExplicit: boolean;
    parts: ValuePart[];
    per?: { scope: string; raw: string };
    covers?: SubValue;
    ofWhich: SubValue[];
    attrs: Record<string, string | number>;
    /** The number repeated in words: «15 337 100 (он бес миллион …)». */
    words?: { text: string; value?: number };
    isMoney: boolean;
    isPercent: boolean;
    errors: ValueIssue[];
    warnings: ValueIssue[];
}

export interface ValueContext {
    /** The indicator's name: units of `a/b` parts and the meaning of `(k)` come from it. */
    indicatorName?: string;
    role?: 'plan' | 'fact';
}

// ---------------------------------------------------------------------------
// Numbers

const NUMBER_RE = /^-?[0-9]{1,3}(?:[ \u00A0\u202F][0-9]{3}(?![0-9]))+(?:[.,][0-9]+)?$|^-?[0-9]+(?:[.,][0-9]+)?$/;

/**
 * Reads a number literal: «15 337 100» (space or NBSP groups), «155,5», «0.1».
 * A node the parser recovered past may lack its number: undefined then.
 */
/** How a number literal is written («15 337 100»: groups of three; «155,5»: a decimal comma), for the format rules. */
function writtenForm(text: string): { intDigits: number; group?: string; decimal?: ',' | '.' } {
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
    return group === undefined && decimal === undefined ? { intDigits } : { intDigits, group, decimal };
}

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

const SCALES: Record<string, number> = {
    'мың': 1e3, 'тыс': 1e3, 'тысяч': 1e3, 'thousand': 1e3,
    'млн': 1e6, 'миллион': 1e6, 'million': 1e6,
    'млрд': 1e9, 'миллиард': 1e9, 'billion': 1e9
};

// ---------------------------------------------------------------------------
// Lexing the raw text

type TokKind = 'num' | 'word' | 'pct' | 'slash' | 'lparen' | 'rparen' | 'comma' | 'dash' | 'string' | 'other';
interface Tok { kind: TokKind; text: string; start: number; end: number; n?: number; glued?: boolean }

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

function lex(raw: string): Tok[] {
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

// ---------------------------------------------------------------------------
// Comparators and qualifiers (DOMAIN §2.2)

interface Phrase { words: string[]; cmp: Comparator }

/** Comparators written before the number. */
const PRE_COMPARATORS: Phrase[] = [
    { words: ['кем', 'дегенде'], cmp: 'ge' },
    { words: ['кем', 'емес'], cmp: 'ge' },
    { words: ['ең', 'көбі'], cmp: 'le' },
    { words: ['ең', 'көп'], cmp: 'le' },
    { words: ['ең', 'аз'], cmp: 'ge' },
    { words: ['не', 'менее'], cmp: 'ge' },
    { words: ['не', 'более'], cmp: 'le' },
    { words: ['at', 'least'], cmp: 'ge' },
    { words: ['at', 'most'], cmp: 'le' },
    { words: ['more', 'than'], cmp: 'gt' },
    { words: ['кемінде'], cmp: 'ge' },
    { words: ['кемiнде'], cmp: 'ge' },
    { words: ['минимум'], cmp: 'ge' },
    { words: ['максимум'], cmp: 'le' },
    { words: ['шамамен'], cmp: 'approx' },
    { words: ['около'], cmp: 'approx' },
    { words: ['более'], cmp: 'gt' },
    { words: ['астам'], cmp: 'gt' }
];

/** Comparators written after the number: «1 кемінде», «200-ден астам», «3000-ға жуық», «1 минутка дейін». */
const POST_COMPARATORS: Phrase[] = [
    { words: ['кемінде'], cmp: 'ge' },
    { words: ['астам'], cmp: 'gt' },
    { words: ['артық'], cmp: 'gt' },
    { words: ['жуық'], cmp: 'approx' },
    { words: ['дейін'], cmp: 'le' },
    { words: ['дейн'], cmp: 'le' },
    { words: ['аспайды'], cmp: 'le' }
];

/** Case endings glued to a number by a hyphen: «200-ден», «3000-ға», «51%-ы». */
const NUMBER_SUFFIXES = new Set(['ден', 'дан', 'тен', 'тан', 'нен', 'нан', 'ға', 'ге', 'қа', 'ке', 'ы', 'і', 'ші', 'шы', 'сы', 'сі', 'де', 'да', 'те', 'та']);

/** Phrases by their first word, in list order: only those can match at a token. */
const BY_FIRST_WORD = new Map<Phrase[], Map<string, Phrase[]>>();
for (const list of [PRE_COMPARATORS, POST_COMPARATORS]) {
    const index = new Map<string, Phrase[]>();
    for (const p of list) {
        const same = index.get(p.words[0]);
        if (same) same.push(p); else index.set(p.words[0], [p]);
    }
    BY_FIRST_WORD.set(list, index);
}

function matchPhrase(toks: Tok[], i: number, phrases: Phrase[]): Phrase | undefined {
    const first = toks[i];
    if (first?.kind !== 'word') return undefined;
    const candidates = BY_FIRST_WORD.get(phrases)?.get(first.text);
    if (!candidates) return BY_FIRST_WORD.has(phrases) ? undefined : matchPhraseIn(toks, i, phrases);
    return matchPhraseIn(toks, i, candidates);
}

function matchPhraseIn(toks: Tok[], i: number, phrases: Phrase[]): Phrase | undefined {
    for (const p of phrases) {
        let all = true;
        for (let k = 0; all && k < p.words.length; k++) all = toks[i + k]?.kind === 'word' && toks[i + k].text === p.words[k];
        if (all) return p;
    }
    return undefined;
}

function isOfWhich(toks: Tok[], i: number): boolean {
    return toks[i]?.kind === 'word' && toks[i].text === 'оның'
        && toks[i + 1]?.kind === 'word' && (toks[i + 1].text === 'ішінде' || toks[i + 1].text === 'ішнде');
}

function isOfWhichRu(toks: Tok[], i: number): boolean {
    return toks[i]?.kind === 'word' && toks[i].text === 'в'
        && toks[i + 1]?.kind === 'word' && toks[i + 1].text === 'том'
        && toks[i + 2]?.kind === 'word' && toks[i + 2].text === 'числе';
}

/** «әр кездесуден», «әр ай сайын», «айына» → the distributive scope. */
function perScope(words: string[]): string {
    const ws = words.filter(w => w !== 'әр' && w !== 'сайын' && w !== 'кейін' && w !== 'өткізілген');
    const last = ws.length ? ws[ws.length - 1] : '';
    const stem = stems(last).find(s => s.length >= 2 && s !== last) ?? last;
    // Keep the phrase for multi-word scopes («сапар күнінен» → «сапар күні»).
    const head = ws.slice(0, -1);
    let scope = stem;
    if (last.endsWith('інен') || last.endsWith('ынан')) scope = last.slice(0, -3);
    return [...head, scope].join(' ');
}

// ---------------------------------------------------------------------------
// Parsing

/** Parses the text of a plan or fact value. Never throws. */
export function parseValue(raw: string, ctx: ValueContext = {}): ParsedValue {
    // Parsed values are immutable: the same text in the same context is read once,
    // so re-evaluating a document after an edit re-reads only the values that changed.
    // Keyed role → indicator name → text, so no key string is built per lookup
    // (the name strings of the AST keep their hash).
    const byRole = ctx.role === 'plan' ? PLAN_VALUES : ctx.role === 'fact' ? FACT_VALUES : OTHER_VALUES;
    const name = ctx.indicatorName ?? '';
    let byName = byRole.get(name);
    if (!byName) {
        byName = new Map<string, ParsedValue>();
        byRole.set(name, byName);
    }
    const hit = byName.get(raw);
    if (hit) return hit;
    const value = parseValueUncached(raw, ctx);
    if (++cachedValues > 50000) {
        clearValueCache();
        cachedValues = 1;
        byName = new Map<string, ParsedValue>();
        byRole.set(name, byName);
    }
    byName.set(raw, value);
    return value;
}

const PLAN_VALUES = new Map<string, Map<string, ParsedValue>>();
const FACT_VALUES = new Map<string, Map<string, ParsedValue>>();
const OTHER_VALUES = new Map<string, Map<string, ParsedValue>>();
let cachedValues = 0;

/** Forgets every parsed value (benchmarks measure cold evaluation with it). */
export function clearValueCache(): void {
    PLAN_VALUES.clear();
    FACT_VALUES.clear();
    OTHER_VALUES.clear();
    HEADS.clear();
    NAMES.clear();
    clearMisspellings();
    cachedValues = 0;
}

function parseValueUncached(raw: string, ctx: ValueContext): ParsedValue {
    const result: ParsedValue = {
        raw, cmp: 'eq', cmpExplicit: false, parts: [], ofWhich: [], attrs: {},
        isMoney: false, isPercent: false, errors: [], warnings: []
    };
    const toks = lex(raw);
    if (toks.length === 0 || toks.every(t => t.kind !== 'num' && t.kind !== 'word' && t.kind !== 'string')) {
        result.errors.push({ code: 'empty', start: 0, end: raw.length });
        return result;
    }

    // Split off the «оның ішінде …» subsets.
    let mainEnd = toks.length;
    const subsetStarts: number[] = [];
    for (let i = 0; i < toks.length; i++) {
        if (isOfWhich(toks, i)) { subsetStarts.push(i); i++; }
        else if (isOfWhichRu(toks, i)) { subsetStarts.push(i); i += 2; }
    }
    if (subsetStarts.length) mainEnd = subsetStarts[0];
    let main = toks.slice(0, mainEnd);
    while (main.length && main[main.length - 1].kind === 'comma') main = main.slice(0, -1);
    for (let k = 0; k < subsetStarts.length; k++) {
        const from = subsetStarts[k] + (toks[subsetStarts[k]].text === 'в' ? 3 : 2);
        let to = k + 1 < subsetStarts.length ? subsetStarts[k + 1] : toks.length;
        while (to > from && toks[to - 1].kind === 'comma') to--;
        const sub = parseSimple(toks.slice(from, to), raw, result, 'subset');
        if (sub) result.ofWhich.push(sub);
    }

    parseMain(main, raw, result, ctx);

    // Units: explicit, from a unit-first phrase, or from the indicator's name (A2, A7).
    assignIndicatorUnits(result, ctx);
    result.isPercent = result.parts.length > 0 && result.parts.every(p => p.unit === '%');
    result.isMoney = result.parts.some(p => isMoneyUnit(p.unit));
    if (ctx.role === 'fact' && result.cmpExplicit && result.cmp !== 'eq') {
        result.warnings.push({ code: 'fact-comparator', start: 0, end: raw.length });
    }
    for (const p of result.parts) {
        if (p.n < 0) result.warnings.push({ code: 'negative', start: p.start, end: p.end });
    }
    if (result.parts.length === 0 && !result.errors.length) {
        result.errors.push({ code: 'no-number', start: 0, end: raw.length });
    }
    return result;
}

/** Reads a `[cmp] n [unit words]` run (subsets, parenthesised counts). */
function parseSimple(toks: Tok[], raw: string, result: ParsedValue, _where: 'subset' | 'paren'): SubValue | undefined {
    let cmp: Comparator = 'eq';
    let n: number | undefined;
    const labelWords: string[] = [];
    let label: string | undefined;
    for (let i = 0; i < toks.length; i++) {
        const tk = toks[i];
        const pre = n === undefined ? matchPhrase(toks, i, PRE_COMPARATORS) : undefined;
        if (pre) { cmp = pre.cmp; i += pre.words.length - 1; continue; }
        const post = n !== undefined ? matchPhrase(toks, i, POST_COMPARATORS) : undefined;
        if (post) { cmp = post.cmp; continue; }
        if (tk.kind === 'num' && n === undefined) {
            n = tk.n;
            if (n === undefined) result.errors.push({ code: 'bad-number', start: tk.start, end: tk.end });
            const scale = toks[i + 1]?.kind === 'word' ? SCALES[toks[i + 1].text] : undefined;
            if (scale && n !== undefined) { n *= scale; i++; }
        } else if (tk.kind === 'word') {
            labelWords.push(raw.slice(tk.start, tk.end).normalize('NFC'));
        } else if (tk.kind === 'string') {
            label = tk.text;
        } else if (tk.kind === 'dash' && tk.glued && toks[i + 1]?.kind === 'word' && NUMBER_SUFFIXES.has(toks[i + 1].text)) {
            i++;
        }
    }
    if (n === undefined) return undefined;
    const text = label ?? (labelWords.length ? labelWords.join(' ') : undefined);
    const unit = text ? canonicalUnit(text) : undefined;
    return { cmp, n, unit, label: text };
}

function parseMain(toks: Tok[], raw: string, result: ParsedValue, ctx: ValueContext): void {
    let i = 0;
    const unitFirst: Tok[] = [];
    let current: ValuePart | undefined;
    let unitWords: Tok[] = [];

    const closeUnit = () => {
        if (current && unitWords.length && current.unit === '%') {
            // «100% орындалды.», «0.1 % яғни …»: the words after a percentage are not its unit.
            const text = raw.slice(unitWords[0].start, unitWords[unitWords.length - 1].end).normalize('NFC');
            result.attrs.note = result.attrs.note ? `${result.attrs.note}; ${text}` : text;
        } else if (current && unitWords.length) {
            const text = raw.slice(unitWords[0].start, unitWords[unitWords.length - 1].end).normalize('NFC');
            current.unitRaw = text;
            current.unit = canonicalUnit(text) ?? text.toLowerCase();
            current.unitSource = 'value';
        }
        unitWords = [];
    };

    while (i < toks.length) {
        const tk = toks[i];
        // Prefixed distributive qualifier: «Әр кездесуден кемінде 5», «Әр мектепте 1».
        if (tk.kind === 'word' && tk.text === 'әр' && !current) {
            const words: string[] = [];
            let j = i;
            while (j < toks.length && toks[j].kind === 'word' && !matchPhrase(toks, j, PRE_COMPARATORS)) { words.push(toks[j].text); j++; }
            result.per = { scope: perScope(words), raw: raw.slice(tk.start, toks[j - 1].end) };
            i = j;
            continue;
        }
        // «айына кемінде 2» — per month.
        if (tk.kind === 'word' && (tk.text === 'айына' || tk.text === 'жылына' || tk.text === 'аптасына') && !current) {
            result.per = { scope: tk.text === 'айына' ? 'ай' : tk.text === 'жылына' ? 'жыл' : 'апта', raw: raw.slice(tk.start, tk.end) };
            i++;
            continue;
        }
        const pre = !current || unitWords.length === 0 ? matchPhrase(toks, i, PRE_COMPARATORS) : undefined;
        if (pre && !(current && !toks[i + pre.words.length])) {
            // A pre-comparator applies to all parts («кемінде 10/2»); after a number it is a post-comparator.
            if (!current || result.parts.length === 0) {
                result.cmp = pre.cmp; result.cmpExplicit = true;
                i += pre.words.length;
                continue;
            }
        }
        const post = current ? matchPhrase(toks, i, POST_COMPARATORS) : undefined;
        if (post) {
            closeUnit();
            result.cmp = post.cmp; result.cmpExplicit = true;
            i += post.words.length;
            continue;
        }
        if (!current && tk.kind === 'word') {
            // «Баннер кемінде – 1», «Парақшаның Скрины 1»: the unit comes first.
            const p = matchPhrase(toks, i, PRE_COMPARATORS);
            if (p) { result.cmp = p.cmp; result.cmpExplicit = true; i += p.words.length; continue; }
            unitFirst.push(tk);
            i++;
            continue;
        }
        switch (tk.kind) {
            case 'num': {
                if (current && !(toks[i - 1]?.kind === 'slash')) {
                    // A second number without a slash: «1 000 адам 200» — read as a note.
                    closeUnit();
                    result.attrs.note = raw.slice(tk.start, toks[toks.length - 1].end);
                    i = toks.length;
                    break;
                }
                closeUnit();
                let n = tk.n;
                if (n === undefined) {
                    result.errors.push({ code: 'bad-number', start: tk.start, end: tk.end });
                    n = NaN;
                }
                // Negative sign written before the number.
                const prev = toks[i - 1];
                if (prev && prev.kind === 'dash' && (i - 1 === 0 || toks[i - 2]?.kind === 'slash') && !Number.isNaN(n)) n = -n;
                current = { n, unitSource: 'none', start: tk.start, end: tk.end, ...writtenForm(tk.text) };
                result.parts.push(current);
                // Scale word: «20 млн».
                const next = toks[i + 1];
                if (next?.kind === 'word' && SCALES[next.text] !== undefined) {
                    let scale = SCALES[next.text];
                    current.n *= scale;
                    current.end = next.end;
                    i++;
                    // «182 мың 542», «28 мың 700-ге», «2 млн 500 мың»: smaller groups after a scale word add up.
                    while (toks[i + 1]?.kind === 'num' && toks[i + 1].n !== undefined && Number.isInteger(toks[i + 1].n)) {
                        const m = toks[i + 1].n!;
                        const sc = toks[i + 2]?.kind === 'word' ? SCALES[toks[i + 2].text] : undefined;
                        const add = sc !== undefined ? m * sc : m;
                        if ((sc !== undefined && sc >= scale) || add >= scale || toks[i + 2]?.kind === 'slash') break;
                        current.n += add;
                        i += sc !== undefined ? 2 : 1;
                        current.end = toks[i].end;
                        if (sc === undefined) break;
                        scale = sc;
                    }
                }
                if (toks[i + 1]?.kind === 'pct') {
                    current.unit = '%'; current.unitRaw = '%'; current.unitSource = 'value';
                    current.end = toks[i + 1].end;
                    i++;
                }
                i++;
                break;
            }
            case 'word':
                if (tk.glued && toks[i - 1]?.kind === 'dash' && NUMBER_SUFFIXES.has(tk.text)) { i++; break; }
                // «1 рет артығымен»: done in excess of the plan (an attribute of a fact, not a unit word).
                if (current && tk.text === 'артығымен') { closeUnit(); result.attrs.overPlan = 1; i++; break; }
                if (current) unitWords.push(tk);
                i++;
                break;
            case 'slash':
                closeUnit();
                if (current) current = undefined;
                if (toks[i + 1]?.kind !== 'num') {
                    // «ұйым/адам» as a unit, not a part separator.
                    const lastPart = result.parts[result.parts.length - 1];
                    if (lastPart && toks[i + 1]?.kind === 'word') {
                        current = lastPart;
                        unitWords = [];
                        const joined = `${lastPart.unitRaw ?? ''}/${raw.slice(toks[i + 1].start, toks[i + 1].end)}`;
                        lastPart.unitRaw = joined;
                        lastPart.unit = canonicalUnit(joined) ?? joined.toLowerCase();
                        i += 2;
                        break;
                    }
                }
                i++;
                break;
            case 'lparen': {
                closeUnit();
                let depth = 1;
                let j = i + 1;
                while (j < toks.length && depth > 0) {
                    if (toks[j].kind === 'lparen') depth++;
                    if (toks[j].kind === 'rparen') depth--;
                    if (depth > 0) j++;
                }
                classifyParen(toks.slice(i + 1, j), raw, result, ctx, toks[i].start, (toks[j]?.end ?? raw.length));
                i = j + 1;
                break;
            }
            case 'dash':
                // «Баннер кемінде – 1»: the dash between a label and its number.
                i++;
                break;
            case 'string':
                result.attrs.note = tk.text;
                i++;
                break;
            default:
                i++;
        }
    }
    closeUnit();
    if (unitFirst.length && result.parts.length) {
        const text = raw.slice(unitFirst[0].start, unitFirst[unitFirst.length - 1].end).normalize('NFC');
        // «Парақшаның Скрины 1»: a genitive before the unit says whose (@of=парақша).
        const gen = unitFirst.length > 1 ? /^(.{2,}?)(ның|нің|дың|дің|тың|тің)$/u.exec(unitFirst[0].text) : null;
        if (gen) result.attrs.of = gen[1];
        for (const p of result.parts) {
            if (p.unitSource === 'none') {
                p.unitRaw = text;
                p.unit = canonicalUnit(text) ?? text.toLowerCase();
                p.unitSource = 'value';
            }
        }
    }
}

/** DOMAIN §2.5 A3: per, number in words, covers, of-which, or an attribute. */
function classifyParen(inner: Tok[], raw: string, result: ParsedValue, ctx: ValueContext, start: number, end: number): void {
    const text = raw.slice(start + 1, end - 1).normalize('NFC').replace(/\s+/g, ' ').trim();
    if (inner.length === 0) return;
    // (1) distributive: «(әр қатысушыдан)», «(әр ай сайын)».
    if (inner[0].kind === 'word' && inner[0].text === 'әр') {
        result.per = { scope: perScope(inner.filter(t => t.kind === 'word').map(t => t.text)), raw: text };
        return;
    }
    // The number repeated in words: «(бес)», «(он бес миллион … жүз)».
    if (inner.every(t => t.kind === 'word')) {
        const value = wordsToNumber(text);
        if (value !== undefined) {
            result.words = { text, value };
            const main = result.parts[0];
            if (main && result.parts.length === 1 && main.n !== value) {
                result.warnings.push({ code: 'words-mismatch', start, end, data: { digits: main.n, words: value } });
            }
            return;
        }
    }
    const hasNumber = inner.some(t => t.kind === 'num');
    if (hasNumber) {
        const sub = parseSimple(inner, raw, result, 'paren');
        if (sub) {
            const outer = result.parts[result.parts.length - 1];
            // «(2 тілде)»: a language count, an attribute.
            if (sub.unit === 'тіл') { result.attrs.langCount = sub.n; return; }
            // (2) a document covering persons: «2 тізім(7 медициналық қызметкер)», «1 (кемінде 5 адам)».
            if (sub.unit && isPersonUnit(sub.unit) && (!outer?.unit || isDocumentUnit(outer.unit) || !isPersonUnit(outer.unit))) {
                result.covers = sub;
                return;
            }
            // (3) a bare inner number with «(оның ішінде …)» in the row label, or any bare inner number: a subset.
            if (!sub.unit) {
                const label = ctx.indicatorName ? ofWhichLabel(ctx.indicatorName) : undefined;
                result.ofWhich.push({ ...sub, label: label ?? sub.label });
                return;
            }
            result.attrs[`paren${Object.keys(result.attrs).length}`] = text;
            return;
        }
    }
    // (4) an attribute: «(электрондық нұсқасы)», «(көшірме)».
    result.attrs.note = result.attrs.note ? `${result.attrs.note}; ${text}` : text;
    const format = /^(.*нұсқа)(сы)?$/iu.exec(text);
    if (format) result.attrs.format = format[1];
}

/** «Тікелей бенефициарлар саны (оның ішінде халықтың әлеуметтік осал санаттары)» → the subset's label. */
export function ofWhichLabel(indicatorName: string): string | undefined {
    const m = /\(\s*оның\s+ішінде\s+([^)]*)\)/iu.exec(indicatorName.normalize('NFC'));
    return m ? m[1].trim() : undefined;
}

/** A2/A7: parts without a unit take the unit of the matching part of the indicator name. */
function assignIndicatorUnits(result: ParsedValue, ctx: ValueContext): void {
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
        const name = indicatorName.normalize('NFC').replace(/\(.*?\)/g, ' ');
        hit = { name, nameParts: name.split('/').map(s => s.trim()).filter(Boolean) };
        if (NAMES.size > 20000) NAMES.clear();
        NAMES.set(indicatorName, hit);
    }
    return hit;
}

const NAMES = new Map<string, { name: string; nameParts: string[] }>();

/** The unit an indicator name implies by its head (memoised: the same names come back on every indicator). */
function headUnit(name: string): string | undefined {
    if (HEADS.has(name)) return HEADS.get(name);
    const words = headWords(name);
    const head = words.length >= 1 ? words[words.length - 1] : undefined;
    const head2 = words.length >= 2 ? words.slice(-2).join(' ') : undefined;
    const u = (head2 ? canonicalUnitExact(head2) : undefined) ?? (head ? canonicalUnit(head) : undefined);
    if (HEADS.size > 20000) HEADS.clear();
    HEADS.set(name, u);
    return u;
}

const HEADS = new Map<string, string | undefined>();

/**
 * A4: the value an indicator's name carries after «кемінде» or a dash («… сауалнама Кемінде 100»,
 * «… ұсынымдар – 100 дана.»), when it disagrees with the plan (another number, or % against a
 * count). Bare numbers in a name («1 минутқа дейін», «2 тілде») are part of what is counted, not
 * a target. Offsets are relative to the name.
 */
export function nameValueConflict(name: string, plan: ParsedValue): Span | undefined {
    // Most names have neither: plain searches first, the expression only for the few that may.
    if (!/\d/.test(name) || !(name.includes('емінде') || name.includes('ЕМІНДЕ') || name.includes('е менее') || /\s[-–—]\s/.test(name))) return undefined;
    const m = /(?<![\p{L}\p{M}])(кемінде|не менее)\s+\d[^()]*$|\s[-–—]\s+(\d[^()]*)$/iu.exec(name);
    if (!m) return undefined;
    const start = m[2] !== undefined ? m.index + m[0].lastIndexOf(m[2]) : m.index;
    const text = name.slice(start).replace(/[.\s]+$/u, '');
    const inName = parseValue(text, { role: 'plan' });
    const a = inName.parts[0], b = plan.parts[0];
    if (!a || !b || inName.errors.length) return undefined;
    if (a.n === b.n && inName.isPercent === plan.isPercent) return undefined;
    return { start, end: start + text.length, text };
}

/** The words of the name before any embedded value («… – 5», a digit, «кемінде»). */
function headWords(name: string): string[] {
    // (`\b` is ASCII-only: it never matches around a Cyrillic word, hence the look-arounds.)
    const cut = name.split(/\s[-–—]\s|\d|(?<![\p{L}\p{M}])кемінде(?![\p{L}\p{M}])/iu)[0];
    return cut.split(/[\s,]+/u).filter(w => /\p{L}/u.test(w));
}

// ---------------------------------------------------------------------------
// Plan against fact

export type Status = 'met' | 'over' | 'unmet' | 'deviation' | 'unverifiable' | 'missing' | 'noPlan';

export type UnverifiableReason =
    | 'plan-unreadable' | 'fact-unreadable' | 'unit-mismatch' | 'percent-no-base' | 'per-unknown' | 'parts-mismatch';

export interface PartVerdict {
    status: Status;
    plan: number;
    fact?: number;
    ratio?: number;
    cmp: Comparator;
    unit?: string;
}

export interface Verdict {
    status: Status;
    /** fact / plan of the deciding part. */
    ratio?: number;
    reason?: UnverifiableReason;
    parts: PartVerdict[];
    /** The plan has «оның ішінде» (or «(k)») and the fact does not (V-PF-06). */
    subpartMissing?: boolean;
    /** The fact's unit differs from the plan's (V-PF-05). */
    unitMismatch?: { plan?: string; fact?: string };
    /** Money rows: fact − plan. */
    moneyDelta?: number;
}

/** The fact is more than this times the plan: reported as over-achievement (V-PF-07). */
export const OVER_ACHIEVEMENT_RATIO = 1.5;

export interface JudgeContext {
    /** How many units the `per` scope has (schools, meetings, months), when known. */
    perCount?: number;
}

const SEVERITY_ORDER: Status[] = ['unmet', 'deviation', 'unverifiable', 'missing', 'noPlan', 'met', 'over'];

function worst(statuses: Status[]): Status {
    for (let k = 0; k < 5; k++) if (statuses.includes(SEVERITY_ORDER[k])) return SEVERITY_ORDER[k];
    return statuses.includes('met') ? 'met' : statuses.includes('over') ? 'over' : 'met';
}

function comparePart(cmp: Comparator, plan: number, fact: number, money: boolean): Status {
    if (money) {
        if (cmp === 'ge') return fact >= plan ? 'met' : 'deviation';
        if (cmp === 'le' || cmp === 'eq') return fact === plan ? 'met' : fact < plan ? 'deviation' : 'unmet';
    }
    switch (cmp) {
        case 'ge':
        case 'eq': // A1: a bare target on a count is a minimum.
            return fact >= plan ? (plan > 0 && fact / plan >= OVER_ACHIEVEMENT_RATIO ? 'over' : 'met') : 'unmet';
        case 'gt':
            return fact > plan ? (plan > 0 && fact / plan >= OVER_ACHIEVEMENT_RATIO ? 'over' : 'met') : 'unmet';
        case 'le':
            return fact <= plan ? 'met' : 'unmet';
        case 'approx':
            return Math.abs(fact - plan) <= Math.abs(plan) * 0.1 ? 'met' : fact > plan ? 'over' : 'unmet';
    }
}

/** Does the fact meet the plan? DOMAIN §2.5 A1–A7 and rules V-PF-02, V-PF-04…06. */
/** Verdicts by plan and fact (both immutable, and the same objects while their texts stay): an edit re-judges only what it changed. */
const VERDICTS = new WeakMap<ParsedValue, Map<ParsedValue | undefined, Verdict>>();

/** judge(plan, fact), remembered. Verdicts are shared: nobody may change one. */
export function verdictOf(plan: ParsedValue | undefined, fact: ParsedValue | undefined): Verdict {
    if (!plan) return judge(plan, fact);
    let byFact = VERDICTS.get(plan);
    if (!byFact) {
        byFact = new Map();
        VERDICTS.set(plan, byFact);
    }
    let verdict = byFact.get(fact);
    if (!verdict) {
        verdict = judge(plan, fact);
        byFact.set(fact, verdict);
    }
    return verdict;
}

export function judge(plan: ParsedValue | undefined, fact: ParsedValue | undefined, ctx: JudgeContext = {}): Verdict {
    if (!plan) return { status: fact ? 'noPlan' : 'missing', parts: [] };
    if (plan.errors.length) return { status: 'unverifiable', reason: 'plan-unreadable', parts: [] };
    if (!fact) return { status: 'missing', parts: plan.parts.map(p => ({ status: 'missing', plan: p.n, cmp: plan.cmp, unit: p.unit })) };
    if (fact.errors.length) return { status: 'unverifiable', reason: 'fact-unreadable', parts: [] };

    const verdict: Verdict = { status: 'met', parts: [] };
    // V-PF-06: sub-part parity.
    if (plan.ofWhich.length && !fact.ofWhich.length) verdict.subpartMissing = true;
    // V-PF-05: units.
    const pu = plan.parts[0]?.unit, fu = fact.parts[0]?.unit;
    const planPct = plan.isPercent, factPct = fact.isPercent;
    const factExplicit = fact.parts.some(p => p.unitSource === 'value');
    const planExplicit = plan.parts.some(p => p.unitSource === 'value');
    if (planPct !== factPct) {
        verdict.unitMismatch = { plan: pu, fact: fu };
        return { ...verdict, status: 'unverifiable', reason: 'unit-mismatch' };
    }
    if (factExplicit && fu !== pu && (planExplicit || plan.parts[0]?.unitSource === 'none')) {
        verdict.unitMismatch = { plan: pu, fact: fu };
    }
    if (plan.parts.length !== fact.parts.length) {
        return { ...verdict, status: 'unverifiable', reason: 'parts-mismatch' };
    }

    const money = plan.isMoney || (fact.isMoney && !plan.parts.some(p => p.unit && p.unit !== 'теңге'));
    const statuses: Status[] = [];
    for (let k = 0; k < plan.parts.length; k++) {
        const p = plan.parts[k];
        const f = fact.parts[k].n;
        let required = p.n;
        let status: Status;
        if (plan.per) {
            if (ctx.perCount !== undefined) {
                required = p.n * ctx.perCount;
                status = comparePart(plan.cmp, required, f, money);
            } else {
                // Unknown cardinality: a fact below one unit's worth is certainly short.
                status = f < p.n && (plan.cmp === 'ge' || plan.cmp === 'eq') ? 'unmet' : 'unverifiable';
            }
        } else {
            status = comparePart(plan.cmp, required, f, money);
        }
        const ratio = required !== 0 ? f / required : undefined;
        verdict.parts.push({ status, plan: required, fact: f, ratio, cmp: plan.cmp, unit: p.unit });
        statuses.push(status);
    }
    if (plan.per && ctx.perCount === undefined && statuses.includes('unverifiable')) verdict.reason = 'per-unknown';
    // «оның ішінде» subsets and covered persons.
    for (let k = 0; k < plan.ofWhich.length; k++) {
        const sub = plan.ofWhich[k], f = fact.ofWhich[k];
        if (f) statuses.push(comparePart(sub.cmp, sub.n, f.n, false));
    }
    if (plan.covers && fact.covers) statuses.push(comparePart(plan.covers.cmp, plan.covers.n, fact.covers.n, false));
    else if (plan.covers && !fact.covers) verdict.subpartMissing = true;

    const status = worst(statuses);
    verdict.status = status;
    let deciding = verdict.parts[0];
    for (const p of verdict.parts) if (p.status === status) { deciding = p; break; }
    verdict.ratio = deciding?.ratio;
    if (money) verdict.moneyDelta = (fact.parts[0]?.n ?? 0) - (plan.parts[0]?.n ?? 0);
    return verdict;
}

// ---------------------------------------------------------------------------
// Rendering numbers for people

/** «3 000», «155,5» — digits grouped by NBSP, decimal comma (DOMAIN house style). */
export function formatNumber(n: number, maxDecimals = 2): string {
    if (!Number.isFinite(n)) return String(n);
    const neg = n < 0;
    let fixed = Math.abs(n).toFixed(maxDecimals);
    if (fixed.includes('.')) fixed = fixed.replace(/\.?0+$/, '');
    const [int, dec] = fixed.split('.');
    const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, '\u00A0');
    return (neg ? '-' : '') + grouped + (dec ? ',' + dec : '');
}

/** «0,7%», «180%». */
export function formatPercent(ratio: number): string {
    const pct = ratio * 100;
    return formatNumber(pct, pct < 10 ? 1 : 0) + '%';
}

/** The value as written, with whitespace collapsed: used in messages and tables. */
export function displayValue(v: ParsedValue): string {
    return v.raw.replace(/\s+/g, ' ').trim();
}
