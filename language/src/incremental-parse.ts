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
 */
import {
    CompositeCstNodeImpl, DefaultLangiumDocumentFactory, DocumentState, GrammarAST, isCompositeCstNode, isLeafCstNode,
    type AstNode, type CstNode, type LangiumDocument, type LangiumSharedCoreServices, type Lexer, type LexingDiagnostic,
    type ParseResult, type URI
} from 'langium';
import type { ILexingError, IRecognitionException, IToken } from 'chevrotain';
import type { CancellationToken } from 'vscode-languageserver';
import { TextShift } from './lsp/text-shift.js';
import { GrantLexer } from './lexer.js';
import { touch } from './edit-stamps.js';

/** What parses a block again: Langium's parser, with a grammar rule as entry. */
export interface BlockParser {
    parse(input: string, options?: { rule?: string }): ParseResult<AstNode>;
}

/**
 * The parser rules that make a block «keyword … { … }»: the units a change can be confined to,
 * each with its closing brace (the grammar element a block's last token must be).
 */
export function blockRules(grammar: GrammarAST.Grammar): Map<string, GrammarAST.Keyword> {
    const blocks = new Map<string, GrammarAST.Keyword>();
    for (const rule of grammar.rules) {
        if (!GrammarAST.isParserRule(rule) || rule.fragment || rule.dataType || !GrammarAST.isGroup(rule.definition)) continue;
        const elements = rule.definition.elements;
        const first = elements[0];
        const last = elements[elements.length - 1];
        if (GrammarAST.isKeyword(first) && !first.cardinality && GrammarAST.isKeyword(last) && last.value === '}' && !last.cardinality) {
            blocks.set(rule.name, last);
        }
    }
    return blocks;
}

/** Langium 4.4's CST leaf fields (not public API; checked before any is written). */
interface LeafFields {
    _offset: number; _startLine: number; _startColumn: number; _endLine: number; _endColumn: number;
}

function hasLeafFields(node: CstNode): boolean {
    const leaf = node as unknown as Partial<LeafFields>;
    return typeof leaf._offset === 'number' && typeof leaf._startLine === 'number' && typeof leaf._endColumn === 'number';
}

interface Block {
    cst: CompositeCstNodeImpl;
    node: AstNode;
    start: number;
    end: number;
}

/** The innermost block whose braces hold the old text's [from, to) and whose lines it fills. */
function blockAround(root: CstNode, text: string, from: number, to: number, rules: ReadonlyMap<string, GrammarAST.Keyword>): Block | undefined {
    let found: Block | undefined;
    let node: CstNode = root;
    for (;;) {
        if (!isCompositeCstNode(node)) return found;
        const content = node.content;
        let inner: CstNode | undefined;
        // Children are in text order: the last one starting at or before `from`.
        let lo = 0, hi = content.length - 1;
        while (lo <= hi) {
            const mid = (lo + hi) >> 1;
            if (content[mid].offset <= from) { inner = content[mid]; lo = mid + 1; } else hi = mid - 1;
        }
        if (!inner || !isCompositeCstNode(inner) || inner.end < to) return found;
        const astNode = (inner as unknown as { _astNode?: AstNode })._astNode;
        if (astNode && rules.has(astNode.$type) && astNode.$cstNode === inner) {
            const open = inner.content.find(c => isLeafCstNode(c) && c.tokenType.name === '{');
            const close = inner.content[inner.content.length - 1];
            // The block's own closing brace: its rule ended there, not in a recovery.
            if (open && isLeafCstNode(close) && close.grammarSource === rules.get(astNode.$type) && open.end <= from && to <= close.offset
                && fillsLines(text, inner.offset, inner.end)) {
                found = { cst: inner as CompositeCstNodeImpl, node: astNode, start: inner.offset, end: inner.end };
            }
        }
        node = inner;
    }
}

/** Only spaces between the line's start and `start`, and between `end` and the line's end. */
function fillsLines(text: string, start: number, end: number): boolean {
    for (let i = start - 1; i >= 0; i--) {
        const c = text.charCodeAt(i);
        if (c === 10 || c === 13) break;
        if (c !== 32 && c !== 9) return false;
    }
    for (let i = end; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 10 || c === 13) break;
        if (c !== 32 && c !== 9) return false;
    }
    return true;
}

/**
 * Whether every text, comment and multi-line token opened in `text[start, end)` closes there.
 * The lexer reads a block on its own as it reads it in the whole text only then: a quote left
 * open would, in the whole text, take everything up to the next quote of a later block.
 */
function delimitersClosed(text: string, start: number, end: number): boolean {
    for (let i = start; i < end; i++) {
        const c = text[i];
        let close: number;
        if (c === '"') close = text.indexOf('"', i + 1);
        else if (c === '“') close = text.indexOf('”', i + 1);
        else if (c === '„') close = firstOf(text, i + 1, end, '“', '”');
        else if (c === '/' && text[i + 1] === '/') close = lineEndOf(text, i, end);
        else if (c === '/' && text[i + 1] === '*') close = text.indexOf('*/', i + 2) + 1;
        else continue;
        if (close <= 0 || close >= end) return false;
        i = close;
    }
    return true;
}

function firstOf(text: string, from: number, end: number, a: string, b: string): number {
    for (let i = from; i < end; i++) if (text[i] === a || text[i] === b) return i;
    return -1;
}

function lineEndOf(text: string, from: number, end: number): number {
    for (let i = from; i < end; i++) if (text[i] === '\n' || text[i] === '\r') return i;
    return -1;
}

/** How everything after the block moves: by offset, by lines, and along the block's last line. */
interface Move { offset: number; lines: number; lastLine: number; columns: number }

function shiftSubtree(node: CstNode, move: Move): void {
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
function mergeFindings<T extends { offset: number; line?: number; column?: number }>(
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
function placed(token: IToken | undefined): token is IToken {
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
function keptParserErrors(errors: IRecognitionException[], block: Block): IRecognitionException[] | undefined {
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
function moveParserErrors(errors: IRecognitionException[], block: Block, move: Move): IRecognitionException[] {
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

/** Of two blocks around a change, the one inside the other. */
function innermost(a: Block | undefined, b: Block | undefined): Block | undefined {
    if (!a || !b) return a ?? b;
    return b.start >= a.start && b.end <= a.end ? b : a;
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

function firstLeaf(node: CstNode): CstNode | undefined {
    let current: CstNode | undefined = node;
    while (current && isCompositeCstNode(current)) current = current.content[0];
    return current;
}

/** How often a change was parsed as one block, and how often whole (tests and the benchmark read it). */
export const reparseCounts = { block: 0, provisional: 0, whole: 0 };

/**
 * Langium's document factory, parsing a changed document by its changed block
 * where it can (the document's old tree is at hand only here, in `update`).
 */
export class GrantDocumentFactory extends DefaultLangiumDocumentFactory {
    /** The document being updated, by URI: `parseAsync` reads its old parse. */
    private readonly updating = new Map<string, LangiumDocument>();
    private readonly rules = new Map<string, Map<string, GrammarAST.Keyword>>();
    /**
     * Whether a block with a syntax error may stand in for the whole text until typing pauses
     * (the language server: live-build.ts parses the whole text then; not the CLI).
     */
    provisional = false;

    constructor(services: LangiumSharedCoreServices) {
        super(services);
    }

    override async update<T extends AstNode = AstNode>(document: LangiumDocument<T>, cancelToken: CancellationToken): Promise<LangiumDocument<T>> {
        const key = document.uri.toString();
        if (isProvisional(document.parseResult)) {
            // The same text, parsed provisionally: now parsed whole (Langium would keep the parse).
            const text = this.textDocuments?.get(key)?.getText();
            if (text !== undefined && text === document.parseResult.value.$cstNode?.root.fullText) {
                reparseCounts.whole++;
                document.parseResult = await super.parseAsync<T>(document.uri, text, cancelToken);
                (document.parseResult.value as { $document?: LangiumDocument }).$document = document;
                document.state = DocumentState.Parsed;
                return document;
            }
        }
        this.updating.set(key, document);
        try {
            return await super.update(document, cancelToken);
        } finally {
            this.updating.delete(key);
        }
    }

    protected override async parseAsync<T extends AstNode>(uri: URI, text: string, cancelToken: CancellationToken): Promise<ParseResult<T>> {
        const document = this.updating.get(uri.toString());
        const old = document?.parseResult;
        const oldText = old?.value.$cstNode?.root.fullText;
        if (old && oldText !== undefined) {
            const services = this.serviceRegistry.getServices(uri);
            let rules = this.rules.get(services.LanguageMetaData.languageId);
            if (!rules) this.rules.set(services.LanguageMetaData.languageId, rules = blockRules(services.Grammar));
            const result = reparseBlock(old, oldText, text, services.parser.LangiumParser, services.parser.Lexer, rules, { provisional: this.provisional });
            if (result) {
                if (isProvisional(result)) reparseCounts.provisional++;
                else reparseCounts.block++;
                return result as ParseResult<T>;
            }
        }
        reparseCounts.whole++;
        return super.parseAsync(uri, text, cancelToken);
    }
}
