/**
 * Numbers written in words, Kazakh or Russian, read back to an integer (V-XREF-03 compares them
 * with the digits; values/parser.ts reads «он бес» in a value).
 */
import { KK_HUNDRED, KK_SCALES, KK_TENS, KK_UNITS, KK_ZERO, RU_HUNDREDS, RU_SCALES, RU_TEENS, RU_TENS, RU_UNITS_F, RU_UNITS_M, RU_ZERO } from './numwords-vocabulary.js';
import type { WordsLang } from './numwords.js';


/** Token classes of the words parser. */
type Token =
    | { kind: 'zero' }
    | { kind: 'unit'; value: number } // 1–9
    | { kind: 'teen'; value: number } // 10–19 (Russian only; Kazakh teens are он + unit)
    | { kind: 'ten'; value: number } // kk 10–90, ru 20–90
    | { kind: 'hundreds'; value: number } // ru сто … девятьсот
    | { kind: 'hundred' } // kk жүз (multiplier word)
    | { kind: 'scale'; value: number }; // 10^3 … 10^12

function buildLexicon(lang: WordsLang): ReadonlyMap<string, Token> {
    const lex = new Map<string, Token>();
    if (lang === 'kk') {
        lex.set(KK_ZERO, { kind: 'zero' });
        KK_UNITS.forEach((w, i) => { if (i) lex.set(w, { kind: 'unit', value: i }); });
        KK_TENS.forEach((w, i) => { if (i) lex.set(w, { kind: 'ten', value: i * 10 }); });
        lex.set(KK_HUNDRED, { kind: 'hundred' });
        KK_SCALES.forEach((w, i) => { if (i) lex.set(w, { kind: 'scale', value: 1000 ** i }); });
    } else {
        lex.set(RU_ZERO, { kind: 'zero' });
        lex.set('нуль', { kind: 'zero' });
        RU_UNITS_M.forEach((w, i) => { if (i) lex.set(w, { kind: 'unit', value: i }); });
        RU_UNITS_F.forEach((w, i) => { if (i) lex.set(w, { kind: 'unit', value: i }); });
        lex.set('одно', { kind: 'unit', value: 1 }); // neuter, harmless to accept
        RU_TEENS.forEach((w, i) => lex.set(w, { kind: 'teen', value: 10 + i }));
        RU_TENS.forEach((w, i) => { if (i >= 2) lex.set(w, { kind: 'ten', value: i * 10 }); });
        RU_HUNDREDS.forEach((w, i) => { if (i) lex.set(w, { kind: 'hundreds', value: i * 100 }); });
        // Any plural form of a scale word is accepted (plural agreement is not checked).
        RU_SCALES.forEach((forms, i) => {
            if (i) for (const w of forms) lex.set(w, { kind: 'scale', value: 1000 ** i });
        });
    }
    return lex;
}

const LEXICONS: Record<WordsLang, ReadonlyMap<string, Token>> = {
    kk: buildLexicon('kk'),
    ru: buildLexicon('ru')
};

/** NFC, lower case, split on any whitespace (incl. NBSP and runs of spaces). */
function tokenize(text: string): string[] {
    return text.normalize('NFC').toLowerCase().split(/\s+/u).filter(w => w.length > 0);
}

/**
 * Parses a word sequence with one language's lexicon.
 *
 * Grammar (per triad, then an optional scale word; scales strictly decreasing):
 *   kk triad = [[unit] "жүз"] [ten] [unit]         (bare `жүз` = `бір жүз`)
 *   ru triad = [hundreds] ([ten] [unit] | teen)
 * A scale word with an empty triad in front counts as one (`мың` = 1000,
 * `тысяча двести` = 1200). `нөл`/`ноль` is only valid on its own.
 */
function parseWith(words: readonly string[], lex: ReadonlyMap<string, Token>): number | undefined {
    const tokens: Token[] = [];
    for (const w of words) {
        const t = lex.get(w);
        if (!t) return undefined;
        tokens.push(t);
    }
    if (tokens.length === 0) return undefined;
    if (tokens[0].kind === 'zero') return tokens.length === 1 ? 0 : undefined;

    let total = 0;
    let lastScale = Infinity;
    let triad = 0;
    // 0 = nothing yet, 1 = after hundreds, 2 = after tens, 3 = after units/teen.
    let stage = 0;

    for (let i = 0; i < tokens.length; i++) {
        const tok = tokens[i];
        switch (tok.kind) {
            case 'zero':
                return undefined;
            case 'unit': {
                const next = tokens[i + 1];
                if (stage === 0 && next?.kind === 'hundred') {
                    // Kazakh `бес жүз` = 5 × 100.
                    triad += tok.value * 100;
                    stage = 1;
                    i++;
                } else if (stage < 3) {
                    triad += tok.value;
                    stage = 3;
                } else {
                    return undefined;
                }
                break;
            }
            case 'hundred':
                // Bare `жүз` at the start of a triad = `бір жүз`.
                if (stage !== 0) return undefined;
                triad += 100;
                stage = 1;
                break;
            case 'hundreds':
                if (stage !== 0) return undefined;
                triad += tok.value;
                stage = 1;
                break;
            case 'ten':
                if (stage >= 2) return undefined;
                triad += tok.value;
                stage = 2;
                break;
            case 'teen':
                if (stage >= 2) return undefined;
                triad += tok.value;
                stage = 3;
                break;
            case 'scale':
                if (tok.value >= lastScale) return undefined;
                total += (stage === 0 ? 1 : triad) * tok.value;
                lastScale = tok.value;
                triad = 0;
                stage = 0;
                break;
        }
    }
    return total + triad;
}

/**
 * Parses a number written in words (Kazakh or Russian) back to an integer.
 * Case-insensitive, NFC-normalised, any whitespace between words. Kazakh `жүз`
 * is accepted with or without `бір`; Russian scale words in any plural form and
 * units in either gender. Without `lang`, Kazakh is tried first, then Russian
 * (languages cannot be mixed within one text).
 *
 * @returns the value, or undefined when the text is not a number in words.
 */
export function wordsToNumber(text: string, lang?: WordsLang): number | undefined {
    const words = tokenize(text);
    if (lang) return parseWith(words, LEXICONS[lang]);
    return parseWith(words, LEXICONS.kk) ?? parseWith(words, LEXICONS.ru);
}
