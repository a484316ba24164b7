/**
 * A PDF's text layer as the neutral document. unpdf (pdf.js's serverless
 * build; Node and browser worker) gives each text run with its position;
 * lines are rebuilt from y, cells from x: a table starts at a header whose
 * words name the columns (Block III, II, IV), its columns are the header's x
 * positions, its rows start where the activity (or name) column starts a
 * numbered line, and it goes on across pages (a repeated header is skipped,
 * footnotes in smaller type are dropped). Outside tables, a label and its
 * value side by side (Block I) become a label paragraph and its value
 * paragraphs. Words broken at a line end are joined back («Іс-» «шараның» →
 * «Іс-шараның»). A PDF with no text is a scan: OCR is not supported.
 */
import { ImportError, type Block, type Cell, type NeutralDocument, type Para, type Row, type Table } from './document.js';
import { loadPdfLib } from './pdf-lib.js';
import { blockMarker, clean, impactColumn, monitoringColumn, taskHeading, teamColumn } from './labels.js';
import { maxOf, minOf } from '../../../language/src/arrays.js';

interface Item { text: string; x: number; right: number; top: number; h: number }
interface Segment { text: string; x: number; right: number }
interface Line { items: Item[]; segments: Segment[]; top: number; h: number; page: number; pos: number }

/** Vertical position across pages: page n's tops come after page n-1's. */
const PAGE = 10_000;
const SEGMENT_GAP = 12;

async function pdfItems(bytes: Uint8Array): Promise<{ pages: Item[][] }> {
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
            page.cleanup();
        }
    } finally {
        await (pdf as unknown as { destroy?: () => Promise<void> }).destroy?.().catch(() => undefined);
    }
    return { pages };
}

function linesOf(pages: Item[][]): Line[] {
    const lines: Line[] = [];
    pages.forEach((items, index) => {
        const sorted = [...items].sort((a, b) => a.top - b.top || a.x - b.x);
        const pageLines: Item[][] = [];
        for (const item of sorted) {
            const last = pageLines[pageLines.length - 1];
            if (last && Math.abs(last[0].top - item.top) <= Math.max(2, item.h * 0.3)) last.push(item);
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

/**
 * Footnotes: from a line in the lower half of a page that starts with a superscript number
 * («¹Іс-шараның атауын…») to the end of that page. Their text is the form's, not content.
 */
function dropFootnotes(lines: Line[]): Line[] {
    const pageBottom = new Map<number, number>();
    for (const l of lines) pageBottom.set(l.page, Math.max(pageBottom.get(l.page) ?? 0, l.top + l.h));
    const out: Line[] = [];
    let skipping = 0;
    for (const l of lines) {
        if (skipping === l.page) continue;
        const first = l.items[0];
        const superscript = /^\d{1,2}$/.test(first.text.trim()) && first.h < l.h * 0.8 && l.items.length > 1;
        if (superscript && l.top > (pageBottom.get(l.page) ?? 0) / 2) { skipping = l.page; continue; }
        out.push(l);
    }
    return out;
}

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

interface ColLine { text: string; pos: number; h: number; right: number; page: number; x?: number }

/**
 * Lines of one column as paragraphs: a gap of more than ~1.5 lines, a numbered line, or a line after
 * a label («…:») starts a new one. `prose`: wide text outside tables, where a line that stops well
 * short of the column's right edge, or starts at another x, also ends a paragraph.
 */
function paragraphs(lines: ColLine[], prose = false): Para[] {
    const out: Para[] = [];
    const right = maxOf(lines.map(l => l.right), 0);
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

// ---------------------------------------------------------------------------
// Tables

type Kind = 'monitoring' | 'team' | 'impact';

interface Header { kind: Kind; starts: number[]; kinds: (string | undefined)[]; texts: string[]; anchor: number; endIndex: number; firstText: string }

/** A table header at line `i`: its columns (x starts) named by their words. */
function headerAt(lines: Line[], i: number): Header | undefined {
    const first = lines[i];
    if (first.segments.length < 3) return undefined;
    const starts = first.segments.map(s => s.x);
    const texts = starts.map(() => '');
    // The header's lines: a monitoring header ends where the first column starts a numbered line
    // (the first activity); the others once every column is named and the first column goes on.
    let j = i;
    const named = () => texts.every(t => monitoringColumn(t) || teamColumn(t) || impactColumn(t));
    for (; j < lines.length && j < i + 8; j++) {
        const line = lines[j];
        if (line.page !== first.page || line.pos - first.pos > first.h * 9) break;
        if (j > i && line.segments.some(s => s.x < starts[0] - 4)) break;
        const firstCol = line.segments.find(s => columnOf(starts, s.x) === 0);
        if (j > i && firstCol && /^\d{1,3}\s*[.)]?(\s|$)/.test(firstCol.text)) break;
        if (j > i && firstCol && named() && !/іс-?шара|мероприят/iu.test(texts[0])) break;
        for (const s of line.segments) {
            const c = columnOf(starts, s.x);
            texts[c] = `${texts[c]} ${s.text}`.trim();
        }
    }
    const joined = texts.map(t => t.replace(/(\p{L})- (\p{Ll})/gu, '$1-$2'));
    const mon = joined.map(t => monitoringColumn(t));
    if (mon.includes('indicator') && mon.includes('plan') && mon.filter(Boolean).length >= 3) {
        return { kind: 'monitoring', starts, kinds: mon, texts: joined, anchor: Math.max(0, mon.indexOf('activity')), endIndex: j, firstText: first.segments[0].text };
    }
    const team = joined.map(t => teamColumn(t));
    if (team.includes('name') && team.filter(Boolean).length >= 3) {
        return { kind: 'team', starts, kinds: team, texts: joined, anchor: team.indexOf('name'), endIndex: j, firstText: first.segments[0].text };
    }
    const impact = joined.map(t => impactColumn(t));
    if (impact.includes('name') && impact.includes('plan')) {
        return { kind: 'impact', starts, kinds: impact, texts: joined, anchor: impact.indexOf('name'), endIndex: j, firstText: first.segments[0].text };
    }
    return undefined;
}

function columnOf(starts: number[], x: number): number {
    let c = 0;
    for (let k = 0; k < starts.length; k++) if (x >= starts[k] - 6) c = k;
    return c;
}

/** The body lines of a table from `from`: until a line that does not fit its columns. Footnotes are skipped. */
function tableBody(lines: Line[], from: number, header: Header, bodyH: number): { rows: Line[][]; next: number } {
    const rowsLines: Line[] = [];
    let i = from;
    for (; i < lines.length; i++) {
        const line = lines[i];
        if (line.h < bodyH * 0.85) continue; // footnotes in smaller type: not content
        if (line.segments.every(s => s.text === header.firstText) || (line.segments[0].text === header.firstText && line.segments.length >= 3)) {
            // A header repeated on a new page: skip its lines.
            const again = headerAt(lines, i);
            if (again) { i = again.endIndex - 1; continue; }
        }
        const fits = line.segments.every(s => s.x >= header.starts[0] - 4);
        const wide = line.segments.length === 1 && line.segments[0].right - line.segments[0].x > 1.8 * maxOf(header.starts.slice(1).map((x, k) => x - header.starts[k]));
        if (!fits || wide) break;
        if (line.segments.length >= 3 && headerAt(lines, i)) break;
        rowsLines.push(line);
    }
    // Rows: the anchor column starts a numbered line (activities, Block IV), or a new paragraph (names).
    const numbered = rowsLines.some(l => l.segments.some(s => columnOf(header.starts, s.x) === header.anchor && /^\d{1,3}\s*[.)]\s/.test(s.text)));
    const rows: Line[][] = [];
    let prevAnchor: Line | undefined;
    for (const line of rowsLines) {
        const anchorSeg = line.segments.find(s => columnOf(header.starts, s.x) === header.anchor);
        const starts = anchorSeg && (numbered ? /^\d{1,3}\s*[.)]\s/.test(anchorSeg.text) : !prevAnchor || line.pos - prevAnchor.pos > prevAnchor.h * 1.6);
        if (starts || !rows.length) rows.push([line]);
        else rows[rows.length - 1].push(line);
        if (anchorSeg) prevAnchor = line;
    }
    return { rows, next: i };
}

function buildTable(index: number, header: Header, rows: Line[][]): Table {
    const headerRow: Row = { cells: header.texts.map((text, col) => ({ paras: [{ text }], col, span: 1 })) };
    const body: Row[] = rows.map(lines => {
        const cols: ColLine[][] = header.starts.map(() => []);
        for (const line of lines) {
            for (const s of line.segments) cols[columnOf(header.starts, s.x)].push({ text: s.text, pos: line.pos, h: line.h, right: s.right, page: line.page });
        }
        const cells: Cell[] = cols.map((c, col) => ({ paras: paragraphs(c), col, span: 1 }));
        return { cells };
    });
    return { index, rows: [headerRow, ...body] };
}

// ---------------------------------------------------------------------------
// Outside tables: single-column text and label/value pairs

function textBlocks(lines: Line[], out: Block[]): void {
    let run: ColLine[] = [];
    const flush = () => {
        if (!run.length) return;
        for (const para of paragraphs(run, true)) out.push({ kind: 'p', para });
        run = [];
    };
    let pairs: { left: ColLine[]; right: ColLine[]; rightX: number } | undefined;
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
    const { pages } = await pdfItems(bytes);
    if (!pages.some(p => p.length)) throw new ImportError('scanned');
    const lines = linesOf(pages);
    const heights = lines.map(l => l.h).sort((a, b) => a - b);
    const bodyH = heights[Math.floor(heights.length / 2)] ?? 10;
    const blocks: Block[] = [];
    let pending: Line[] = [];
    let tables = 0;
    for (let i = 0; i < lines.length;) {
        const header = lines[i].h >= bodyH * 0.85 ? headerAt(lines, i) : undefined;
        if (!header) {
            if (lines[i].h >= bodyH * 0.85) pending.push(lines[i]);
            i++;
            continue;
        }
        textBlocks(pending, blocks);
        pending = [];
        const { rows, next } = tableBody(lines, header.endIndex, header, bodyH);
        blocks.push({ kind: 'table', table: buildTable(++tables, header, rows) });
        i = Math.max(next, i + 1);
    }
    textBlocks(pending, blocks);
    return { format: 'pdf', blocks, trackedChanges: 0 };
}
