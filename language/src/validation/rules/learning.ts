/**
 * V-SUM-09: a learning outcome's growth is the post-test result less the pre-test one
 * (model/learning.ts reads the row); the two results are written alike (both percentages, or neither),
 * and each result is one number — else the growth cannot be checked, and the user is told so.
 */
import type { ValidationAcceptor } from 'langium';
import type { LearningItem } from '../../generated/ast.js';
import { displayValue, formatNumber, GROWTH_TOLERANCE, isPlaceholder, learningOutcome } from '../../model.js';
import { fieldKeyword, type RuleContext } from '../rule-context.js';

export function checkLearningGrowth(ctx: RuleContext, item: LearningItem, accept: ValidationAcceptor): void {
    const { before, after, growth, difference, unit, measuresDiffer, growthAgrees } = learningOutcome(item, ctx.model(item).values);
    // A result that does not read as one number («жақсы», «68% 12») leaves the growth unchecked:
    // said on that result, not passed over in silence. An empty place kept for it (`""`) is the
    // to-fill rule's.
    let unreadable = false;
    for (const r of [before, after, growth]) {
        if (!r || r.n !== undefined || isPlaceholder(r.value)) continue;
        unreadable = true;
        // The keyword as the row writes it («бастапқы»).
        const keyword = r.value.$cstNode ? fieldKeyword(r.value.$cstNode)?.text ?? '' : '';
        ctx.report(accept, 'warning', 'V-SUM-09', 'V-SUM-09.notNumber',
            { name: item.name, keyword, text: r.parsed.raw.replace(/\s+/g, ' ').trim() }, { node: r.value });
    }
    if (unreadable) return;
    // Both results read as one number, in two measures (46% against 75, 46 балл against 75%): no
    // growth can be worked out of them. The mark goes on the one that is not a percentage.
    if (measuresDiffer && before && after) {
        const odd = before.unit === '%' || after.unit !== '%' ? after : before;
        ctx.report(accept, 'warning', 'V-SUM-09', 'V-SUM-09.units',
            { name: item.name, before: displayValue(before.parsed), after: displayValue(after.parsed) }, { node: odd.value });
        return;
    }
    if (growthAgrees !== false || !before || !after || !growth || difference === undefined || growth.n === undefined) return;
    const sign = unit === '%' ? '%' : '';
    const params = {
        name: item.name, growth: displayValue(growth.parsed), after: displayValue(after.parsed), before: displayValue(before.parsed),
        expected: `${formatNumber(difference)}${sign}`
    };
    // The increase relative to the pre-test result, which the form does not ask for.
    const relative = before.n !== 0 && before.n !== undefined && Math.abs(growth.n - (difference / before.n) * 100) <= GROWTH_TOLERANCE;
    ctx.report(accept, 'error', 'V-SUM-09', relative ? 'V-SUM-09.relative' : 'V-SUM-09', params, { node: growth.value },
        { suggestion: `${formatNumber(difference).replace(/\u00A0/g, ' ')}${sign}` });
}
