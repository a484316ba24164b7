/**
 * A chart of the report model on the page: its caption, the native Word chart (docx-charts.ts),
 * its key and legend, under it on a portrait page or beside it on a landscape one.
 */
import { AlignmentType, Paragraph, Table, TableCell, TableLayoutType, TableRow, VerticalAlign, WidthType } from 'docx';
import { NativeCharts, nativeChartData } from './docx-charts.js';
import { CHART_WIDTH, NO_BORDER, SIZE, type Ctx } from './docx-style.js';
import { inlineRuns } from './docx-paragraphs.js';
import type { Chart } from './document.js';

export function chartBlocks(c: Chart, ctx: Ctx): Array<Paragraph | Table> {
    // Side by side with its legend on a landscape page, else the legend under it.
    const sideBySide = ctx.width > CHART_WIDTH * 1.3;
    const chartTwips = sideBySide ? Math.round(ctx.width * 0.58) : Math.min(CHART_WIDTH, ctx.width);
    const widthPx = Math.round((chartTwips / 1440) * 96) - 8;
    // A row per indicator and room for the axis and the chart's legend, within the page (the
    // caption stays with the chart on a landscape page).
    const heightPx = Math.round(Math.min(sideBySide ? 520 : 860, 64 + 16 * c.bars.length));
    const charts = ctx.charts ?? new NativeCharts();
    const picture = new Paragraph({
        children: [charts.add(nativeChartData(c, ctx.lang), widthPx, heightPx)],
        alignment: sideBySide ? AlignmentType.LEFT : AlignmentType.CENTER,
        keepNext: !sideBySide,
        spacing: { after: 60 }
    });
    const caption = new Paragraph({
        children: inlineRuns([{ text: c.caption, bold: true }], ctx),
        keepNext: true, keepLines: true,
        spacing: { before: 240, after: 60 }
    });
    const small = { ...ctx, size: SIZE.dense };
    const key = new Paragraph({
        children: inlineRuns([
            { text: '■ ', color: 'A6A6A6' }, { text: `${c.planLabel} (100%)   ` },
            { text: '■ ', color: '2E7D32' }, { text: '■ ', color: '1565C0' }, { text: '■ ', color: 'C62828' }, { text: c.factLabel }
        ], small),
        keepNext: true,
        spacing: { after: 40 }
    });
    const legend = c.legend.map((line, i) => new Paragraph({
        children: inlineRuns([{ text: line }], small),
        keepNext: !sideBySide && (i + 1 < c.legend.length || !!c.note),
        indent: { left: 284, hanging: 284 },
        spacing: { after: 0 }
    }));
    const note = c.note ? [new Paragraph({ children: inlineRuns([{ text: c.note, italic: true }], small), spacing: { before: 60, after: sideBySide ? 0 : 160 } })] : [];
    if (!sideBySide) return [caption, picture, key, ...legend, ...note];
    const left = chartTwips;
    const right = ctx.width - left;
    const none = { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER };
    const layout = new Table({
        rows: [new TableRow({
            cantSplit: true,
            children: [
                new TableCell({ children: [picture], width: { size: left, type: WidthType.DXA }, borders: none, margins: { left: 0, right: 120 } }),
                new TableCell({ children: [key, ...legend, ...note], width: { size: right, type: WidthType.DXA }, borders: none, verticalAlign: VerticalAlign.TOP })
            ]
        })],
        width: { size: ctx.width, type: WidthType.DXA },
        columnWidths: [left, right],
        layout: TableLayoutType.FIXED,
        borders: { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER, insideHorizontal: NO_BORDER, insideVertical: NO_BORDER }
    });
    return [caption, layout, new Paragraph({ spacing: { after: 120 }, children: [] })];
}
