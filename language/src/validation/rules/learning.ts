/**
 * V-SUM-09: a learning outcome's growth («Өсім деңгейі» of the final report's learning table,
 * `оқыту-нәтижелері { бағыт "…" бастапқы: 46% кейінгі: 75% өсім: 29% }`) is the post-test result
 * less the pre-test one — in percentage points when the results are percentages.
 */
import type { ValidationAcceptor } from 'langium';
import type { LearningItem, Value } from '../../generated/ast.js';
import { displayValue, formatNumber, valueText, type ParsedValue } from '../../model.js';
import { parseValue } from '../../values/index.js';
import type { RuleContext } from '../rule-context.js';

/** Results written as numbers within half a point of each other are the same. */
const TOLERANCE = 0.5;

/** The one number of a value that reads without a problem, with its unit. */
function single(value: ParsedValue | undefined): { n: number; unit?: string } | undefined {
    if (!value || value.errors.length || value.parts.length !== 1 || value.ofWhich.length) return undefined;
    return { n: value.parts[0].n, unit: value.parts[0].unit };
}

export function checkLearningGrowth(ctx: RuleContext, item: LearningItem, accept: ValidationAcceptor): void {
    if (!item.before || !item.after || !item.growth) return;
    // The model reads the values of indicators and the sum; a learning table's few are read here,
    // by the same reader.
    const values = new Map<Value, ParsedValue>();
    for (const v of [item.before, item.after, item.growth]) values.set(v, ctx.model(item).values.get(v) ?? parseValue(valueText(v), {}));
    const read = (v: Value) => single(values.get(v));
    const [before, after, growth] = [read(item.before), read(item.after), read(item.growth)];
    // One measure: both results in the same unit, the growth in it too or with none («29»).
    if (!before || !after || !growth || before.unit !== after.unit || (growth.unit !== undefined && growth.unit !== after.unit)) return;
    const expected = Math.round((after.n - before.n) * 1000) / 1000;
    if (Math.abs(growth.n - expected) <= TOLERANCE) return;
    const unit = after.unit === '%' ? '%' : '';
    const written = (v: Value) => displayValue(values.get(v)!);
    const params = {
        name: item.name, growth: written(item.growth), after: written(item.after), before: written(item.before),
        expected: `${formatNumber(expected)}${unit}`
    };
    // The increase relative to the pre-test result, which the form does not ask for.
    const relative = before.n !== 0 && Math.abs(growth.n - ((after.n - before.n) / before.n) * 100) <= TOLERANCE;
    ctx.report(accept, 'error', 'V-SUM-09', relative ? 'V-SUM-09.relative' : 'V-SUM-09', params, { node: item.growth },
        { suggestion: `${formatNumber(expected).replace(/\u00A0/g, ' ')}${unit}` });
}
