/**
 * What a block parsed again moves (incremental-parse.ts): the syntax tree after it, and the
 * lexer's findings and the parser's errors of the old parse, by offset, by lines, and along the
 * block's last line.
 */
import { isCompositeCstNode, type CstNode } from 'langium';
import type { IRecognitionException, IToken } from 'chevrotain';
import type { Block } from './incremental-blocks.js';

/** Langium 4.4's CST leaf fields (not public API; checked before any is written). */
export interface LeafFields {
    _offset: number; _startLine: number; _startColumn: number; _endLine: number; _endColumn: number;
}

export function hasLeafFields(node: CstNode): boolean {
    const leaf = node as unknown as Partial<LeafFields>;
    return typeof leaf._offset === 'number' && typeof leaf._startLine === 'number' && typeof leaf._endColumn === 'number';
}

/** How everything after the block moves: by offset, by lines, and along the block's last line. */
export interface Move { offset: number; lines: number; lastLine: number; columns: number }

export function shiftSubtree(node: CstNode, move: Move): void {
    if (isCompositeCstNode(node)) {
        (node as unknown as { _rangeCache?: unknown })._rangeCache = undefined;
        for (const child of node.content) shiftSubtree(child, move);
        return;
    }
    const leaf = node as unknown as LeafFields;
    leaf._offset += move.offset;
    if (leaf._startLine === move.lastLine) leaf._startColumn += move.columns;
    if (leaf._endLine === move.lastLine) leaf._endColumn += move.columns;
    leaf._startLine += move.lines;
    leaf._endLine += move.lines;
}

/** Lexer findings outside the old block, moved; those inside it are replaced by the new block's. */
export function mergeFindings<T extends { offset: number; line?: number; column?: number }>(
    old: readonly T[], fresh: readonly T[], block: Block, move: Move): T[] | undefined {
    const out: T[] = [];
    let inserted = false;
    for (const item of old) {
        if (item.offset < block.start) { out.push(item); continue; }
        if (!inserted) { for (const f of fresh) out.push(f); inserted = true; }
        if (item.offset < block.end) continue;
        if (item.line === undefined || item.column === undefined) return undefined;
        // Lexer lines and columns count from 1.
        const column = item.line - 1 === move.lastLine ? item.column + move.columns : item.column;
        out.push({ ...item, offset: item.offset + move.offset, line: item.line + move.lines, column });
    }
    if (!inserted) for (const f of fresh) out.push(f);
    return out;
}

/** A token's place is known (Chevrotain marks tokens made up in recovery with NaN or -1). */
export function placed(token: IToken | undefined): token is IToken {
    return token !== undefined && Number.isFinite(token.startOffset) && token.startOffset >= 0
        && token.startLine !== undefined && Number.isFinite(token.startLine) && Number.isFinite(token.endOffset);
}

function tokensOf(error: IRecognitionException): IToken[] {
    return [error.token, (error as { previousToken?: IToken }).previousToken, ...(error.resyncedTokens ?? [])].filter(placed);
}

/**
 * The old parse's syntax errors outside the block (those inside it were the old block's, which
 * is replaced); undefined when one has no place or reaches across the block's bounds.
 */
export function keptParserErrors(errors: IRecognitionException[], block: Block): IRecognitionException[] | undefined {
    const kept: IRecognitionException[] = [];
    for (const error of errors) {
        const tokens = tokensOf(error);
        if (!placed(error.token) && !placed((error as { previousToken?: IToken }).previousToken)) return undefined;
        const inside = tokens.filter(t => t.startOffset >= block.start && t.endOffset! < block.end).length;
        if (inside === tokens.length) continue;
        if (inside > 0 || tokens.some(t => t.startOffset < block.end && t.endOffset! >= block.start)) return undefined;
        kept.push(error);
    }
    return kept;
}

/** The errors' tokens after the block, moved (in place: the old parse is being replaced). */
export function moveParserErrors(errors: IRecognitionException[], block: Block, move: Move): IRecognitionException[] {
    const moved = new Set<IToken>();
    for (const error of errors) {
        for (const token of tokensOf(error)) {
            if (token.startOffset < block.end || moved.has(token)) continue;
            moved.add(token);
            // Token lines and columns count from 1.
            if (token.startLine! - 1 === move.lastLine) token.startColumn! += move.columns;
            if (token.endLine! - 1 === move.lastLine) token.endColumn! += move.columns;
            token.startOffset += move.offset;
            token.endOffset! += move.offset;
            token.startLine! += move.lines;
            token.endLine! += move.lines;
        }
    }
    return errors;
}
