/**
 * The PDF reader's text model: positioned items, lines of segments, and the
 * lines of one column joined into paragraphs (pdf.ts outside tables,
 * pdf-table.ts inside them).
 */
import type { Para } from './document.js';
import { blockMarker, clean, taskHeading } from './labels.js';
import { maxOf, minOf } from '../../../language/src/arrays.js';

export interface Item { text: string; x: number; right: number; top: number; h: number }
export interface Segment { text: string; x: number; right: number }
export interface Line { items: Item[]; segments: Segment[]; top: number; h: number; page: number; pos: number }

/** Vertical position across pages: page n's tops come after page n-1's. */
export const PAGE = 10_000;
export const SEGMENT_GAP = 12;

// ---------------------------------------------------------------------------
// Paragraphs from lines of one column

/**
 * Joins the next line to a paragraph. A hyphen at a line end belongs to the word («Іс-» «шараның»
 * → «Іс-шараның»); a line that is one word reaching the column's edge was a word too long for the
 * column, cut there («таратпала» «р»); otherwise a space.
 */
function joinLine(text: string, prevLine: ColLine, next: string, edge: number): string {
    if (/\p{L}-$/u.test(text)) return text + next;
    const cut = !/\s/.test(clean(prevLine.text)) && /^\p{Ll}/u.test(next)
        && (prevLine.right >= edge - 1.5 || /^\p{Ll}{1,3}([,.)]|\s|$)/u.test(next));
    return cut ? text + next : `${text} ${next}`;
}

export interface ColLine { text: string; pos: number; h: number; right: number; page: number; x?: number }

/**
 * Lines of one column as paragraphs: a gap of more than ~1.5 lines, a numbered line, or a line after
 * a label («…:») starts a new one. `prose`: wide text outside tables, where a line that stops well
 * short of the column's right edge, or starts at another x, also ends a paragraph.
 */
export function paragraphs(lines: ColLine[], prose = false, edge?: number): Para[] {
    const out: Para[] = [];
    // The column's right edge: drawn (a cell's inner edge), or the longest line's end.
    const right = edge ?? maxOf(lines.map(l => l.right), 0);
    const left = minOf(lines.map(l => l.x ?? 0));
    let prev: ColLine | undefined;
    for (const line of lines) {
        const text = clean(line.text);
        if (!text) continue;
        // A new page: the cell goes on when its text goes on in lower case.
        const gap = !prev ? Infinity : line.page !== prev.page ? (/^\p{Ll}/u.test(text) ? 0 : Infinity) : line.pos - prev.pos;
        const last = out[out.length - 1];
        const proseBreak = prose && prev && (prev.right < right - 0.22 * (right - left) || Math.abs((line.x ?? 0) - (prev.x ?? 0)) > 8);
        if (!prev || !last || gap > prev.h * 1.6 || gap < 0 || /^\d{1,2}[.)]\s/u.test(text) || /:$/.test(last.text) || proseBreak || (prose && (blockMarker(text) || taskHeading(text)))) {
            out.push({ text, y: line.pos, page: line.page });
        } else {
            last.text = joinLine(last.text, prev, text, right);
        }
        prev = line;
    }
    return out;
}

