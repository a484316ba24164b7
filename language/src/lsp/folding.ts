/**
 * Folding ranges: what Langium's default provider gives (every node of three lines or more,
 * every block comment), without walking every token of the file at each request. Editors ask
 * for folding ranges after each change; on a 10 000-line file Langium's walk over all the tokens
 * to find comments, and its generic iterator over all nodes, cost more than the rest of a
 * keystroke's requests. Here the nodes are walked through the properties the grammar fills with
 * nodes (as the validator does), and block comments are found by their «/*» in the text and
 * confirmed against the token there.
 */
import { CstUtils, isLeafCstNode, type AstNode, type LangiumDocument, type MaybePromise } from 'langium';
import { DefaultFoldingRangeProvider, type FoldingRangeAcceptor } from 'langium/lsp';
import { FoldingRangeKind, type FoldingRange, type FoldingRangeParams } from 'vscode-languageserver';
import type { GrantServices } from '../grant-module.js';
import { containmentProperties, preOrder } from '../validation/fast-validation.js';
import { isActivity } from '../generated/ast.js';
import type { GrantModelService } from '../model-service.js';
import { ActivityParts } from './reused-answers.js';

export class GrantFoldingRangeProvider extends DefaultFoldingRangeProvider {
    private readonly containment: Map<string, string[]>;
    private readonly comments: readonly string[];
    private readonly evaluator: GrantModelService;

    constructor(services: GrantServices) {
        super(services);
        this.containment = containmentProperties(services.Grammar);
        // The grammar's multi-line comments (ML_COMMENT) start with «/*».
        this.comments = services.parser.GrammarConfig.multilineCommentRules;
        this.evaluator = services.model.Evaluator;
    }

    override getFoldingRanges(document: LangiumDocument, _params: FoldingRangeParams): MaybePromise<FoldingRange[]> {
        const foldings: FoldingRange[] = [];
        this.collectFolding(document, range => foldings.push(range));
        return foldings;
    }

    protected override collectFolding(document: LangiumDocument, acceptor: FoldingRangeAcceptor): void {
        const root = document.parseResult?.value;
        if (!root) return;
        const model = this.evaluator.get(document);
        // An activity that is the same reading as before (model/reused.ts) folds as before, moved.
        const handled = new Set<AstNode>();
        const kept = (node: AstNode): boolean => {
            if (!isActivity(node)) return false;
            const start = node.$cstNode?.range.start;
            const reading = model.activityOf.get(node);
            if (!start || !reading) return false;
            const { part: ranges, lines } = this.parts.get(reading, start, () => {
                const ranges: FoldingRange[] = [];
                for (const n of preOrder(node, this.containment)) this.collectObjectFolding(document, n, r => ranges.push(r));
                return ranges;
            });
            for (const r of ranges) acceptor(lines ? { ...r, startLine: r.startLine + lines, endLine: r.endLine + lines } : { ...r });
            handled.add(node);
            return true;
        };
        const nodes = preOrder(root, this.containment, kept);
        // (The root is not folded: Langium's walk starts below it.)
        for (let i = 1; i < nodes.length; i++) if (!handled.has(nodes[i])) this.collectObjectFolding(document, nodes[i], acceptor);
        this.collectCommentFolding(document, root, acceptor);
    }

    private readonly parts = new ActivityParts<FoldingRange[]>('folding');

    protected override collectCommentFolding(document: LangiumDocument, node: AstNode, acceptor: FoldingRangeAcceptor): void {
        const cst = node.$cstNode;
        if (!cst) return;
        const text = cst.root.fullText;
        for (let at = text.indexOf('/*'); at >= 0; at = text.indexOf('/*', at + 2)) {
            const leaf = CstUtils.findLeafNodeAtOffset(cst, at);
            if (!leaf || !isLeafCstNode(leaf) || leaf.offset !== at || !this.comments.includes(leaf.tokenType.name)) continue;
            const range = this.toFoldingRange(document, leaf, FoldingRangeKind.Comment);
            if (range) acceptor(range);
            at = leaf.end - 2;
        }
    }
}
