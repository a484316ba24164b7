/**
 * Text matching that forgives the keyboard: case, NFC, and Russian or Latin
 * letters typed for Kazakh ones. Used for suggestions («did you mean …»).
 */

/** Kazakh letters folded to the Russian look-alikes a Russian layout types. */
const KK_FOLD: Record<string, string> = {
    'ә': 'а', 'ғ': 'г', 'қ': 'к', 'ң': 'н', 'ө': 'о', 'ұ': 'у', 'ү': 'у', 'һ': 'х', 'і': 'и', 'ё': 'е'
};

/** Lower case, NFC, single spaces, no quotes or final punctuation, Kazakh letters folded. */
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
