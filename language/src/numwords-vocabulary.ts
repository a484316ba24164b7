/**
 * The number words of Kazakh and Russian: units, tens, hundreds, scales, zero, the currency.
 * Spelt by numwords.ts, read back by numwords-parse.ts.
 */


/** Kazakh units 1–9 (index = value). */
export const KK_UNITS = ['', 'бір', 'екі', 'үш', 'төрт', 'бес', 'алты', 'жеті', 'сегіз', 'тоғыз'] as const;
/** Kazakh tens 10–90 (index = tens digit). Teens are simply `он` + unit. */
export const KK_TENS = ['', 'он', 'жиырма', 'отыз', 'қырық', 'елу', 'алпыс', 'жетпіс', 'сексен', 'тоқсан'] as const;
export const KK_HUNDRED = 'жүз';
/** Kazakh scale words, index = triad position from the right (0 = units). */
export const KK_SCALES = ['', 'мың', 'миллион', 'миллиард', 'триллион'] as const;
export const KK_ZERO = 'нөл';
export const KK_CURRENCY = 'теңге';

/** Russian units 1–9, masculine (used for units, миллион, миллиард, триллион). */
export const RU_UNITS_M = ['', 'один', 'два', 'три', 'четыре', 'пять', 'шесть', 'семь', 'восемь', 'девять'] as const;
/** Russian units 1–9, feminine (тысяча is feminine: одна тысяча, две тысячи). */
export const RU_UNITS_F = ['', 'одна', 'две', 'три', 'четыре', 'пять', 'шесть', 'семь', 'восемь', 'девять'] as const;
/** Russian 10–19 (index = value − 10). */
export const RU_TEENS = [
    'десять', 'одиннадцать', 'двенадцать', 'тринадцать', 'четырнадцать',
    'пятнадцать', 'шестнадцать', 'семнадцать', 'восемнадцать', 'девятнадцать'
] as const;
/** Russian tens 20–90 (index = tens digit; 0 and 1 unused). */
export const RU_TENS = ['', '', 'двадцать', 'тридцать', 'сорок', 'пятьдесят', 'шестьдесят', 'семьдесят', 'восемьдесят', 'девяносто'] as const;
/** Russian hundreds 100–900 (index = hundreds digit). */
export const RU_HUNDREDS = ['', 'сто', 'двести', 'триста', 'четыреста', 'пятьсот', 'шестьсот', 'семьсот', 'восемьсот', 'девятьсот'] as const;
/** Russian scale words as [one, few, many] forms, index = triad position. */
export const RU_SCALES: readonly (readonly [string, string, string])[] = [
    ['', '', ''],
    ['тысяча', 'тысячи', 'тысяч'],
    ['миллион', 'миллиона', 'миллионов'],
    ['миллиард', 'миллиарда', 'миллиардов'],
    ['триллион', 'триллиона', 'триллионов']
];
export const RU_ZERO = 'ноль';
/** Тенге is an indeclinable loan word in Russian: always `тенге`. */
export const RU_CURRENCY = 'тенге';
