/**
 * How many units a per-unit target («1 (әр қатысушыдан)», «1 (әр ай сайын)»,
 * «айына 2») is multiplied by, from what the file itself says: the activity's
 * participants (its `қатысушылар:` groups, else its «Қатысушылар саны» fact),
 * the months of its period (else of the project's). Undefined when the file
 * does not say: the target stays «count unknown» (V-SUM-12).
 */
import { participantCount } from './activity-measures.js';
import { monthsOf } from './dates.js';
import type { EvalActivity, EvalPeriod } from './model.js';


export function perCountFor(scope: string, owner: EvalActivity | undefined, projectPeriod: EvalPeriod | undefined): number | undefined {
    const s = scope.toLowerCase();
    if (s.startsWith('қатысуш') || s.startsWith('участник')) {
        const n = owner ? participantCount(owner) : undefined;
        return n !== undefined && n > 0 ? n : undefined;
    }
    if (s === 'ай' || s.startsWith('месяц')) {
        const period = owner?.period?.period ?? projectPeriod?.period;
        const n = period ? monthsOf(period).length : 0;
        return n > 0 ? n : undefined;
    }
    return undefined;
}
