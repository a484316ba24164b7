/** Section 1 of the report: the activities table, and the council and learning tables printed inside it. */
import { achieved, fulfilmentPercent, participantCount, type EvalActivity, type EvalTask } from '../../../../language/src/model.js';
import { fill, hasSection, section } from '../forms.js';
import { num, userText, writtenDate } from '../display.js';
import { cell, para, run, type Block, type Cell, type Row } from '../document.js';
import type { Council, Learning } from '../../../../language/src/generated/ast.js';
import type { NarrativePiece } from '../../../../language/src/narrative.js';
import { narrativePiecesBlocks } from '../narrative-blocks.js';
import { collapse, written, type Builder } from './builder.js';
import { ofTasks, pushTaskBlocks } from './task-source.js';
import { appendAll } from '../../../../language/src/arrays.js';

function activityCells(b: Builder, ea: EvalActivity): Record<string, Cell | string> {
    // The groups of `қатысушылар:`, else the fact of the activity's «Қатысушылар саны» (model/activity-measures.ts).
    const fromIndicator = ea.participantGroups.length ? undefined : participantCount(ea);
    const participants = fromIndicator !== undefined ? [num(fromIndicator, b.form)] : ea.participantGroups.map(g => num(g.count, b.form));
    const categories = ea.participantGroups.map(g => g.category ? collapse(g.category) : '');
    const experts = (ea.experts ?? '').split(/;\s*/u).map(collapse).filter(Boolean);
    let completeness = userText(ea.completeness?.text);
    if (!completeness.length && ea.rollup.total > 0 && b.kind !== 'plan') {
        // How much of the targets was reached (12 of 20: 60 %), not how many rows were met.
        const pct = fulfilmentPercent(ea) ?? Math.round(achieved(ea.rollup) / ea.rollup.total * 100);
        completeness = [fill(b.L('completenessTemplate'), { percent: pct })];
    }
    return {
        no: ea.number ? `${ea.number}.` : '',
        activity: b.text(ea.title, ea.titleRu),
        period: writtenDate(ea.node.period),
        place: collapse(ea.place ?? ea.channel ?? ''),
        participants: cell(participants.length ? participants.map(p => [run(p)]) : [[run('')]], { align: 'center' }),
        category: cell(categories.length ? categories.map(c => [run(c)]) : [[run('')]]),
        experts: cell(experts.length ? experts.map(e => [run(e)]) : [[run('')]]),
        completeness: cell(completeness.length ? completeness.map(c => [run(c)]) : [[run('')]]),
        appendix: ea.appendix ? fill(b.L('appendixRef'), { n: collapse(ea.appendix) }) : ''
    };
}

export function buildActivities(b: Builder): void {
    const s = section(b.form, 'activities');
    b.sectionHeading(s, 1);
    const tbl = s.table!;
    const taskRows = (tasks: readonly EvalTask[]): Row[] => {
        const out: Row[] = [];
        for (const task of tasks) {
            out.push(b.from(b.groupRow(tbl, fill(b.L('taskRow'), { n: task.number, title: b.text(task.title, task.titleRu) })), task.node));
            for (const ea of task.activities) out.push(b.from(b.dataRow(tbl, activityCells(b, ea)), ea.node));
        }
        return out;
    };
    // The tasks' rows (now, or while the .docx is written: task-source.ts), then the presentations'.
    const { now, stream } = ofTasks(b, run => taskRows(run.tasks));
    const rows: Row[] = [];
    appendAll(rows, now);
    for (const p of b.project.presentations) {
        rows.push(b.from(b.groupRow(tbl, b.text(p.title, p.titleRu)), p.node));
        rows.push(b.from(b.dataRow(tbl, { ...activityCells(b, p), no: '1.' }), p.node));
    }
    const table = b.table(tbl, rows, { dense: true, widths: { no: 3, activity: 12, period: 7, place: 9, participants: 9, category: 10, experts: 17, completeness: 25, appendix: 8 } });
    if (stream) table.stream = stream;
    b.push(table);

    buildActivityNarrative(b);
}

/** The council table (columns from the form, no heading: the seed prints none). */
function councilTable(b: Builder, node: Council): Block[] {
    if (!node.members.length || !hasSection(b.form, 'council')) return [];
    const cs = section(b.form, 'council');
    return [b.table(cs.table!, node.members.map((m, i) => b.from(b.dataRow(cs.table!, {
        no: String(i + 1), name: collapse(m.name), position: collapse(m.position ?? '')
    }), m)), { widths: { no: 6, name: 34, position: 60 }, keepTogether: node.members.length <= 12 })];
}

/** The learning-outcomes table (columns from the form, no heading). */
function learningTable(b: Builder, node: Learning): Block[] {
    if (!node.items.length || !hasSection(b.form, 'learning')) return [];
    const ls = section(b.form, 'learning');
    return [b.table(ls.table!, node.items.map((it, i) => b.from(b.dataRow(ls.table!, {
        no: String(i + 1), direction: collapse(it.name), duration: written(it.duration),
        before: cell(written(it.before), { align: 'center' }), after: cell(written(it.after), { align: 'center' }),
        growth: cell(written(it.growth), { align: 'center' })
    }), it)), { keepTogether: node.items.length <= 12 })];
}

/**
 * The account that follows the section 1 table in the seed: per task «N міндет. …» and per
 * activity «N іс-шара. …», each followed by the grantee's text and the tables it places. A task
 * or activity without an account prints nothing. Council and learning blocks written at the
 * project level (not inside an account) follow, without headings.
 */
function buildActivityNarrative(b: Builder): void {
    const blocks = (pieces: NarrativePiece[]) => narrativePiecesBlocks(pieces, b.lang,
        p => (p.kind === 'council' ? councilTable(b, p.node) : learningTable(b, p.node)));
    const titleLine = (text: string) => para([run(/[.!?:]$/.test(text) ? text : `${text}.`, { bold: true })], { keepNext: true, align: 'justify' });
    const accounts = (tasks: readonly EvalTask[]): Block[] => {
        const out: Block[] = [];
        for (const task of tasks) {
            const acts = task.activities.filter(a => a.narrative.length);
            if (!task.narrative.length && !acts.length) continue;
            out.push(titleLine(fill(b.L('taskRow'), { n: task.number, title: b.text(task.title, task.titleRu) })));
            appendAll(out, blocks(task.narrative));
            for (const ea of acts) {
                out.push(titleLine(fill(b.L('activityRow'), { n: ea.number, title: b.text(ea.title, ea.titleRu) })));
                appendAll(out, blocks(ea.narrative));
            }
        }
        return out;
    };
    // The accounts are text: portrait pages after the wide table (gathered: is there any?).
    if (b.taskFacts.narratives) {
        b.orient(false);
        pushTaskBlocks(b, run => accounts(run.tasks));
    }
    if (b.project.node.councils.length || b.project.node.learning.length) b.orient(false);
    for (const c of b.project.node.councils) b.pushAll(councilTable(b, c));
    for (const l of b.project.node.learning) b.pushAll(learningTable(b, l));
}
