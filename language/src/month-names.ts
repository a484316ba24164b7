/** «маусым 2020» / «июнь 2020» / «June 2020» for a month 'YYYY-MM', in the language of the messages. */
import vocabulary from '../../templates/vocabulary.json' with { type: 'json' };
import { getLanguage } from './i18n.js';

export function monthName(yyyyMm: string): string {
    const m = Number(yyyyMm.slice(5, 7));
    const names = vocabulary.months as { kk: string; ru?: string; en?: string }[];
    const entry = names[m - 1];
    const lang = getLanguage();
    return entry ? `${entry[lang] ?? entry.kk} ${yyyyMm.slice(0, 4)}` : yyyyMm;
}
