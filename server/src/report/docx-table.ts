/**
 * Tables of the report model as docx tables: widths scaled to the page, spans across rows and
 * columns, header rows that repeat on every page, shades and borders.
 */
import { Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, VerticalAlign, WidthType } from 'docx';
import { ALIGN, BORDER, cellStyle, NO_BORDER, SHADE, SIZE, type Ctx } from './docx-style.js';
import { inlineRuns } from './docx-paragraphs.js';
import type { Row, Table as TableBlock } from './document.js';

function scaleWidths(widths: number[], textWidth: number): number[] {
    const total = widths.reduce((a, b) => a + b, 0) || 1;
    const out = widths.map(w => Math.floor((w / total) * textWidth));
    out[out.length - 1] += textWidth - out.reduce((a, b) => a + b, 0);
    return out;
}

/**
 * A table of the report model as docx rows: the header rows, each body row in order (a row
 * spanning rows below is tracked across calls), and the Table made of rows built here. The
 * bounded writer (docx-stream.ts) builds a long table in runs of rows; `table` all at once.
 */
export interface TableBuilder {
    header(): TableRow[];
    /** Body row `i` (call in order). */
    row(i: number): TableRow;
    /** The next body row, one of `Table.stream`'s (never the last of a table kept together). */
    next(row: Row): TableRow;
    /** No row built so far spans rows not yet built. */
    closed(): boolean;
    make(rows: TableRow[]): Table;
}

export function tableBuilder(t: TableBlock, ctx: Ctx): TableBuilder {
    const size = t.dense ? SIZE.dense : SIZE.table;
    const inner = { ...ctx, size, styled: size };
    // Header words of a dense table are long («Қатысушылар», «құжаттармен»): a point smaller.
    const headerSize = t.dense ? SIZE.dense - 2 : size;
    const headerCtx = { ...ctx, size: headerSize, styled: headerSize };
    const widths = scaleWidths(t.widths, ctx.width);
    const columns = widths.length;
    // Track which grid columns are covered by a rowSpan from above, to give every cell its width.
    const covered: number[] = new Array(columns).fill(0);
    const rowOf = (row: Row, header: boolean, last = false): TableRow => {
        const cells: TableCell[] = [];
        let col = 0;
        for (const c of row.cells) {
            while (col < columns && covered[col] > 0) col++;
            const span = Math.max(1, c.colSpan ?? 1);
            const width = widths.slice(col, col + span).reduce((a, b) => a + b, 0);
            if ((c.rowSpan ?? 1) > 1) for (let k = col; k < col + span; k++) covered[k] = c.rowSpan!;
            cells.push(new TableCell({
                children: c.paragraphs.map(runs => new Paragraph({
                    style: cellStyle(header ? headerSize : size),
                    children: inlineRuns(runs, header ? headerCtx : inner),
                    alignment: c.align ? ALIGN[c.align] : undefined,
                    // A task row stays with the rows under it; a short table stays on one page.
                    keepNext: row.kind === 'group' || (t.keepTogether && !last) || undefined
                })),
                columnSpan: span > 1 ? span : undefined,
                rowSpan: (c.rowSpan ?? 1) > 1 ? c.rowSpan : undefined,
                width: { size: width, type: WidthType.DXA },
                shading: c.shade ? { type: ShadingType.CLEAR, color: 'auto', fill: SHADE[c.shade] } : undefined,
                // Top is what a cell does unless told: only header cells say where they stand.
                verticalAlign: header ? VerticalAlign.CENTER : undefined,
                borders: t.borderless ? { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER } : undefined
            }));
            col += span;
        }
        // Rows below: one less row to cover.
        for (let k = 0; k < columns; k++) if (covered[k] > 0) covered[k]--;
        // A long row may run on to the next page (the header rows repeat there); only header rows stay whole.
        return new TableRow({ children: cells, tableHeader: header || undefined, cantSplit: header || undefined });
    };
    return {
        header: () => t.header.map(r => rowOf(r, true)),
        row: i => rowOf(t.rows[i], false, i === t.rows.length - 1),
        next: row => rowOf(row, false),
        closed: () => covered.every(c => c === 0),
        make: rows => new Table({
            rows,
            width: { size: ctx.width, type: WidthType.DXA },
            columnWidths: widths,
            // Cell margins once for the table, not in every cell.
            margins: { top: 40, bottom: 40, left: 80, right: 80 },
            layout: TableLayoutType.FIXED,
            borders: t.borderless
                ? { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER, insideHorizontal: NO_BORDER, insideVertical: NO_BORDER }
                : { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER }
        })
    };
}

export function table(t: TableBlock, ctx: Ctx): Table {
    if (t.stream) throw new Error('a report read in pieces is written by the bounded .docx writer only');
    const b = tableBuilder(t, ctx);
    const rows = b.header();
    for (let i = 0; i < t.rows.length; i++) rows.push(b.row(i));
    return b.make(rows);
}
