/**
 * The report model (document.ts) as a Word document, with the `docx` library.
 * A4 portrait, Times New Roman in every script slot (it has every Kazakh
 * letter), tables that repeat their header rows and never split a row, page
 * numbers in the footer, charts as native Word charts (docx-charts.ts). Returns the bytes of the
 * .docx as a Uint8Array: no Node APIs, so it runs in a browser worker too.
 * Here: the document (styles, footnotes, footers, a section per page orientation). Its parts:
 * docx-style.ts (measures, sizes, styles), docx-paragraphs.ts (runs, paragraphs, headings),
 * docx-table.ts, docx-chart-layout.ts, docx-body.ts (blocks in order), docx-image-links.ts.
 */
import { AlignmentType, Document, Footer, LineRuleType, Packer, PageOrientation, Paragraph, type Table } from 'docx';
import { NativeCharts } from './docx-charts.js';
import { cellStyle, FONTS, MARGINS, PAGE, SIZE, STYLE_SIZES, TEXT_WIDTH, textStyle, type Ctx } from './docx-style.js';
import { inlineRuns } from './docx-paragraphs.js';
import { blocksOf, segments } from './docx-body.js';
import { linearImageLinks } from './docx-image-links.js';
import { cleanStrings } from '../../../language/src/control-chars.js';
import type { Block, ReportDoc } from './document.js';

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
