/**
 * The grantee's narrative in the report: the blocks language/src/narrative.ts
 * read from `сипаттама: "…"` texts, as report paragraphs, lists and tables.
 * Nothing is added: no heading, no mark; a list keeps the numbers as written.
 * Pure data, no Node APIs.
 */
import { parseNarrative, type NarrativeBlock, type NarrativePiece } from '../../../language/src/narrative.js';
import { cell, para, run, type Block, type Row } from './document.js';
import type { ReportLang } from './document.js';
import { appendAll } from '../../../language/src/arrays.js';

/** The blocks of a narrative text (paragraphs justified like the seed's). */
export function narrativeBlocks(blocks: NarrativeBlock[]): Block[] {
    const out: Block[] = [];
    for (const b of blocks) {
        switch (b.kind) {
            case 'paragraph':
                out.push(para(b.text, { align: 'justify' }));
                break;
            case 'bullets':
                for (const item of b.items) out.push(para([run('• '), run(item)], { style: 'bullet', align: 'justify' }));
                break;
            case 'numbered':
                for (const item of b.items) out.push(para([run(`${item.number} `), run(item.text)], { style: 'bullet', align: 'justify' }));
                break;
            case 'table': {
                const columns = Math.max(b.header.length, ...b.rows.map(r => r.length));
                const pad = (r: string[]) => [...r, ...Array<string>(columns - r.length).fill('')];
                const header: Row = {
                    kind: 'header',
                    cells: pad(b.header).map(h => cell([run(h, { bold: true })], { align: 'center', shade: 'header' }))
                };
                const rows: Row[] = b.rows.map(r => ({ kind: 'data', cells: pad(r).map(c => cell(c)) }));
                // A first column of row numbers («№») stays narrow.
                const numbered = b.rows.length > 0 && b.rows.every(r => /^\d{1,3}\.?$/.test(r[0] ?? ''));
                const widths = pad(b.header).map((_, i) => (numbered && i === 0 ? 5 : 20));
                out.push({ type: 'table', widths, header: [header], rows, keepTogether: rows.length <= 12 });
                break;
            }
        }
    }
    return out;
}

/**
 * The blocks of a task's or activity's narrative pieces in the language asked for:
 * a text's Russian version (`орысша:`) in a Russian report when written, else the text as written.
 * Tables of structured blocks (council, learning) come from `table`.
 */
export function narrativePiecesBlocks(pieces: NarrativePiece[], lang: ReportLang,
    table: (piece: Exclude<NarrativePiece, { kind: 'text' }>) => Block[]): Block[] {
    const out: Block[] = [];
    for (const p of pieces) {
        if (p.kind === 'text') appendAll(out, narrativeBlocks(lang === 'ru' && p.blocksRu ? p.blocksRu : p.blocks));
        else appendAll(out, table(p));
    }
    return out;
}

/** A long text field of the form (goal, conclusions …) read as narrative. */
export function textBlocks(text: string | undefined): Block[] {
    return narrativeBlocks(parseNarrative(text));
}
