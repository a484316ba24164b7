/**
 * A row of a learning table (`оқыту-нәтижелері { бағыт "…" бастапқы: 46% кейінгі: 75% өсім: 29% }`):
 * its results read as values, and the growth they make — the post-test result less the pre-test
 * one, in percentage points when they are percentages (the form's «Өсім деңгейі»).
 */
import type { LearningItem, Value } from '../generated/ast.js';
import { parseValue, type ParsedValue } from '../values/index.js';
import { valueText } from './evaluate.js';

export interface LearningResult {
    value: Value;
    parsed: ParsedValue;
    /** Its one number and unit, when it reads as one number without a problem. */
    n?: number;
    unit?: string;
}

export interface LearningOutcome {
    before?: LearningResult;
    after?: LearningResult;
    growth?: LearningResult;
    /** After less before, when both are one number in one unit. */
    difference?: number;
    /** The unit of the results ('%' for percentages). */
    unit?: string;
}

function result(value: Value | undefined, known: Map<Value, ParsedValue> | undefined): LearningResult | undefined {
    if (!value) return undefined;
    const parsed = known?.get(value) ?? parseValue(valueText(value), {});
    const one = !parsed.errors.length && parsed.parts.length === 1 && !parsed.ofWhich.length ? parsed.parts[0] : undefined;
    return { value, parsed, n: one?.n, unit: one?.unit };
}

/** The row's results; `known`: values the model has read already. */
export function learningOutcome(item: LearningItem, known?: Map<Value, ParsedValue>): LearningOutcome {
    const before = result(item.before, known);
    const after = result(item.after, known);
    const growth = result(item.growth, known);
    const out: LearningOutcome = { before, after, growth };
    if (before?.n !== undefined && after?.n !== undefined && before.unit === after.unit) {
        out.difference = Math.round((after.n - before.n) * 1000) / 1000;
        out.unit = after.unit;
    }
    return out;
}
