/**
 * Runs, paragraphs and headings of the report model as docx objects. A run states only what
 * differs from its paragraph's style (bold, italic, colour, a size of its own).
 */
import { FootnoteReferenceRun, HeadingLevel, LineRuleType, PageNumber, Paragraph, TextRun, type IRunOptions, type ParagraphChild } from 'docx';
import { ALERT_COLOR, ALIGN, SIZE, textStyle, type Ctx } from './docx-style.js';
import type { Inline, Paragraph as ParagraphBlock } from './document.js';

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

export function inlineRuns(runs: DocxInline[], ctx: Ctx): ParagraphChild[] {
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

export function paragraph(p: ParagraphBlock, ctx: Ctx): Paragraph {
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

export function headingParagraph(level: 1 | 2 | 3, text: string, number: string | undefined, ctx: Ctx): Paragraph {
    const full = number ? `${number}. ${text}` : text;
    return new Paragraph({
        heading: level === 1 ? HeadingLevel.HEADING_1 : level === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3,
        children: [new TextRun({ ...runOptions({ text: full, bold: true }, { ...ctx, size: SIZE.body }), text: full.normalize('NFC') })],
        keepNext: true,
        keepLines: true,
        spacing: { before: level === 3 ? 160 : 240, after: 120 }
    });
}
