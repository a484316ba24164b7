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
/**
 * How often each word occurs in the document being read (set by readPdf before it builds
 * paragraphs, which it does without awaiting anything: one document at a time).
 */
let vocabulary = new Map<string, number>();

export function useVocabulary(texts: string[]): void {
    vocabulary = new Map();
    for (const t of texts) for (const w of t.toLowerCase().match(/\p{L}+/gu) ?? []) vocabulary.set(w, (vocabulary.get(w) ?? 0) + 1);
}

/** The document itself tells a word cut at a line end from two words: the joined word occurs, or both parts do elsewhere. */
function knownSplit(prev: string, next: string): 'join' | 'space' | undefined {
    const a = /\p{L}+$/u.exec(prev.toLowerCase())?.[0];
    const b = /^\p{L}+/u.exec(next.toLowerCase())?.[0];
    if (!a || !b) return undefined;
    if (vocabulary.has(a + b)) return 'join';
    // The joined word goes on as a word written elsewhere does («жарияланымда» «рдың» → «жарияланымдар…»).
    const start = a + b.slice(0, 2);
    if (b.length >= 2) for (const w of vocabulary.keys()) if (w.length > a.length + 1 && w.startsWith(start)) return 'join';
    // A piece of one or two letters («р») is no word of its own, however often the same cut repeats.
    if (a.length >= 3 && b.length >= 3 && (vocabulary.get(a) ?? 0) >= 2 && (vocabulary.get(b) ?? 0) >= 2) return 'space';
    // A Kazakh genitive («…дың», «…нің») ends its word: a whole word that happened to reach the edge
    // («жарияланымдардың» | «болуы»), not a piece of one.
    if (a.length >= 5 && b.length >= 3 && /[нтд][ыі]ң$/u.test(a)) return 'space';
    return undefined;
}

function joinLine(text: string, prevLine: ColLine, next: string, edge: number, drawn: boolean): string {
    if (/\p{L}-$/u.test(text)) return text + next;
    const known = !/\s/.test(clean(prevLine.text)) && /^\p{Ll}/u.test(next) ? knownSplit(text, next) : undefined;
    if (known) return known === 'join' ? text + next : `${text} ${next}`;
    // With a drawn edge, reaching it is the sign; without, a short lower-case piece («р», «ды,») is too.
    // A word ending in punctuation was not cut.
    const cut = !/\s/.test(clean(prevLine.text)) && /\p{L}$/u.test(text) && /^\p{Ll}/u.test(next)
        && (prevLine.right >= edge - 1.5 || (drawn ? /^\p{Ll}([,.)]|\s|$)/u : /^\p{Ll}{1,3}([,.)]|\s|$)/u).test(next));
    return cut ? text + next : `${text} ${next}`;
}

/** A text that stops where none ends: after «,», «/», «(», a dash, or with a parenthesis left open («Фотосуреттер /»). */
function goesOn(text: string): boolean {
    return /[,/(\-–—]\s*$/u.test(text) || (text.match(/\(/g)?.length ?? 0) > (text.match(/\)/g)?.length ?? 0);
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
        const last = out[out.length - 1];
        // A new page: the cell goes on when its text goes on in lower case, or stopped where no text ends.
        const gap = !prev ? Infinity : line.page !== prev.page ? (/^\p{Ll}/u.test(text) || (last && goesOn(last.text)) ? 0 : Infinity) : line.pos - prev.pos;
        const proseBreak = prose && prev && (prev.right < right - 0.22 * (right - left) || Math.abs((line.x ?? 0) - (prev.x ?? 0)) > 8);
        if (!prev || !last || gap > prev.h * 1.6 || gap < 0 || /^\d{1,2}[.)]\s/u.test(text) || /:$/.test(last.text) || proseBreak || (prose && (blockMarker(text) || taskHeading(text)))) {
            out.push({ text, y: line.pos, page: line.page });
        } else {
            last.text = joinLine(last.text, prev, text, right, edge !== undefined);
        }
        prev = line;
    }
    return out;
}

