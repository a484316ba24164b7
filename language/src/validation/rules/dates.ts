/** Dates: periods that cannot be read or lie outside the project, letters of recommendation (V-DATE-01/02/04/06, V-REQ-10). */
import type { ValidationAcceptor } from 'langium';
import type { DateRange, Recommendation } from '../../generated/ast.js';
import type { MessageKey } from '../../i18n.js';
import type { EvalActivity, EvalProject } from '../../model.js';
import { formatDate, parseDatePoint, type ISODate } from '../../dates.js';
import type { RuleContext } from '../rule-context.js';

export function checkDateRange(ctx: RuleContext, range: DateRange, accept: ValidationAcceptor): void {
    const ep = ctx.projectOf(range);
    const evalPeriod = range.$container.$type === 'Project' ? ep?.period
        : ctx.model(range).activityOf.get(range.$container)?.period;
    if (!evalPeriod) {
        for (const point of [range.start, range.end]) {
            if (!point) continue;
            const r = parseDatePoint(point.parts);
            if (r.problem) ctx.report(accept, 'error', 'value', `value.${r.problem.code}` as MessageKey, { text: r.problem.text }, { node: point });
        }
        return;
    }
    for (const p of evalPeriod.problems) {
        ctx.report(accept, 'error', 'value', `value.${p.problem.code}` as MessageKey, { text: p.problem.text }, { node: p.node });
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
    const letter = rec.letter?.trim();
    const hasNumber = letter ? /№\s*\d+/u.test(letter) : false;
    const date = letter ? letterDate(letter) : undefined;
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

/** «25 қараша 2020 жыл. №52 хат» or «25.11.2020 №52» → ISO date. */
function letterDate(text: string): ISODate | undefined {
    const dotted = /(\d{1,2}\.\d{1,2}\.\d{4})/u.exec(text);
    if (dotted) {
        const r = parseDatePoint([dotted[1]]);
        return r.spec ? `${r.spec.year}-${String(r.spec.month).padStart(2, '0')}-${String(r.spec.day).padStart(2, '0')}` : undefined;
    }
    const m = /(\d{1,2})\s+([\p{L}]+)\s+(\d{4})/u.exec(text);
    if (!m) return undefined;
    const r = parseDatePoint([m[1], m[2], m[3]]);
    return r.spec?.year ? `${r.spec.year}-${String(r.spec.month).padStart(2, '0')}-${String(r.spec.day ?? 1).padStart(2, '0')}` : undefined;
}
