/** Parsing the text of a plan or fact value into its normalised form (uncached: see cache.ts). */
import { canonicalUnit, isDocumentUnit, isMoneyUnit, isPersonUnit } from '../units.js';
import { wordsToNumber } from '../numwords-parse.js';
import { lex, type Tok } from './lexer.js';
import { lowerCase, nfc } from '../fast-case.js';
import { SCALES, writtenPart } from './numbers.js';
import { isOfWhich, isOfWhichRu, matchPhrase, NUMBER_SUFFIXES, perScope, POST_COMPARATORS, PRE_COMPARATORS } from './phrases.js';
import { assignIndicatorUnits } from './indicator-units.js';
import type { Comparator, ParsedValue, SubValue, ValueContext, ValuePart } from './types.js';

export function parseValueUncached(written: string, ctx: ValueContext): ParsedValue {
    return completeReading(readValueText(written), ctx);
}

/**
 * What the text of a value says before its indicator's name and its role are known. The same
 * text stands in many indicators («Кемінде 1», «100%»): cache.ts reads it once and completes
 * that reading for each name and role (completeReading), which costs a fraction of reading it.
 */
export interface ValueReading {
    /** The value as far as its text goes; shared by the completed values (their parts copied where the name adds a unit). */
    readonly value: ParsedValue;
    /** Nothing to read («—»): the reading is the value, for every name and role. */
    readonly done: boolean;
    /** The `ofWhich` entries of a bare «(k)», whose label the indicator's name gives («… (оның ішінде …)»). */
    readonly namedSubsets: readonly number[];
}

export function readValueText(written: string): ValueReading {
    const raw = typedInQuotes(written);
    const result: ParsedValue = {
        raw, cmp: 'eq', cmpExplicit: false, parts: [], ofWhich: [], attrs: {},
        isMoney: false, isPercent: false, errors: [], warnings: []
    };
    const namedSubsets: number[] = [];
    const toks = lex(raw);
    if (!hasContent(toks)) {
        result.errors.push({ code: 'empty', start: 0, end: raw.length });
        return { value: result, done: true, namedSubsets };
    }

    // Split off the «оның ішінде …» subsets.
    let mainEnd = toks.length;
    const subsetStarts: number[] = [];
    for (let i = 0; i < toks.length; i++) {
        if (isOfWhich(toks, i)) { subsetStarts.push(i); i++; }
        else if (isOfWhichRu(toks, i)) { subsetStarts.push(i); i += 2; }
    }
    if (subsetStarts.length) mainEnd = subsetStarts[0];
    while (mainEnd > 0 && toks[mainEnd - 1].kind === 'comma') mainEnd--;
    // Most values: the tokens as they are, no copy.
    const main = mainEnd === toks.length ? toks : toks.slice(0, mainEnd);
    for (let k = 0; k < subsetStarts.length; k++) {
        const from = subsetStarts[k] + (toks[subsetStarts[k]].text === 'в' ? 3 : 2);
        let to = k + 1 < subsetStarts.length ? subsetStarts[k + 1] : toks.length;
        while (to > from && toks[to - 1].kind === 'comma') to--;
        const sub = parseSimple(toks.slice(from, to), raw, result, 'subset');
        if (sub) result.ofWhich.push(sub);
    }

    parseMain(main, raw, result, namedSubsets);
    // The text alone says it, whatever the indicator: read once per text.
    for (const p of result.parts) letterForDigit(result, p);
    return { value: result, done: false, namedSubsets };
}

/** The value a reading makes in an indicator of this name, as a plan or a fact. `reading` is left as it is. */
export function completeReading(reading: ValueReading, ctx: ValueContext): ParsedValue {
    const read = reading.value;
    if (reading.done) return read;
    // The parts are copied only when the name may give one a unit (assignIndicatorUnits changes those alone).
    let parts = read.parts;
    for (let k = 0; k < parts.length; k++) {
        if (parts[k].unitSource === 'none') {
            parts = parts.map(p => ({ ...p }));
            break;
        }
    }
    let ofWhich = read.ofWhich;
    if (reading.namedSubsets.length && ctx.indicatorName) {
        const label = ofWhichLabel(ctx.indicatorName);
        if (label !== undefined) {
            ofWhich = ofWhich.slice();
            for (const k of reading.namedSubsets) ofWhich[k] = { ...ofWhich[k], label };
        }
    }
    const result: ParsedValue = { ...read, parts, ofWhich, errors: read.errors.slice(), warnings: read.warnings.slice() };
    const raw = result.raw;

    // Units: explicit, from a unit-first phrase, or from the indicator's name (A2, A7).
    assignIndicatorUnits(result, ctx);
    result.isPercent = parts.length > 0 && parts.every(p => p.unit === '%');
    result.isMoney = parts.some(p => isMoneyUnit(p.unit));
    if (ctx.role === 'fact' && result.cmpExplicit && result.cmp !== 'eq') {
        result.warnings.push({ code: 'fact-comparator', start: 0, end: raw.length });
    }
    for (const p of parts) {
        if (p.n < 0) result.warnings.push({ code: 'negative', start: p.start, end: p.end });
        else if (p.decimal !== undefined && p.group === undefined && p.unit !== '%') thousandsOrFraction(result, p);
    }
    if (parts.length === 0 && !result.errors.length) {
        result.errors.push({ code: 'no-number', start: 0, end: raw.length });
    }
    return result;
}

/**
 * «1О», «2ОО адам»: the letter О (Cyrillic or Latin) typed right after digits, for a zero. Read as
 * written (1 of the unit «о»), and said, with the digits meant.
 */
function letterForDigit(result: ParsedValue, p: ValuePart): void {
    const c = result.raw.charCodeAt(p.end);
    if (c !== 0x41E && c !== 0x43E && c !== 79 && c !== 111) return;
    const m = /^[ОоOo]+(?![\p{L}\p{N}])/u.exec(result.raw.slice(p.end, p.end + 8));
    if (!m) return;
    const digits = result.raw.slice(p.start, p.end) + '0'.repeat(m[0].length);
    result.warnings.push({ code: 'letter-for-digit', start: p.start, end: p.end + m[0].length, data: { letters: m[0], suggestion: digits } });
}

/**
 * «5.344», «5,344», «10.000»: read as a fraction (a point or a comma is a decimal mark here), but
 * three digits after one to three before are as often a thousands group written the English or
 * German way (an English-language page's «5,344 views» copied in). Said, with the number grouped as
 * the forms group it; the value is still read as written. Not «0,125» (no thousands start with 0).
 */
function thousandsOrFraction(result: ParsedValue, p: ValuePart): void {
    const text = result.raw.slice(p.start, p.end);
    const m = /^([1-9][0-9]{0,2})[.,]([0-9]{3})$/.exec(text);
    if (!m) return;
    result.warnings.push({ code: 'thousands-or-fraction', start: p.start, end: p.end, data: { fraction: `${m[1]},${m[2]}`, suggestion: `${m[1]} ${m[2]}` } });
}

/**
 * `"кемінде 30 адам"`: a whole value typed inside quotes (the new-project skeleton's `жоспар: ""`
 * and `сома: ""` are tab stops inside them) reads as the value without them. The quotes become
 * spaces, so offsets into the text stay those of the source.
 */
function typedInQuotes(raw: string): string {
    // Almost no value is: the expression runs only on a text whose first non-space is a quote.
    let i = 0;
    while (i < raw.length && /\s/.test(raw[i])) i++;
    const first = raw.charCodeAt(i);
    if (first !== 0x22 && first !== 0x201C && first !== 0x201E) return raw;
    const m = /^(\s*)["“„]([^"“”„]*\S[^"“”„]*)["”“](\s*)$/u.exec(raw);
    return m ? `${m[1]} ${m[2]} ${m[3]}` : raw;
}

/** A number, a word or a string among the tokens (not only marks). */
function hasContent(toks: Tok[]): boolean {
    for (let i = 0; i < toks.length; i++) {
        const kind = toks[i].kind;
        if (kind === 'num' || kind === 'word' || kind === 'string') return true;
    }
    return false;
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
            labelWords.push(nfc(raw.slice(tk.start, tk.end)));
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

function parseMain(toks: Tok[], raw: string, result: ParsedValue, namedSubsets: number[]): void {
    let i = 0;
    const unitFirst: Tok[] = [];
    let current: ValuePart | undefined;
    let unitWords: Tok[] = [];

    const closeUnit = () => {
        if (current && unitWords.length && current.unit === '%') {
            // «100% орындалды.», «0.1 % яғни …»: the words after a percentage are not its unit.
            const text = nfc(raw.slice(unitWords[0].start, unitWords[unitWords.length - 1].end));
            result.attrs.note = result.attrs.note ? `${result.attrs.note}; ${text}` : text;
        } else if (current && unitWords.length) {
            const text = nfc(raw.slice(unitWords[0].start, unitWords[unitWords.length - 1].end));
            current.unitRaw = text;
            current.unit = canonicalUnit(text) ?? lowerCase(text);
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
                current = writtenPart(n, tk.start, tk.end, tk.text);
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
                        lastPart.unit = canonicalUnit(joined) ?? lowerCase(joined);
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
                classifyParen(toks.slice(i + 1, j), raw, result, namedSubsets, toks[i].start, (toks[j]?.end ?? raw.length));
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
        const text = nfc(raw.slice(unitFirst[0].start, unitFirst[unitFirst.length - 1].end));
        // «Парақшаның Скрины 1»: a genitive before the unit says whose (@of=парақша).
        const gen = unitFirst.length > 1 ? /^(.{2,}?)(ның|нің|дың|дің|тың|тің)$/u.exec(unitFirst[0].text) : null;
        if (gen) result.attrs.of = gen[1];
        for (const p of result.parts) {
            if (p.unitSource === 'none') {
                p.unitRaw = text;
                p.unit = canonicalUnit(text) ?? lowerCase(text);
                p.unitSource = 'value';
            }
        }
    }
}

/** A3 (docs/kk/language.md): per, number in words, covers, of-which, or an attribute. */
function classifyParen(inner: Tok[], raw: string, result: ParsedValue, namedSubsets: number[], start: number, end: number): void {
    const text = nfc(raw.slice(start + 1, end - 1)).replace(/\s+/g, ' ').trim();
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
                // Its label comes from the indicator's name, when that has one (completeReading).
                namedSubsets.push(result.ofWhich.length);
                result.ofWhich.push(sub);
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
    const m = /\(\s*оның\s+ішінде\s+([^)]*)\)/iu.exec(nfc(indicatorName));
    return m ? m[1].trim() : undefined;
}
