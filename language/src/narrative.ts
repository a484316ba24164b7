/**
 * Narrative text: what a grantee writes in Word, read from a `сипаттама: "…"`
 * string (or any long text field) into paragraphs, lists and small tables.
 *
 * The rules are the ones a person typing a report already follows:
 *  - every line is a paragraph (Enter starts a new one); blank lines are only spacing;
 *  - a line starting with «- », «– », «• », «· » or «* » is a bullet item;
 *  - a line starting with a number and «.» or «)» («1. », «2) ») is a numbered item,
 *    printed with the number as written (a repeated or skipped number stays);
 *  - lines starting with «|» are the rows of a table, cells between the bars; the first row
 *    is the header; a row of dashes («|---|---|») is ignored.
 *
 * This is the one place that decides how narrative text is read; the report and
 * the preview print the blocks it returns. Pure TypeScript (browser worker too).
 */
import type { Council, Learning, Narrative } from './generated/ast.js';
import { collapse } from './text-utils.js';

export type NarrativeBlock =
    | { kind: 'paragraph'; text: string }
    | { kind: 'bullets'; items: string[] }
    | { kind: 'numbered'; items: { number: string; text: string }[] }
    | { kind: 'table'; header: string[]; rows: string[][] };


const BULLET = /^[-–•·*▪●○]\s+/u;
const NUMBERED = /^(\d{1,3}[.)])\s+/u;
const TABLE_ROW = /^\|/;
const RULE_ROW = /^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?$/;

/** The cells of a «| a | b |» row. */
function cells(line: string): string[] {
    let body = line.trim();
    if (body.startsWith('|')) body = body.slice(1);
    if (body.endsWith('|')) body = body.slice(0, -1);
    return body.split('|').map(collapse);
}

/** Reads narrative text into blocks. Empty or blank text gives no blocks. */
export function parseNarrative(text: string | undefined): NarrativeBlock[] {
    if (!text) return [];
    const blocks: NarrativeBlock[] = [];
    const lines = text.normalize('NFC').split(/\r?\n|\r/);
    for (const raw of lines) {
        const line = raw.trim();
        if (!line) continue;
        const last = blocks[blocks.length - 1];
        if (TABLE_ROW.test(line)) {
            if (RULE_ROW.test(line)) continue;
            const row = cells(line);
            if (last?.kind === 'table') last.rows.push(row);
            else blocks.push({ kind: 'table', header: row, rows: [] });
            continue;
        }
        const bullet = BULLET.exec(line);
        if (bullet) {
            const item = collapse(line.slice(bullet[0].length));
            if (last?.kind === 'bullets') last.items.push(item);
            else blocks.push({ kind: 'bullets', items: [item] });
            continue;
        }
        const numbered = NUMBERED.exec(line);
        if (numbered) {
            const item = { number: numbered[1], text: collapse(line.slice(numbered[0].length)) };
            if (last?.kind === 'numbered') last.items.push(item);
            else blocks.push({ kind: 'numbered', items: [item] });
            continue;
        }
        blocks.push({ kind: 'paragraph', text: collapse(line) });
    }
    return blocks;
}

/** The plain text of blocks, one line per paragraph, item or row (tests, word counts, hovers). */
export function narrativePlainText(blocks: NarrativeBlock[]): string {
    const out: string[] = [];
    for (const b of blocks) {
        switch (b.kind) {
            case 'paragraph': out.push(b.text); break;
            case 'bullets': for (const i of b.items) out.push(`- ${i}`); break;
            case 'numbered': for (const i of b.items) out.push(`${i.number} ${i.text}`); break;
            case 'table': for (const r of [b.header, ...b.rows]) out.push(`| ${r.join(' | ')} |`); break;
        }
    }
    return out.join('\n');
}

// ---------------------------------------------------------------------------
// The narrative of a task or an activity, in the order written.

/** One piece of the account of a task or activity: text, or a table the account shows. */
export type NarrativePiece =
    | { kind: 'text'; node: Narrative; readonly blocks: NarrativeBlock[]; readonly blocksRu?: NarrativeBlock[] }
    | { kind: 'learning'; node: Learning }
    | { kind: 'council'; node: Council };

interface NarrativeOwner {
    narratives: Narrative[];
    learning: Learning[];
    councils: Council[];
}

const offsetOf = (n: { $cstNode?: { offset: number } }) => n.$cstNode?.offset ?? 0;

/**
 * A text piece whose blocks are read when first asked for, then kept: the model is evaluated
 * for every version of a document, and validation never reads them (the report, the preview
 * and the outline do). A class, not closures: a piece holds its node and, once read, its blocks
 * — never more than a piece read at once did.
 */
class TextPiece {
    readonly kind = 'text' as const;
    private read: NarrativeBlock[] | undefined = undefined;
    private readRu: NarrativeBlock[] | undefined = undefined;

    constructor(readonly node: Narrative) {}

    get blocks(): NarrativeBlock[] {
        return this.read ??= parseNarrative(this.node.text);
    }

    get blocksRu(): NarrativeBlock[] | undefined {
        return this.node.textRu === undefined ? undefined : this.readRu ??= parseNarrative(this.node.textRu);
    }
}

/** The narrative pieces of a task, activity, information work or presentation, in source order. */
export function narrativePieces(owner: NarrativeOwner): NarrativePiece[] {
    if (!owner.narratives.length && !owner.learning.length && !owner.councils.length) return [];
    const pieces: NarrativePiece[] = [
        ...owner.narratives.map(node => new TextPiece(node)),
        ...owner.learning.map(node => ({ kind: 'learning' as const, node })),
        ...owner.councils.map(node => ({ kind: 'council' as const, node }))
    ];
    if (pieces.length > 1) pieces.sort((a, b) => offsetOf(a.node) - offsetOf(b.node));
    return pieces;
}
