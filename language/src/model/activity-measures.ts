/**
 * What an activity's row of the report says, decided once from the evaluated
 * model: how many took part, and how much of its targets was reached.
 */
import { singleFact } from './predicates.js';
import type { EvalActivity } from './types.js';

/**
 * How many took part: the groups of the `қатысушылар:` line, else the fact of the
 * activity's «Қатысушылар саны» indicator; undefined when the file says neither.
 */
export function participantCount(ea: EvalActivity): number | undefined {
    if (ea.participantGroups.length) return ea.participants;
    return singleFact(ea.indicators.find(i => i.role === 'participants' && singleFact(i) !== undefined));
}

/**
 * How much of its targets the activity reached, in whole percent: the mean over its
 * indicators that can be compared of the part of the plan reached (capped at 100 % each: an
 * over-achieved row does not make up for a short one). 12 of 20 is 60 %, not «0 of 1 met».
 * Undefined when no indicator can be compared.
 */
export function fulfilmentPercent(ea: EvalActivity): number | undefined {
    let sum = 0;
    let n = 0;
    for (const i of ea.indicators) {
        const v = i.verdict;
        if (v.status === 'met' || v.status === 'over') { sum += 1; n++; continue; }
        if (v.status !== 'unmet' && v.status !== 'deviation') continue;
        if (v.ratio === undefined || !Number.isFinite(v.ratio)) continue;
        sum += Math.max(0, Math.min(1, v.ratio));
        n++;
    }
    return n ? Math.floor((sum / n) * 100) : undefined;
}
