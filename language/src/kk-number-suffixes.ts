/**
 * Kazakh morphology after a number: the connective (`13 пен 17`) and the dative and ablative
 * suffixes written after digits (`3000-ға`, `200-ден`), chosen by the last word spoken.
 */
import { numberToWords } from './numwords.js';


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
