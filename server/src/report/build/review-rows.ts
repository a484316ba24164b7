/** The review appendix's row of an indicator whose fact cannot be compared with its plan (review.ts). */
import type { EvalIndicator } from '../../../../language/src/model.js';
import { position, type Builder } from './builder.js';

export interface ReviewRow {
    name: string;
    plan: string;
    fact: string;
    line: number;
}

/** The row of `ei` when the review lists it as not comparable (a plan and a fact, the period over). */
export function unverifiableRow(b: Builder, ei: EvalIndicator): ReviewRow | undefined {
    if (ei.verdict.status !== 'unverifiable' || !ei.plan || !ei.fact || b.running(ei)) return undefined;
    return { name: b.indicatorName(ei), plan: b.plan(ei), fact: b.factText(ei), line: position(ei.node).line };
}
