/**
 * Text matching that forgives the keyboard: case, NFC, and Russian or Latin
 * letters typed for Kazakh ones. Used for suggestions («did you mean …»).
 */

/** Kazakh letters folded to the Russian look-alikes a Russian layout types. */
const KK_FOLD: Record<string, string> = {
    'ә': 'а', 'ғ': 'г', 'қ': 'к', 'ң': 'н', 'ө': 'о', 'ұ': 'у', 'ү': 'у', 'һ': 'х', 'і': 'и', 'ё': 'е'
};

/** Lower case, NFC, single spaces, no quotes or final punctuation, Kazakh letters folded. */
/** Whitespace runs to one space, trimmed, NFC: how a user's text is shown in one line. */
export function collapse(text: string): string {
    return text.replace(/\s+/g, ' ').trim().normalize('NFC');
}

export function foldForMatch(text: string): string {
    return text.normalize('NFC').toLowerCase()
        .replace(/[«»"“”]/gu, '')
        .replace(/[.;:,]+$/u, '')
        .replace(/\s+/gu, ' ')
        .trim()
        .replace(/[әғқңөұүһіё]/gu, c => KK_FOLD[c] ?? c);
}

/** Levenshtein distance, bounded: stops early past `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
    if (a === b) return 0;
    if (Math.abs(a.length - b.length) > max) return max + 1;
    let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        const cur = [i];
        let rowMin = i;
        for (let j = 1; j <= b.length; j++) {
            const v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
            cur.push(v);
            if (v < rowMin) rowMin = v;
        }
        if (rowMin > max) return max + 1;
        prev = cur;
    }
    return prev[b.length];
}

/** The candidate closest to `text` (after folding), if it is reasonably close. */
export function closest(text: string, candidates: readonly string[]): string | undefined {
    const t = foldForMatch(text);
    let best: string | undefined;
    let bestD = Infinity;
    for (const c of candidates) {
        const d = editDistance(t, foldForMatch(c), Math.max(3, Math.ceil(t.length / 2)));
        if (d < bestD) { bestD = d; best = c; }
    }
    return bestD <= Math.max(3, Math.ceil(t.length / 2)) ? best : undefined;
}

/**
 * The characters that NFC leaves alone, alone and next to one another: Latin up to U+02FF, the
 * Cyrillic letters (without the combining U+0483–U+0489), general punctuation, №, ₸, and the
 * arrows without a decomposition (not U+219A, U+219B, U+21AE, U+21CD–U+21CF). A test checks
 * every character and every pair of them.
 */
export const NFC_STABLE_RANGES: ReadonlyArray<readonly [number, number]> = [
    [0x0000, 0x02FF], [0x0400, 0x0482], [0x048A, 0x052F], [0x2010, 0x2027], [0x2030, 0x205E], [0x2116, 0x2116], [0x20B8, 0x20B8],
    [0x2190, 0x2199], [0x219C, 0x21AD], [0x21AF, 0x21CC], [0x21D0, 0x21FF]
];

/** 1 for each UTF-16 unit in NFC_STABLE_RANGES: one lookup a character (a regular expression took four times as long). */
const STABLE = (() => {
    const table = new Uint8Array(0x10000);
    for (const [a, b] of NFC_STABLE_RANGES) table.fill(1, a, b + 1);
    return table;
})();

/** True when `text` is certainly NFC without normalising it (most files: one scan, no copy). */
export function surelyNfc(text: string): boolean {
    for (let i = 0; i < text.length; i++) if (STABLE[text.charCodeAt(i)] === 0) return false;
    return true;
}

/**
 * The C0 and C1 controls control-chars.ts flags (its other characters — surrogates, U+FFFE,
 * U+FFFF — are outside NFC_STABLE_RANGES already). A test checks both definitions agree.
 */
export const CONTROL_RANGES: ReadonlyArray<readonly [number, number]> = [[0x00, 0x08], [0x0B, 0x0C], [0x0E, 0x1F], [0x7F, 0x9F]];

/** STABLE without the control characters. */
const PLAIN = (() => {
    const table = STABLE.slice();
    for (const [a, b] of CONTROL_RANGES) table.fill(0, a, b + 1);
    return table;
})();

/**
 * True when `text` is certainly NFC and holds no character a report cannot hold (V-FMT-01 and
 * V-FMT-08 both clean): the two whole-text checks share this one scan on most files. The
 * table's loop, once optimised, takes about 60 % of the time of a regular expression made from
 * the same ranges (0.11 against 0.18 ms on a 110 000-character file); only the first call of a
 * fresh process runs it unoptimised, once.
 */
export function plainText(text: string): boolean {
    for (let i = 0; i < text.length; i++) if (PLAIN[text.charCodeAt(i)] === 0) return false;
    return true;
}

/** A part of a text: offsets relative to it, and what it says. */
export interface Span {
    start: number;
    end: number;
    text: string;
}

// ---------------------------------------------------------------------------
// Misspellings seen in real reports (V-FMT-07, docs/kk/rules.md)

interface Misspelling {
    wrong: string;
    right: string;
    /** Also inside longer words («аңықтауға»); else only as a whole word. */
    stem: boolean;
}

/** V-FMT-07: misspellings seen in real reports, with what was meant. */
export const MISSPELLINGS: readonly Misspelling[] = [
    { wrong: 'соммасы', right: 'сомасы', stem: false },
    { wrong: 'әлеуметік', right: 'әлеуметтік', stem: true },
    { wrong: 'жоспаранып', right: 'жоспарланып', stem: true },
    { wrong: 'желіддегі', right: 'желідегі', stem: false },
    { wrong: 'instafram', right: 'Instagram', stem: false },
    { wrong: 'дейн', right: 'дейін', stem: false },
    { wrong: 'ішнде', right: 'ішінде', stem: false },
    { wrong: 'белрусь', right: 'Беларусь', stem: false },
    { wrong: 'сауатталық', right: 'сауаттылық', stem: true },
    { wrong: 'нәтежие', right: 'нәтиже', stem: true },
    { wrong: 'аңықта', right: 'анықта', stem: true },
    { wrong: 'ттанымал', right: 'танымал', stem: true }
];

const LETTER = /[\p{L}\p{M}]/u;

const MAY_BE_MISSPELT = new RegExp(MISSPELLINGS.map(m => m.wrong).join('|'), 'i');

const NONE: ReadonlyArray<Span & { right: string }> = [];
const FOUND = new Map<string, ReadonlyArray<Span & { right: string }>>();

/**
 * The known misspellings in `text`, each with the word as it should be (the case of its first
 * letter kept). Almost every text has none: one pass of one expression decides, with no copy
 * made. That pass costs less than looking the text up in a table (hashing a text that was just
 * parsed reads all of it, and a hit compares all of it again), so only the texts it flags are
 * remembered (the same names come back in every version of a document); clearMisspellings()
 * forgets.
 */
export function misspellings(text: string): ReadonlyArray<Span & { right: string }> {
    if (!MAY_BE_MISSPELT.test(text)) return NONE;
    let found = FOUND.get(text);
    if (found === undefined) {
        found = findMisspellings(text);
        if (FOUND.size > 50000) FOUND.clear();
        FOUND.set(text, found);
    }
    return found;
}

export function clearMisspellings(): void {
    FOUND.clear();
}

function findMisspellings(text: string): Array<Span & { right: string }> {
    const out: Array<Span & { right: string }> = [];
    let lower: string | undefined;
    for (const m of MISSPELLINGS) {
        // Most texts hold none of them: one search each, on a lower-case copy made only when needed.
        lower ??= text.toLowerCase();
        let at = lower.indexOf(m.wrong);
        while (at >= 0) {
            const before = at > 0 ? text[at - 1] : '';
            const after = text[at + m.wrong.length] ?? '';
            if (!LETTER.test(before) && (m.stem || !LETTER.test(after))) {
                const written = text.slice(at, at + m.wrong.length);
                // «тТанымал»: the stray letter goes, the capital stays.
                const right = m.wrong === 'ттанымал' ? written.slice(1)
                    : written[0] !== written[0].toLowerCase() ? m.right[0].toUpperCase() + m.right.slice(1) : m.right;
                out.push({ start: at, end: at + m.wrong.length, text: written, right });
            }
            at = lower.indexOf(m.wrong, at + 1);
        }
    }
    return out.sort((a, b) => a.start - b.start);
}

