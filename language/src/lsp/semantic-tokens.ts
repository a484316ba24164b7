/**
 * Semantic tokens: task and activity numbers, task and activity titles,
 * indicator names, and the facts, marked `met` or `unmet` (two modifiers of
 * our own, mapped to the theme's inserted/deleted colours in package.json).
 */
import { AstUtils, GrammarAST, isCompositeCstNode, type AstNode, type CstNode } from 'langium';
import { AbstractSemanticTokenProvider, AllSemanticTokenModifiers, type SemanticTokenAcceptor } from 'langium/lsp';
import { SemanticTokenModifiers, SemanticTokenTypes } from 'vscode-languageserver';
import { isActivity, isIndicator, isInfoWork, isPresentation, isTask, type Activity } from '../generated/ast.js';
import { ActivityParts } from './reused-answers.js';
import type { GrantServices } from '../grant-module.js';
import type { GrantModelService } from '../model-service.js';
import { isAchieved, isShort } from '../model.js';

/** Custom modifiers: a fact that meets (or exceeds) its plan, and one that falls short. */
export const FACT_MET = 'met';
export const FACT_UNMET = 'unmet';

const MODIFIERS: Record<string, number> = {
    ...AllSemanticTokenModifiers,
    [FACT_MET]: 1 << 10,
    [FACT_UNMET]: 1 << 11
};

export class GrantSemanticTokenProvider extends AbstractSemanticTokenProvider {
    private readonly evaluator: GrantModelService;

    constructor(services: GrantServices) {
        super(services);
        this.evaluator = services.model.Evaluator;
    }

    override get tokenModifiers(): Record<string, number> {
        return MODIFIERS;
    }

    protected highlightElement(node: AstNode, acceptor: SemanticTokenAcceptor): void | 'prune' {
        if (isActivity(node) && this.highlightActivity(node, acceptor)) return 'prune';
        return this.highlightOwn(node, acceptor);
    }

    /**
     * An activity's tokens, taken again while it is the same reading (model/reused.ts: the same
     * node, nothing in it parsed again, the same verdicts), moved to the line it now starts on.
     * While the user types in a 10 000-line file, walking every node of every activity for its
     * tokens at each keystroke was the largest part of the requests' time.
     */
    private highlightActivity(node: Activity, acceptor: SemanticTokenAcceptor): boolean {
        const builder = this.currentTokensBuilder;
        const document = this.currentDocument;
        const start = node.$cstNode?.range.start;
        if (!builder || !document || !start || this.currentRange) return false;
        const reading = this.evaluator.get(document).activityOf.get(node);
        if (!reading) return false;
        const { part: tokens, lines } = this.parts.get(reading, start, () => {
            // The tokens pushed while the activity is walked.
            const tokens: number[] = [];
            const push = builder.push;
            builder.push = (line: number, char: number, length: number, type: number, modifiers: number) => { tokens.push(line, char, length, type, modifiers); };
            try {
                const nodes = AstUtils.streamAst(node).iterator();
                for (let next = nodes.next(); !next.done; next = nodes.next()) {
                    if (this.highlightOwn(next.value, acceptor) === 'prune') nodes.prune();
                }
            } finally {
                builder.push = push;
            }
            return tokens;
        });
        for (let i = 0; i < tokens.length; i += 5) builder.push(tokens[i] + lines, tokens[i + 1], tokens[i + 2], tokens[i + 3], tokens[i + 4]);
        return true;
    }

    private readonly parts = new ActivityParts<number[]>('tokens');

    private highlightOwn(node: AstNode, acceptor: SemanticTokenAcceptor): void | 'prune' {
        const own = (property: string, type: string) => {
            const cst = ownLeaf(node, property);
            if (cst) acceptor({ cst, type, modifier: SemanticTokenModifiers.declaration });
        };
        if (isTask(node)) {
            own('number', SemanticTokenTypes.number);
            own('title', SemanticTokenTypes.class);
        } else if (isActivity(node)) {
            own('number', SemanticTokenTypes.number);
            own('title', SemanticTokenTypes.function);
        } else if (isPresentation(node) || isInfoWork(node)) {
            own('title', SemanticTokenTypes.function);
        } else if (isIndicator(node)) {
            own('name', SemanticTokenTypes.property);
            const fact = node.fact?.$cstNode;
            const document = this.currentDocument;
            if (fact && document) {
                const status = this.evaluator.get(document).indicatorOf.get(node)?.verdict.status;
                const modifier = status === undefined ? undefined : isAchieved(status) ? FACT_MET : isShort(status) ? FACT_UNMET : undefined;
                acceptor({ cst: fact, type: SemanticTokenTypes.number, modifier });
            }
            return 'prune';
        }
    }
}

/**
 * The token a node's own property was written with («title», «number», «name»), looked for among
 * the node's own children only: Langium's search by property walks the whole subtree (a task's
 * every activity and indicator) for each, which made semantic tokens grow with the file squared.
 */
function ownLeaf(node: AstNode, property: string): CstNode | undefined {
    const cst = node.$cstNode;
    if (!cst || !isCompositeCstNode(cst)) return undefined;
    for (const child of cst.content) {
        const source = child.grammarSource;
        const assignment = source && (GrammarAST.isAssignment(source) ? source : GrammarAST.isAssignment(source.$container) ? source.$container : undefined);
        if (assignment?.feature === property) return child;
    }
    return undefined;
}
