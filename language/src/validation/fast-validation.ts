/**
 * Validation that costs little more than parsing. The checks are still
 * registered per AST type (ValidationChecks), but:
 * - a check that returns no promise runs synchronously (Langium wraps every
 *   check in an async function and awaits it on every node);
 * - the checks of each type are looked up once per run, not once per node;
 * - cancellation is polled every few hundred nodes, not on every node.
 * An exception in a check is logged and becomes one diagnostic on that node;
 * the other checks and nodes are still validated.
 */
import {
    AstUtils, DefaultDocumentValidator, ValidationRegistry, interruptAndCheck, isOperationCancelled,
    type AstNode, type ValidationAcceptor, type ValidationCheck, type ValidationOptions
} from 'langium';
import { CancellationToken } from 'vscode-languageserver';
import { t } from '../i18n.js';

export class GrantValidationRegistry extends ValidationRegistry {
    protected override wrapValidationException(check: ValidationCheck, thisObj: unknown): ValidationCheck {
        const report = (err: unknown, accept: ValidationAcceptor, node: AstNode) => {
            if (isOperationCancelled(err)) throw err;
            console.error('Esep validation check failed:', err);
            accept('error', t('internal.validation', { detail: err instanceof Error ? err.message : String(err) }), { node });
        };
        return ((node: AstNode, accept: ValidationAcceptor, cancelToken: CancellationToken) => {
            try {
                const result = check.call(thisObj, node, accept, cancelToken) as unknown;
                if (result instanceof Promise) return result.catch(err => report(err, accept, node));
                return undefined;
            } catch (err) {
                report(err, accept, node);
                return undefined;
            }
        }) as ValidationCheck;
    }
}

const POLL_EVERY = 512;

export class GrantDocumentValidator extends DefaultDocumentValidator {
    protected override async validateAstNodes(rootNode: AstNode, options: ValidationOptions, acceptor: ValidationAcceptor,
        cancelToken: CancellationToken = CancellationToken.None): Promise<void> {
        const byType = new Map<string, ValidationCheck[]>();
        const nodes = AstUtils.streamAst(rootNode).iterator();
        let seen = 0;
        for (const node of nodes) {
            if (++seen % POLL_EVERY === 0) await interruptAndCheck(cancelToken);
            const nodeOptions = this.validateSingleNodeOptions(node, options);
            if (nodeOptions.validateNode) {
                let checks = byType.get(node.$type);
                if (!checks) {
                    checks = this.validationRegistry.getChecks(node.$type, options.categories).toArray();
                    byType.set(node.$type, checks);
                }
                for (const check of checks) {
                    const result = check(node, acceptor, cancelToken) as unknown;
                    if (result instanceof Promise) await result;
                }
            }
            if (!nodeOptions.validateChildren) nodes.prune();
        }
    }
}
