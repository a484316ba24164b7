/**
 * Which block a change is confined to (incremental-parse.ts): the grammar's «keyword … { … }»
 * rules, the innermost such block whose braces hold the change and whose lines it fills, and
 * whether every text and comment opened in it closes in it.
 */
import { GrammarAST, isCompositeCstNode, isLeafCstNode, type AstNode, type CompositeCstNodeImpl, type CstNode } from 'langium';

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

export interface Block {
    cst: CompositeCstNodeImpl;
    node: AstNode;
    start: number;
    end: number;
}

/** The innermost block whose braces hold the old text's [from, to) and whose lines it fills. */
export function blockAround(root: CstNode, text: string, from: number, to: number, rules: ReadonlyMap<string, GrammarAST.Keyword>): Block | undefined {
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
export function fillsLines(text: string, start: number, end: number): boolean {
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
export function delimitersClosed(text: string, start: number, end: number): boolean {
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

/** Of two blocks around a change, the one inside the other. */
export function innermost(a: Block | undefined, b: Block | undefined): Block | undefined {
    if (!a || !b) return a ?? b;
    return b.start >= a.start && b.end <= a.end ? b : a;
}

export function firstLeaf(node: CstNode): CstNode | undefined {
    let current: CstNode | undefined = node;
    while (current && isCompositeCstNode(current)) current = current.content[0];
    return current;
}
