import { describe, expect, test } from 'vitest';
import { formatGrouped, moneyToWords, numberToWords, type WordsLang } from '../language/src/numwords.js';
import { wordsToNumber } from '../language/src/numwords-parse.js';
import { kkAblativeSuffix, kkAgeConnective, kkDativeSuffix } from '../language/src/kk-number-suffixes.js';

const NBSP = '\u00A0';

/** Kazakh/Russian output must be lower-case Cyrillic words separated by single spaces. */
const CYRILLIC_WORDS = /^[а-яёәғқңөұүһі]+( [а-яёәғқңөұүһі]+)*$/u;

const KK: ReadonlyArray<readonly [number, string]> = [
    [0, 'нөл'],
    [1, 'бір'],
    [2, 'екі'],
    [5, 'бес'],
    [11, 'он бір'],
    [21, 'жиырма бір'],
    [22, 'жиырма екі'],
    [100, 'бір жүз'],
    [101, 'бір жүз бір'],
    [1_000, 'бір мың'],
    [1_001, 'бір мың бір'],
    [2_000, 'екі мың'],
    [1_000_000, 'бір миллион'],
    [1_001_000, 'бір миллион бір мың'],
    [1_395_970, 'бір миллион үш жүз тоқсан бес мың тоғыз жүз жетпіс'],
    [4_042_547, 'төрт миллион қырық екі мың бес жүз қырық жеті'],
    [15_337_100, 'он бес миллион үш жүз отыз жеті мың бір жүз'],
    [20_000_000, 'жиырма миллион'],
    [2_001_011_000, 'екі миллиард бір миллион он бір мың'],
    [1_000_000_000_000, 'бір триллион'],
    [999_999_999_999_999,
        'тоғыз жүз тоқсан тоғыз триллион тоғыз жүз тоқсан тоғыз миллиард тоғыз жүз тоқсан тоғыз миллион ' +
        'тоғыз жүз тоқсан тоғыз мың тоғыз жүз тоқсан тоғыз']
];

const RU: ReadonlyArray<readonly [number, string]> = [
    [0, 'ноль'],
    [1, 'один'],
    [2, 'два'],
    [5, 'пять'],
    [11, 'одиннадцать'],
    [21, 'двадцать один'],
    [22, 'двадцать два'],
    [100, 'сто'],
    [101, 'сто один'],
    [1_000, 'одна тысяча'],
    [1_001, 'одна тысяча один'],
    [2_000, 'две тысячи'],
    [5_000, 'пять тысяч'],
    [11_000, 'одиннадцать тысяч'],
    [12_000, 'двенадцать тысяч'],
    [14_000, 'четырнадцать тысяч'],
    [20_000, 'двадцать тысяч'],
    [21_000, 'двадцать одна тысяча'],
    [22_000, 'двадцать две тысячи'],
    [111_000, 'сто одиннадцать тысяч'],
    [1_000_000, 'один миллион'],
    [1_001_000, 'один миллион одна тысяча'],
    [2_000_000, 'два миллиона'],
    [5_000_000, 'пять миллионов'],
    [1_395_970, 'один миллион триста девяносто пять тысяч девятьсот семьдесят'],
    [4_042_547, 'четыре миллиона сорок две тысячи пятьсот сорок семь'],
    [15_337_100, 'пятнадцать миллионов триста тридцать семь тысяч сто'],
    [20_000_000, 'двадцать миллионов'],
    [2_001_011_000, 'два миллиарда один миллион одиннадцать тысяч'],
    [5_000_000_000, 'пять миллиардов'],
    [21_000_000_000_000, 'двадцать один триллион'],
    [3_000_000_000_000, 'три триллиона']
];

/** Deterministic PRNG (mulberry32). */
function mulberry32(seed: number): () => number {
    let a = seed >>> 0;
    return () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}

/**
 * Pseudo-random integers in [0, 10^15), built triad by triad so that zero
 * triads, triads equal to 1 and teens all occur often.
 */
function sampleNumbers(count: number, seed: number): number[] {
    const rnd = mulberry32(seed);
    const out: number[] = [];
    for (let k = 0; k < count; k++) {
        const triadCount = 1 + Math.floor(rnd() * 5);
        let n = 0;
        for (let i = 0; i < triadCount; i++) {
            const r = rnd();
            const triad = r < 0.25 ? 0 : r < 0.35 ? 1 : r < 0.45 ? 10 + Math.floor(rnd() * 10) : Math.floor(rnd() * 1000);
            n = n * 1000 + triad;
        }
        out.push(n);
    }
    return out;
}

const SAMPLES = sampleNumbers(400, 20250101);

const KK_UNIT_WORDS = ['бір', 'екі', 'үш', 'төрт', 'бес', 'алты', 'жеті', 'сегіз', 'тоғыз'];

describe('numberToWords (kk)', () => {
    test.each(KK)('%d', (n, words) => {
        expect(numberToWords(n, 'kk')).toBe(words);
    });

    test('output is NFC Cyrillic (no Latin look-alikes), lower case, single spaces', () => {
        for (const n of [...KK.map(([v]) => v), ...SAMPLES]) {
            const w = numberToWords(n, 'kk');
            expect(w).toMatch(CYRILLIC_WORDS);
            expect(w.normalize('NFC')).toBe(w);
        }
    });

    test('hundreds digit 1 is always "бір жүз", never bare "жүз"', () => {
        for (const n of SAMPLES) {
            const words = numberToWords(n, 'kk').split(' ');
            words.forEach((w, i) => {
                if (w === 'жүз') expect(KK_UNIT_WORDS).toContain(words[i - 1]);
            });
        }
    });
});

describe('numberToWords (ru)', () => {
    test.each(RU)('%d', (n, words) => {
        expect(numberToWords(n, 'ru')).toBe(words);
    });

    test('output is lower-case Cyrillic, single spaces', () => {
        for (const n of SAMPLES) expect(numberToWords(n, 'ru')).toMatch(CYRILLIC_WORDS);
    });
});

describe('numberToWords range checks', () => {
    const bad = [-1, -0.5, 1.5, 0.1, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 1e15, 1e16];
    for (const lang of ['kk', 'ru'] as const) {
        test.each(bad)(`${lang}: %s throws RangeError`, n => {
            expect(() => numberToWords(n, lang)).toThrow(RangeError);
            expect(() => moneyToWords(n, lang)).toThrow(RangeError);
        });
    }

    test('largest supported value does not throw', () => {
        expect(() => numberToWords(1e15 - 1, 'kk')).not.toThrow();
        expect(() => numberToWords(1e15 - 1, 'ru')).not.toThrow();
    });
});

describe('moneyToWords', () => {
    test('kk: the seed grant sum (S001:L10)', () => {
        expect(moneyToWords(15_337_100, 'kk')).toBe(
            `15${NBSP}337${NBSP}100 (он бес миллион үш жүз отыз жеті мың бір жүз) теңге`
        );
    });

    test('ru: the seed grant sum', () => {
        expect(moneyToWords(15_337_100, 'ru')).toBe(
            `15${NBSP}337${NBSP}100 (пятнадцать миллионов триста тридцать семь тысяч сто) тенге`
        );
    });

    test.each([
        [4_042_547, 'kk', `4${NBSP}042${NBSP}547 (төрт миллион қырық екі мың бес жүз қырық жеті) теңге`],
        [1_395_970, 'kk', `1${NBSP}395${NBSP}970 (бір миллион үш жүз тоқсан бес мың тоғыз жүз жетпіс) теңге`],
        [20_000_000, 'kk', `20${NBSP}000${NBSP}000 (жиырма миллион) теңге`],
        [2_001_011_000, 'kk', `2${NBSP}001${NBSP}011${NBSP}000 (екі миллиард бір миллион он бір мың) теңге`],
        [5, 'kk', '5 (бес) теңге'],
        [0, 'kk', '0 (нөл) теңге'],
        [1_000, 'ru', `1${NBSP}000 (одна тысяча) тенге`],
        [2_000_000, 'ru', `2${NBSP}000${NBSP}000 (два миллиона) тенге`],
        [21, 'ru', '21 (двадцать один) тенге'],
        [5, 'ru', '5 (пять) тенге']
    ] as const)('%d %s', (n, lang, expected) => {
        expect(moneyToWords(n, lang)).toBe(expected);
    });
});

describe('formatGrouped', () => {
    test.each([
        [0, '0'],
        [5, '5'],
        [999, '999'],
        [1_000, `1${NBSP}000`],
        [1_395_970, `1${NBSP}395${NBSP}970`],
        [15_337_100, `15${NBSP}337${NBSP}100`],
        [155.5, '155,5'],
        [60.1, '60,1'],
        [1234567.25, `1${NBSP}234${NBSP}567,25`],
        [-1234, `-1${NBSP}234`],
        [1e21, ['1', ...Array<string>(7).fill('000')].join(NBSP)],
        [1.5e-7, '0,00000015']
    ])('%s', (n, expected) => {
        expect(formatGrouped(n)).toBe(expected);
    });

    test('decimal dot when decimalComma is false', () => {
        expect(formatGrouped(1234.5, false)).toBe(`1${NBSP}234.5`);
    });

    test('non-finite input throws RangeError', () => {
        expect(() => formatGrouped(Number.NaN)).toThrow(RangeError);
        expect(() => formatGrouped(Number.POSITIVE_INFINITY)).toThrow(RangeError);
    });
});

describe('wordsToNumber', () => {
    test('the seed text with its double space', () => {
        expect(wordsToNumber('он бес миллион үш жүз  отыз жеті мың бір жүз')).toBe(15_337_100);
        expect(wordsToNumber('он бес миллион үш жүз  отыз жеті мың бір жүз', 'kk')).toBe(15_337_100);
    });

    test.each(KK)('kk table: %d', (n, words) => {
        expect(wordsToNumber(words, 'kk')).toBe(n);
        expect(wordsToNumber(words)).toBe(n);
    });

    test.each(RU)('ru table: %d', (n, words) => {
        expect(wordsToNumber(words, 'ru')).toBe(n);
        expect(wordsToNumber(words)).toBe(n);
    });

    test('case, NBSP, tabs, newlines, leading/trailing spaces', () => {
        expect(wordsToNumber(`  Он${NBSP}БЕС миллион\tүш жүз\nотыз жеті МЫҢ бір жүз `)).toBe(15_337_100);
        expect(wordsToNumber('Пятнадцать  Миллионов триста тридцать семь тысяч сто')).toBe(15_337_100);
    });

    test('NFD input is accepted', () => {
        // None of the number words decomposes today; this guards the normalisation step.
        const decomposed = 'бір мың'.normalize('NFD');
        expect(wordsToNumber(decomposed, 'kk')).toBe(1_000);
    });

    test('"жүз" with or without "бір"', () => {
        expect(wordsToNumber('жүз', 'kk')).toBe(100);
        expect(wordsToNumber('бір жүз', 'kk')).toBe(100);
        expect(wordsToNumber('үш жүз отыз жеті мың жүз', 'kk')).toBe(337_100);
        expect(wordsToNumber('жүз мың', 'kk')).toBe(100_000);
        expect(wordsToNumber('бір миллион жүз бір', 'kk')).toBe(1_000_101);
    });

    test('bare scale word counts as one', () => {
        expect(wordsToNumber('мың', 'kk')).toBe(1_000);
        expect(wordsToNumber('тысяча двести', 'ru')).toBe(1_200);
        expect(wordsToNumber('миллион')).toBe(1_000_000);
    });

    test('Russian: lenient gender and plural forms', () => {
        expect(wordsToNumber('один тысяча', 'ru')).toBe(1_000);
        expect(wordsToNumber('два тысячи', 'ru')).toBe(2_000);
        expect(wordsToNumber('пять миллион', 'ru')).toBe(5_000_000);
        expect(wordsToNumber('нуль', 'ru')).toBe(0);
    });

    test.each([
        '',
        '   ',
        'бес бес',
        'он жиырма',
        'жүз жүз',
        'он бес жүз',
        'бір мың бір миллион',
        'мың мың',
        'нөл бір',
        'бір нөл',
        'он бес теңге',
        'бес (бес)',
        '15',
        'hello',
        'одна сто',
        'двадцать одиннадцать',
        'сто двести',
        'пять тысяч тысяч',
        'он пять', // mixed languages
        'бес тысяч' // mixed languages
    ])('not a number: %j', text => {
        expect(wordsToNumber(text)).toBeUndefined();
    });

    test('language restriction', () => {
        expect(wordsToNumber('пять', 'kk')).toBeUndefined();
        expect(wordsToNumber('бес', 'ru')).toBeUndefined();
    });

    test.each(['kk', 'ru'] as const)('round trip over the pseudo-random numbers: %s', (lang: WordsLang) => {
        for (const n of SAMPLES) {
            const words = numberToWords(n, lang);
            expect(wordsToNumber(words, lang), words).toBe(n);
            expect(wordsToNumber(words), words).toBe(n);
        }
    });

    test('round trip with bare "жүз" instead of "бір жүз"', () => {
        for (const n of SAMPLES) {
            const words = numberToWords(n, 'kk').replace(/(^| )бір жүз/gu, '$1жүз');
            expect(wordsToNumber(words, 'kk'), words).toBe(n);
        }
    });

    test('samples cover the interesting shapes', () => {
        expect(SAMPLES.length).toBeGreaterThanOrEqual(300);
        expect(SAMPLES.some(n => n >= 1e12)).toBe(true);
        expect(SAMPLES.some(n => n < 1000)).toBe(true);
        expect(SAMPLES.some(n => numberToWords(n, 'kk').includes('бір жүз'))).toBe(true);
        expect(SAMPLES.some(n => numberToWords(n, 'kk').includes('бір мың'))).toBe(true);
    });
});

describe('Kazakh morphology after numbers', () => {
    test.each([
        [13, 'пен'],
        [17, 'мен'],
        [23, 'пен'],
        [28, 'бен'],
        [33, 'пен'],
        [46, 'мен'],
        [18, 'бен'],
        [19, 'бен'],
        [30, 'бен'],
        [40, 'пен'],
        [50, 'мен'],
        [60, 'пен'],
        [100, 'бен'],
        [1_000, 'мен'],
        [1_000_000_000, 'пен'],
        [0, 'мен']
    ] as const)('connective after %d is %s', (n, expected) => {
        expect(kkAgeConnective(n)).toBe(expected);
    });

    test.each([
        [3_000, 'ға'], // 3000-ға (мың)
        [28_700, 'ге'], // 28 мың 700-ге (жүз)
        [1, 'ге'],
        [2, 'ге'],
        [3, 'ке'],
        [4, 'ке'],
        [5, 'ке'],
        [6, 'ға'],
        [7, 'ге'],
        [8, 'ге'],
        [9, 'ға'],
        [10, 'ға'],
        [20, 'ға'],
        [30, 'ға'],
        [40, 'қа'],
        [50, 'ге'],
        [60, 'қа'],
        [70, 'ке'],
        [80, 'ге'],
        [90, 'ға'],
        [1_000_000, 'ға'],
        [2_000_000_000, 'қа']
    ] as const)('dative after %d is %s', (n, expected) => {
        expect(kkDativeSuffix(n)).toBe(expected);
    });

    test.each([
        [200, 'ден'], // 200-ден
        [400, 'ден'], // 400 -ден
        [1, 'ден'],
        [2, 'ден'],
        [3, 'тен'],
        [4, 'тен'],
        [5, 'тен'],
        [6, 'дан'],
        [7, 'ден'],
        [8, 'ден'],
        [9, 'дан'],
        [10, 'нан'],
        [20, 'дан'],
        [30, 'дан'],
        [40, 'тан'],
        [50, 'ден'],
        [60, 'тан'],
        [70, 'тен'],
        [80, 'нен'],
        [90, 'нан'],
        [1_000, 'нан'],
        [1_000_000, 'нан'],
        [3_000_000_000, 'тан']
    ] as const)('ablative after %d is %s', (n, expected) => {
        expect(kkAblativeSuffix(n)).toBe(expected);
    });

    test('suffix functions work for every sample (no missing last word)', () => {
        for (const n of SAMPLES) {
            expect(['мен', 'бен', 'пен']).toContain(kkAgeConnective(n));
            expect(kkDativeSuffix(n)).toMatch(/^(ға|ге|қа|ке)$/u);
            expect(kkAblativeSuffix(n)).toMatch(/^(дан|ден|тан|тен|нан|нен)$/u);
        }
    });

    test('non-integers throw RangeError', () => {
        expect(() => kkAgeConnective(1.5)).toThrow(RangeError);
        expect(() => kkDativeSuffix(Number.NaN)).toThrow(RangeError);
        expect(() => kkAblativeSuffix(0.25)).toThrow(RangeError);
    });
});
