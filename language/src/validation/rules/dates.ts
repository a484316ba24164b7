/** Dates: periods that cannot be read or lie outside the project, letters of recommendation (V-DATE-01/02/04/06, V-REQ-10). */
import type { ValidationAcceptor } from 'langium';
import type { DateRange, Recommendation } from '../../generated/ast.js';
import { datePointProblems, letterOf, type EvalActivity, type EvalProject } from '../../model.js';
import { formatDate } from '../../dates.js';
import type { RuleContext } from '../rule-context.js';
import { DATE_PROBLEM_KEY } from '../codes.js';

export function checkDateRange(ctx: RuleContext, range: DateRange, accept: ValidationAcceptor): void {
    const ep = ctx.projectOf(range);
    const evalPeriod = range.$container.$type === 'Project' ? ep?.period
        : ctx.model(range).activityOf.get(range.$container)?.period;
    if (!evalPeriod) {
        for (const p of datePointProblems(range)) {
            ctx.report(accept, 'error', 'value', DATE_PROBLEM_KEY[p.problem.code], { text: p.problem.text }, { node: p.node });
        }
        return;
    }
    for (const p of evalPeriod.problems) {
        ctx.report(accept, 'error', 'value', DATE_PROBLEM_KEY[p.problem.code], { text: p.problem.text }, { node: p.node });
    }
    if (evalPeriod.yearUnknown) {
        ctx.report(accept, 'warning', 'V-DATE-04', 'V-DATE-04', {}, { node: range });
    }
}

export function checkActivityPeriod(ctx: RuleContext, ea: EvalActivity, ep: EvalProject, accept: ValidationAcceptor): void {
    const period = ea.period?.period;
    const project = ep.period?.period;
    if (!period || !project || !ea.period) return;
    if (period.start > period.end) {
        ctx.report(accept, 'error', 'V-DATE-01', 'V-DATE-01', { start: formatDate(period.start), end: formatDate(period.end) }, { node: ea.period.node });
    } else if (period.start < project.start || period.end > project.end) {
        ctx.report(accept, 'error', 'V-DATE-02', 'V-DATE-02', {
            start: formatDate(period.start), end: formatDate(period.end),
            pstart: formatDate(project.start), pend: formatDate(project.end)
        }, { node: ea.period.node });
    }
}

export function checkRecommendation(ctx: RuleContext, rec: Recommendation, accept: ValidationAcceptor): void {
    const { text: letter, hasNumber, date } = letterOf(rec);
    if (!letter || !hasNumber || !date) {
        ctx.report(accept, 'error', 'V-REQ-10', 'V-REQ-10', {}, letter ? { node: rec, property: 'letter' } : { node: rec, property: 'body' });
        return;
    }
    const ep = ctx.projectOf(rec);
    const period = ep?.period?.period;
    if (ep && period && (date < period.start || date > (ep.reportDate > period.end ? ep.reportDate : period.end))) {
        ctx.report(accept, 'warning', 'V-DATE-06', 'V-DATE-06', { date: formatDate(date), report: formatDate(ep.reportDate) }, { node: rec, property: 'letter' });
    }
}
