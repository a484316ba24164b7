/**
 * Numbers and money in words, Kazakh and Russian (the report's grant sum in words: docs/kk/language.md «Сома жазумен»).
 *
 * Pure TypeScript with no dependencies and no Node-only APIs, so it runs in the
 * language server, the CLI and a browser worker alike.
 *
 * Official reports write money as `15 337 100 (он бес миллион үш жүз отыз жеті мың бір жүз) теңге`:
 * digits grouped by three with NO-BREAK SPACE, then the lower-case words in
 * parentheses, then the currency. The validation rule V-XREF-03 parses the words
 * back with {@link wordsToNumber} and compares them with the digits.
 */

export type WordsLang = 'kk' | 'ru';

/** NO-BREAK SPACE (U+00A0), the digit-group separator of the official forms. */
const NBSP = '\u00A0';

/** Exclusive upper bound of the supported range (up to 999 триллион …). */
const LIMIT = 1e15;

// ---------------------------------------------------------------------------
// Vocabulary
// ---------------------------------------------------------------------------

/** Kazakh units 1–9 (index = value). */
const KK_UNITS = ['', 'бір', 'екі', 'үш', 'төрт', 'бес', 'алты', 'жеті', 'сегіз', 'тоғыз'] as const;
/** Kazakh tens 10–90 (index = tens digit). Teens are simply `он` + unit. */
const KK_TENS = ['', 'он', 'жиырма', 'отыз', 'қырық', 'елу', 'алпыс', 'жетпіс', 'сексен', 'тоқсан'] as const;
const KK_HUNDRED = 'жүз';
/** Kazakh scale words, index = triad position from the right (0 = units). */
const KK_SCALES = ['', 'мың', 'миллион', 'миллиард', 'триллион'] as const;
const KK_ZERO = 'нөл';
const KK_CURRENCY = 'теңге';

/** Russian units 1–9, masculine (used for units, миллион, миллиард, триллион). */
const RU_UNITS_M = ['', 'один', 'два', 'три', 'четыре', 'пять', 'шесть', 'семь', 'восемь', 'девять'] as const;
/** Russian units 1–9, feminine (тысяча is feminine: одна тысяча, две тысячи). */
const RU_UNITS_F = ['', 'одна', 'две', 'три', 'четыре', 'пять', 'шесть', 'семь', 'восемь', 'девять'] as const;
/** Russian 10–19 (index = value − 10). */
const RU_TEENS = [
    'десять', 'одиннадцать', 'двенадцать', 'тринадцать', 'четырнадцать',
    'пятнадцать', 'шестнадцать', 'семнадцать', 'восемнадцать', 'девятнадцать'
] as const;
/** Russian tens 20–90 (index = tens digit; 0 and 1 unused). */
const RU_TENS = ['', '', 'двадцать', 'тридцать', 'сорок', 'пятьдесят', 'шестьдесят', 'семьдесят', 'восемьдесят', 'девяносто'] as const;
/** Russian hundreds 100–900 (index = hundreds digit). */
const RU_HUNDREDS = ['', 'сто', 'двести', 'триста', 'четыреста', 'пятьсот', 'шестьсот', 'семьсот', 'восемьсот', 'девятьсот'] as const;
/** Russian scale words as [one, few, many] forms, index = triad position. */
const RU_SCALES: readonly (readonly [string, string, string])[] = [
    ['', '', ''],
    ['тысяча', 'тысячи', 'тысяч'],
    ['миллион', 'миллиона', 'миллионов'],
    ['миллиард', 'миллиарда', 'миллиардов'],
    ['триллион', 'триллиона', 'триллионов']
];
const RU_ZERO = 'ноль';
/** Тенге is an indeclinable loan word in Russian: always `тенге`. */
const RU_CURRENCY = 'тенге';

// ---------------------------------------------------------------------------
// Number → words
// ---------------------------------------------------------------------------

/** Whether {@link numberToWords} can spell `n`: an integer 0 ≤ n < 10^15. */
export function spellable(n: number): boolean {
    return Number.isInteger(n) && n >= 0 && n < LIMIT;
}

function checkRange(n: number): void {
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 0 || n >= LIMIT) {
        throw new RangeError(`numberToWords: expected an integer 0 ≤ n < 10^15, got ${String(n)}`);
    }
}

/** Splits n into triads, least significant first: 15337100 → [100, 337, 15]. */
function triads(n: number): number[] {
    const out: number[] = [];
    do {
        out.push(n % 1000);
        n = Math.floor(n / 1000);
    } while (n > 0);
    return out;
}

/**
 * Kazakh words for one non-zero triad: `[H жүз] [T] [O]`.
 * The hundreds digit 1 is written `бір жүз` (money/legal style), never bare `жүз`.
 */
function kkTriad(t: number): string[] {
    const h = Math.floor(t / 100);
    const d = Math.floor((t % 100) / 10);
    const o = t % 10;
    const out: string[] = [];
    if (h) out.push(KK_UNITS[h], KK_HUNDRED);
    if (d) out.push(KK_TENS[d]);
    if (o) out.push(KK_UNITS[o]);
    return out;
}

/** Russian words for one non-zero triad; `feminine` selects одна/две (for тысяча). */
function ruTriad(t: number, feminine: boolean): string[] {
    const h = Math.floor(t / 100);
    const rest = t % 100;
    const out: string[] = [];
    if (h) out.push(RU_HUNDREDS[h]);
    if (rest >= 10 && rest < 20) {
        out.push(RU_TEENS[rest - 10]);
    } else {
        const d = Math.floor(rest / 10);
        const o = rest % 10;
        if (d) out.push(RU_TENS[d]);
        if (o) out.push((feminine ? RU_UNITS_F : RU_UNITS_M)[o]);
    }
    return out;
}

/**
 * Russian plural form index for a count: 0 = one (1, 21, 101 …), 1 = few
 * (2–4, 22–24 …), 2 = many (0, 5–20, 11–14, 25–30 …).
 */
function ruPluralIndex(t: number): 0 | 1 | 2 {
    const last2 = t % 100;
    const last = t % 10;
    if (last2 >= 11 && last2 <= 14) return 2;
    if (last === 1) return 0;
    if (last >= 2 && last <= 4) return 1;
    return 2;
}

/**
 * An integer 0 ≤ n < 10^15 in words, lower case, single spaces.
 *
 * Kazakh: triads with scale words, `бір жүз` / `бір мың` /
 * `бір миллион` … for a one, zero triads skipped, 0 → `нөл`.
 * Russian: legal style, `одна тысяча`, `две тысячи`, `пять тысяч`, `сто`,
 * `один миллион`, 0 → `ноль`.
 *
 * @throws RangeError for negatives, non-integers, NaN/±Infinity and n ≥ 10^15.
 */
export function numberToWords(n: number, lang: WordsLang): string {
    checkRange(n);
    if (n === 0) return lang === 'kk' ? KK_ZERO : RU_ZERO;
    const parts = triads(n);
    const out: string[] = [];
    for (let i = parts.length - 1; i >= 0; i--) {
        const t = parts[i];
        if (t === 0) continue; // rule 4: skip zero triads entirely
        if (lang === 'kk') {
            out.push(...kkTriad(t));
            if (i > 0) out.push(KK_SCALES[i]);
        } else {
            out.push(...ruTriad(t, i === 1));
            if (i > 0) out.push(RU_SCALES[i][ruPluralIndex(t)]);
        }
    }
    return out.join(' ');
}

/**
 * Digits grouped by three with NBSP; a fractional part (if any) follows a comma
 * (or a dot when `decimalComma` is false): 1395970 → `1 395 970`, 155.5 → `155,5`.
 *
 * @throws RangeError for NaN and ±Infinity.
 */
export function formatGrouped(n: number, decimalComma = true): string {
    if (typeof n !== 'number' || !Number.isFinite(n)) {
        throw new RangeError(`formatGrouped: expected a finite number, got ${String(n)}`);
    }
    const negative = n < 0;
    const plain = plainDecimal(Math.abs(n));
    const dot = plain.indexOf('.');
    const intPart = dot < 0 ? plain : plain.slice(0, dot);
    const fracPart = dot < 0 ? '' : plain.slice(dot + 1);
    const grouped = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, NBSP);
    return (negative ? '-' : '') + grouped + (fracPart ? (decimalComma ? ',' : '.') + fracPart : '');
}

/**
 * The shortest round-trip decimal for a non-negative finite number, without
 * exponent notation (String(1e21) is `1e+21`, String(1e-7) is `1e-7`).
 */
function plainDecimal(x: number): string {
    const s = String(x);
    const m = /^(\d+)(?:\.(\d+))?e([+-]\d+)$/.exec(s);
    if (!m) return s;
    const digits = m[1] + (m[2] ?? '');
    // Position of the decimal point counted from the start of `digits`.
    const point = m[1].length + Number(m[3]);
    if (point <= 0) return '0.' + '0'.repeat(-point) + digits;
    if (point >= digits.length) return digits + '0'.repeat(point - digits.length);
    return digits.slice(0, point) + '.' + digits.slice(point);
}

/**
 * The official money rendering: `{digits} ({words}) {currency}`, e.g.
 * `15 337 100 (он бес миллион үш жүз отыз жеті мың бір жүз) теңге` (kk) or
 * `15 337 100 (пятнадцать миллионов триста тридцать семь тысяч сто) тенге` (ru),
 * with NBSP between digit groups. Whole тенге only (тиын is not attested).
 *
 * @throws RangeError like {@link numberToWords}.
 */
export function moneyToWords(n: number, lang: WordsLang): string {
    const words = numberToWords(n, lang);
    return `${formatGrouped(n)} (${words}) ${lang === 'kk' ? KK_CURRENCY : RU_CURRENCY}`;
}

// ---------------------------------------------------------------------------
// Words → number
// ---------------------------------------------------------------------------

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

// ---------------------------------------------------------------------------
// Kazakh morphology after numbers
// ---------------------------------------------------------------------------

/** The last Kazakh word spoken for n (sign ignored: `минус бес` ends in `бес`). */
function kkLastWord(n: number): string {
    const words = numberToWords(Math.abs(n), 'kk');
    return words.slice(words.lastIndexOf(' ') + 1);
}

/**
 * Connective `мен`/`бен`/`пен` after a number spoken in Kazakh (`13 пен 17`,
 * `17 мен 23`, `28 бен 32`), chosen by the last sound of the last word:
 * `мен` after vowels and the sonorants л р й у м н ң; `бен` after ж з;
 * `пен` after voiceless consonants and б в г д.
 *
 * @throws RangeError for non-integers and |n| ≥ 10^15.
 */
export function kkAgeConnective(n: number): 'мен' | 'бен' | 'пен' {
    const word = kkLastWord(n);
    const last = word[word.length - 1];
    if (/[аәеёиоөуұүыіэюялрймнң]/u.test(last)) return 'мен';
    if (last === 'ж' || last === 'з') return 'бен';
    return 'пен';
}

/**
 * Dative and ablative suffixes per final number word, extended
 * with `триллион` (like `миллион`) and `нөл` (front vowel, ends in л).
 * They follow vowel harmony (back а/ы vs front е/і) and the final sound
 * (voiced/sonorant → ғ/г, д; voiceless → қ/к, т; nasal → н- for the ablative).
 */
const KK_CASE_SUFFIXES: Readonly<Record<string, readonly [dative: string, ablative: string]>> = {
    'нөл': ['ге', 'ден'],
    'бір': ['ге', 'ден'],
    'екі': ['ге', 'ден'],
    'үш': ['ке', 'тен'],
    'төрт': ['ке', 'тен'],
    'бес': ['ке', 'тен'],
    'алты': ['ға', 'дан'],
    'жеті': ['ге', 'ден'],
    'сегіз': ['ге', 'ден'],
    'тоғыз': ['ға', 'дан'],
    'он': ['ға', 'нан'],
    'жиырма': ['ға', 'дан'],
    'отыз': ['ға', 'дан'],
    'қырық': ['қа', 'тан'],
    'елу': ['ге', 'ден'],
    'алпыс': ['қа', 'тан'],
    'жетпіс': ['ке', 'тен'],
    'сексен': ['ге', 'нен'],
    'тоқсан': ['ға', 'нан'],
    'жүз': ['ге', 'ден'],
    'мың': ['ға', 'нан'],
    'миллион': ['ға', 'нан'],
    'миллиард': ['қа', 'тан'],
    'триллион': ['ға', 'нан']
};

function kkCaseSuffixes(n: number): readonly [string, string] {
    const word = kkLastWord(n);
    const suffixes = KK_CASE_SUFFIXES[word];
    // Unreachable: every word numberToWords can end with is in the table.
    if (!suffixes) throw new Error(`numwords: no case suffixes for "${word}"`);
    return suffixes;
}

/**
 * Dative suffix written after digits with a hyphen (without the hyphen):
 * 3000 → `ға` (`3000-ға`), 700 → `ге`, 5 → `ке`, 40 → `қа`.
 *
 * @throws RangeError for non-integers and |n| ≥ 10^15.
 */
export function kkDativeSuffix(n: number): string {
    return kkCaseSuffixes(n)[0];
}

/**
 * Ablative suffix written after digits with a hyphen (without the hyphen):
 * 200 → `ден` (`200-ден`), 10 → `нан`, 80 → `нен`, 60 → `тан`.
 *
 * @throws RangeError for non-integers and |n| ≥ 10^15.
 */
export function kkAblativeSuffix(n: number): string {
    return kkCaseSuffixes(n)[1];
}
