/**
 * A PDF table's drawing: the cell boxes and ruling lines a word processor
 * draws (pdf.js's operator list gives each path with its bounding box). The
 * header row's cell boxes give the columns — exact, where text gaps mislead
 * (centred header words, columns a few points apart) — and a missing rule
 * between two rows in one column is a cell merged over both (`vMerge`).
 * Positions are the reader's: `pos` = page × PAGE + distance from the top.
 */

import { maxOf } from '../../../language/src/arrays.js';

/** A drawn rectangle or line, in reader positions. */
export interface Rule { left: number; right: number; top: number; bottom: number }

interface PageLike {
    getOperatorList(): Promise<{ fnArray: number[]; argsArray: unknown[] }>;
}

const isBox = (m: unknown): m is ArrayLike<number> =>
    !!m && typeof m === 'object' && (m as ArrayLike<number>).length === 4 && typeof (m as ArrayLike<number>)[0] === 'number';

/**
 * The paths of a page as boxes. pdf.js 5 (unpdf 1.8) gives `constructPath` as
 * [op, [path], minMax]: the bounding box is the last argument. A page whose
 * drawing cannot be read has no rules: the reader falls back to text gaps.
 */
export async function pageRules(page: PageLike, height: number, offset: number): Promise<Rule[]> {
    const rules: Rule[] = [];
    try {
        const ops = await page.getOperatorList();
        for (let k = 0; k < ops.fnArray.length; k++) {
            const args = ops.argsArray[k];
            if (!Array.isArray(args) || args.length !== 3 || typeof args[0] !== 'number') continue;
            const m = args[2];
            if (!isBox(m)) continue;
            const [x0, y0, x1, y1] = [m[0], m[1], m[2], m[3]];
            if (![x0, y0, x1, y1].every(Number.isFinite) || x1 < x0 || y1 < y0) continue;
            rules.push({ left: x0, right: x1, top: offset + height - y1, bottom: offset + height - y0 });
        }
    } catch {
        return [];
    }
    return rules;
}

const horizontal = (r: Rule) => r.bottom - r.top < 2 && r.right - r.left > 4;
const vertical = (r: Rule) => r.right - r.left < 2 && r.bottom - r.top > 4;

function unique(xs: number[]): number[] {
    const out: number[] = [];
    for (const x of [...xs].sort((a, b) => a - b)) if (!out.length || x - out[out.length - 1] > 3) out.push(x);
    return out;
}

/**
 * The columns of the table row drawn around `center` (a header line's middle): the left edges of
 * its filled cell boxes, or the x of the vertical rules crossing it. `top`/`bottom`: the row's edges.
 */
export function rowColumns(rules: Rule[], center: number): { starts: number[]; right: number; top: number; bottom: number } | undefined {
    const boxes = rules.filter(r => r.right - r.left > 8 && r.bottom - r.top > 6 && r.bottom - r.top < 250 && r.top <= center && center <= r.bottom);
    // Cell boxes of one row share their top and bottom.
    let best: Rule[] = [];
    for (const b of boxes) {
        const same = boxes.filter(o => Math.abs(o.top - b.top) < 2 && Math.abs(o.bottom - b.bottom) < 2);
        if (same.length > best.length) best = same;
    }
    if (best.length >= 3) {
        // A header of two rows («Жоспарланған деңгей» over «жоспар | факт»): the boxes within the tall ones' height count too.
        const [top, bottom] = [best[0].top, best[0].bottom];
        const all = rules.filter(r => r.right - r.left > 8 && r.bottom - r.top > 6 && r.top >= top - 1 && r.bottom <= bottom + 1);
        return { starts: unique(all.map(b => b.left)), right: maxOf(all.map(b => b.right)), top, bottom };
    }
    const xs = unique(rules.filter(r => vertical(r) && r.top - 1 <= center && center <= r.bottom + 1).map(r => r.left));
    if (xs.length < 4) return undefined;
    const [left, right] = [xs[0], xs[xs.length - 1]];
    const spans = (r: Rule) => horizontal(r) && r.left <= left + 4 && r.right >= right - 4;
    const above = rules.filter(r => spans(r) && r.top <= center).reduce((m, r) => Math.max(m, r.top), -Infinity);
    const below = rules.filter(r => spans(r) && r.top >= center).reduce((m, r) => Math.min(m, r.top), Infinity);
    if (!Number.isFinite(above) || !Number.isFinite(below)) return undefined;
    return { starts: xs.slice(0, -1), right, top: above, bottom: below };
}

/** Whether a rule crosses column [x0, x1] between two positions: no rule there means one cell over both rows. */
export function ruledBetween(rules: Rule[], x0: number, x1: number, from: number, to: number): boolean {
    return ruleAcross(rules, x0, x1, from, to) !== undefined;
}

/** The lowest rule across column [x0, x1] between two positions, if any. */
export function ruleAcross(rules: Rule[], x0: number, x1: number, from: number, to: number): number | undefined {
    const mid = (x0 + x1) / 2;
    let found: number | undefined;
    for (const r of rules) {
        if (horizontal(r) && r.left <= mid && mid <= r.right && r.top > from && r.top < to && (found === undefined || r.top > found)) found = r.top;
    }
    return found;
}

/** Whether a vertical rule runs at `x` through `center`: the line at `center` is inside a drawn table whose left edge is `x`. */
export function ruledAt(rules: Rule[], x: number, center: number): boolean {
    return rules.some(r => vertical(r) && Math.abs(r.left - x) < 3 && r.top - 1 <= center && center <= r.bottom + 1);
}

/** The x of the vertical rules through `center`, left to right: the drawn column edges of a line. */
export function verticalsAt(rules: Rule[], center: number): number[] {
    return unique(rules.filter(r => vertical(r) && r.top - 1 <= center && center <= r.bottom + 1).map(r => r.left));
}
