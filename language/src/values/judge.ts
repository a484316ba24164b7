/** Plan against fact: resolution rules A1–A7 and the verdicts (docs: value forms). */
import type { Comparator, ParsedValue } from './types.js';

export type Status = 'met' | 'over' | 'unmet' | 'deviation' | 'unverifiable' | 'missing' | 'noPlan';

export type UnverifiableReason =
    | 'plan-unreadable' | 'fact-unreadable' | 'unit-mismatch' | 'percent-no-base' | 'per-unknown' | 'parts-mismatch';

export interface PartVerdict {
    status: Status;
    plan: number;
    fact?: number;
    ratio?: number;
    cmp: Comparator;
    unit?: string;
}

export interface Verdict {
    status: Status;
    /** fact / plan of the deciding part. */
    ratio?: number;
    reason?: UnverifiableReason;
    parts: PartVerdict[];
    /** The plan has «оның ішінде» (or «(k)») and the fact does not (V-PF-06). */
    subpartMissing?: boolean;
    /** The fact's unit differs from the plan's (V-PF-05). */
    unitMismatch?: { plan?: string; fact?: string };
    /** Money rows: fact − plan. */
    moneyDelta?: number;
}

/** The fact is more than this times the plan (strictly: 150 % is met, DOMAIN's «above 1.5»): over-achievement (V-PF-07). */
export const OVER_ACHIEVEMENT_RATIO = 1.5;

export interface JudgeContext {
    /** How many units the `per` scope has (schools, meetings, months), when known. */
    perCount?: number;
}

const SEVERITY_ORDER: Status[] = ['unmet', 'deviation', 'unverifiable', 'missing', 'noPlan', 'met', 'over'];

function worst(statuses: Status[]): Status {
    for (let k = 0; k < 5; k++) if (statuses.includes(SEVERITY_ORDER[k])) return SEVERITY_ORDER[k];
    return statuses.includes('met') ? 'met' : statuses.includes('over') ? 'over' : 'met';
}

function comparePart(cmp: Comparator, plan: number, fact: number, money: boolean): Status {
    if (money) {
        if (cmp === 'ge') return fact >= plan ? 'met' : 'deviation';
        if (cmp === 'le' || cmp === 'eq') return fact === plan ? 'met' : fact < plan ? 'deviation' : 'unmet';
    }
    switch (cmp) {
        case 'ge':
        case 'eq': // A1: a bare target on a count is a minimum.
            return fact >= plan ? (plan > 0 && fact > plan * OVER_ACHIEVEMENT_RATIO ? 'over' : 'met') : 'unmet';
        case 'gt':
            return fact > plan ? (plan > 0 && fact > plan * OVER_ACHIEVEMENT_RATIO ? 'over' : 'met') : 'unmet';
        case 'le':
            return fact <= plan ? 'met' : 'unmet';
        case 'approx':
            return Math.abs(fact - plan) <= Math.abs(plan) * 0.1 ? 'met' : fact > plan ? 'over' : 'unmet';
    }
}

/** Does the fact meet the plan? Rules A1–A7 of docs/kk/language.md («Мәндерді оқу ережелері») and V-PF-02, V-PF-04…06. */
/** Verdicts by plan and fact (both immutable, and the same objects while their texts stay): an edit re-judges only what it changed. */
const VERDICTS = new WeakMap<ParsedValue, Map<ParsedValue | undefined, Verdict>>();

/** judge(plan, fact), remembered. Verdicts are shared: nobody may change one. */
export function verdictOf(plan: ParsedValue | undefined, fact: ParsedValue | undefined): Verdict {
    if (!plan) return judge(plan, fact);
    let byFact = VERDICTS.get(plan);
    if (!byFact) {
        byFact = new Map();
        VERDICTS.set(plan, byFact);
    }
    let verdict = byFact.get(fact);
    if (!verdict) {
        verdict = judge(plan, fact);
        byFact.set(fact, verdict);
    }
    return verdict;
}

export function judge(plan: ParsedValue | undefined, fact: ParsedValue | undefined, ctx: JudgeContext = {}): Verdict {
    if (!plan) return { status: fact ? 'noPlan' : 'missing', parts: [] };
    if (plan.errors.length) return { status: 'unverifiable', reason: 'plan-unreadable', parts: [] };
    if (!fact) return { status: 'missing', parts: plan.parts.map(p => ({ status: 'missing', plan: p.n, cmp: plan.cmp, unit: p.unit })) };
    if (fact.errors.length) return { status: 'unverifiable', reason: 'fact-unreadable', parts: [] };

    const verdict: Verdict = { status: 'met', parts: [] };
    // V-PF-06: sub-part parity.
    if (plan.ofWhich.length && !fact.ofWhich.length) verdict.subpartMissing = true;
    // V-PF-05: units.
    const pu = plan.parts[0]?.unit, fu = fact.parts[0]?.unit;
    const planPct = plan.isPercent, factPct = fact.isPercent;
    const factExplicit = fact.parts.some(p => p.unitSource === 'value');
    const planExplicit = plan.parts.some(p => p.unitSource === 'value');
    if (planPct !== factPct) {
        verdict.unitMismatch = { plan: pu, fact: fu };
        return { ...verdict, status: 'unverifiable', reason: 'unit-mismatch' };
    }
    if (factExplicit && fu !== pu && (planExplicit || plan.parts[0]?.unitSource === 'none')) {
        verdict.unitMismatch = { plan: pu, fact: fu };
    }
    if (plan.parts.length !== fact.parts.length) {
        return { ...verdict, status: 'unverifiable', reason: 'parts-mismatch' };
    }

    const money = plan.isMoney || (fact.isMoney && !plan.parts.some(p => p.unit && p.unit !== 'теңге'));
    const statuses: Status[] = [];
    for (let k = 0; k < plan.parts.length; k++) {
        const p = plan.parts[k];
        const f = fact.parts[k].n;
        let required = p.n;
        let status: Status;
        if (plan.per) {
            if (ctx.perCount !== undefined) {
                required = p.n * ctx.perCount;
                status = comparePart(plan.cmp, required, f, money);
            } else {
                // Unknown cardinality: a fact below one unit's worth is certainly short.
                status = f < p.n && (plan.cmp === 'ge' || plan.cmp === 'eq') ? 'unmet' : 'unverifiable';
            }
        } else {
            status = comparePart(plan.cmp, required, f, money);
        }
        const ratio = required !== 0 ? f / required : undefined;
        verdict.parts.push({ status, plan: required, fact: f, ratio, cmp: plan.cmp, unit: p.unit });
        statuses.push(status);
    }
    if (plan.per && ctx.perCount === undefined && statuses.includes('unverifiable')) verdict.reason = 'per-unknown';
    // «оның ішінде» subsets and covered persons.
    for (let k = 0; k < plan.ofWhich.length; k++) {
        const sub = plan.ofWhich[k], f = fact.ofWhich[k];
        if (f) statuses.push(comparePart(sub.cmp, sub.n, f.n, false));
    }
    if (plan.covers && fact.covers) statuses.push(comparePart(plan.covers.cmp, plan.covers.n, fact.covers.n, false));
    else if (plan.covers && !fact.covers) verdict.subpartMissing = true;

    const status = worst(statuses);
    verdict.status = status;
    let deciding = verdict.parts[0];
    for (const p of verdict.parts) if (p.status === status) { deciding = p; break; }
    verdict.ratio = deciding?.ratio;
    if (money) verdict.moneyDelta = (fact.parts[0]?.n ?? 0) - (plan.parts[0]?.n ?? 0);
    return verdict;
}
