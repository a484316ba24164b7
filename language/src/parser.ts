/**
 * The document and completion parsers, as Langium builds them, with one
 * change: Chevrotain recovers from a syntax error with exceptions, one for
 * each token it cannot place, and V8 captures a stack trace for every one of
 * them (nobody reads it). A line of thousands of tokens where the grammar
 * does not expect it means thousands of captures, per parse and again per
 * completion request. While a parse runs (synchronously) no stack is
 * captured: such parses take about a third less time. An exception that
 * escapes the parser keeps its message.
 */
import { createCompletionParser, createLangiumParser, type LangiumCoreServices } from 'langium';

function withoutStackTraces<T extends { parse(...args: never[]): unknown }>(parser: T): T {
    const parse = parser.parse.bind(parser) as (...args: unknown[]) => unknown;
    (parser as unknown as { parse: (...args: unknown[]) => unknown }).parse = (...args: unknown[]) => {
        const limit = Error.stackTraceLimit;
        Error.stackTraceLimit = 0;
        try {
            return parse(...args);
        } finally {
            Error.stackTraceLimit = limit;
        }
    };
    return parser;
}

/**
 * A Value's meaning is its source text (values.ts reads it): the parser keeps it on the node as
 * `$text` when it completes the node, while its tokens are at hand, instead of every reader
 * walking the value's CST again later.
 */
function withValueText<T extends object>(parser: T): T {
    const target = parser as unknown as { construct(): unknown };
    const construct = target.construct.bind(parser);
    target.construct = () => {
        const node = construct() as { $type?: string; $cstNode?: { text: string }; $text?: string } | undefined;
        if (node && node.$type === 'Value' && node.$cstNode) node.$text = node.$cstNode.text;
        return node;
    };
    return parser;
}

/** A field written again in a block that holds it once: the value that replaced the earlier one. */
export interface Repeat {
    feature: string;
    cst: unknown;
}

/**
 * A field that a node holds once (an activity's `мерзімі:`), written twice in its block: the
 * parser keeps the last value, and the first would be lost without a word. Each such repeat is
 * noted on the node as `$again` while the parser assigns it (validation/rules/duplicates.ts
 * reports it): no later walk of every block's tokens looks for them (that cost a 1 000-line
 * file's check 0.18 ms).
 */
function noticingRepeats<T extends object>(parser: T): T {
    type Assign = (operator: string, feature: string, value: unknown, cstNode: unknown, crossRef: unknown) => void;
    const target = parser as unknown as { assign: Assign; readonly current: Record<string, unknown> };
    const assign = target.assign.bind(parser) as Assign;
    target.assign = (operator, feature, value, cstNode, crossRef) => {
        if (operator === '=') {
            const node = target.current;
            if (node[feature] !== undefined) ((node.$again ??= []) as Repeat[]).push({ feature, cst: cstNode });
        }
        assign(operator, feature, value, cstNode, crossRef);
    };
    return parser;
}

/**
 * Chevrotain keeps the token vector of the last parse until the next one: for a big file that is
 * a second copy of the text as objects (about ten times its size) held through linking,
 * evaluation and validation. The parse result needs none of it: it is let go as soon as the
 * parse returns.
 */
function releasingTokens<T extends { parse(...args: never[]): unknown }>(parser: T): T {
    const parse = parser.parse.bind(parser) as (...args: unknown[]) => unknown;
    const wrapper = (parser as unknown as { wrapper?: { input: unknown[] } }).wrapper;
    (parser as unknown as { parse: (...args: unknown[]) => unknown }).parse = (...args: unknown[]) => {
        try {
            return parse(...args);
        } finally {
            if (wrapper) wrapper.input = [];
        }
    };
    return parser;
}

/**
 * Langium's CST builder keeps the root of the last syntax tree (and so the whole tree and AST)
 * until the next parse. A report of a big file lets its document go before the .docx is
 * written (cli/report.ts): then the tree is let go here too. (Not after every parse: done so,
 * `esep summary` of 1 000 projects peaked ~100 MB higher, 565 MB against 458 MB.)
 */
export function letGoOfLastTree(parser: unknown): void {
    const builder = (parser as { nodeBuilder?: { rootNode?: unknown; nodeStack?: unknown[] } }).nodeBuilder;
    if (builder && 'rootNode' in builder) {
        builder.rootNode = undefined;
        builder.nodeStack = [];
    }
}

export function createGrantParser(services: LangiumCoreServices) {
    return withoutStackTraces(releasingTokens(noticingRepeats(withValueText(createLangiumParser(services)))));
}

export function createGrantCompletionParser(services: LangiumCoreServices) {
    return withoutStackTraces(createCompletionParser(services));
}
