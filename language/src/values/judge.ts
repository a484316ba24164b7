/** Plan against fact: resolution rules A1–A7 and the verdicts (docs: value forms). */
import type { Comparator, ParsedValue, ValuePart } from './types.js';

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

/** Worse first: a verdict of several parts or subsets is the worst of theirs (a met part outweighs an over-achieved one). */
const RANK: Readonly<Record<Status, number>> = { unmet: 0, deviation: 1, unverifiable: 2, missing: 3, noPlan: 4, met: 5, over: 6 };

function worse(a: Status | undefined, b: Status): Status {
    return a === undefined || RANK[b] < RANK[a] ? b : a;
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

/** A verdict with every property from the start: one shape for all of them, none added later. */
function verdictWith(status: Status, parts: PartVerdict[], reason?: UnverifiableReason): Verdict {
    return { status, ratio: undefined, reason, parts, subpartMissing: undefined, unitMismatch: undefined, moneyDelta: undefined };
}

function hasUnitFrom(parts: readonly ValuePart[], source: ValuePart['unitSource']): boolean {
    for (let k = 0; k < parts.length; k++) if (parts[k].unitSource === source) return true;
    return false;
}

/** One part of the plan against the same part of the fact. */
function partVerdict(plan: ParsedValue, p: ValuePart, fact: number, money: boolean, perCount: number | undefined): PartVerdict {
    let required = p.n;
    let status: Status;
    if (!plan.per) {
        status = comparePart(plan.cmp, required, fact, money);
    } else if (perCount !== undefined) {
        required = p.n * perCount;
        status = comparePart(plan.cmp, required, fact, money);
    } else {
        // Unknown cardinality: a fact below one unit's worth is certainly short.
        status = fact < p.n && (plan.cmp === 'ge' || plan.cmp === 'eq') ? 'unmet' : 'unverifiable';
    }
    return { status, plan: required, fact, ratio: required !== 0 ? fact / required : undefined, cmp: plan.cmp, unit: p.unit };
}

/** Does the fact meet the plan? Rules A1–A7 of docs/kk/language.md («Мәндерді оқу ережелері») and V-PF-02, V-PF-04…06. */
export function judge(plan: ParsedValue | undefined, fact: ParsedValue | undefined, ctx?: JudgeContext): Verdict {
    if (!plan) return verdictWith(fact ? 'noPlan' : 'missing', []);
    if (plan.errors.length) return verdictWith('unverifiable', [], 'plan-unreadable');
    if (!fact) return verdictWith('missing', plan.parts.map(p => ({ status: 'missing', plan: p.n, fact: undefined, ratio: undefined, cmp: plan.cmp, unit: p.unit })));
    if (fact.errors.length) return verdictWith('unverifiable', [], 'fact-unreadable');

    const planParts = plan.parts, factParts = fact.parts;
    const verdict = verdictWith('met', []);
    // V-PF-06: sub-part parity.
    if (plan.ofWhich.length && !fact.ofWhich.length) verdict.subpartMissing = true;
    // V-PF-05: units.
    const pu = planParts.length ? planParts[0].unit : undefined;
    const fu = factParts.length ? factParts[0].unit : undefined;
    if (plan.isPercent !== fact.isPercent) {
        verdict.unitMismatch = { plan: pu, fact: fu };
        verdict.status = 'unverifiable';
        verdict.reason = 'unit-mismatch';
        return verdict;
    }
    if (hasUnitFrom(factParts, 'value') && fu !== pu && (hasUnitFrom(planParts, 'value') || planParts[0]?.unitSource === 'none')) {
        verdict.unitMismatch = { plan: pu, fact: fu };
    }
    if (planParts.length !== factParts.length) {
        verdict.status = 'unverifiable';
        verdict.reason = 'parts-mismatch';
        return verdict;
    }

    const money = plan.isMoney || (fact.isMoney && !planParts.some(p => p.unit && p.unit !== 'теңге'));
    const perCount = ctx?.perCount;
    // One part nearly always: an array of exactly one.
    const parts = planParts.length === 1
        ? [partVerdict(plan, planParts[0], factParts[0].n, money, perCount)]
        : planParts.map((p, k) => partVerdict(plan, p, factParts[k].n, money, perCount));
    verdict.parts = parts;
    let status: Status | undefined;
    for (let k = 0; k < parts.length; k++) status = worse(status, parts[k].status);
    if (plan.per && perCount === undefined && parts.some(p => p.status === 'unverifiable')) verdict.reason = 'per-unknown';
    // «оның ішінде» subsets and covered persons.
    for (let k = 0; k < plan.ofWhich.length; k++) {
        const sub = plan.ofWhich[k], f = fact.ofWhich[k];
        if (f) status = worse(status, comparePart(sub.cmp, sub.n, f.n, false));
    }
    if (plan.covers && fact.covers) status = worse(status, comparePart(plan.covers.cmp, plan.covers.n, fact.covers.n, false));
    else if (plan.covers && !fact.covers) verdict.subpartMissing = true;

    verdict.status = status ?? 'met';
    // The deciding part: the first with the verdict's status, else the first.
    let deciding = parts[0];
    for (let k = 0; k < parts.length; k++) if (parts[k].status === verdict.status) { deciding = parts[k]; break; }
    verdict.ratio = deciding?.ratio;
    if (money) verdict.moneyDelta = (factParts[0]?.n ?? 0) - (planParts[0]?.n ?? 0);
    return verdict;
}
