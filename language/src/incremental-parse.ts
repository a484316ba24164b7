/**
 * Parsing only what a keystroke changed. A user types inside one activity or
 * task of a file of thousands of lines; Langium parses the whole file again
 * after every change (about 230 ms for 10 000 lines on these machines, more
 * on a busy one), and while that parse runs nothing else is answered.
 *
 * Here, when the changed text lies inside the braces of one block (an
 * activity, a task, the information work, …) of a parse that had no syntax
 * error, only that block is parsed again (with its own grammar rule) and put
 * in place of the old one; everything after it only moves, so its offsets and
 * positions are shifted. The result is the very tree a parse of the whole
 * text gives (test/incremental-parse.test.ts compares the two over thousands
 * of random edits), because:
 *  - the tokens before the block are the same, so the parser reaches the
 *    block in the same state; the block's first tokens and its closing brace
 *    are outside the change;
 *  - the block parses with no error and ends exactly at its closing brace, so
 *    the whole-file parse (which has no other way through a block) makes the
 *    same nodes of it, and continues after it in the same state on the same
 *    tokens;
 *  - the lexer and the line-level recovery (recovery.ts) read a block's lines
 *    on their own: the block is parsed as whole lines, at its own offsets and
 *    positions (the text before it is replaced by as many spaces and line
 *    breaks).
 * Anything else — a change across blocks, a syntax error in the old or the
 * new text, a block that does not fill its lines — is parsed whole, as before.
 * Finding the block: incremental-blocks.ts; moving what follows it: incremental-move.ts; the
 * document factory that calls `reparseBlock`: document-factory.ts.
 */
import { CompositeCstNodeImpl, isCompositeCstNode, isLeafCstNode, type AstNode, type CstNode, type GrammarAST, type Lexer, type LexingDiagnostic, type ParseResult } from 'langium';
import type { ILexingError } from 'chevrotain';
import { TextShift } from './lsp/text-shift.js';
import { GrantLexer } from './lexer.js';
import { touch } from './edit-stamps.js';
import { blockAround, delimitersClosed, fillsLines, firstLeaf, innermost, type Block } from './incremental-blocks.js';
import { hasLeafFields, keptParserErrors, mergeFindings, moveParserErrors, placed, shiftSubtree, type Move } from './incremental-move.js';

/** What parses a block again: Langium's parser, with a grammar rule as entry. */
export interface BlockParser {
    parse(input: string, options?: { rule?: string }): ParseResult<AstNode>;
}

/**
 * The parse of `text` made from `old` (the parse of `oldText`) by parsing one block again,
 * or undefined when the change cannot be confined to one block. `old`'s tree is reused
 * (changed in place): call only when `old` is being replaced.
 */
export function reparseBlock(old: ParseResult<AstNode>, oldText: string, text: string,
    parser: BlockParser, lexer: Lexer, rules: ReadonlyMap<string, GrammarAST.Keyword>, options: { provisional?: boolean } = {}): ParseResult<AstNode> | undefined {
    // Only Esep's lexer can read one region of the text.
    if (!(lexer instanceof GrantLexer)) return undefined;
    const root = old.value.$cstNode;
    if (!root || !hasLeafFields(firstLeaf(root) ?? root)) return undefined;
    const shift = TextShift.between(oldText, text);
    if (!shift) return undefined;
    const { from, toOld } = shift.region();
    const block = innermost(blockAround(root, oldText, from, toOld, rules), provisionalBlockAround(old, oldText, from, toOld));
    if (!block) return undefined;
    const delta = text.length - oldText.length;
    const newEnd = block.end + delta;
    if (!fillsLines(text, block.start, newEnd) || !delimitersClosed(text, block.start, newEnd)) return undefined;
    const start = block.cst.range.start;
    // The block alone is read, its tokens placed where they stand in the new text (lexer.ts).
    lexer.region = { start: block.start, end: newEnd, line: start.line, column: start.character };
    let result: ParseResult<AstNode>;
    try {
        result = parser.parse(text, { rule: block.node.$type });
    } finally {
        lexer.region = undefined;
    }
    const fresh = result.value;
    const freshRoot = fresh.$cstNode;
    if (fresh.$type !== block.node.$type || !freshRoot || !isCompositeCstNode(freshRoot)) return undefined;
    // A block with a syntax error: its recovery may differ from the whole text's (which knows
    // the blocks around it). Taken only as provisional, and only when the error stayed inside.
    const broken = result.parserErrors.length > 0;
    if (broken && !options.provisional) return undefined;
    const last = freshRoot.content[freshRoot.content.length - 1];
    if (!last || last.end !== newEnd) return undefined;
    // Ended by its own closing brace: the whole text's parse makes the same block (with or without an
    // error inside). Else an inner rule's recovery took that brace (an activity half typed as the
    // task's last: its «{» is made up and the task's «}» closes it); the whole text's parse goes on
    // into the blocks after it, so the block stands in only until typing pauses («open»). Its «}»
    // missing at the end of the block alone is not said: the whole parse says where it is missing.
    const own = isLeafCstNode(last) && last.grammarSource === rules.get(fresh.$type);
    if (!own && !broken) return undefined;
    const unplaced = result.parserErrors.filter(e => !placed(e.token));
    if (unplaced.length && (own || unplaced.some(e => e.token.tokenType?.name !== 'EOF'))) return undefined;
    if (unplaced.length) result.parserErrors = result.parserErrors.filter(e => placed(e.token));

    const oldLast = block.cst.range.end;
    const newLast = last.range.end;
    const move: Move = { offset: delta, lines: newLast.line - oldLast.line, lastLine: oldLast.line, columns: newLast.character - oldLast.character };
    const lexerErrors = mergeFindings<ILexingError>(old.lexerErrors, result.lexerErrors, block, move);
    const diagnostics = mergeFindings<LexingDiagnostic>(old.lexerReport?.diagnostics ?? [], result.lexerReport?.diagnostics ?? [], block, move);
    if (!lexerErrors || !diagnostics) return undefined;
    const parserErrors = keptParserErrors(old.parserErrors, block);
    if (!parserErrors) return undefined;

    // The new block's syntax tree in place of the old one's.
    const cst = new CompositeCstNodeImpl();
    cst.grammarSource = block.cst.grammarSource;
    cst.content = freshRoot.content.slice() as CompositeCstNodeImpl['content'];
    for (const child of cst.content) (child as { container?: CompositeCstNodeImpl }).container = cst;
    cst.astNode = fresh;
    (fresh as { $cstNode?: CstNode }).$cstNode = cst;
    const parentCst = block.cst.container as CompositeCstNodeImpl;
    cst.container = parentCst;
    parentCst.content[parentCst.content.indexOf(block.cst)] = cst;
    // And the AST node in its container's property.
    const container = block.node.$container!;
    const property = block.node.$containerProperty!;
    const index = block.node.$containerIndex;
    const record = container as unknown as Record<string, unknown>;
    if (index === undefined) record[property] = fresh;
    else (record[property] as AstNode[])[index] = fresh;
    Object.assign(fresh, { $container: container, $containerProperty: property, $containerIndex: index });
    // What contains the block has other content now (edit-stamps.ts).
    touch(container);

    // Everything after the block moves.
    let child: CstNode = cst;
    for (let parent: CompositeCstNodeImpl | undefined = parentCst; parent; child = parent, parent = parent.container as CompositeCstNodeImpl | undefined) {
        (parent as unknown as { _rangeCache?: unknown })._rangeCache = undefined;
        const content = parent.content;
        for (let i = content.indexOf(child) + 1; i < content.length; i++) shiftSubtree(content[i], move);
    }
    (root as unknown as { _text: string })._text = text;
    const moved = moveParserErrors(parserErrors, block, move);
    for (const error of result.parserErrors) moved.push(error);
    const parsed: ParseResult<AstNode> = {
        value: old.value,
        parserErrors: moved,
        lexerErrors,
        lexerReport: diagnostics.length || old.lexerReport ? { diagnostics } : undefined
    };
    if (broken) PROVISIONAL.set(parsed, { node: fresh, open: !own });
    else {
        // A block parsed again beside (or inside) an open block: that one still stands in.
        const before = PROVISIONAL.get(old);
        if (before?.open && before.node !== block.node) PROVISIONAL.set(parsed, before);
    }
    return parsed;
}

/**
 * Parses made of a block with a syntax error, with that block: the whole text is parsed again
 * when typing pauses. `open`: the block's own closing brace was taken by a recovery inside it,
 * so the whole text's parse may differ beyond it.
 */
const PROVISIONAL = new WeakMap<ParseResult<AstNode>, { node: AstNode; open: boolean }>();

export function isProvisional(result: ParseResult<AstNode>): boolean {
    return PROVISIONAL.has(result);
}

/** Whether the provisional parse's block lost its closing brace to a recovery (the whole parse may differ after it). */
export function isOpenProvisional(result: ParseResult<AstNode>): boolean {
    return PROVISIONAL.get(result)?.open === true;
}

/**
 * The block a provisional parse was made of, when the change lies inside it (after its first
 * token, up to its end): an open block has no closing brace of its own for blockAround to find,
 * and is parsed again as it was, as long as the user types inside it.
 */
function provisionalBlockAround(old: ParseResult<AstNode>, text: string, from: number, to: number): Block | undefined {
    const node = PROVISIONAL.get(old)?.node;
    const cst = node?.$cstNode;
    if (!node || !cst || !isCompositeCstNode(cst) || node.$cstNode !== cst) return undefined;
    const first = firstLeaf(cst);
    if (!first || first.end > from || to > cst.end || !fillsLines(text, cst.offset, cst.end)) return undefined;
    return { cst: cst as CompositeCstNodeImpl, node, start: cst.offset, end: cst.end };
}
