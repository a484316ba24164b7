/**
 * The rules of one node type run in turn inside one check (validation/validator.ts: inTurn):
 * a rule that throws becomes one error finding on its node, and the node's other rules still
 * report, in their order; a cancelled run is not turned into a finding.
 */
import { describe, expect, it, vi } from 'vitest';
import { OperationCancelled, type AstNode, type ValidationAcceptor } from 'langium';
import { inTurn } from '../language/src/validation/validator.js';
import type { RuleContext } from '../language/src/validation/rule-context.js';
import { setLanguage } from '../language/src/i18n.js';

type Found = { severity: string; message: string; node: AstNode };

function collect(): { accept: ValidationAcceptor; found: Found[] } {
    const found: Found[] = [];
    const accept = ((severity: string, message: string, info: { node: AstNode }) => { found.push({ severity, message, node: info.node }); }) as ValidationAcceptor;
    return { accept, found };
}

const ctx = {} as RuleContext;
const node = { $type: 'Indicator' } as AstNode;
const says = (message: string) => (_ctx: RuleContext, n: AstNode, accept: ValidationAcceptor) => { accept('warning', message, { node: n }); };
const fails = () => { throw new Error('сынақ қатесі'); };

describe('rules run in turn', () => {
    it('reports every rule of a node in order', () => {
        const { accept, found } = collect();
        expect(inTurn(ctx, [says('бір'), says('екі')])(node, accept)).toBeUndefined();
        expect(found.map(f => f.message)).toEqual(['бір', 'екі']);
    });

    it('turns a rule that throws into one error on its node, and runs the rest', () => {
        setLanguage('kk');
        const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
        const { accept, found } = collect();
        inTurn(ctx, [says('бір'), fails, says('екі')])(node, accept);
        expect(found.map(f => f.severity)).toEqual(['warning', 'error', 'warning']);
        expect(found[1].node).toBe(node);
        expect(found[1].message).toContain('сынақ қатесі');
        expect(found[2].message).toBe('екі');
        expect(error).toHaveBeenCalledOnce();
        error.mockRestore();
    });

    it('waits for a rule that answers with a promise before the next one', async () => {
        const { accept, found } = collect();
        const later = async (_ctx: RuleContext, n: AstNode, a: ValidationAcceptor) => { await Promise.resolve(); a('info', 'кейін', { node: n }); };
        await inTurn(ctx, [later, says('соңы')])(node, accept);
        expect(found.map(f => f.message)).toEqual(['кейін', 'соңы']);
    });

    it('lets a cancellation through instead of reporting it', () => {
        const { accept, found } = collect();
        const cancelled = () => { throw OperationCancelled; };
        expect(() => inTurn(ctx, [cancelled, says('екі')])(node, accept)).toThrow();
        expect(found).toEqual([]);
    });
});
