/**
 * Tables in a PDF's text layer. A table starts at a header whose words name
 * the columns (Block III, II, IV). Its columns come from the header row's
 * drawn cell boxes (or the vertical rules through it) when the PDF has them —
 * centred header words and columns a few points apart make text gaps
 * unreliable — and from the header's text positions otherwise. Words go to
 * the column their own x falls in (never a run of words across two columns).
 * Rows start where the activity (or name) column starts a numbered line; a
 * cell left empty with no rule above it is the cell of the row above, merged
 * over both (a place shared by two activities). The table goes on across
 * pages (a repeated header is skipped, footnotes in smaller type dropped).
 */
import type { Cell, Row, Table } from './document.js';
import { impactColumn, monitoringColumn, teamColumn } from './labels.js';
import { partnerColumn, reportColumn, statisticsRow } from './report-labels.js';
import { paragraphs, type ColLine, type Line } from './pdf-text.js';
import { ruleAcross, rowColumns, ruledAt, ruledBetween, type Rule } from './pdf-rules.js';
import { maxOf } from '../../../language/src/arrays.js';

type Kind = 'monitoring' | 'team' | 'impact' | 'report';
export type RulesOf = (page: number) => Rule[];

export interface Header {
    kind: Kind;
    starts: number[];
    /** The table's right edge (the last column's end), when drawn. */
    right?: number;
    kinds: (string | undefined)[];
    texts: string[];
    anchor: number;
    endIndex: number;
    firstText: string;
    /** The drawn rules of a page (none when the PDF draws none). */
    rulesOf: RulesOf;
}

export function columnOf(starts: number[], x: number): number {
    let c = 0;
    for (let k = 0; k < starts.length; k++) if (x >= starts[k] - 4) c = k;
    return c;
}

/** A line's words by column: each word where its own x falls, words of one column joined. */
export function lineCells(line: Line, starts: number[]): Map<number, { text: string; x: number; right: number }> {
    const out = new Map<number, { text: string; x: number; right: number }>();
    for (const item of line.items) {
        const c = columnOf(starts, item.x);
        const cell = out.get(c);
        if (!cell) { out.set(c, { text: item.text, x: item.x, right: item.right }); continue; }
        cell.text += (item.x - cell.right > 1.5 && !cell.text.endsWith(' ') ? ' ' : '') + item.text;
        cell.right = Math.max(cell.right, item.right);
    }
    return out;
}

function classify(starts: number[], texts: string[], endIndex: number, first: string, rulesOf: RulesOf, right?: number): Header | undefined {
    const joined = texts.map(t => t.replace(/(\p{L})- (\p{Ll})/gu, '$1-$2').trim());
    const base = { starts, right, texts: joined, endIndex, firstText: first, rulesOf };
    // A final report's tables (drawn ones only): plan against fact, section 1, statistics, partners.
    // Their rows are split at every drawn rule (one indicator a row), as the .docx reader sees them.
    if (right !== undefined) {
        const rep = joined.map(t => reportColumn(t));
        const factual = rep.includes('fact') || rep.includes('participants') || rep.includes('completeness');
        const partners = joined.map(t => partnerColumn(t));
        const stats = joined.filter(t => statisticsRow(t)).length;
        if ((factual && rep.filter(Boolean).length >= 3) || stats >= 2 || (partners.includes('name') && partners.includes('role'))) {
            const anchor = [rep.indexOf('indicator'), rep.indexOf('activity'), 0].find(k => k >= 0)!;
            return { ...base, kind: 'report', kinds: rep, anchor };
        }
    }
    const mon = joined.map(t => monitoringColumn(t));
    if (mon.includes('indicator') && mon.includes('plan') && mon.filter(Boolean).length >= 3) {
        return { ...base, kind: 'monitoring', kinds: mon, anchor: Math.max(0, mon.indexOf('activity')) };
    }
    const team = joined.map(t => teamColumn(t));
    if (team.includes('name') && team.filter(Boolean).length >= 3) return { ...base, kind: 'team', kinds: team, anchor: team.indexOf('name') };
    const impact = joined.map(t => impactColumn(t));
    if (impact.includes('name') && impact.includes('plan')) return { ...base, kind: 'impact', kinds: impact, anchor: impact.indexOf('name') };
    return undefined;
}

/** The header drawn around line `i`: the row's cell boxes give the columns, its lines the words. */
function boxedHeader(lines: Line[], i: number, rulesOf: RulesOf): Header | undefined {
    const first = lines[i];
    const rules = rulesOf(first.page);
    const row = rowColumns(rules, first.pos + first.h / 2);
    if (!row || first.pos < row.top - 1) return undefined;
    let { starts, bottom } = row;
    const inRow = (j: number, to: number) => j < lines.length && lines[j].page === first.page && lines[j].pos + lines[j].h / 2 <= to;
    let j = i;
    while (inRow(j, bottom)) j++;
    // A second header row of short words under a cell across two columns («жоспар | факт»): its columns count too.
    const next = lines[j];
    const below = next && next.page === first.page ? rowColumns(rules, next.pos + next.h / 2) : undefined;
    if (below && below.top >= bottom - 2) {
        let k = j;
        const words: string[] = [];
        while (inRow(k, below.bottom)) { for (const cell of lineCells(lines[k], below.starts).values()) words.push(cell.text); k++; }
        if (words.length && words.every(w => w.length <= 40 && !/\d/.test(w) && reportColumn(w))) {
            starts = [...starts, ...below.starts].sort((a, b) => a - b).filter((x, n, all) => n === 0 || x - all[n - 1] > 3);
            bottom = below.bottom;
            j = k;
        }
    }
    const texts = starts.map(() => '');
    for (let k = i; k < j; k++) {
        // Words in reading order within each cell: lines top to bottom, words left to right.
        for (const [c, cell] of lineCells(lines[k], starts)) texts[c] = `${texts[c]} ${cell.text}`.trim();
    }
    return classify(starts, texts, j, first.segments[0].text, rulesOf, row.right);
}

/** A table header at line `i`: its columns (x starts) named by their words. */
export function headerAt(lines: Line[], i: number, rulesOf: RulesOf): Header | undefined {
    const boxed = rulesOf(lines[i].page).length ? boxedHeader(lines, i, rulesOf) : undefined;
    if (boxed) return boxed;
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
    return classify(starts, texts, j, first.segments[0].text, rulesOf);
}

/** The body lines of a table from `from`: until a line that does not fit its columns. Footnotes are skipped. */
export function tableBody(lines: Line[], from: number, header: Header, bodyH: number): { rows: Line[][]; next: number } {
    const rowsLines: Line[] = [];
    let i = from;
    const widest = maxOf(header.starts.slice(1).map((x, k) => x - header.starts[k]));
    for (; i < lines.length; i++) {
        const line = lines[i];
        // A header (repeated on a new page, or the next table's): its lines are skipped, or end this table.
        const again = line.h >= bodyH * 0.6 && (line.segments.length >= 3 || header.rulesOf(line.page).length) ? headerAt(lines, i, header.rulesOf) : undefined;
        if (again) {
            // The same header again (footnote marks aside): the table goes on past a page break.
            const same = again.kind === header.kind && again.kinds.join('|') === header.kinds.join('|') && again.starts.length === header.starts.length
                && again.starts.every((x, k) => Math.abs(x - header.starts[k]) < 3);
            if (same) { i = again.endIndex - 1; continue; }
            break;
        }
        if (line.h < bodyH * 0.85) continue; // footnotes in smaller type: not content
        const fits = line.segments.every(s => s.x >= header.starts[0] - 4) && (header.right === undefined || line.segments.every(s => s.right <= header.right! + 4));
        // Undrawn: one run of text wider than any column is a heading after the table.
        const wide = header.right === undefined && line.segments.length === 1 && line.segments[0].right - line.segments[0].x > 1.8 * widest;
        // Drawn: a line with no rule along the table's left edge is outside the table (a heading, a signature).
        const rules = header.rulesOf(line.page);
        const outside = rules.length > 0 && header.right !== undefined && !ruledAt(rules, header.starts[0], line.pos + line.h / 2);
        if (!fits || wide || outside) break;
        rowsLines.push(line);
    }
    // Rows: the anchor column starts a numbered line (activities, Block IV), or a new paragraph (names).
    const anchorOf = (l: Line) => lineCells(l, header.starts).get(header.anchor);
    // One run of text from the first column across the next ones: a row across the table (a task's title).
    const spanning = (l: Line) => {
        const cells = lineCells(l, header.starts);
        return cells.size === 1 && (cells.get(0)?.right ?? 0) > (header.starts[1] ?? Infinity) + 10;
    };
    const numbered = rowsLines.some(l => /^\d{1,3}\s*[.)]\s/.test(anchorOf(l)?.text ?? ''));
    const rows: Line[][] = [];
    let prevAnchor: Line | undefined;
    let prev: Line | undefined;
    const [a0, a1] = [header.starts[header.anchor], header.starts[header.anchor + 1] ?? header.right ?? Infinity];
    // Over a page break the activity column tells a new row (a report's rows may be one indicator or one activity each).
    const act = header.kind === 'report' ? header.kinds.indexOf('activity') : -1;
    const pageAnchorOf = (l: Line) => (act >= 0 ? lineCells(l, header.starts).get(act) : anchorOf(l));
    for (const line of rowsLines) {
        const anchor = anchorOf(line);
        const rules = header.rulesOf(line.page);
        // Drawn: a rule across the anchor column between two lines starts a row. Else: a number, or a gap.
        const numberedStart = !!anchor && /^\d{1,3}\s*[.)]\s/.test(anchor.text);
        const startsAgain = (cell: { text: string } | undefined) => !!cell && !/^\p{Ll}/u.test(cell.text) && (!numbered || /^\d{1,3}\s*[.)]\s/.test(cell.text) || act >= 0);
        const starts = prev && prev.page === line.page && rules.length
            ? ruleAcross(rules, a0, Math.min(a1, a0 + 300), prev.pos + 1, line.pos + line.h / 2) !== undefined
            // Drawn, on a new page: a row goes on there when its anchor cell does not start again.
            : prev && rules.length ? startsAgain(pageAnchorOf(line)) || spanning(line)
                : anchor && (numbered ? numberedStart : !prevAnchor || line.pos - prevAnchor.pos > prevAnchor.h * 1.6);
        if (starts || !rows.length) rows.push([line]);
        else rows[rows.length - 1].push(line);
        if (anchor) prevAnchor = line;
        prev = line;
    }
    return { rows, next: i };
}

export function buildTable(index: number, header: Header, rows: Line[][]): Table {
    const headerRow: Row = { cells: header.texts.map((text, col) => ({ paras: [{ text }], col, span: 1 })) };
    const body: Row[] = [];
    const right = header.right ?? Infinity;
    rows.forEach((lines, r) => {
        const cols: ColLine[][] = header.starts.map(() => []);
        for (const line of lines) {
            for (const [c, cell] of lineCells(line, header.starts)) {
                cols[c].push({ text: cell.text, pos: line.pos, h: line.h, right: cell.right, page: line.page });
            }
        }
        const rules = header.rulesOf(lines[0].page);
        // A drawn cell's text ends before the next column by its padding (~5.5 pt); a word cut there
        // («жарияланым(электр» «ондық») reaches within a letter's width (~5.5 pt) of that.
        const edge = (col: number) => (rules.length ? (header.starts[col + 1] ?? header.right ?? Infinity) - 11 : undefined);
        const cells: Cell[] = cols.map((c, col) => ({ paras: paragraphs(c, false, edge(col)), col, span: 1 }));
        // A cell left empty with no rule between it and the row above: one cell merged over both rows.
        const prev = body[body.length - 1];
        // The rows' boundary: the rule across the anchor column that split them.
        const x1Of = (col: number) => header.starts[col + 1] ?? Math.min(right, header.starts[col] + 200);
        // Sought from the row above's first line on this row's page: a row that began on the page before
        // and runs on at the top of this one meets this row on this page, under the same drawing.
        const aboveHere = prev ? rows[r - 1].find(l => l.page === lines[0].page) : undefined;
        const boundary = aboveHere && rules.length
            ? ruleAcross(rules, header.starts[header.anchor], x1Of(header.anchor), aboveHere.pos + 1, lines[0].pos + lines[0].h / 2) : undefined;
        const newPage = !!prev && !aboveHere;
        // The rule between this row and the next, when the next starts on this page: a column not ruled
        // there is one cell over both rows.
        const below = rows[r + 1]?.[0];
        const boundaryBelow = newPage && below && below.page === lines[0].page && rules.length
            ? ruleAcross(rules, header.starts[header.anchor], x1Of(header.anchor), lines[0].pos + 1, below.pos + below.h / 2) : undefined;
        const mergedDown = (col: number) => boundaryBelow !== undefined && !ruledBetween(rules, header.starts[col], x1Of(col), boundaryBelow - 1.5, boundaryBelow + 1.5);
        if (prev && (boundary !== undefined || (newPage && rules.length))) {
            cells.forEach((cell, col) => {
                const origin = prev.cells[col].paras;
                if (!origin.length) return;
                // Over a page break a merged cell shows no rule: it goes on when its text goes on in lower case
                // (not when it says the same again: «теңге» under «теңге» is the next row's own unit), or when
                // it is empty here and merged with the row below (a place shared by the activities on both
                // sides of the break, its name printed only above it).
                const goesOn = cell.paras.length
                    ? /^\p{Ll}/u.test(cell.paras[0].text) && !/[.!?:;]$/u.test(origin[origin.length - 1].text) && cell.paras[0].text !== origin[origin.length - 1].text
                    : mergedDown(col);
                if (newPage ? !goesOn : ruledBetween(rules, header.starts[col], x1Of(col), boundary! - 1.5, boundary! + 1.5)) return;
                // The merged cell's text may run on beside this row: it belongs to the cell (shared by reference).
                cell.paras.forEach((para, k) => {
                    const last = origin[origin.length - 1];
                    if (k === 0 && !/[.!?:;]$/u.test(last.text) && /^\p{Ll}/u.test(para.text)) last.text = `${last.text} ${para.text}`;
                    else origin.push(para);
                });
                cells[col] = { paras: origin, col, span: 1, merged: true };
            });
        }
        body.push({ cells });
    });
    return { index, rows: [headerRow, ...body] };
}
