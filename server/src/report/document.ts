/**
 * The report as a language-neutral document model: what the official form
 * says, filled from the evaluated project, before any file format. The .docx
 * writer (docx.ts) turns it into Word; an HTML preview can read the same model.
 *
 * Every string here is final text (NFC), already taken from the form
 * (headings, headers, labels) or from the project (values, names).
 * Pure data: no Node APIs, no docx types.
 */

import type { ReportKind } from '../../../language/src/lsp/protocol.js';

export type { ReportKind };
export type ReportLang = 'kk' | 'ru';

/** A piece of a line. `field` pieces are filled in by the word processor. */
export interface Inline {
    text: string;
    bold?: boolean;
    italic?: boolean;
    /** Superscript (footnote marks in a header). */
    superscript?: boolean;
    /** A real footnote reference: the number of an entry of `ReportDoc.footnotes`. */
    footnote?: number;
    field?: 'page' | 'pages';
    /** A visible warning: red text on a highlight. */
    alert?: boolean;
    /** Muted, small text (hints under signature lines). */
    hint?: boolean;
    /** A fact short of its plan (or missing): the .docx prints it red, the preview marks it. */
    emphasis?: 'short';
}

export interface Paragraph {
    type: 'paragraph';
    runs: Inline[];
    align?: 'left' | 'center' | 'right' | 'justify';
    style?: 'title' | 'subtitle' | 'normal' | 'field-label' | 'field-value' | 'bullet' | 'hint' | 'small' | 'preamble';
    /** Keep with the next block (headings, captions). */
    keepNext?: boolean;
    indent?: number;
}

export interface Heading {
    type: 'heading';
    level: 1 | 2 | 3;
    text: string;
    /** «1», «IV» … as printed before the text. */
    number?: string;
}

/** One cell: paragraphs of inlines. */
export interface Cell {
    paragraphs: Inline[][];
    colSpan?: number;
    /** Rows this cell covers downwards (vertical merge). */
    rowSpan?: number;
    align?: 'left' | 'center' | 'right';
    /** Cell background: group rows, unjustified deviations. */
    shade?: 'group' | 'alert' | 'header' | 'muted';
}

/** The verdict of the indicator a row shows (`running`: still within its period in an interim report). */
export type RowStatus = 'met' | 'over' | 'unmet' | 'deviation' | 'missing' | 'unverifiable' | 'noPlan' | 'running';

export interface Row {
    cells: Cell[];
    kind: 'header' | 'group' | 'data';
    /** The line (1-based) in the .grant file the row comes from, for previews; the .docx ignores it. */
    line?: number;
    /** The verdict of the indicator the row shows, for previews; the .docx marks the fact cell instead. */
    status?: RowStatus;
    /** The indicator is short of its plan or has no fact (previews highlight the row). */
    emphasis?: 'short';
}

export interface Table {
    type: 'table';
    /** Relative column widths (the writer scales them to the text width). */
    widths: number[];
    /** Header rows (repeated on every page). */
    header: Row[];
    rows: Row[];
    /** Smaller font for wide tables. */
    dense?: boolean;
    /** No borders: layout tables (signature blocks). */
    borderless?: boolean;
    /** Short tables stay on one page. */
    keepTogether?: boolean;
    /**
     * Rows made a run of tasks at a time while the .docx is written, before `rows` (a big file
     * read in pieces, build/task-source.ts); only the bounded writer (docx-stream.ts) reads them.
     */
    stream?: Runs<Row>;
}

/** What is made a run of tasks at a time while the document is written, in order. */
export type Runs<T> = () => AsyncIterable<T[]>;

/** Blocks made a run of tasks at a time while the .docx is written (see `Table.stream`). */
export interface Streamed {
    type: 'streamed';
    runs: Runs<Block>;
}

/** One bar of a plan/fact chart: the fact as a share of the plan. */
export interface ChartBar {
    /** Number printed at the bar, explained in `Chart.legend`. */
    index: number;
    name: string;
    plan: string;
    fact: string;
    /** fact / plan. */
    ratio: number;
    status: 'met' | 'over' | 'unmet' | 'deviation' | 'running';
    /** The indicator's line (1-based) in the .grant file, for previews. */
    line?: number;
}

export interface Chart {
    type: 'chart';
    caption: string;
    bars: ChartBar[];
    /** Lines under the chart: «1 — name (fact / plan)». */
    legend: string[];
    note?: string;
    planLabel: string;
    factLabel: string;
}

export interface PageBreak {
    type: 'pageBreak';
}

/** From here on, pages are landscape (wide tables) or portrait. */
export interface Orientation {
    type: 'orientation';
    landscape: boolean;
}

export type Block = Paragraph | Heading | Table | Chart | PageBreak | Orientation | Streamed;

export interface ReportDoc {
    kind: ReportKind;
    lang: ReportLang;
    /** Title lines (also the first blocks, styled «title»). */
    title: string[];
    blocks: Block[];
    /** Footer template as inlines («Бет {page} / {pages}»). */
    footer: Inline[];
    /** Footnotes by number (the plan form's column notes). */
    footnotes: Record<number, string>;
    /** Document properties. */
    meta: { title: string; subject: string; creator: string };
}

/** A deviation of the fact from the plan, one row of the deviations table. */
export interface DeviationRow {
    name: string;
    plan: string;
    fact: string;
    /** No fact was written (`fact` is then the form's «факт көрсетілмеген»). */
    factMissing?: boolean;
    justification?: string;
    /** Position of the indicator in the .grant file (1-based). */
    line: number;
    column: number;
}

export interface BuiltReport {
    doc: ReportDoc;
    deviations: DeviationRow[];
    /** Deviations without a written justification. */
    unjustified: DeviationRow[];
    /** Things the user should know (several projects, texts missing …), in the message language. */
    warnings: string[];
}

// ---------------------------------------------------------------------------
// Small constructors, so the builder reads like the form.

export const run = (text: string, extra: Partial<Inline> = {}): Inline => ({ text: text.normalize('NFC'), ...extra });

export const para = (runs: Inline[] | string, extra: Partial<Omit<Paragraph, 'type' | 'runs'>> = {}): Paragraph =>
    ({ type: 'paragraph', runs: typeof runs === 'string' ? [run(runs)] : runs, ...extra });

export const heading = (level: 1 | 2 | 3, text: string, number?: string): Heading =>
    ({ type: 'heading', level, text: text.normalize('NFC'), number });

export const cell = (content: string | Inline[] | Inline[][], extra: Partial<Omit<Cell, 'paragraphs'>> = {}): Cell => {
    let paragraphs: Inline[][];
    if (typeof content === 'string') paragraphs = content.split('\n').map(line => [run(line)]);
    else if (content.length && Array.isArray(content[0])) paragraphs = content as Inline[][];
    else paragraphs = [content as Inline[]];
    return { paragraphs, ...extra };
};

/** Plain text of a block, for tests and previews. */
export function inlineText(runs: Inline[]): string {
    return runs.map(r => r.field ? `{${r.field}}` : r.text).join('');
}
