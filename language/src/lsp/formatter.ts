/**
 * Document formatting for .grant files. It only ever rewrites the whitespace
 * BETWEEN tokens (never inside a string, a value's number such as «15 337 100»,
 * or a comment), and only where the text between two tokens is plain
 * whitespace:
 *
 * - indentation: 4 spaces per open `{`; a line that continues the clause of
 *   the line above (`ауытқу:` under an indicator, `лауазымы:` under a team
 *   member, the rest of a value) gets one level more;
 * - trailing whitespace is dropped, runs of blank lines become one, the file
 *   ends with one line break;
 * - one space after `:` and before `{`;
 * - within one activity (or information-work, presentation or `әсер` block),
 *   the `жоспар:` and `факт:` clauses of single-line indicators are aligned in
 *   columns, as in the syntax example.
 *
 * Whitespace inside a value can carry meaning («1 000» is one number,
 * «1  000» two), so gaps between the tokens of a value are left as written.
 */
import { AstUtils, CstUtils, type AstNode, type CstNode, type LangiumDocument } from 'langium';
import type { Formatter } from 'langium/lsp';
import type { IToken } from 'chevrotain';
import type {
    DocumentFormattingParams, DocumentOnTypeFormattingOptions, DocumentOnTypeFormattingParams,
    DocumentRangeFormattingParams, Range, TextEdit
} from 'vscode-languageserver';
import { isIndicator, type Indicator } from '../generated/ast.js';
import type { GrantServices } from '../grant-module.js';
import { appendAll } from '../arrays.js';

const INDENT = '    ';
/** Gaps the formatter may rewrite: spaces, tabs, line breaks, NBSP. */
const PLAIN_GAP = /^[ \t\r\n\u00A0]*$/;
/** Node types whose `{ … }` hold statements (one per line). */
const BLOCK_TYPES = new Set([
    'GrantFile', 'Project', 'Team', 'Task', 'Activity', 'Presentation', 'InfoWork', 'Publications', 'Impact',
    'Statistics', 'Learning', 'Council', 'Conclusion', 'Proposal', 'Recommendation'
]);
/** Blocks whose single-line indicators are aligned in columns. */
const ALIGN_CONTAINERS = new Set(['Activity', 'Presentation', 'InfoWork', 'Impact']);
/** Longer names (or plans) than this stay out of the column, so one long row does not push all the others right. */
const MAX_ALIGNED_NAME = 50;
const MAX_ALIGNED_PLAN = 36;
const COLUMN_GAP = 2;

interface Piece {
    start: number;
    /** Exclusive. */
    end: number;
    type: string;
    comment: boolean;
    /** Index of the line (in `lines`) the piece starts. */
    line: number;
}

function codePoints(text: string): number {
    let n = 0;
    for (const _ of text) n++;
    return n;
}

function countBreaks(gap: string): number {
    return (gap.match(/\r\n|\r|\n/g) ?? []).length;
}

export class GrantFormatter implements Formatter {
    private readonly services: GrantServices;

    constructor(services: GrantServices) {
        this.services = services;
    }

    formatDocument(document: LangiumDocument, _params: DocumentFormattingParams): TextEdit[] {
        return this.computeEdits(document);
    }

    formatDocumentRange(document: LangiumDocument, params: DocumentRangeFormattingParams): TextEdit[] {
        const { start, end } = params.range;
        const from = document.textDocument.offsetAt(start);
        const to = document.textDocument.offsetAt(end);
        return this.computeEdits(document).filter(edit => {
            const a = document.textDocument.offsetAt(edit.range.start);
            const b = document.textDocument.offsetAt(edit.range.end);
            // A gap that overlaps the range: the indentation of its first line belongs to it too.
            return b > from && a < to;
        });
    }

    formatDocumentOnType(_document: LangiumDocument, _params: DocumentOnTypeFormattingParams): TextEdit[] {
        return [];
    }

    get formatOnTypeOptions(): DocumentOnTypeFormattingOptions | undefined {
        return undefined;
    }

    /** The edits that format the whole document; each replaces one whitespace gap. */
    computeEdits(document: LangiumDocument): TextEdit[] {
        const text = document.textDocument.getText();
        const gaps = this.format(document, text);
        const edits: TextEdit[] = [];
        for (const g of gaps) {
            if (g.text === text.slice(g.start, g.end)) continue;
            edits.push({
                range: { start: document.textDocument.positionAt(g.start), end: document.textDocument.positionAt(g.end) } as Range,
                newText: g.text
            });
        }
        return edits;
    }

    /** The new text of every gap: gap k lies before piece k (the last one after the last piece). */
    private format(document: LangiumDocument, text: string): { start: number; end: number; text: string }[] {
        const lexed = this.services.parser.Lexer.tokenize(text);
        // Where a token ends in the text: a text the line recovery put in quotes has an image two quotes longer than its source.
        const end = (tk: IToken) => (tk.endOffset !== undefined && !Number.isNaN(tk.endOffset) ? tk.endOffset + 1 : tk.startOffset + tk.image.length);
        const pieces: Piece[] = [
            ...lexed.tokens.map(tk => ({ start: tk.startOffset, end: end(tk), type: tk.tokenType.name, comment: false, line: 0 })),
            ...lexed.hidden.map(tk => ({ start: tk.startOffset, end: end(tk), type: tk.tokenType.name, comment: true, line: 0 }))
        ].sort((a, b) => a.start - b.start);
        const eol = text.includes('\r\n') ? '\r\n' : '\n';

        const gapStart = (k: number) => (k === 0 ? 0 : pieces[k - 1].end);
        const gapEnd = (k: number) => (k === pieces.length ? text.length : pieces[k].start);
        const original = (k: number) => text.slice(gapStart(k), gapEnd(k));
        const editable = (k: number) => PLAIN_GAP.test(original(k));
        const newGaps: string[] = [];
        for (let k = 0; k <= pieces.length; k++) newGaps.push(original(k));
        if (pieces.length === 0) {
            return [];
        }

        // Lines: a piece starts a line when the gap before it breaks the line.
        const lineStarts: number[] = [];
        pieces.forEach((p, k) => {
            if (k === 0 || countBreaks(original(k)) > 0) lineStarts.push(k);
            p.line = lineStarts.length - 1;
        });
        const startsLine = new Set(lineStarts);

        // Indentation.
        const root = document.parseResult.value.$cstNode;
        let depth = 0;
        let lineIndex = 0;
        const indentOf: number[] = [];
        for (let k = 0; k < pieces.length; k++) {
            const p = pieces[k];
            if (lineStarts[lineIndex] === k) {
                let level = p.type === '}' ? Math.max(0, depth - 1) : depth;
                if (!p.comment && p.type !== '}' && this.continuesClause(root, text, p.start)) level++;
                indentOf[lineIndex] = level * INDENT.length;
                if (editable(k)) {
                    const breaks = k === 0 ? 0 : Math.min(countBreaks(original(k)), 2);
                    newGaps[k] = eol.repeat(breaks) + INDENT.repeat(level);
                }
                lineIndex++;
            }
            if (!p.comment && p.type === '{') depth++;
            else if (!p.comment && p.type === '}') depth = Math.max(0, depth - 1);
        }

        // Gaps inside a line.
        for (let k = 1; k < pieces.length; k++) {
            if (startsLine.has(k) || !editable(k)) continue;
            const prev = pieces[k - 1], cur = pieces[k];
            if (cur.comment) continue;                              // a trailing comment keeps its place
            if (!prev.comment && prev.type === ':') newGaps[k] = ' ';
            else if (cur.type === '{') newGaps[k] = ' ';
        }

        // The end of the file: exactly one line break.
        if (editable(pieces.length)) newGaps[pieces.length] = eol;

        // Columns of single-line indicators.
        if (root) this.align(document, text, pieces, lineStarts, startsLine, indentOf, newGaps, editable);

        const edits = newGaps.map((g, k) => ({ start: gapStart(k), end: gapEnd(k), text: g }));
        appendAll(edits, this.narrativeLines(text, pieces, indentOf));
        return edits;
    }

    /**
     * The lines of a narrative text (`сипаттама: "…"` over several lines) are indented one level
     * under its keyword, the closing quote at the keyword's level. Leading whitespace is all a
     * narrative line may lose: language/src/narrative.ts reads every line trimmed.
     */
    private narrativeLines(text: string, pieces: Piece[], indentOf: number[]): { start: number; end: number; text: string }[] {
        const edits: { start: number; end: number; text: string }[] = [];
        for (let k = 2; k < pieces.length; k++) {
            const p = pieces[k];
            if (p.comment || p.type !== 'STRING' || pieces[k - 1].type !== ':' || pieces[k - 2].type !== 'сипаттама') continue;
            const body = text.slice(p.start, p.end);
            if (!/[\r\n]/.test(body)) continue;
            const level = indentOf[pieces[k - 2].line] ?? 0;
            const lineRe = /(\r\n|\r|\n)([ \t\u00A0]*)([^\r\n]*)/g;
            let m: RegExpExecArray | null;
            while ((m = lineRe.exec(body))) {
                const wsStart = p.start + m.index + m[1].length;
                const content = m[3];
                const want = content === '' ? '' : content === '"' ? ' '.repeat(level) : ' '.repeat(level) + INDENT;
                if (m[2] !== want) edits.push({ start: wsStart, end: wsStart + m[2].length, text: want });
            }
        }
        return edits;
    }

    /**
     * Does the token at `offset` continue a clause begun on an earlier line?
     * It does when the nearest node that began before this line is not a
     * `{ … }` block (an indicator, a team member, a partner, a value).
     */
    private continuesClause(root: CstNode | undefined, text: string, offset: number): boolean {
        if (!root) return false;
        const leaf = CstUtils.findLeafNodeAtOffset(root, offset);
        if (!leaf || leaf.offset !== offset) return false;
        const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
        let node: AstNode | undefined = leaf.astNode;
        while (node && (node.$cstNode?.offset ?? 0) >= lineStart) node = node.$container;
        return node !== undefined && !BLOCK_TYPES.has(node.$type);
    }

    private align(document: LangiumDocument, text: string, pieces: Piece[], lineStarts: number[], startsLine: Set<number>, indentOf: number[],
        newGaps: string[], editable: (k: number) => boolean): void {
        const pieceAt = new Map<number, number>();
        pieces.forEach((p, k) => pieceAt.set(p.start, k));
        // The column where piece k starts, with the new gaps.
        const column = (k: number): number => {
            const line = pieces[k].line;
            let col = indentOf[line] ?? 0;
            for (let j = lineStarts[line]; j < k; j++) {
                col += codePoints(text.slice(pieces[j].start, pieces[j].end));
                col += codePoints(newGaps[j + 1]);
            }
            return col;
        };
        const endColumn = (k: number) => column(k) + codePoints(text.slice(pieces[k].start, pieces[k].end));

        interface Row { first: number; plan?: number; fact?: number; nameLen: number; planLen?: number }
        const groups = new Map<AstNode, Row[]>();
        const lineCount = new Map<number, number>();
        const rowOf = (ind: Indicator): Row | undefined => {
            const cst = ind.$cstNode;
            if (!cst || cst.range.start.line !== cst.range.end.line) return undefined;
            const first = pieceAt.get(cst.offset);
            if (first === undefined || !startsLine.has(first)) return undefined;
            let plan: number | undefined, fact: number | undefined;
            for (let k = first + 1; k < pieces.length && pieces[k].start < cst.end; k++) {
                const p = pieces[k];
                if (p.comment) continue;
                const leaf = CstUtils.findLeafNodeAtOffset(cst, p.start);
                if (leaf?.astNode !== ind) continue;
                if (p.type === 'жоспар') plan = k;
                if (p.type === 'факт') fact = k;
            }
            if (plan === undefined && fact === undefined) return undefined;
            const nameEnd = (plan ?? fact!) - 1;
            // Widths measured with the new gaps, so a second run measures the same.
            const nameLen = endColumn(nameEnd) - column(first);
            let planLen: number | undefined;
            if (plan !== undefined && fact !== undefined) planLen = endColumn(fact - 1) - column(plan);
            return { first, plan, fact, nameLen, planLen };
        };
        for (const node of AstUtils.streamAst(document.parseResult.value).filter(isIndicator)) {
            const container = node.$container;
            if (!container || !ALIGN_CONTAINERS.has(container.$type)) continue;
            const row = rowOf(node);
            if (!row) continue;
            const line = pieces[row.first].line;
            lineCount.set(line, (lineCount.get(line) ?? 0) + 1);
            const list = groups.get(container) ?? [];
            list.push(row);
            groups.set(container, list);
        }
        const setGap = (k: number, width: number) => {
            if (editable(k)) newGaps[k] = ' '.repeat(Math.max(1, width));
        };
        for (const rows of groups.values()) {
            const members = rows.filter(r => lineCount.get(pieces[r.first].line) === 1);
            if (members.length < 2) continue;
            // The `жоспар` column: two spaces after the longest ordinary name.
            const nameEnd = (r: Row) => endColumn((r.plan ?? r.fact)! - 1);
            const ordinary = members.filter(r => r.nameLen <= MAX_ALIGNED_NAME);
            const planColumn = ordinary.length ? ordinary.reduce((m, r) => Math.max(m, nameEnd(r)), -Infinity) + COLUMN_GAP : undefined;
            for (const r of members) {
                if (r.plan === undefined) continue;
                const fits = planColumn !== undefined && r.nameLen <= MAX_ALIGNED_NAME;
                setGap(r.plan, fits ? planColumn - nameEnd(r) : COLUMN_GAP);
            }
            // The `факт` column: two spaces after the longest ordinary plan.
            const withPlan = members.filter(r => r.plan !== undefined && r.fact !== undefined);
            const fitting = withPlan.filter(r => (r.planLen ?? 0) <= MAX_ALIGNED_PLAN && r.nameLen <= MAX_ALIGNED_NAME);
            const factColumn = fitting.length ? fitting.reduce((m, r) => Math.max(m, endColumn(r.fact! - 1)), -Infinity) + COLUMN_GAP : planColumn;
            for (const r of members) {
                if (r.fact === undefined) continue;
                const fits = factColumn !== undefined && (r.plan === undefined
                    ? r.nameLen <= MAX_ALIGNED_NAME && factColumn - nameEnd(r) >= COLUMN_GAP
                    : fitting.includes(r));
                setGap(r.fact, fits ? factColumn! - endColumn(r.fact - 1) : COLUMN_GAP);
            }
        }
    }
}
