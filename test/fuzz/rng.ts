/**
 * A small seeded generator (mulberry32) and the helpers the fuzzer draws
 * with. Every case is made from its own generator, seeded from the campaign
 * seed and the case number, so one case can be replayed alone.
 */

export type Rng = () => number;

export function mulberry32(seed: number): Rng {
    let a = seed >>> 0;
    return () => {
        a = (a + 0x6D2B79F5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}

/** The generator of case `index` in the campaign of `seed`. */
export function caseRng(seed: number, index: number): Rng {
    let h = Math.imul(seed ^ 0x9E3779B9, 0x85EBCA6B) ^ Math.imul(index + 1, 0xC2B2AE35);
    h ^= h >>> 16;
    return mulberry32(h);
}

export function int(rng: Rng, below: number): number {
    return Math.floor(rng() * below);
}

export function pick<T>(rng: Rng, items: readonly T[]): T {
    return items[int(rng, items.length)];
}

/** Picks a key by weight. */
export function weighted<K extends string>(rng: Rng, weights: Record<K, number>): K {
    const entries = Object.entries(weights) as [K, number][];
    let r = rng() * entries.reduce((s, [, w]) => s + w, 0);
    for (const [k, w] of entries) {
        r -= w;
        if (r < 0) return k;
    }
    return entries[entries.length - 1][0];
}
