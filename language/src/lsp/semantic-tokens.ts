/**
 * Semantic tokens: task and activity numbers, task and activity titles,
 * indicator names, and the facts, marked `met` or `unmet` (two modifiers of
 * our own, mapped to the theme's inserted/deleted colours in package.json).
 */
import type { AstNode } from 'langium';
import { AbstractSemanticTokenProvider, AllSemanticTokenModifiers, type SemanticTokenAcceptor } from 'langium/lsp';
import { SemanticTokenModifiers, SemanticTokenTypes } from 'vscode-languageserver';
import { isActivity, isIndicator, isInfoWork, isPresentation, isTask } from '../generated/ast.js';
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
        if (isTask(node)) {
            if (node.number !== undefined) acceptor({ node, property: 'number', type: SemanticTokenTypes.number, modifier: SemanticTokenModifiers.declaration });
            acceptor({ node, property: 'title', type: SemanticTokenTypes.class, modifier: SemanticTokenModifiers.declaration });
        } else if (isActivity(node)) {
            if (node.number !== undefined) acceptor({ node, property: 'number', type: SemanticTokenTypes.number, modifier: SemanticTokenModifiers.declaration });
            acceptor({ node, property: 'title', type: SemanticTokenTypes.function, modifier: SemanticTokenModifiers.declaration });
        } else if (isPresentation(node) || isInfoWork(node)) {
            acceptor({ node, property: 'title', type: SemanticTokenTypes.function, modifier: SemanticTokenModifiers.declaration });
        } else if (isIndicator(node)) {
            acceptor({ node, property: 'name', type: SemanticTokenTypes.property, modifier: SemanticTokenModifiers.declaration });
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
