/** Comparators and qualifiers written around a number (docs: value forms). */
import { stems } from '../units.js';
import type { Tok } from './lexer.js';
import type { Comparator } from './types.js';

export interface Phrase { words: string[]; cmp: Comparator }

/** Comparators written before the number. */
export const PRE_COMPARATORS: Phrase[] = [
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
export const POST_COMPARATORS: Phrase[] = [
    { words: ['кемінде'], cmp: 'ge' },
    { words: ['астам'], cmp: 'gt' },
    { words: ['артық'], cmp: 'gt' },
    { words: ['жуық'], cmp: 'approx' },
    { words: ['дейін'], cmp: 'le' },
    { words: ['дейн'], cmp: 'le' },
    { words: ['аспайды'], cmp: 'le' }
];

/** Case endings glued to a number by a hyphen: «200-ден», «3000-ға», «51%-ы». */
export const NUMBER_SUFFIXES = new Set(['ден', 'дан', 'тен', 'тан', 'нен', 'нан', 'ға', 'ге', 'қа', 'ке', 'ы', 'і', 'ші', 'шы', 'сы', 'сі', 'де', 'да', 'те', 'та']);

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

export function matchPhrase(toks: Tok[], i: number, phrases: Phrase[]): Phrase | undefined {
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

export function isOfWhich(toks: Tok[], i: number): boolean {
    return toks[i]?.kind === 'word' && toks[i].text === 'оның'
        && toks[i + 1]?.kind === 'word' && (toks[i + 1].text === 'ішінде' || toks[i + 1].text === 'ішнде');
}

export function isOfWhichRu(toks: Tok[], i: number): boolean {
    return toks[i]?.kind === 'word' && toks[i].text === 'в'
        && toks[i + 1]?.kind === 'word' && toks[i + 1].text === 'том'
        && toks[i + 2]?.kind === 'word' && toks[i + 2].text === 'числе';
}

/** «әр кездесуден», «әр ай сайын», «айына» → the distributive scope. */
export function perScope(words: string[]): string {
    const ws = words.filter(w => w !== 'әр' && w !== 'сайын' && w !== 'кейін' && w !== 'өткізілген');
    const last = ws.length ? ws[ws.length - 1] : '';
    const stem = scopeStem(last);
    // Keep the phrase for multi-word scopes («сапар күнінен» → «сапар күні»).
    const head = ws.slice(0, -1);
    let scope = stem;
    if (last.endsWith('інен') || last.endsWith('ынан')) scope = last.slice(0, -3);
    return [...head, scope].join(' ');
}

/** The stem of a scope's last word (remembered: the same few scopes recur, and stems() tries every suffix). */
function scopeStem(last: string): string {
    let stem = SCOPE_STEMS.get(last);
    if (stem === undefined) {
        stem = stems(last).find(s => s.length >= 2 && s !== last) ?? last;
        if (SCOPE_STEMS.size > 20000) SCOPE_STEMS.clear();
        SCOPE_STEMS.set(last, stem);
    }
    return stem;
}

const SCOPE_STEMS = new Map<string, string>();

/** Forgets the remembered scope stems (with the value cache). */
export function clearPhraseCaches(): void {
    SCOPE_STEMS.clear();
}
