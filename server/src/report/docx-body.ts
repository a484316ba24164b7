/**
 * The body of the .docx: the blocks of the report model as docx objects, one at a time and in
 * order, cut into sections where the page orientation changes. Tables and blocks made while the
 * document is written are left to the writer (docx.ts whole, docx-stream.ts in pieces).
 */
import { Paragraph, Table } from 'docx';
import { headingParagraph, paragraph } from './docx-paragraphs.js';
import { table } from './docx-table.js';
import { chartBlocks } from './docx-chart-layout.js';
import type { Ctx } from './docx-style.js';
import type { Block, Streamed, Table as TableBlock } from './document.js';

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

/** The docx objects of `blocks`, tables whole (the writer of a report held in memory). */
export function blocksOf(blocks: Block[], ctx: Ctx): Array<Paragraph | Table> {
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
