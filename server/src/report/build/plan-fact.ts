/** Section 2 of the report: plan against fact by task and activity, and its charts. */
import type { EvalActivity, EvalTask } from '../../../../language/src/model.js';
import { fill, section } from '../forms.js';
import { userText } from '../display.js';
import { cell, run, type Cell, type Chart, type ChartBar, type Row } from '../document.js';
import { position, type Builder } from './builder.js';
import { chartSelections } from './charts.js';
import { appendAll } from '../../../../language/src/arrays.js';
import { ofTasks, pushTaskBlocks } from './task-source.js';

/** The opt-in charts (charts.ts decides which) of these tasks, each with a note naming what it leaves out. */
function chartsOf(b: Builder, tasks: readonly EvalTask[]): Chart[] {
    const out: Chart[] = [];
    for (const sel of chartSelections(tasks, b.kind)) {
        const bars: ChartBar[] = sel.bars.map((bar, i) => ({
            index: i + 1, name: b.indicatorName(bar.indicator), plan: b.plan(bar.indicator), fact: b.factText(bar.indicator),
            ratio: bar.ratio, status: bar.status, line: position(bar.indicator.node).line
        }));
        const omitted = sel.omitted.map(o => `«${b.indicatorName(o.indicator)}» (${b.L(`chartOmit.${o.reason}`)})`);
        const chart: Chart = {
            type: 'chart',
            caption: fill(b.L('chartTitle'), { n: sel.task.number, title: b.text(sel.task.title, sel.task.titleRu) }),
            bars,
            legend: bars.map(bar => fill(b.L('chartItem'), { n: bar.index, name: bar.name, plan: bar.plan, fact: bar.fact })),
            note: [b.L('chartNote'), omitted.length ? fill(b.L('chartOmitted'), { names: omitted.join('; ') }) : ''].filter(Boolean).join(' '),
            planLabel: b.L('plan'),
            factLabel: b.L('fact')
        };
        out.push(chart);
    }
    return out;
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
        const title = `${ea.number ? `${ea.number}. ` : ''}${b.text(ea.title, ea.titleRu)}`;
        const result = userText(ea.result);
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
                values.indicator = b.indicatorName(ei);
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
    const taskRows = (tasks: readonly EvalTask[]): Row[] => {
        const out: Row[] = [];
        for (const task of tasks) {
            const span = task.activities.reduce((n, a) => n + Math.max(1, a.indicators.length), 0);
            const taskCell = cell(`${task.number}. ${b.text(task.title, task.titleRu)}`);
            let covered = false;
            if (!task.activities.length) {
                out.push(b.from(b.dataRow(tbl, { task: taskCell }), task.node));
                continue;
            }
            for (const ea of task.activities) {
                appendAll(out, activityRows(ea, taskCell, span, covered));
                covered = true;
            }
        }
        return out;
    };
    // The tasks' rows (now, or while the .docx is written: task-source.ts), then the presentations'.
    const { now, stream } = ofTasks(b, run => taskRows(run.tasks));
    appendAll(rows, now);
    for (const p of b.project.presentations) {
        const span = Math.max(1, p.indicators.length);
        appendAll(rows, activityRows({ ...p, number: 0 }, cell(b.text(p.title, p.titleRu)), span, false));
    }
    const table = b.table(tbl, rows, { dense: true, widths: { task: 13, activity: 15, result: 22, indicator: 24, plan: 13, fact: 13 } });
    if (stream) table.stream = stream;
    b.push(table);
    if (b.options.charts && (b.source.all || b.taskFacts.charts)) pushTaskBlocks(b, run => chartsOf(b, run.tasks));
}
