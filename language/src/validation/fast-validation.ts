/**
 * Validation that costs little more than parsing. The checks are still
 * registered per AST type (ValidationChecks), but:
 * - a check that returns no promise runs synchronously (Langium wraps every
 *   check in an async function and awaits it on every node);
 * - the checks of each type are looked up once per run, not once per node;
 * - cancellation is polled every few hundred nodes, not on every node;
 * - the tree is walked once, with a stack instead of a stream of iterators per node, reading
 *   only the properties the grammar fills with nodes, and each node is checked as it is reached.
 * An exception in a check is logged and becomes one diagnostic on that node;
 * the other checks and nodes are still validated. A failure of the whole
 * validation (out of stack, out of memory) is an error diagnostic too: a
 * document is never shown as clean because its checks did not run. Lists of
 * diagnostics are appended one by one: spreading an array of unknown length
 * into push() overflows the stack past ~120 000 findings.
 */
import {
    DocumentState, AstUtils, DefaultDocumentBuilder, DefaultDocumentValidator, DocumentValidator, type LangiumDocument, type LangiumSharedCoreServices, GrammarAST, GrammarUtils, isAstNode, type LangiumCoreServices, ValidationRegistry, interruptAndCheck, isOperationCancelled,
    type AstNode, type ValidationAcceptor, type ValidationCheck, type ValidationOptions, OperationCancelled, UriUtils, type URI
} from 'langium';
import { CancellationToken, type Diagnostic } from 'vscode-languageserver';
import { getLanguage, t } from '../i18n.js';
import { appendAll } from '../arrays.js';
import type { GrantServices } from '../grant-module.js';
import type { EvalActivity, EvaluatedFile } from '../model.js';
import { keepFindings, keptFindings, mayKeep, outsideDigest } from './reused-findings.js';

export class GrantValidationRegistry extends ValidationRegistry {
    protected override wrapValidationException(check: ValidationCheck, thisObj: unknown): ValidationCheck {
        const report = (err: unknown, accept: ValidationAcceptor, node: AstNode) => {
            if (isOperationCancelled(err)) throw err;
            console.error('Esep validation check failed:', err);
            accept('error', t('internal.validation', { detail: err instanceof Error ? err.message : String(err) }), { node });
        };
        // The closure for a rejected promise is made in its own function: made here, V8 would
        // allocate the variables it captures on every call, promise or not.
        const onRejected = (result: Promise<unknown>, accept: ValidationAcceptor, node: AstNode) => result.catch(err => report(err, accept, node));
        return ((node: AstNode, accept: ValidationAcceptor, cancelToken: CancellationToken) => {
            try {
                const result = check.call(thisObj, node, accept, cancelToken) as unknown;
                if (result instanceof Promise) return onRejected(result, accept, node);
                return undefined;
            } catch (err) {
                report(err, accept, node);
                return undefined;
            }
        }) as ValidationCheck;
    }
}

const POLL_EVERY = 512;

/**
 * The properties of each AST type that can hold AST nodes, read from the grammar: assignments
 * whose terminal calls a parser rule that makes nodes (not a data type rule such as the
 * strings of a Value). Undefined for a type the grammar does not name (walked generically).
 */
export function containmentProperties(grammar: GrammarAST.Grammar): Map<string, string[]> {
    const makesNodes = (rule: GrammarAST.AbstractRule | undefined) =>
        GrammarAST.isParserRule(rule) && !rule.fragment && !GrammarUtils.isDataTypeRule(rule);
    // The assignments of a rule, those of the fragments it calls included.
    const collect = (element: AstNode, names: string[], seen: Set<AstNode>): void => {
        for (const node of AstUtils.streamAst(element)) {
            if (GrammarAST.isRuleCall(node) && GrammarAST.isParserRule(node.rule.ref) && node.rule.ref.fragment && !seen.has(node.rule.ref)) {
                seen.add(node.rule.ref);
                collect(node.rule.ref.definition, names, seen);
            }
            if (!GrammarAST.isAssignment(node) || names.includes(node.feature)) continue;
            const calls = AstUtils.streamAst(node.terminal).filter(GrammarAST.isRuleCall).toArray();
            if (calls.some(c => makesNodes(c.rule.ref))) names.push(node.feature);
        }
    };
    const result = new Map<string, string[]>();
    for (const rule of grammar.rules) {
        if (!makesNodes(rule)) continue;
        const names: string[] = [];
        collect((rule as GrammarAST.ParserRule).definition, names, new Set());
        result.set(GrammarUtils.getTypeName(rule as GrammarAST.ParserRule), names);
    }
    return result;
}

/**
 * The nodes of the tree in pre-order, in one array instead of a stream of closures; only the
 * properties that can hold nodes are read (a Value's many token strings are not looked at). The
 * nodes inside a node `skip` says yes to are not walked.
 */
export function preOrder(root: AstNode, containment: Map<string, string[]>, skip?: (node: AstNode) => boolean): AstNode[] {
    const nodes: AstNode[] = [];
    const stack: AstNode[] = [root];
    while (stack.length > 0) {
        const node = stack.pop()!;
        nodes.push(node);
        if (!skip?.(node)) pushChildren(node, containment, stack);
    }
    return nodes;
}

/** What the rules' context (validation/rule-context.ts) is told around a run of the checks of one tree. */
interface RunScope {
    beginRun(document: LangiumDocument): void;
    endRun(): void;
}

export class GrantDocumentValidator extends DefaultDocumentValidator {
    private readonly containment: Map<string, string[]>;
    private readonly grant: GrantServices;

    constructor(services: LangiumCoreServices) {
        super(services);
        this.containment = containmentProperties(services.Grammar);
        this.grant = services as GrantServices;
    }

    /** Langium's, with the rules' findings appended one by one and a failure reported, not swallowed. */
    override async validateDocument(document: LangiumDocument, options: ValidationOptions = {},
        cancelToken: CancellationToken = CancellationToken.None): Promise<Diagnostic[]> {
        const parseResult = document.parseResult;
        const diagnostics: Diagnostic[] = [];
        await interruptAndCheck(cancelToken);
        if (!options.categories || options.categories.includes('built-in')) {
            this.processLexingErrors(parseResult, diagnostics, options);
            if (options.stopAfterLexingErrors && diagnostics.some(d => (d.data as { code?: string })?.code === DocumentValidator.LexingError)) return diagnostics;
            this.processParsingErrors(parseResult, diagnostics, options);
            if (options.stopAfterParsingErrors && diagnostics.some(d => (d.data as { code?: string })?.code === DocumentValidator.ParsingError)) return diagnostics;
            this.processLinkingErrors(document, diagnostics, options);
            if (options.stopAfterLinkingErrors && diagnostics.some(d => (d.data as { code?: string })?.code === DocumentValidator.LinkingError)) return diagnostics;
        }
        try {
            appendAll(diagnostics, await this.validateAst(parseResult.value, options, cancelToken));
        } catch (err) {
            if (isOperationCancelled(err)) throw err;
            console.error('Esep validation failed:', err);
            diagnostics.push({
                severity: 1,
                range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
                message: t('internal.validationAborted', { detail: err instanceof Error ? err.message : String(err) }),
                code: 'internal',
                data: { code: 'internal' },
                source: this.getSource()
            });
        }
        await interruptAndCheck(cancelToken);
        return diagnostics;
    }

    /**
     * Set by the language server (lsp/live-build.ts): the findings of activities an edit did not
     * touch are taken from the check before (reused-findings.ts).
     */
    reuseFindings = false;

    protected override async validateAst(rootNode: AstNode, options: ValidationOptions, cancelToken: CancellationToken = CancellationToken.None): Promise<Diagnostic[]> {
        if (!this.reuseFindings) return super.validateAst(rootNode, options, cancelToken);
        const items: Diagnostic[] = [];
        const acceptor: ValidationAcceptor = (severity, message, info) => { items.push(this.toDiagnostic(severity, message, info)); };
        await this.validateAstBefore(rootNode, options, acceptor, cancelToken);
        await this.walk(rootNode, options, acceptor, cancelToken, items);
        await this.validateAstAfter(rootNode, options, acceptor, cancelToken);
        return items;
    }

    protected override validateAstNodes(rootNode: AstNode, options: ValidationOptions, acceptor: ValidationAcceptor,
        cancelToken: CancellationToken = CancellationToken.None): Promise<void> {
        return this.walk(rootNode, options, acceptor, cancelToken);
    }

    /** Every node's checks, in pre-order; with `items` (the findings so far), kept activities are not checked again. */
    private async walk(rootNode: AstNode, options: ValidationOptions, acceptor: ValidationAcceptor,
        cancelToken: CancellationToken, items?: Diagnostic[]): Promise<void> {
        // The rules' context is told which document this run checks (rule-context.ts: beginRun).
        const run = this.runScope();
        const document = rootNode.$document;
        if (run && document) run.beginRun(document);
        try {
            await this.walkNodes(rootNode, options, acceptor, cancelToken, items);
        } finally {
            if (run && document) run.endRun();
        }
    }

    /** The rules' context, when these services have one (found when first needed: no injection cycle). */
    private runScope: () => RunScope | undefined = () => {
        const scope = (this.grant as { validation?: { GrantValidator?: { ctx?: RunScope } } }).validation?.GrantValidator?.ctx;
        this.runScope = () => scope;
        return scope;
    };

    private async walkNodes(rootNode: AstNode, options: ValidationOptions, acceptor: ValidationAcceptor,
        cancelToken: CancellationToken, items?: Diagnostic[]): Promise<void> {
        const byType = new Map<string, ValidationCheck[]>();
        let reuse: { model: EvaluatedFile; outside: string } | undefined;
        const reusing = () => {
            if (!reuse) {
                const model = this.grant.model.Evaluator.get(AstUtils.getDocument(rootNode));
                reuse = { model, outside: outsideDigest(model, this.grant.esep.Settings.current, getLanguage(), options.categories) };
            }
            return reuse;
        };
        // One pass, in pre-order: a node's checks run as the walk reaches it, then its children are
        // put on the stack (the last first, so the first comes next). A node is read from memory
        // once, its checks finding it where the walk just read it; walked into an array first and
        // checked afterwards, every node of a big tree was fetched twice (the tree is larger than
        // the processor's caches), which cost a tenth of the checks' time.
        const stack: AstNode[] = [rootNode];
        // The activity whose findings are being gathered (to be kept), and the stack's length
        // when it was reached: its subtree is done when the stack is back to that length.
        let open: { node: AstNode; base: number; from: number; activity: EvalActivity | undefined } | undefined;
        const close = () => {
            if (open && items) keepFindings(open.node, open.activity, reusing().outside, items.slice(open.from));
            open = undefined;
        };
        const containment = this.containment;
        let seen = 0;
        while (stack.length > 0) {
            if (open && stack.length <= open.base) close();
            const node = stack.pop()!;
            if (++seen % POLL_EVERY === 0) await interruptAndCheck(cancelToken);
            const nodeOptions = this.validateSingleNodeOptions(node, options);
            const whole = nodeOptions.validateNode && nodeOptions.validateChildren;
            if (items && whole && mayKeep(node)) {
                // Activities whose findings are taken again: their nodes are not even walked.
                const { model, outside } = reusing();
                const activity = model.activityOf.get(node);
                const found = keptFindings(node, activity, outside);
                if (found) {
                    appendAll(items, found);
                    continue;
                }
                open = { node, base: stack.length, from: items.length, activity };
            }
            if (nodeOptions.validateNode) {
                let checks = byType.get(node.$type);
                if (!checks) {
                    checks = this.validationRegistry.getChecks(node.$type, options.categories).toArray();
                    byType.set(node.$type, checks);
                }
                for (let k = 0; k < checks.length; k++) {
                    const result = checks[k](node, acceptor, cancelToken) as unknown;
                    if (result instanceof Promise) await result;
                }
            }
            if (nodeOptions.validateChildren) pushChildren(node, containment, stack);
        }
        close();
    }
}

/** The nodes a node holds, onto `stack` so that they come off it in their order (see preOrder). */
function pushChildren(node: AstNode, containment: Map<string, string[]>, stack: AstNode[]): void {
    const record = node as unknown as Record<string, unknown>;
    const keys = containment.get(node.$type) ?? Object.keys(node).filter(k => k.charCodeAt(0) !== 36 /* $ */);
    for (let k = keys.length - 1; k >= 0; k--) {
        const value = record[keys[k]];
        if (typeof value !== 'object' || value === null) continue;
        if (Array.isArray(value)) {
            for (let j = value.length - 1; j >= 0; j--) if (isAstNode(value[j])) stack.push(value[j]);
        } else if (isAstNode(value)) {
            stack.push(value);
        }
    }
}

/**
 * Langium's document builder, appending the findings of a further validation run to the
 * earlier ones one by one instead of spreading them into push().
 */
export class GrantDocumentBuilder extends DefaultDocumentBuilder {
    constructor(services: LangiumSharedCoreServices) {
        super(services);
    }

    /**
     * The document's text has changed and its build is on its way (live-build.ts queues it): requests
     * about it wait for that build's phases. Langium's `update` says the same, but only once the build
     * starts; meanwhile a request found the document behind a workspace that said it was all built,
     * and failed («Document state … is Changed, … but workspace state is already Validated»).
     */
    markChanged(document: LangiumDocument): void {
        this.resetToState(document, DocumentState.Changed);
        this.currentState = DocumentState.Changed;
    }

    /**
     * Langium's, but a document whose own build is still under way is waited for even when another
     * build has meanwhile brought the workspace to the state asked for. Langium took that for a
     * document left out of the build and failed the request («Document state of … is
     * IndexedReferences, requiring Validated, but workspace state is already Validated»): a code
     * action asked while an edited file was being checked failed so beside the report preview.
     */
    protected override awaitDocumentState(state: DocumentState, uri: URI, cancelToken: CancellationToken): Promise<URI> {
        const document = this.langiumDocuments.getDocument(uri);
        if (!document || document.state >= state || this.currentState < state || this.buildState.get(uri.toString())?.completed !== false) {
            return super.awaitDocumentState(state, uri, cancelToken);
        }
        return new Promise<URI>((resolve, reject) => {
            const phase = this.onDocumentPhase(state, doc => {
                if (UriUtils.equals(doc.uri, uri)) {
                    phase.dispose();
                    cancel.dispose();
                    resolve(doc.uri);
                }
            });
            const cancel = cancelToken.onCancellationRequested(() => {
                phase.dispose();
                cancel.dispose();
                reject(OperationCancelled);
            });
        });
    }

    protected override async validate(document: LangiumDocument, cancelToken: CancellationToken): Promise<void> {
        const earlier = document.diagnostics;
        // With no earlier list, Langium stores the new one as it is.
        document.diagnostics = undefined;
        try {
            await super.validate(document, cancelToken);
        } finally {
            if (earlier?.length) document.diagnostics = appendAll(earlier, document.diagnostics ?? []);
            else document.diagnostics ??= earlier;
        }
    }
}
