/**
 * Numbers and money in words, Kazakh and Russian (the report's grant sum in words: docs/kk/language.md «Сома жазумен»).
 *
 * Pure TypeScript with no dependencies and no Node-only APIs, so it runs in the
 * language server, the CLI and a browser worker alike.
 *
 * Official reports write money as `15 337 100 (он бес миллион үш жүз отыз жеті мың бір жүз) теңге`:
 * digits grouped by three with NO-BREAK SPACE, then the lower-case words in
 * parentheses, then the currency. The validation rule V-XREF-03 parses the words
 * back with `wordsToNumber` (numwords-parse.ts) and compares them with the digits.
 * The words themselves: numwords-vocabulary.ts; Kazakh suffixes after a number:
 * kk-number-suffixes.ts.
 */
import {
    KK_CURRENCY, KK_HUNDRED, KK_SCALES, KK_TENS, KK_UNITS, KK_ZERO, RU_CURRENCY, RU_HUNDREDS, RU_SCALES, RU_TEENS, RU_TENS, RU_UNITS_F, RU_UNITS_M, RU_ZERO
} from './numwords-vocabulary.js';

export type WordsLang = 'kk' | 'ru';

/** NO-BREAK SPACE (U+00A0), the digit-group separator of the official forms. */
const NBSP = '\u00A0';

/** Exclusive upper bound of the supported range (up to 999 триллион …). */
const LIMIT = 1e15;

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

/** Words that only Kazakh numbers have (Russian ones share «миллион», «миллиард»). */
const KK_NUMBER_WORD = /(^|[\s(])(бір|екі|үш|төрт|бес|алты|жеті|сегіз|тоғыз|он|жиырма|отыз|қырық|елу|алпыс|жетпіс|сексен|тоқсан|жүз|мың|нөл)(?=$|[\s)])/u;

/**
 * `n` in words, in the language of the words a person wrote for it («он бес миллион …» → Kazakh,
 * «пятнадцать миллионов …» → Russian): what a number's words should read. Undefined for a
 * number that cannot be spelled (a fraction, a negative, too big).
 */
export function wordsLike(n: number, written: string): string | undefined {
    if (!spellable(n)) return undefined;
    return numberToWords(n, KK_NUMBER_WORD.test(written.toLowerCase()) ? 'kk' : 'ru');
}
