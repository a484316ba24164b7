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
    /** Both results read as one number each, but in two measures (46% and 75): no difference to work out. */
    measuresDiffer: boolean;
    /**
     * The growth as written against the difference (within GROWTH_TOLERANCE): undefined where they
     * cannot be compared (no growth, no difference, the growth in a third measure).
     */
    growthAgrees?: boolean;
}

/** Results written as numbers within half a point of each other are the same (rounding). */
export const GROWTH_TOLERANCE = 0.5;

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
    const out: LearningOutcome = { before, after, growth, measuresDiffer: false };
    if (before?.n !== undefined && after?.n !== undefined) {
        if (before.unit === after.unit) {
            out.difference = Math.round((after.n - before.n) * 1000) / 1000;
            out.unit = after.unit;
        } else {
            out.measuresDiffer = true;
        }
    }
    // The growth in the results' measure, or with none («29»).
    if (out.difference !== undefined && growth?.n !== undefined && (growth.unit === undefined || growth.unit === out.unit)) {
        out.growthAgrees = Math.abs(growth.n - out.difference) <= GROWTH_TOLERANCE;
    }
    return out;
}
