/** Counts of indicator verdicts, rolled up indicator → activity → task → project. */
import type { Status } from '../values/index.js';

export interface Rollup {
    total: number;
    met: number;
    over: number;
    unmet: number;
    deviation: number;
    unverifiable: number;
    missing: number;
    noPlan: number;
}

export function emptyRollup(): Rollup {
    return { total: 0, met: 0, over: 0, unmet: 0, deviation: 0, unverifiable: 0, missing: 0, noPlan: 0 };
}

export function addToRollup(r: Rollup, status: Status): void {
    r.total++;
    r[status]++;
}

export function mergeRollup(into: Rollup, from: Rollup): void {
    for (const k of Object.keys(into) as (keyof Rollup)[]) into[k] += from[k];
}

/** Indicators that reached their target (met or over-achieved). */
export function achieved(r: Rollup): number {
    return r.met + r.over;
}

/** Indicators short of plan (unmet or deviating). */
export function short(r: Rollup): number {
    return r.unmet + r.deviation;
}
