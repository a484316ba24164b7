/**
 * The report model (document.ts) as a Word document, with the `docx` library.
 * A4 portrait, Times New Roman in every script slot (it has every Kazakh
 * letter), tables that repeat their header rows and never split a row, page
 * numbers in the footer, charts as native Word charts (docx-charts.ts). Returns the bytes of the
 * .docx as a Uint8Array: no Node APIs, so it runs in a browser worker too.
 */
import {
    AlignmentType, BorderStyle, Document, FootnoteReferenceRun, Footer, HeadingLevel, LineRuleType, Packer,
    PageNumber, PageOrientation, Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, TextRun, VerticalAlign, WidthType,
    type IRunOptions, type ParagraphChild
} from 'docx';
import { NativeCharts, nativeChartData } from './docx-charts.js';
import { cleanStrings } from '../../../language/src/control-chars.js';
import type { Block, Cell, Chart, Inline, Paragraph as ParagraphBlock, ReportDoc, Row, Streamed, Table as TableBlock } from './document.js';

export const FONT = 'Times New Roman';
const FONTS = { ascii: FONT, hAnsi: FONT, eastAsia: FONT, cs: FONT };

/** A4 in twips. Portrait: margins 2 cm top/bottom, 2.5 cm left, 1.5 cm right; landscape: 2 cm all round. */
const PAGE = { width: 11906, height: 16838 };
const MARGINS = {
    portrait: { top: 1134, bottom: 1134, left: 1418, right: 851 },
    landscape: { top: 1134, bottom: 1134, left: 1134, right: 1134 }
};
const TEXT_WIDTH = {
    portrait: PAGE.width - MARGINS.portrait.left - MARGINS.portrait.right,
    landscape: PAGE.height - MARGINS.landscape.left - MARGINS.landscape.right
};
/** Charts are not wider than a portrait page's text. */
const CHART_WIDTH = TEXT_WIDTH.portrait;

const SIZE = { body: 24, table: 20, dense: 18, title: 28, hint: 18, small: 20 };

const SHADE: Record<NonNullable<Cell['shade']>, string> = {
    header: 'F2F2F2',
    group: 'E8EEF6',
    alert: 'FDE0DC',
    muted: 'F7F7F7'
};

const ALERT_COLOR = 'C00000';

/**
 * `size`: the size runs are written at; `styled`: the size the paragraph's style already gives
 * (runs at that size carry no size of their own). Font and language come from the document's
 * defaults: a run states only what differs (bold, italic, colour), which keeps document.xml to a
 * fraction of its size and the writer to a fraction of its objects.
 */
export type Ctx = { size: number; width: number; styled?: number; charts?: NativeCharts; lang?: string };

/** The paragraph styles that give a size: body text, and table cells (no space after, single lines). */
const textStyle = (size: number) => `EsepText${size}`;
const cellStyle = (size: number) => `EsepCell${size}`;
const STYLE_SIZES = [...new Set(Object.values(SIZE).concat([SIZE.dense - 2]))];

/** A run of the report model, or one this writer colours itself (the chart's key). */
type DocxInline = Inline & { color?: string };

function runOptions(i: DocxInline, ctx: Ctx): IRunOptions {
    const size = i.hint ? SIZE.hint : ctx.size;
    return {
        size: size === ctx.styled ? undefined : size,
        bold: i.bold || i.alert || undefined,
        italics: i.italic || i.hint || undefined,
        color: i.alert || i.emphasis === 'short' ? ALERT_COLOR : i.hint ? '595959' : i.color,
        superScript: i.superscript || undefined
    };
}

function inlineRuns(runs: DocxInline[], ctx: Ctx): ParagraphChild[] {
    const out: ParagraphChild[] = [];
    for (const i of runs) {
        if (i.footnote !== undefined) {
            out.push(new FootnoteReferenceRun(i.footnote));
            continue;
        }
        if (i.field) {
            out.push(new TextRun({ ...runOptions(i, ctx), children: [i.field === 'page' ? PageNumber.CURRENT : PageNumber.TOTAL_PAGES] }));
            continue;
        }
        if (!i.text) continue;
        out.push(new TextRun({ ...runOptions(i, ctx), text: i.text.normalize('NFC') }));
    }
    return out;
}

const ALIGN = {
    left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT, justify: AlignmentType.JUSTIFIED
} as const;

function paragraph(p: ParagraphBlock, ctx: Ctx): Paragraph {
    const style = p.style ?? 'normal';
    const size = style === 'title' ? SIZE.title : style === 'hint' ? SIZE.hint
        : style === 'small' || style === 'preamble' ? SIZE.small : ctx.size;
    const inner = { ...ctx, size, styled: size };
    const spacingAfter = style === 'field-label' ? 40 : style === 'title' ? 120 : style === 'hint' ? 160 : 120;
    return new Paragraph({
        style: textStyle(size),
        children: inlineRuns(p.runs, inner),
        alignment: p.align ? ALIGN[p.align] : undefined,
        keepNext: p.keepNext || undefined,
        indent: style === 'field-value' ? { left: 567 } : style === 'bullet' ? { left: 357, hanging: 357 }
            : p.indent ? { left: 567 * p.indent } : undefined,
        spacing: { after: spacingAfter, line: 264, lineRule: LineRuleType.AUTO }
    });
}

function headingParagraph(level: 1 | 2 | 3, text: string, number: string | undefined, ctx: Ctx): Paragraph {
    const full = number ? `${number}. ${text}` : text;
    return new Paragraph({
        heading: level === 1 ? HeadingLevel.HEADING_1 : level === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3,
        children: [new TextRun({ ...runOptions({ text: full, bold: true }, { ...ctx, size: SIZE.body }), text: full.normalize('NFC') })],
        keepNext: true,
        keepLines: true,
        spacing: { before: level === 3 ? 160 : 240, after: 120 }
    });
}

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };

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

function table(t: TableBlock, ctx: Ctx): Table {
    if (t.stream) throw new Error('a report read in pieces is written by the bounded .docx writer only');
    const b = tableBuilder(t, ctx);
    const rows = b.header();
    for (let i = 0; i < t.rows.length; i++) rows.push(b.row(i));
    return b.make(rows);
}

function chartBlocks(c: Chart, ctx: Ctx): Array<Paragraph | Table> {
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

/** A table of the report model, built where it is written (whole, or in runs of rows). */
export class PendingTable {
    constructor(readonly block: TableBlock) {}
}

/**
 * Blocks made while the document is written (a big file read in pieces): the writer asks for
 * them and writes them with `bodyItems(blocks, ctx, state)`, so that they join the blocks around.
 */
export class PendingStream {
    constructor(readonly block: Streamed, readonly state: BodyState) {}
}

/** What the writing of the body carries from one block to the next. */
export interface BodyState {
    previousWasTable: boolean;
}

/**
 * The docx objects of the body, one block at a time and in order (charts are numbered as they
 * come); tables and blocks made while writing are left to the writer.
 */
export function* bodyItems(blocks: Block[], ctx: Ctx, state: BodyState = { previousWasTable: false }): Generator<Paragraph | Table | PendingTable | PendingStream> {
    for (const b of blocks) {
        if (b.type === 'streamed') {
            yield new PendingStream(b, state);
            continue;
        }
        // Two tables in a row would merge into one in Word: keep a thin paragraph between them.
        if (b.type === 'table' && state.previousWasTable) yield new Paragraph({ spacing: { after: 0 }, children: [] });
        switch (b.type) {
            case 'paragraph': yield paragraph(b, ctx); break;
            case 'heading': yield headingParagraph(b.level, b.text, b.number, ctx); break;
            case 'table': yield new PendingTable(b); break;
            case 'chart': yield* chartBlocks(b, ctx); break;
            case 'pageBreak': yield new Paragraph({ children: [], pageBreakBefore: true }); break;
            case 'orientation': break;
        }
        state.previousWasTable = b.type === 'table';
        // A paragraph after a table keeps the next table apart and gives air.
        if (b.type === 'table') yield new Paragraph({ spacing: { after: 60 }, children: [] });
    }
}

function blocksOf(blocks: Block[], ctx: Ctx): Array<Paragraph | Table> {
    const out: Array<Paragraph | Table> = [];
    for (const item of bodyItems(blocks, ctx)) {
        if (item instanceof PendingStream) throw new Error('a report read in pieces is written by the bounded .docx writer only');
        out.push(item instanceof PendingTable ? table(item.block, ctx) : item);
    }
    return out;
}

/** The blocks cut where the page orientation changes. */
export function segments(blocks: Block[]): Array<{ landscape: boolean; blocks: Block[] }> {
    const out: Array<{ landscape: boolean; blocks: Block[] }> = [{ landscape: false, blocks: [] }];
    for (const b of blocks) {
        if (b.type === 'orientation') {
            const last = out[out.length - 1];
            if (last.landscape === b.landscape) continue;
            if (last.blocks.length === 0) last.landscape = b.landscape;
            else out.push({ landscape: b.landscape, blocks: [] });
            continue;
        }
        out[out.length - 1].blocks.push(b);
    }
    return out.filter((s, i) => s.blocks.length || i === 0);
}

interface MediaItem { fileName: string }
interface ImageReplacer {
    replace(xml: string, media: MediaItem[], offset: number): string;
    getMediaData(xml: string, media: { Array: MediaItem[] }): MediaItem[];
}

/**
 * docx 9.5.1 links each picture by running a regular expression over the
 * whole document.xml once per picture (its ImageReplacer): with a chart per
 * task that is quadratic in the number of tasks (1 800 tasks: minutes). The
 * placeholders are `{<sha1>.png}`; this finds them all in one pass and does
 * the same replacement.
 */
export function linearImageLinks(): void {
    const replacer = (Packer as unknown as { compiler?: { imageReplacer?: ImageReplacer & { esepLinear?: boolean } } }).compiler?.imageReplacer;
    if (!replacer || replacer.esepLinear) return;
    const PLACEHOLDER = /\{([^{}<>"]+)\}/g;
    replacer.replace = (xml, media, offset) => {
        const index = new Map(media.map((m, i) => [m.fileName, String(offset + i)]));
        return index.size ? xml.replace(PLACEHOLDER, (whole, name: string) => index.get(name) ?? whole) : xml;
    };
    replacer.getMediaData = (xml, media) => {
        const names = new Set<string>();
        for (const m of xml.matchAll(PLACEHOLDER)) names.add(m[1]);
        return media.Array.filter(image => names.has(image.fileName));
    };
    replacer.esepLinear = true;
}

/** What a section of the document holds: its blocks as docx objects (or, in the bounded writer, a stand-in). */
export type SectionChildren = (blocks: Block[], ctx: Ctx, index: number) => Array<Paragraph | Table>;

/**
 * The docx Document of a report whose strings are already clean: properties, styles, footnotes,
 * footers, and a section per page orientation holding what `children` gives.
 */
export function docxDocument(doc: ReportDoc, charts: NativeCharts, children: SectionChildren): Document {
    const lang = doc.lang === 'kk' ? 'kk-KZ' : 'ru-RU';
    const headingRun = { font: FONTS, size: SIZE.body, bold: true, italics: false, color: '000000' };
    const base: Ctx = { size: SIZE.body, width: TEXT_WIDTH.portrait, charts, lang };
    const footnotes: Record<string, { children: Paragraph[] }> = {};
    for (const [n, text] of Object.entries(doc.footnotes)) {
        footnotes[n] = { children: [new Paragraph({ children: inlineRuns([{ text }], { ...base, size: SIZE.hint }) })] };
    }
    const footer = () => new Footer({
        children: [new Paragraph({ style: 'EsepFooter', alignment: AlignmentType.CENTER, children: inlineRuns(doc.footer, { ...base, size: SIZE.hint }) })]
    });
    return new Document({
        title: doc.meta.title,
        subject: doc.meta.subject,
        creator: doc.meta.creator,
        description: 'Esep',
        styles: {
            default: {
                document: { run: { font: FONTS, size: SIZE.body, sizeComplexScript: SIZE.body, language: { value: lang } }, paragraph: { spacing: { after: 120 } } },
                heading1: { run: headingRun, paragraph: { spacing: { before: 240, after: 120 } } },
                heading2: { run: headingRun, paragraph: { spacing: { before: 240, after: 120 } } },
                heading3: { run: { ...headingRun, italics: true }, paragraph: { spacing: { before: 160, after: 80 } } },
                footnoteText: { run: { font: FONTS, size: SIZE.hint } }
            },
            // Field results (page numbers) take the paragraph's font in some readers.
            paragraphStyles: [
                { id: 'EsepFooter', name: 'Esep Footer', run: { font: FONTS, size: SIZE.hint, sizeComplexScript: SIZE.hint } },
                ...STYLE_SIZES.flatMap(size => [
                    { id: textStyle(size), name: `Esep Text ${size / 2}`, quickFormat: false, run: { size, sizeComplexScript: size } },
                    {
                        id: cellStyle(size), name: `Esep Cell ${size / 2}`, quickFormat: false, run: { size, sizeComplexScript: size },
                        paragraph: { spacing: { after: 0, line: 240, lineRule: LineRuleType.AUTO } }
                    }
                ])
            ]
        },
        footnotes,
        sections: segments(doc.blocks).map((seg, index) => {
            const orientation = seg.landscape ? 'landscape' : 'portrait';
            const ctx: Ctx = { ...base, width: TEXT_WIDTH[orientation] };
            return {
                properties: {
                    // The cover (the first page) carries no page number.
                    titlePage: index === 0 || undefined,
                    page: {
                        size: { width: PAGE.width, height: PAGE.height, orientation: seg.landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
                        margin: { ...MARGINS[orientation], header: 567, footer: 567 }
                    }
                },
                footers: index === 0 ? { default: footer(), first: new Footer({ children: [new Paragraph({ style: 'EsepFooter', children: [] })] }) } : { default: footer() },
                children: children(seg.blocks, ctx, index)
            };
        })
    });
}

/**
 * The .docx bytes of a report. Every string of the model passes one sanitiser first
 * (control-chars.ts): whatever a .grant file holds, each XML part is well-formed.
 */
export async function renderDocx(model: ReportDoc): Promise<Uint8Array> {
    const doc = cleanStrings(model);
    linearImageLinks();
    const charts = new NativeCharts();
    const document = docxDocument(doc, charts, blocksOf);
    // The chart parts go into the package as extra files (their links were added to the document).
    const buffer = await Packer.toArrayBuffer(document, false, charts.attach(document));
    return new Uint8Array(buffer);
}
