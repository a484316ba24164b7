/**
 * V-PF-11: a justification (`ауытқу:`) on a line of its own, under an indicator that needs
 * none — typically after a new indicator was inserted between an indicator and its
 * justification, which then belongs to the new one. The indicator before it, if it falls short
 * without a justification, is named: that is where the text most likely belongs.
 */
import { GrammarUtils, type ValidationAcceptor } from 'langium';
import { isIndicator, type Indicator } from '../../generated/ast.js';
import type { EvalIndicator } from '../../model.js';
import type { RuleContext } from '../rule-context.js';

const needsJustification = (ei: EvalIndicator | undefined) =>
    !!ei && (ei.verdict.status === 'unmet' || ei.verdict.status === 'deviation' || !!ei.verdict.unitMismatch);

export function checkStrayDeviation(ctx: RuleContext, indicator: Indicator, accept: ValidationAcceptor): void {
    if (!indicator.deviation?.trim()) return;
    const keyword = GrammarUtils.findNodeForKeyword(indicator.$cstNode, 'ауытқу');
    const start = indicator.$cstNode?.range.start.line;
    if (!keyword || start === undefined || keyword.range.start.line === start) return;
    const model = ctx.model(indicator);
    const own = model.indicatorOf.get(indicator);
    if (!own || needsJustification(own) || own.verdict.status === 'missing' || own.verdict.status === 'noPlan') return;
    const container = indicator.$container as unknown as Record<string, unknown>;
    const siblings = (Array.isArray(container[indicator.$containerProperty ?? '']) ? container[indicator.$containerProperty!] as unknown[] : [])
        .filter(isIndicator);
    const before = siblings[siblings.indexOf(indicator) - 1];
    const other = before && !before.deviation?.trim() && needsJustification(model.indicatorOf.get(before)) ? before : undefined;
    const where = { node: indicator, property: 'deviation' as const };
    if (other) ctx.report(accept, 'warning', 'V-PF-11', 'V-PF-11.other', { name: indicator.name, other: other.name }, where);
    else ctx.report(accept, 'warning', 'V-PF-11', 'V-PF-11', { name: indicator.name }, where);
}
