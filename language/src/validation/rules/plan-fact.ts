/** Plan against fact (V-PF-01…08, V-PF-10, V-SUM-04, V-SUM-12, V-XREF-04, V-REQ-05…07, V-REQ-11). */
import { AstUtils, type ValidationAcceptor } from 'langium';
import type { Activity, Conclusion, Indicator, InfoWork, Presentation } from '../../generated/ast.js';
import { t } from '../../i18n.js';
import {
    activityOver, claimsNoDeviations, factsBegun, displayValue, participantCount, shortIndicators, formatNumber, formatPercent, isReportStage, isShortOrMissing, singleFact,
    type EvalActivity, type EvalIndicator, type EvalProject, type ParsedValue
} from '../../model.js';
import { formatDate } from '../../dates.js';
import type { RuleContext } from '../rule-context.js';
import { checkActivityPeriod } from './dates.js';
import { checkNameValue } from './writing.js';
import { isPlaceholder, periodEnded } from '../../model.js';
import { lowerCase } from '../../fast-case.js';

export function checkIndicator(ctx: RuleContext, indicator: Indicator, accept: ValidationAcceptor): void {
    const ei = ctx.model(indicator).indicatorOf.get(indicator);
    if (!ei) return;
    ctx.checkStrings(indicator, ['name', 'deviation'], accept, { spelling: true });
    const { plan, fact, verdict } = ei;
    if (!indicator.plan) {
        ctx.report(accept, indicator.fact ? 'warning' : 'error', 'V-REQ-05', 'V-REQ-05', { name: ei.name }, { node: indicator, property: 'name' });
        return;
    }
    if (!plan || plan.errors.length) return; // reported by checkValue
    checkNameValue(ctx, indicator, ei.name, plan, accept);
    // The project is looked up only where a message needs it (most indicators meet their plan).
    if (!fact) {
        const ep = ctx.projectOf(indicator);
        if (ei.periodOver && (indicator.fact === undefined || isPlaceholder(indicator.fact)) && ep && isReportStage(ep)) {
            const end = ei.owner?.period?.period?.end ?? ep?.period?.period?.end;
            const empty = indicator.fact !== undefined;
            ctx.report(accept, periodEnded(ep) ? 'error' : 'warning', 'V-PF-01', empty ? 'V-PF-01.empty' : 'V-PF-01.missing', { name: ei.name, end: end ? formatDate(end) : '' },
                empty ? { node: indicator.fact! } : { node: indicator, property: 'name' });
        }
        return;
    }
    if (fact.errors.length) return;
    if (verdict.status === 'met' && !verdict.unitMismatch && !verdict.subpartMissing && !plan.isMoney && !fact.isMoney) {
        // Most indicators: nothing to say but whole persons; no texts to prepare.
        checkWholePersons(ctx, fact, indicator, accept);
        return;
    }
    const planText = displayValue(plan);
    const factText = displayValue(fact);
    const pct = verdict.ratio !== undefined ? formatPercent(verdict.ratio) : '—';
    const factWhere = { node: indicator.fact!, };
    const justified = ei.justified;

    if (verdict.unitMismatch) {
        if (plan.isPercent !== fact.isPercent) {
            ctx.report(accept, 'warning', 'V-PF-05', 'V-PF-05.percent', { plan: planText, fact: factText }, factWhere);
        } else {
            ctx.report(accept, 'warning', 'V-PF-05', 'V-PF-05.unit',
                { planUnit: verdict.unitMismatch.plan ?? t('unit.none'), factUnit: verdict.unitMismatch.fact ?? t('unit.none') }, factWhere);
        }
    }
    if (verdict.subpartMissing) {
        const sub = plan.ofWhich.map(s => formatNumber(s.n)).join(', ') || (plan.covers ? formatNumber(plan.covers.n) : '');
        ctx.report(accept, 'warning', 'V-PF-06', 'V-PF-06', { sub }, factWhere);
    }
    if (plan.isMoney || fact.isMoney) {
        if (verdict.status === 'deviation' && !justified) {
            ctx.report(accept, 'warning', 'V-PF-04', 'V-PF-04.under',
                { plan: planText, fact: factText, delta: formatNumber(Math.abs(verdict.moneyDelta ?? 0)), pct }, factWhere,
                { indicator: ei.name });
        } else if (verdict.status === 'unmet') {
            ctx.report(accept, 'error', 'V-PF-04', 'V-PF-04.over',
                { plan: planText, fact: factText, delta: formatNumber(Math.abs(verdict.moneyDelta ?? 0)) }, factWhere);
        }
        checkAgainstGrantSum(ctx, ei, ctx.projectOf(indicator), accept);
        return;
    }
    switch (verdict.status) {
        case 'unmet': {
            const end = ei.owner?.period?.period?.end ?? ctx.projectOf(indicator)?.period?.period?.end;
            if (justified) {
                ctx.report(accept, 'info', 'V-PF-02', 'V-PF-02.justified', { plan: planText, fact: factText, pct }, factWhere);
            } else if (ei.periodOver) {
                ctx.report(accept, 'error', 'V-PF-02', 'V-PF-02.unmet', { plan: planText, fact: factText, pct }, factWhere);
                ctx.report(accept, 'warning', 'V-PF-03', 'V-PF-03.indicator', { name: ei.name }, { node: indicator, property: 'name' });
            } else {
                // Without a period (the project's or the activity's) there is no date to name.
                ctx.report(accept, 'warning', 'V-PF-02', end ? 'V-PF-02.running' : 'V-PF-02.runningNoEnd',
                    { plan: planText, fact: factText, pct, end: end ? formatDate(end) : '' }, factWhere);
            }
            break;
        }
        case 'over':
            // Good news, not a problem: a hint by default (esep.diagnostics.overAchieved), so it does not flood Problems.
            const overAchieved = ctx.settings().overAchieved;
            if (overAchieved !== 'off') ctx.report(accept, overAchieved, 'V-PF-07', 'V-PF-07', { plan: planText, fact: factText, pct }, factWhere);
            break;
        case 'unverifiable':
            if (verdict.reason === 'per-unknown' && plan.per) {
                ctx.report(accept, 'info', 'V-SUM-12', 'V-SUM-12', { per: plan.per.raw, fact: factText }, factWhere);
            }
            break;
    }
    checkWholePersons(ctx, fact, indicator, accept);
}

/** Persons are counted in whole numbers (V-SUM-04). */
function checkWholePersons(ctx: RuleContext, fact: ParsedValue, indicator: Indicator, accept: ValidationAcceptor): void {
    for (const p of fact.parts) {
        if (p.unit === 'адам' && !Number.isInteger(p.n)) {
            ctx.report(accept, 'error', 'V-SUM-04', 'V-SUM-04', { value: formatNumber(p.n) }, { node: indicator.fact! });
        }
    }
}

/** V-XREF-04: a money row cannot exceed the grant sum. */
function checkAgainstGrantSum(ctx: RuleContext, ei: EvalIndicator, ep: EvalProject | undefined, accept: ValidationAcceptor): void {
    const sum = ep?.sum?.parts[0]?.n;
    const fact = ei.fact?.parts[0]?.n;
    if (sum !== undefined && fact !== undefined && fact > sum && ei.node.fact) {
        ctx.report(accept, 'warning', 'V-XREF-04', 'V-XREF-04', { name: ei.name, fact: formatNumber(fact), sum: formatNumber(sum) }, { node: ei.node.fact });
    }
}

export function checkActivity(ctx: RuleContext, activity: Activity | Presentation, accept: ValidationAcceptor): void {
    const ep = ctx.projectOf(activity);
    if (!ep) return;
    const ea = ctx.model(activity).activityOf.get(activity);
    if (!ea) return;
    const isReport = isReportStage(ep);
    if (activity.indicators.length === 0) {
        ctx.report(accept, 'warning', 'V-PF-01', 'V-PF-01.noIndicators', {}, { node: activity, property: 'title' });
    }
    // An empty `орны: ""` is a placeholder still to fill (rules/to-fill.ts), not a missing line.
    if (activity.$type === 'Activity' && activity.place === undefined && activity.channel === undefined && !AstUtils.getContainerOfType(activity, (n): n is InfoWork => n.$type === 'InfoWork')) {
        ctx.report(accept, 'warning', 'V-REQ-06', 'V-REQ-06', {}, { node: activity, property: 'title' });
    }
    if (activity.$type === 'Presentation' && activity.place === undefined && activity.channel === undefined) {
        ctx.report(accept, 'warning', 'V-REQ-06', 'V-REQ-06', {}, { node: activity, property: 'title' });
    }
    // V-REQ-07 and V-REQ-11: the report's §1 table has an appendix and a participants cell for
    // every activity of a task; asked once the activity's facts are being written (factsBegun).
    if (isReport && activity.$type === 'Activity' && activity.appendix === undefined && ea.task && factsBegun(ea)) {
        ctx.report(accept, 'warning', 'V-REQ-07', 'V-REQ-07', {}, { node: activity, property: 'title' });
    }
    if (isReport && activity.$type === 'Activity' && ea.task && activityOver(ea, ep) && factsBegun(ea)
        && participantCount(ea) === undefined) {
        ctx.report(accept, 'warning', 'V-REQ-11', 'V-REQ-11', {}, { node: activity, property: 'title' });
    }
    checkCompleteness(ctx, ea, accept);
    checkParticipants(ctx, ea, accept);
    checkActivityPeriod(ctx, ea, ep, accept);
}

function checkCompleteness(ctx: RuleContext, ea: EvalActivity, accept: ValidationAcceptor): void {
    const node = ea.node;
    if (!ea.completeness?.claimsFull) return;
    const failing = ea.indicators.filter(i => isShortOrMissing(i.verdict.status)).length;
    if (ea.indicators.length === 0) {
        ctx.report(accept, 'warning', 'V-PF-08', 'V-PF-08.noIndicators', {}, { node, property: 'completeness' });
    } else if (failing > 0) {
        ctx.report(accept, 'warning', 'V-PF-08', 'V-PF-08.unmet', { count: failing }, { node, property: 'completeness' });
    }
}

function checkParticipants(ctx: RuleContext, ea: EvalActivity, accept: ValidationAcceptor): void {
    for (const g of ea.participantGroups) {
        if (g.count !== undefined && !Number.isInteger(g.count)) {
            ctx.report(accept, 'error', 'V-SUM-04', 'V-SUM-04', { value: g.written }, { node: g.node, property: 'count' });
        }
    }
    if (ea.participantGroups.length === 0) return;
    // V-PF-10: the participants count against the «Қатысушылар саны» fact.
    const counter = ea.indicators.find(i => i.role === 'participants' && singleFact(i) !== undefined);
    const fact = singleFact(counter);
    if (counter && fact !== undefined && counter.node.fact) {
        const groups = ea.participantGroups.map(g => g.count ?? 0);
        if (fact !== ea.participants && !groups.includes(fact)) {
            ctx.report(accept, 'warning', 'V-PF-10', 'V-PF-10', { count: formatNumber(ea.participants), name: counter.name, fact: formatNumber(fact) }, { node: counter.node.fact });
        }
    }
}

export function checkConclusion(ctx: RuleContext, conclusion: Conclusion, accept: ValidationAcceptor): void {
    const ep = ctx.projectOf(conclusion);
    if (!ep) return;
    for (const entry of conclusion.entries) {
        if (entry.key === undefined || lowerCase(entry.key) !== 'ауытқу' || !entry.text) continue;
        // By meaning, in Kazakh and Russian (model/closing-claims.ts), the Russian text too.
        if (!claimsNoDeviations(entry.text) && !(entry.textRu && claimsNoDeviations(entry.textRu))) continue;
        // Short of plan; a percentage plan against a count, or a changed unit, is not a deviation.
        // Every indicator of the file, those of other pieces of a big file too (model/pieces.ts).
        const deviating = shortIndicators(ep);
        if (deviating.length) {
            const list = deviating.slice(0, 4).map(i => `«${i.name}»`).join(', ') + (deviating.length > 4 ? ', …' : '');
            ctx.report(accept, 'warning', 'V-PF-03', 'V-PF-03.project', { text: entry.text.trim(), count: deviating.length, list }, { node: entry, property: 'text' });
        }
    }
}
