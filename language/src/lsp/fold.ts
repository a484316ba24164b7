/**
 * Matching that forgives the keyboard. People type Kazakh keywords on a Latin
 * layout («mindet»), on a Russian layout without the Kazakh letters («миндет»,
 * «ис-шара», «корсет»), or start with a fragment («кө»). `fold` brings all of
 * these to one base alphabet so that a prefix of the typed text can be
 * compared with a keyword or a name; `variants` gives the spellings to put in
 * a completion item's `filterText` so that the editor's own filter agrees.
 *
 * Pure TypeScript: runs in the browser worker too.
 */
import { editDistance, foldForMatch } from '../text-utils.js';

/**
 * Remembers a function's answers for the strings it is asked about. Completion asks about the same
 * keywords and names (a few hundred) at every keystroke; a file's own words could be many, so the
 * memory is emptied when it holds `max` answers.
 */
function remembered<T>(compute: (s: string) => T, max = 4000): (s: string) => T {
    const known = new Map<string, T>();
    return s => {
        let value = known.get(s);
        if (value === undefined) {
            if (known.size >= max) known.clear();
            known.set(s, value = compute(s));
        }
        return value;
    };
}

/** One letter folded as the checker folds names («did you mean»): Kazakh letters onto their Russian look-alikes. */
const baseLetter = remembered((c: string): string => {
    if (c === 'й') return 'и';
    if (c === 'ъ' || c === 'ь') return '';
    return foldForMatch(c);
}, 1000);

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Latin letter groups → Cyrillic, longest first (informal and 2021 Kazakh Latin spellings). */
const LATIN_GROUPS: [string, string][] = [
    ['shch', 'щ'], ['sh', 'ш'], ['ch', 'ч'], ['zh', 'ж'], ['kh', 'х'], ['ts', 'ц'],
    ['ya', 'я'], ['yu', 'ю'], ['yo', 'е'], ['ng', 'ң']
];

const LATIN_SINGLE: Record<string, string> = {
    a: 'а', b: 'б', c: 'с', d: 'д', e: 'е', f: 'ф', g: 'г', h: 'х', i: 'і', j: 'ж', k: 'к', l: 'л',
    m: 'м', n: 'н', o: 'о', p: 'п', q: 'қ', r: 'р', s: 'с', t: 'т', u: 'у', v: 'в', w: 'у', x: 'х',
    y: 'ы', z: 'з',
    'ä': 'ә', 'ö': 'ө', 'ü': 'ү', 'ū': 'ұ', 'ı': 'ы', 'ğ': 'ғ', 'ş': 'ш', 'ç': 'ч', 'ñ': 'ң', 'ń': 'ң',
    'á': 'ә', 'ó': 'ө', 'ú': 'ұ', 'ý': 'й', 'é': 'е', 'í': 'и'
};

/** Cyrillic → Latin, for the Latin spelling of a label in `filterText`. */
const CYRILLIC_TO_LATIN: Record<string, string> = {
    'а': 'a', 'ә': 'a', 'б': 'b', 'в': 'v', 'г': 'g', 'ғ': 'g', 'д': 'd', 'е': 'e', 'ё': 'yo', 'ж': 'zh',
    'з': 'z', 'и': 'i', 'й': 'i', 'і': 'i', 'к': 'k', 'қ': 'q', 'л': 'l', 'м': 'm', 'н': 'n', 'ң': 'ng',
    'о': 'o', 'ө': 'o', 'п': 'p', 'р': 'r', 'с': 's', 'т': 't', 'у': 'u', 'ұ': 'u', 'ү': 'u', 'ф': 'f',
    'х': 'kh', 'һ': 'h', 'ц': 'ts', 'ч': 'ch', 'ш': 'sh', 'щ': 'shch', 'ъ': '', 'ы': 'y', 'ь': '',
    'э': 'e', 'ю': 'yu', 'я': 'ya'
};

/** Latin text → Cyrillic (Kazakh letters where the Latin spelling has them). */
function latinToCyrillic(s: string): string {
    let out = '';
    let i = 0;
    outer: while (i < s.length) {
        for (const [lat, cyr] of LATIN_GROUPS) {
            if (s.startsWith(lat, i)) { out += cyr; i += lat.length; continue outer; }
        }
        const c = s[i];
        out += LATIN_SINGLE[c] ?? c;
        i++;
    }
    return out;
}

/**
 * The base form used for comparison: lower case, NFC, Latin read as Cyrillic,
 * Kazakh letters folded onto their Russian look-alikes, hyphens, spaces,
 * quotes and other punctuation dropped.
 */
export const fold = remembered((text: string): string => {
    const lower = text.normalize('NFC').toLowerCase();
    const cyr = latinToCyrillic(lower);
    let out = '';
    for (const c of cyr) {
        const base = baseLetter(c);
        if (LETTER_OR_DIGIT.test(base)) out += base;
    }
    return out;
});

/** The label as a Russian-layout typist writes it: «міндет» → «миндет». */
export function russianForm(text: string): string {
    let out = '';
    for (const c of text.normalize('NFC').toLowerCase()) out += /\s/.test(c) ? c : baseLetter(c);
    return out;
}

/** The label in plain Latin letters: «көрсеткіш» → «korsetkish». */
export function latinForm(text: string): string {
    let out = '';
    for (const c of text.normalize('NFC').toLowerCase()) out += CYRILLIC_TO_LATIN[c] ?? c;
    return out;
}

/** Starts of words in the folded label: 0 and every letter after a space, hyphen or quote. */
const wordStarts = remembered((label: string): Set<number> => {
    const starts = new Set<number>([0]);
    let folded = 0;
    let afterBreak = true;
    const cyr = latinToCyrillic(label.normalize('NFC').toLowerCase());
    for (const c of cyr) {
        const base = baseLetter(c);
        if (LETTER_OR_DIGIT.test(base)) {
            if (afterBreak) starts.add(folded);
            folded += base.length;
            afterBreak = false;
        } else {
            afterBreak = true;
        }
    }
    return starts;
});

/**
 * Does what the user typed match the label? The folded typed text must be a
 * subsequence of the folded label whose first letter starts a word of the
 * label. An empty input matches everything.
 */
export function matches(typed: string, label: string): boolean {
    const q = fold(typed);
    if (q.length === 0) return true;
    const target = fold(label);
    const starts = wordStarts(label);
    for (const start of starts) {
        if (target[start] !== q[0]) continue;
        let k = 1;
        for (let i = start + 1; i < target.length && k < q.length; i++) {
            if (target[i] === q[k]) k++;
        }
        if (k === q.length) return true;
    }
    return false;
}

/**
 * The spellings to put into `filterText`: the label, its Russian-layout and
 * Latin forms (with and without hyphens), and what was typed when it matches,
 * so the editor's fuzzy filter accepts «mindet» for «міндет».
 */
export function filterForms(label: string, typed?: string): string[] {
    const t = typed?.trim();
    const own = labelForms(label);
    return t && matches(t, label) ? [t, ...own.filter(form => form !== t)] : [...own];
}

/** A label's own spellings: itself, its Russian-layout and Latin forms, with and without hyphens. */
const labelForms = remembered((label: string): readonly string[] => {
    const ru = russianForm(label);
    const lat = latinForm(label);
    return [...new Set([label, ru, lat, lat.replace(/-/g, ''), ru.replace(/-/g, '')])];
});

/** `filterForms` joined by spaces, as one `filterText`. */
export function filterVariants(label: string, typed?: string): string {
    return filterForms(label, typed).join(' ');
}

/** The folded forms of a keyword list, computed once per list. */
const FOLDED = new WeakMap<readonly string[], string[]>();

/**
 * The keyword a misspelt word was meant to be: the nearest by edit distance after folding, so a
 * slip («көрсеткш»), the Latin layout («korsetkish») and the Russian one («корсеткиш») all find
 * «көрсеткіш». Close means at most one edit in a short word, two in a long one; on a tie the
 * first candidate wins. Undefined when nothing is that close.
 */
export function nearestKeyword(word: string, keywords: readonly string[]): string | undefined {
    const w = fold(word);
    if (w.length < 2) return undefined;
    const max = w.length >= 7 ? 2 : 1;
    let folded = FOLDED.get(keywords);
    if (!folded) FOLDED.set(keywords, folded = keywords.map(fold));
    let best: string | undefined;
    let bestD = max + 1;
    for (let i = 0; i < keywords.length; i++) {
        if (Math.abs(folded[i].length - w.length) > max) continue;
        const d = editDistance(w, folded[i], max);
        if (d < bestD) { bestD = d; best = keywords[i]; }
    }
    return bestD <= max && bestD < w.length / 2 ? best : undefined;
}
