/** Section 2 of the report: plan against fact by task and activity, and its charts. */
import type { Activity } from '../../../../language/src/generated/ast.js';
import type { EvalActivity, EvalIndicator } from '../../../../language/src/model.js';
import { fill, section } from '../forms.js';
import { showValue, userText } from '../display.js';
import { cell, run, type Cell, type Chart, type ChartBar, type Row } from '../model.js';
import { collapse, position, type Builder } from './builder.js';

/** Plan-vs-fact bars of a set of indicators: the fact as a share of the plan. */
function chartBars(b: Builder, indicators: EvalIndicator[]): ChartBar[] {
    const bars: ChartBar[] = [];
    for (const ei of indicators) {
        const { plan, fact, verdict } = ei;
        if (!plan || !fact || plan.errors.length || fact.errors.length) continue;
        if (plan.parts.length !== 1 || fact.parts.length !== 1 || plan.per || verdict.unitMismatch) continue;
        if (plan.cmp === 'le' || !(plan.parts[0].n > 0)) continue;
        let status: ChartBar['status'];
        switch (verdict.status) {
            case 'met': case 'over': case 'unmet': case 'deviation': status = verdict.status; break;
            default: continue;
        }
        if (b.running(ei) && status === 'unmet') status = 'running';
        const ratio = fact.parts[0].n / plan.parts[0].n;
        if (!Number.isFinite(ratio)) continue;
        bars.push({ index: bars.length + 1, name: collapse(ei.name), plan: b.plan(ei), fact: showValue(fact, b.form), ratio, status, line: position(ei.node).line });
    }
    return bars;
}

function buildCharts(b: Builder): void {
    for (const task of b.project.tasks) {
        const bars = chartBars(b, task.activities.flatMap(a => a.indicators));
        if (!bars.length) continue;
        const chart: Chart = {
            type: 'chart',
            caption: fill(b.L('chartTitle'), { n: task.number, title: collapse(task.title) }),
            bars,
            legend: bars.map(bar => fill(b.L('chartItem'), { n: bar.index, name: bar.name, plan: bar.plan, fact: bar.fact })),
            note: b.L('chartNote'),
            planLabel: b.L('plan'),
            factLabel: b.L('fact')
        };
        b.push(chart);
    }
}

export function buildPlanFact(b: Builder): void {
    const s = section(b.form, 'planFact');
    b.sectionHeading(s);
    const node = b.project.node;
    const fieldRows: Row[] = [];
    const fieldText: Record<string, string | undefined> = { goal: node.goal, achievedResult: node.achievedResult };
    for (const f of s.fields ?? []) {
        const lines = userText(fieldText[f]);
        fieldRows.push({
            kind: 'data', cells: [
                cell([run(b.L(f), { bold: true })]),
                cell(lines.length ? lines.map(l => [run(l)]) : [[run(b.L('emptyCell'))]])
            ]
        });
    }
    if (fieldRows.length) b.push({ type: 'table', widths: [25, 75], header: [], rows: fieldRows });

    const tbl = s.table!;
    const rows: Row[] = [];
    const activityRows = (ea: EvalActivity, taskCell: Cell | undefined, taskSpan: number, taskCovered: boolean): Row[] => {
        const out: Row[] = [];
        const inds = ea.indicators;
        const span = Math.max(1, inds.length);
        const title = `${ea.number ? `${ea.number}. ` : ''}${collapse(ea.title)}`;
        const result = userText((ea.node as Activity).result);
        for (let i = 0; i < span; i++) {
            const ei = inds[i];
            const values: Record<string, Cell | string | undefined> = {};
            if (i === 0) {
                values.task = taskCovered ? undefined : taskCell ? { ...taskCell, rowSpan: taskSpan } : '';
                values.activity = cell(title, { rowSpan: span });
                values.result = cell(result.length ? result.map(r => [run(r)]) : [[run('')]], { rowSpan: span });
            } else {
                values.task = undefined;
                values.activity = undefined;
                values.result = undefined;
            }
            if (ei) {
                values.indicator = collapse(ei.name);
                values.plan = cell(b.plan(ei), { align: 'center' });
                values.fact = { ...b.fact(ei), align: 'center' };
            } else {
                values.indicator = '';
                values.plan = '';
                values.fact = '';
            }
            out.push(b.from(b.dataRow(tbl, values), ei?.node ?? ea.node, ei));
            taskCovered = true;
        }
        return out;
    };
    for (const task of b.project.tasks) {
        const span = task.activities.reduce((n, a) => n + Math.max(1, a.indicators.length), 0);
        const taskCell = cell(`${task.number}. ${collapse(task.title)}`);
        let covered = false;
        if (!task.activities.length) {
            rows.push(b.from(b.dataRow(tbl, { task: taskCell }), task.node));
            continue;
        }
        for (const ea of task.activities) {
            rows.push(...activityRows(ea, taskCell, span, covered));
            covered = true;
        }
    }
    for (const p of b.project.presentations) {
        const span = Math.max(1, p.indicators.length);
        rows.push(...activityRows({ ...p, number: 0 }, cell(collapse(p.title)), span, false));
    }
    b.push(b.table(tbl, rows, { dense: true, widths: { task: 13, activity: 15, result: 22, indicator: 24, plan: 13, fact: 13 } }));
    buildCharts(b);
}
