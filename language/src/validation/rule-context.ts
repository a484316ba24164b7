/**
 * What every rule needs: the evaluated model of the node's document, and one way to
 * report a finding (rule code, message key, where) that the quick fixes can read back.
 */
import { AstUtils, CstUtils, GrammarAST, isCompositeCstNode, type AstNode, type CstNode, type LangiumDocument, type ValidationAcceptor } from 'langium';
import type { Position, Range } from 'vscode-languageserver';
import type { Project } from '../generated/ast.js';
import type { GrantServices } from '../grant-module.js';
import type { GrantModelService } from '../model-service.js';
import type { EsepSettingsValues, GrantSettings } from '../lsp/settings.js';
import { t, type MessageKey, type Params } from '../i18n.js';
import type { EvalProject, EvaluatedFile } from '../model.js';
import { misspellings, type Span } from '../text-utils.js';
import { unbalancedGuillemet } from './text-rules.js';
import type { IssueDataByCode, RuleCode } from './codes.js';

export type Severity = 'error' | 'warning' | 'info' | 'hint';

/** The data argument of a rule: required when its code carries fields, optional when it carries none. */
export type DataArg<C extends RuleCode> = Record<never, never> extends IssueDataByCode[C] ? [data?: IssueDataByCode[C]] : [data: IssueDataByCode[C]];

export type { Issue as IssueData } from './codes.js';

/** Where a finding points: a node, one of its properties, or a range of offsets in the file. */
export interface Where {
    node: AstNode;
    property?: string;
    range?: { start: number; end: number };
    /** A place already in lines and columns: in another piece of a big file (model/pieces.ts). */
    at?: Range;
}

export class RuleContext {
    evaluator?: GrantModelService;
    private settingsService?: GrantSettings;
    /**
     * The document whose tree GrantDocumentValidator is checking (fast-validation.ts), and its
     * model once asked for: every check asks for the model, and finding the document of a node
     * walks up to the root (five containers from a value). Set only while exactly one run is
     * under way; with two at once (builds interleaved at their awaits) nothing is assumed.
     */
    private run: { document: LangiumDocument; model?: EvaluatedFile } | undefined;
    private runs = 0;

    constructor(readonly services: GrantServices) {}

    /** A validation run of `document`'s tree begins; endRun() must follow (in a finally). */
    beginRun(document: LangiumDocument): void {
        this.runs++;
        this.run = this.runs === 1 ? { document } : undefined;
    }

    endRun(): void {
        this.runs--;
        this.run = undefined;
    }

    model(node: AstNode): EvaluatedFile {
        // The service is looked up once: every lookup through the injector's proxies costs.
        this.evaluator ??= this.services.model.Evaluator;
        const run = this.run;
        if (run !== undefined) return run.model ??= this.evaluator.get(run.document);
        return this.evaluator.get(AstUtils.getDocument(node));
    }

    /** The user's settings now (the service looked up once: each lookup through the injector's proxies costs ~0.3 µs). */
    settings(): Readonly<EsepSettingsValues> {
        this.settingsService ??= this.services.esep.Settings;
        return this.settingsService.current;
    }

    projectOf(node: AstNode): EvalProject | undefined {
        const project = AstUtils.getContainerOfType(node, isProjectNode);
        return project ? this.model(node).projectOf.get(project) : undefined;
    }

    /** A finding of rule `code`, worded by `key`; `data` is what its quick fix reads back (codes.ts). */
    report<C extends RuleCode>(accept: ValidationAcceptor, severity: Severity, code: C, key: MessageKey, params: Params,
        where: Where, ...data: DataArg<C>): void {
        this.reportMessage(accept, severity, code, t(key, params), where, ...data);
    }

    /** The same, with a message already worded. */
    reportMessage<C extends RuleCode>(accept: ValidationAcceptor, severity: Severity, code: C, message: string,
        where: Where, ...data: DataArg<C>): void {
        const info: Parameters<ValidationAcceptor>[2] = { node: where.node, code, data: { ...data[0], code } };
        if (where.property) {
            (info as { property?: string }).property = where.property;
            // The range Langium would find for the property, without its per-call arrays.
            const cst = where.node.$cstNode;
            if (cst && !where.range) info.range = (propertyNode(cst, where.property, where.node, true) ?? cst).range;
        }
        if (where.range) {
            info.range = { start: positionAt(where.node, where.range.start), end: positionAt(where.node, where.range.end) };
        }
        if (where.at) info.range = where.at;
        accept(severity, message, info);
    }

    /** Where a span of a string property stands in the file: found in the string's own token, else the whole property. */
    inString(node: AstNode, property: string, span: Span): Where {
        const cst = node.$cstNode && propertyNode(node.$cstNode, property, node, true);
        if (cst) {
            const i = cst.text.indexOf(span.text, Math.min(span.start, Math.max(0, cst.text.length - span.text.length)));
            const j = i >= 0 ? i : cst.text.indexOf(span.text);
            if (j >= 0) return { node, range: { start: cst.offset + j, end: cst.offset + j + span.text.length } };
        }
        return { node, property };
    }

    /** V-FMT-06 (guillemets) and V-FMT-07 (known misspellings) in string properties of a node. */
    checkStrings(node: AstNode, properties: string[], accept: ValidationAcceptor, what: { quotes?: boolean; spelling?: boolean }): void {
        for (const property of properties) {
            const text = (node as unknown as Record<string, unknown>)[property];
            if (typeof text !== 'string' || !text) continue;
            if (what.quotes && (text.includes('«') || text.includes('»'))) {
                const i = unbalancedGuillemet(text);
                if (i !== undefined) {
                    this.report(accept, 'warning', 'V-FMT-06', 'V-FMT-06', { mark: text[i] }, this.inString(node, property, { start: i, end: i + 1, text: text[i] }));
                }
            }
            if (what.spelling) {
                const found = misspellings(text);
                if (found.length) this.reportMisspellings(accept, found, span => this.inString(node, property, span));
            }
        }
    }

    reportMisspellings(accept: ValidationAcceptor, found: ReadonlyArray<Span & { right: string }>,
        where: (span: Span) => { node: AstNode; property?: string; range?: { start: number; end: number } }): void {
        for (const m of found) {
            this.report(accept, 'info', 'V-FMT-07', 'V-FMT-07', { text: m.text, right: m.right }, where(m), { suggestion: m.right });
        }
    }
}

const isProjectNode = (n: AstNode): n is Project => n.$type === 'Project';

/** The keyword a field's value is written after («бастапқы» in «бастапқы: 46%»), among its block's tokens. */
export function fieldKeyword(value: CstNode): CstNode | undefined {
    const content = value.container?.content;
    for (let k = content ? content.indexOf(value) - 1 : -1; k >= 0; k--) {
        const c = content![k];
        if (GrammarAST.isKeyword(c.grammarSource) && c.text !== ':') return c;
    }
    return undefined;
}

const FAR = 1 << 16;

/**
 * The line and column of an offset inside `node`'s text, from the lexer's positions of its
 * tokens: no line index of the whole file is built for it (on a fresh document that costs a
 * pass over every character, more than some whole checks). Outside any token: the document's.
 */
export function positionAt(node: AstNode, offset: number): Position {
    const cst = node.$cstNode;
    const leaf = cst && (CstUtils.findLeafNodeAtOffset(cst, offset) ?? CstUtils.findLeafNodeBeforeOffset(cst, offset));
    // Far from the last token before it (a piece of a big file holds only some of the file's
    // tokens: model/pieces.ts), the document's line index is quicker than counting the lines between.
    if (!cst || !leaf || leaf.offset > offset || offset - leaf.offset > FAR) return AstUtils.getDocument(node).textDocument.positionAt(offset);
    const between = cst.root.fullText.slice(leaf.offset, offset);
    let line = leaf.range.start.line;
    let lineStart = -leaf.range.start.character;
    for (const m of between.matchAll(/\r\n?|\n/g)) {
        line++;
        lineStart = m.index + m[0].length;
    }
    return { line, character: between.length - lineStart };
}


/** The feature an element of the grammar assigns to, if any (memoised per grammar element). */
const ASSIGNED = new WeakMap<object, string | null>();

function assignedFeature(source: AstNode | undefined): string | undefined {
    if (!source) return undefined;
    let feature = ASSIGNED.get(source);
    if (feature === undefined) {
        feature = AstUtils.getContainerOfType(source, GrammarAST.isAssignment)?.feature ?? null;
        ASSIGNED.set(source, feature);
    }
    return feature ?? undefined;
}

/**
 * The first CST node of `property` inside `node`: what Langium's
 * `GrammarUtils.findNodeForProperty` returns (the same depth-first search),
 * without building arrays of every match on the way.
 */
function propertyNode(node: CstNode, property: string, element: AstNode, first: boolean): CstNode | undefined {
    if (!first && assignedFeature(node.grammarSource) === property) return node;
    if (isCompositeCstNode(node) && node.astNode === element) {
        for (const child of node.content) {
            const hit = propertyNode(child, property, element, false);
            if (hit) return hit;
        }
    }
    return undefined;
}
