/**
 * Which plan-vs-fact charts a report shows, and what each leaves out. Charts are opt-in
 * (CLI `--charts`, setting `esep.report.charts`): they are not part of the official form.
 *
 * A bar compares a fact with its plan as a share, so only indicators whose plan and fact are
 * comparable counts get one: one number each, the same unit, no «әр …» scope, no percentage,
 * no money, and a fact within ten times the plan (past that the two numbers usually count
 * different things: «Қатысушылар тізімі» 1 list → 36 people is not 3 600%). Everything else is
 * named in the chart's note with the reason.
 *
 * `selectCharts` takes the evaluated model and returns the chart data; how a chart is drawn
 * (a picture or a native Word chart) is the writer's business.
 */
import { isRunning, ratioOf, type EvalIndicator, type EvalProject, type EvalTask } from '../../../../language/src/model.js';
import type { ReportKind } from '../document.js';

export type OmitReason = 'missing' | 'percent' | 'money' | 'per' | 'unit' | 'parts' | 'atMost' | 'scale' | 'unverifiable';

export interface SelectedBar {
    indicator: EvalIndicator;
    plan: number;
    fact: number;
    ratio: number;
    status: 'met' | 'over' | 'unmet' | 'deviation' | 'running';
}

export interface ChartSelection {
    task: EvalTask;
    bars: SelectedBar[];
    omitted: { indicator: EvalIndicator; reason: OmitReason }[];
}

/** Past this fact/plan ratio the two numbers are taken to count different things. */
export const CHART_MAX_RATIO = 10;

/** Why an indicator gets no bar, or undefined when it gets one. */
export function omitReason(ei: EvalIndicator): OmitReason | undefined {
    const { plan, fact, verdict } = ei;
    if (!plan || !fact || plan.errors.length || fact.errors.length) return 'missing';
    if (plan.isPercent || fact.isPercent) return 'percent';
    if (plan.isMoney || fact.isMoney) return 'money';
    if (plan.per || fact.per) return 'per';
    if (verdict.unitMismatch) return 'unit';
    if (plan.parts.length !== 1 || fact.parts.length !== 1) return 'parts';
    if (plan.cmp === 'le') return 'atMost';
    if (!(plan.parts[0].n > 0) || !Number.isFinite(fact.parts[0].n)) return 'unverifiable';
    switch (verdict.status) {
        case 'met': case 'over': case 'unmet': case 'deviation': break;
        default: return 'unverifiable';
    }
    if (fact.parts[0].n / plan.parts[0].n > CHART_MAX_RATIO) return 'scale';
    return undefined;
}

/** The charts of a report: one per task with at least one comparable indicator. */
export function selectCharts(project: EvalProject, kind: ReportKind): ChartSelection[] {
    return chartSelections(project.tasks, kind);
}

/** The charts of these tasks (a run of a big file's tasks, or all of them). */
export function chartSelections(tasks: readonly EvalTask[], kind: ReportKind): ChartSelection[] {
    const out: ChartSelection[] = [];
    for (const task of tasks) {
        const bars: SelectedBar[] = [];
        const omitted: ChartSelection['omitted'] = [];
        for (const ei of task.activities.flatMap(a => a.indicators)) {
            const reason = omitReason(ei);
            if (reason) { omitted.push({ indicator: ei, reason }); continue; }
            const plan = ei.plan!.parts[0].n, fact = ei.fact!.parts[0].n;
            let status = ei.verdict.status as SelectedBar['status'];
            if (kind === 'interim' && isRunning(ei) && status === 'unmet') status = 'running';
            bars.push({ indicator: ei, plan, fact, ratio: ratioOf(ei) ?? fact / plan, status });
        }
        if (bars.length) out.push({ task, bars, omitted });
    }
    return out;
}
