/**
 * What a verdict, an indicator, a project means for the people reading it: decided here
 * once, asked by the rules, the hover, the lens, the status bar, the report and the preview.
 */
import type { Status } from '../values/index.js';
import type { ReportKind } from '../lsp/protocol.js';
import type { EvalActivity, EvalIndicator, EvalProject, ProjectStage } from './types.js';
import { claimsNoDeviation } from './closing-claims.js';

/** The target is reached (met or over-achieved). */
export function isAchieved(status: Status): boolean {
    return status === 'met' || status === 'over';
}

/** The fact is short of the plan (unmet, or a money row under or over its plan). */
export function isShort(status: Status): boolean {
    return status === 'unmet' || status === 'deviation';
}

/** Short of the plan, or missing: what a report marks as not done. */
export function isShortOrMissing(status: Status): boolean {
    return isShort(status) || status === 'missing';
}

/** The fact departs from the plan: short, or written in another unit. */
export function departsFromPlan(ei: EvalIndicator): boolean {
    return isShort(ei.verdict.status) || !!ei.verdict.unitMismatch;
}

/** Goes into the deviations of a report: departs from the plan, or has no fact. */
export function deviates(ei: EvalIndicator): boolean {
    return departsFromPlan(ei) || ei.verdict.status === 'missing';
}

/** The plan can be read (a plan that cannot is reported on the value, not judged). */
export function hasReadablePlan(ei: EvalIndicator): boolean {
    return !!ei.plan && ei.plan.errors.length === 0;
}

/** The indicator's period (its activity's, else the project's) is still running at the report date. */
export function isRunning(ei: EvalIndicator): boolean {
    return !ei.periodOver;
}

/** An interim report shows a short or missing fact of a running indicator as «in progress». */
export function inProgress(ei: EvalIndicator, kind: ReportKind): boolean {
    const status = ei.verdict.status;
    return kind === 'interim' && isRunning(ei) && (status === 'unmet' || status === 'missing');
}

/**
 * The report must justify this indicator (V-PF-03): once its period is over, a fact short of
 * plan, money off plan, a fact in another unit, or no fact at all.
 */
export function needsJustification(ei: EvalIndicator): boolean {
    return hasReadablePlan(ei) && ei.periodOver && deviates(ei);
}

/** A justification is written («ауытқу: …»). */
export function isJustified(ei: EvalIndicator): boolean {
    return ei.justified;
}

/** fact ÷ plan of the deciding part, when plan and fact could be compared. */
export function ratioOf(ei: EvalIndicator): number | undefined {
    if (ei.verdict.status === 'unverifiable') return undefined;
    const ratio = ei.verdict.ratio;
    return ratio === undefined || !Number.isFinite(ratio) ? undefined : ratio;
}

/** The fact as one number (a fact of one part), for the rules that compare it with a count. */
export function singleFact(ei: EvalIndicator | undefined): number | undefined {
    return ei?.fact && ei.fact.parts.length === 1 ? ei.fact.parts[0].n : undefined;
}

/**
 * Where a project stands on its report date: `finished` once the period is over (as an
 * indicator's `periodOver`); `running` once the period has started or any fact is written;
 * `plan` before that.
 */
export function projectStage(ep: Pick<EvalProject, 'period' | 'reportDate' | 'hasFacts'>): ProjectStage {
    const period = ep.period?.period;
    if (period && period.end <= ep.reportDate) return 'finished';
    if ((period && period.start <= ep.reportDate) || ep.hasFacts) return 'running';
    return 'plan';
}

/**
 * At the report stage a missing fact is a finding: once the project has any fact,
 * or its period is over. A plan with no facts yet is not judged.
 */
export function isReportStage(ep: EvalProject): boolean {
    return ep.hasFacts || ep.stage === 'finished';
}

/**
 * The form a project is best shown in: the plan while no fact is written, the interim
 * report while the project period runs, else the final report.
 */
export function formFor(ep: EvalProject | undefined): ReportKind {
    if (!ep || !ep.hasFacts) return 'plan';
    const end = ep.period?.period?.end;
    return end !== undefined && ep.reportDate < end ? 'interim' : 'final';
}

/**
 * A closing text says the project had no deviation: recognised by meaning, in Kazakh and
 * Russian, word order free (closing-claims.ts): «ауытқу болған жоқ», «толығымен орындалды»,
 * «выполнен в полном объёме», not «ішінара», «толық емес», «не полностью».
 */
export function claimsNoDeviations(text: string): boolean {
    return claimsNoDeviation(text);
}

/**
 * The project's period is over by the report date: the report is the final one and what is
 * missing can no longer be made up. The operator treats a missing fact, a month with fewer
 * than two publications and a decomposed letter as errors then (warnings while it runs).
 * The report date must be given (`есеп-күні:`, the esep.reportDate setting, --report-date):
 * «today» alone does not make an old file a final report.
 */
/** The activity's period (else the project's) is over by the report date, as its indicators are final (evaluate.ts). */
export function activityOver(ea: EvalActivity, ep: EvalProject): boolean {
    const end = ea.period?.period?.end ?? ep.period?.period?.end;
    return end !== undefined && end <= ep.reportDate;
}

/**
 * Some of the activity's facts are written: its part of the report is being filled in. What the
 * report asks of an activity besides its facts (its appendix, its participants) is asked from
 * then on; before, its missing facts are what there is to say (V-PF-01).
 */
export function factsBegun(ea: EvalActivity): boolean {
    return ea.indicators.some(i => i.fact !== undefined);
}

export function periodEnded(ep: EvalProject): boolean {
    const end = ep.period?.period?.end;
    return end !== undefined && ep.reportDateSource !== 'today' && end < ep.reportDate;
}
