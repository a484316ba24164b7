/**
 * A PDF's text layer as the neutral document. unpdf (pdf.js's serverless
 * build; Node and browser worker) gives each text run with its position;
 * lines are rebuilt from y, cells from x; the drawing (cell boxes and rules)
 * is read too, for the tables (pdf-table.ts: columns from the header row's
 * cell boxes, merged cells). Outside tables, a label and its
 * value side by side (Block I) become a label paragraph and its value
 * paragraphs. Words broken at a line end are joined back («Іс-» «шараның» →
 * «Іс-шараның»). A PDF with no text is a scan: OCR is not supported.
 */
import { ImportError, type Block, type NeutralDocument } from './document.js';
import { loadPdfLib } from './pdf-lib.js';
import { pageRules, ruleAcross, verticalsAt, type Rule } from './pdf-rules.js';
import { buildTable, headerAt, lineCells, tableBody } from './pdf-table.js';
import { PAGE, SEGMENT_GAP, paragraphs, useVocabulary, type ColLine, type Item, type Line, type Segment } from './pdf-text.js';
import { maxOf, minOf } from '../../../language/src/arrays.js';

async function pdfItems(bytes: Uint8Array): Promise<{ pages: Item[][]; rules: Rule[][] }> {
    const { getDocumentProxy } = await loadPdfLib();
    let pdf;
    try {
        pdf = await getDocumentProxy(new Uint8Array(bytes));
    } catch (e) {
        const name = (e as { name?: string }).name ?? '';
        if (/Password/i.test(name)) throw new ImportError('encrypted');
        throw new ImportError('corrupt', e instanceof Error ? e.message : String(e));
    }
    const pages: Item[][] = [];
    const rules: Rule[][] = [];
    try {
        for (let p = 1; p <= pdf.numPages; p++) {
            const page = await pdf.getPage(p);
            const height = page.getViewport({ scale: 1 }).height;
            const content = await page.getTextContent();
            const items: Item[] = [];
            for (const raw of content.items as { str?: string; transform?: number[]; width?: number; height?: number }[]) {
                if (!raw.str || !raw.str.trim() || !raw.transform) continue;
                const h = Math.abs(raw.height || raw.transform[3] || 10);
                const x = raw.transform[4];
                items.push({ text: raw.str.normalize('NFC'), x, right: x + (raw.width ?? 0), top: height - raw.transform[5] - h, h });
            }
            pages.push(items);
            // The drawing only matters on pages with text; a page of text only has no tables to draw.
            rules.push(items.length ? await pageRules(page, height, (p - 1) * PAGE) : []);
            page.cleanup();
        }
    } finally {
        await (pdf as unknown as { destroy?: () => Promise<void> }).destroy?.().catch(() => undefined);
    }
    return { pages, rules };
}

function linesOf(pages: Item[][]): Line[] {
    const lines: Line[] = [];
    pages.forEach((items, index) => {
        const sorted = [...items].sort((a, b) => a.top - b.top || a.x - b.x);
        const pageLines: Item[][] = [];
        for (const item of sorted) {
            const last = pageLines[pageLines.length - 1];
            // A superscript (smaller type) sits a little higher than its line: a little more room for it.
            const room = item.h === last?.[0].h ? item.h * 0.3 : Math.max(item.h, last?.[0].h ?? 0) * 0.35;
            if (last && Math.abs(last[0].top - item.top) <= Math.max(2, room)) last.push(item);
            else pageLines.push([item]);
        }
        for (const group of pageLines) {
            group.sort((a, b) => a.x - b.x);
            const segments: Segment[] = [];
            for (const item of group) {
                const last = segments[segments.length - 1];
                if (last && item.x - last.right <= SEGMENT_GAP) {
                    last.text += (item.x - last.right > 1.5 && !last.text.endsWith(' ') ? ' ' : '') + item.text;
                    last.right = Math.max(last.right, item.right);
                } else if (last && /^\d{1,2}[.)]$/.test(last.text.trim())) {
                    // A list number and its text («1.» … «Маңғыстау …»): one segment.
                    last.text = `${last.text.trim()} ${item.text}`;
                    last.right = item.right;
                } else {
                    segments.push({ text: item.text, x: item.x, right: item.right });
                }
            }
            const top = minOf(group.map(i => i.top));
            const h = maxOf(group.map(i => i.h));
            lines.push({ items: group, segments, top, h, page: index + 1, pos: index * PAGE + top });
        }
    });
    return dropFootnotes(lines);
}

/** A footer's page number: «Бет 2 / 6», «стр. 3», «- 3 -», «4 of 9»; the page's own number first. */
const PAGE_NUMBER = /^(?:бет|стр\.?|страница|page)?\s*[-–]?\s*(\d{1,4})\s*(?:(?:[/|]|из|of)\s*\d{1,4})?\s*[-–]?$/iu;

/**
 * The page numbers in the footers: each page's lowest line when it is a number (PAGE_NUMBER) that
 * differs from the page's place in the file by what most such lines differ by — 0, or the offset
 * of pages taken out of a longer document (the contract's pages 15–22). Without two pages that
 * agree, a number within 2 of the page's place. A plan's «198» at the foot of page 3 is neither.
 */
function pageNumberLines(lines: Line[], pageBottom: Map<number, number>): Set<Line> {
    const candidates: { line: Line; shift: number }[] = [];
    for (const l of lines) {
        if (l.top + l.h < (pageBottom.get(l.page) ?? 0) - 1) continue;
        const m = PAGE_NUMBER.exec(l.segments.map(s => s.text).join(' ').trim());
        if (m) candidates.push({ line: l, shift: Number(m[1]) - l.page });
    }
    const votes = new Map<number, number>();
    for (const c of candidates) votes.set(c.shift, (votes.get(c.shift) ?? 0) + 1);
    let shift: number | undefined;
    for (const [k, n] of votes) if (n >= 2 && (shift === undefined || n > votes.get(shift)!)) shift = k;
    return new Set(candidates.filter(c => shift !== undefined ? c.shift === shift : Math.abs(c.shift) <= 2).map(c => c.line));
}

/**
 * Footnotes: from a line in the lower half of a page that starts with a superscript number
 * («¹Іс-шараның атауын…») to the end of that page. Their text is the form's, not content.
 * The footers' page numbers go too (pageNumberLines).
 */
function dropFootnotes(lines: Line[]): Line[] {
    const pageBottom = new Map<number, number>();
    for (const l of lines) pageBottom.set(l.page, Math.max(pageBottom.get(l.page) ?? 0, l.top + l.h));
    const pageNumbers = pageNumberLines(lines, pageBottom);
    const out: Line[] = [];
    let skipping = 0;
    for (const l of lines) {
        if (skipping === l.page) continue;
        const first = l.items[0];
        const superscript = /^\d{1,2}$/.test(first.text.trim()) && first.h < l.h * 0.8 && l.items.length > 1;
        if (superscript && l.top > (pageBottom.get(l.page) ?? 0) / 2) { skipping = l.page; continue; }
        if (pageNumbers.has(l)) continue;
        out.push(l);
    }
    return out;
}

// ---------------------------------------------------------------------------
// Outside tables: single-column text and label/value pairs

function textBlocks(lines: Line[], out: Block[], rulesOf: (page: number) => Rule[]): void {
    let run: ColLine[] = [];
    const flush = () => {
        if (!run.length) return;
        for (const para of paragraphs(run, true)) out.push({ kind: 'p', para });
        run = [];
    };
    let pairs: { left: ColLine[]; right: ColLine[]; rightX: number } | undefined;
    let lastDrawn: Line | undefined;
    const flushPairs = () => {
        if (!pairs) return;
        const labels = paragraphs(pairs.left);
        labels.forEach((label, k) => {
            out.push({ kind: 'p', para: label });
            const until = labels[k + 1]?.y ?? Infinity;
            const mine = pairs!.right.filter(v => v.pos >= label.y! - 2 && v.pos < until - 2);
            for (const v of paragraphs(mine)) out.push({ kind: 'p', para: v });
        });
        pairs = undefined;
    };
    for (const line of lines) {
        // Drawn as a table of two columns (Block I: label | value): each word in the column its x falls in.
        const edges = verticalsAt(rulesOf(line.page), line.pos + line.h / 2);
        if (edges.length === 3) {
            flush();
            // Each drawn row on its own: a rule between two lines ends a label and its value.
            const ruled = lastDrawn && lastDrawn.page === line.page
                && ruleAcross(rulesOf(line.page), edges[0], edges[1], lastDrawn.pos + 1, line.pos + line.h / 2) !== undefined;
            if (pairs && (Math.abs(pairs.rightX - edges[1]) > 3 || ruled)) flushPairs();
            lastDrawn = line;
            pairs ??= { left: [], right: [], rightX: edges[1] };
            const cells = lineCells(line, edges.slice(0, 2));
            const [l, r] = [cells.get(0), cells.get(1)];
            if (l) pairs.left.push({ text: l.text, pos: line.pos, h: line.h, right: l.right, page: line.page, x: l.x });
            if (r) pairs.right.push({ text: r.text, pos: line.pos, h: line.h, right: r.right, page: line.page });
            continue;
        }
        const segs = line.segments;
        if (segs.length === 2 || (pairs && segs.length === 1 && segs[0].x > pairs.rightX - 10)) {
            flush();
            pairs ??= { left: [], right: [], rightX: segs[segs.length - 1].x };
            if (segs.length === 2) {
                pairs.left.push({ text: segs[0].text, pos: line.pos, h: line.h, right: segs[0].right, page: line.page, x: segs[0].x });
                pairs.right.push({ text: segs[1].text, pos: line.pos, h: line.h, right: segs[1].right, page: line.page });
            } else {
                pairs.right.push({ text: segs[0].text, pos: line.pos, h: line.h, right: segs[0].right, page: line.page });
            }
            continue;
        }
        flushPairs();
        run.push({ text: segs.map(s => s.text).join(' '), pos: line.pos, h: line.h, right: segs[segs.length - 1].right, page: line.page, x: segs[0].x });
    }
    flush();
    flushPairs();
}

export async function readPdf(bytes: Uint8Array): Promise<NeutralDocument> {
    const { pages, rules } = await pdfItems(bytes);
    const rulesOf = (page: number) => rules[page - 1] ?? [];
    if (!pages.some(p => p.length)) throw new ImportError('scanned');
    useVocabulary(pages.flatMap(items => items.map(i => i.text)));
    const lines = linesOf(pages);
    const heights = lines.map(l => l.h).sort((a, b) => a - b);
    const bodyH = heights[Math.floor(heights.length / 2)] ?? 10;
    const blocks: Block[] = [];
    let pending: Line[] = [];
    let tables = 0;
    for (let i = 0; i < lines.length;) {
        // Header words may be smaller than the body's (8 pt over 9–10 pt).
        const header = lines[i].h >= bodyH * 0.6 ? headerAt(lines, i, rulesOf) : undefined;
        if (!header) {
            if (lines[i].h >= bodyH * 0.85) pending.push(lines[i]);
            i++;
            continue;
        }
        textBlocks(pending, blocks, rulesOf);
        pending = [];
        const { rows, next } = tableBody(lines, header.endIndex, header, bodyH);
        blocks.push({ kind: 'table', table: buildTable(++tables, header, rows) });
        i = Math.max(next, i + 1);
    }
    textBlocks(pending, blocks, rulesOf);
    return { format: 'pdf', blocks, trackedChanges: 0 };
}
