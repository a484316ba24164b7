/**
 * The review appendix (CLI `--review`, setting `esep.report.review`): after the form, on pages of
 * its own, what a reviewer should look at — deviations without a justification and facts that
 * cannot be compared with their plan — each with its line in the .grant file. Nothing of this
 * is printed inside the form.
 */
import { cell, heading, para, run, type Row, type Table } from '../document.js';
import type { Builder } from './builder.js';
import { unverifiableRow, type ReviewRow } from './review-rows.js';

function reviewTable(b: Builder, rows: ReviewRow[]): Table {
    const head = (text: string) => cell([run(text, { bold: true })], { align: 'center', shade: 'header' });
    const header: Row = { kind: 'header', cells: [head('№'), head(b.L('reviewIndicator')), head(b.L('plan')), head(b.L('fact')), head(b.L('reviewLine'))] };
    return {
        type: 'table', widths: [5, 47, 18, 18, 12], header: [header],
        rows: rows.map((r, i) => ({
            kind: 'data' as const, line: r.line,
            cells: [cell(String(i + 1)), cell(r.name), cell(r.plan, { align: 'center' }), cell(r.fact, { align: 'center' }), cell(String(r.line), { align: 'center' })]
        }))
    };
}

export function buildReview(b: Builder): void {
    b.push({ type: 'pageBreak' });
    b.push(heading(1, b.L('reviewTitle')));
    b.push(para([run(b.L('reviewNote'), { italic: true })], { style: 'small', align: 'justify' }));
    const unjustified = b.deviations.filter(d => !d.justification);
    const unverifiable = unverifiableRows(b);
    if (!unjustified.length && !unverifiable.length) {
        b.push(para(b.L('reviewNothing')));
        return;
    }
    if (unjustified.length) {
        b.push(heading(2, b.L('reviewUnjustified')));
        b.push(para(b.L('reviewUnjustifiedHint'), { style: 'small' }));
        b.push(reviewTable(b, unjustified.map(d => ({ name: d.name, plan: d.plan, fact: d.fact, line: d.line }))));
    }
    if (unverifiable.length) {
        b.push(heading(2, b.L('reviewUnverifiable')));
        b.push(para(b.L('reviewUnverifiableHint'), { style: 'small' }));
        b.push(reviewTable(b, unverifiable));
    }
}

/**
 * The indicators not comparable with their plan, in document order: the tasks' gathered from
 * every run (task-source.ts), merged by place with the rest of the project's.
 */
function unverifiableRows(b: Builder): ReviewRow[] {
    const tasks = b.taskFacts.unverifiable;
    const out: ReviewRow[] = [];
    let k = 0;
    for (const ei of b.project.indicators) {
        if (ei.section === 'activity') continue; // a task's: gathered
        const row = unverifiableRow(b, ei);
        if (!row) continue;
        const offset = ei.node.$cstNode?.offset ?? 0;
        while (k < tasks.length && tasks[k].offset < offset) out.push(strip(tasks[k++]));
        out.push(row);
    }
    while (k < tasks.length) out.push(strip(tasks[k++]));
    return out;
}

const strip = ({ name, plan, fact, line }: ReviewRow): ReviewRow => ({ name, plan, fact, line });
