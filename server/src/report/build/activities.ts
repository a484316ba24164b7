/** Section 1 of the report: the activities table, and the council and learning tables printed inside it. */
import type { Activity, InfoWork, Presentation } from '../../../../language/src/generated/ast.js';
import { achieved, type EvalActivity } from '../../../../language/src/model.js';
import { parseNumber } from '../../../../language/src/values/index.js';
import { fill, hasSection, section } from '../forms.js';
import { num, userText, writtenDate } from '../display.js';
import { cell, run, type Cell, type Row } from '../model.js';
import { collapse, written, type Builder } from './builder.js';

function activityCells(b: Builder, ea: EvalActivity): Record<string, Cell | string> {
    const node = ea.node as Activity | Presentation | InfoWork;
    const participants = node.participants.map(g => num(parseNumber(g.count), b.form));
    const categories = node.participants.map(g => g.category ? collapse(g.category) : '');
    const experts = (node.experts ?? '').split(/;\s*/u).map(collapse).filter(Boolean);
    let completeness = userText(node.completeness);
    if (!completeness.length && ea.rollup.total > 0 && b.kind !== 'plan') {
        const pct = Math.round(achieved(ea.rollup) / ea.rollup.total * 100);
        completeness = [fill(b.L('completenessTemplate'), { percent: pct })];
    }
    return {
        no: ea.number ? `${ea.number}.` : '',
        activity: collapse(ea.title),
        period: writtenDate(node.period),
        place: collapse(node.place ?? node.channel ?? ''),
        participants: cell(participants.length ? participants.map(p => [run(p)]) : [[run('')]], { align: 'center' }),
        category: cell(categories.length ? categories.map(c => [run(c)]) : [[run('')]]),
        experts: cell(experts.length ? experts.map(e => [run(e)]) : [[run('')]]),
        completeness: cell(completeness.length ? completeness.map(c => [run(c)]) : [[run('')]]),
        appendix: node.appendix ? fill(b.L('appendixRef'), { n: collapse(node.appendix) }) : ''
    };
}

export function buildActivities(b: Builder): void {
    const s = section(b.form, 'activities');
    b.sectionHeading(s, 1);
    const tbl = s.table!;
    const rows: Row[] = [];
    for (const task of b.project.tasks) {
        rows.push(b.from(b.groupRow(tbl, fill(b.L('taskRow'), { n: task.number, title: collapse(task.title) })), task.node));
        for (const ea of task.activities) rows.push(b.from(b.dataRow(tbl, activityCells(b, ea)), ea.node));
    }
    for (const p of b.project.presentations) {
        rows.push(b.from(b.groupRow(tbl, collapse(p.title)), p.node));
        rows.push(b.from(b.dataRow(tbl, { ...activityCells(b, p), no: '1.' }), p.node));
    }
    b.push(b.table(tbl, rows, { dense: true, widths: { no: 3, activity: 12, period: 7, place: 9, participants: 9, category: 10, experts: 17, completeness: 25, appendix: 8 } }));

    // Tables the seed prints inside the section 1 narrative.
    const members = b.project.node.councils.flatMap(c => c.members);
    if (members.length && hasSection(b.form, 'council')) {
        const cs = section(b.form, 'council');
        b.sectionHeading(cs, 3);
        b.push(b.table(cs.table!, members.map((m, i) => b.from(b.dataRow(cs.table!, {
            no: String(i + 1), name: collapse(m.name), position: collapse(m.position ?? '')
        }), m)), { widths: { no: 6, name: 34, position: 60 }, keepTogether: members.length <= 12 }));
    }
    const items = b.project.node.learning.flatMap(l => l.items);
    if (items.length && hasSection(b.form, 'learning')) {
        const ls = section(b.form, 'learning');
        b.sectionHeading(ls, 3);
        b.push(b.table(ls.table!, items.map((it, i) => b.from(b.dataRow(ls.table!, {
            no: String(i + 1), direction: collapse(it.name), duration: written(it.duration),
            before: cell(written(it.before), { align: 'center' }), after: cell(written(it.after), { align: 'center' }),
            growth: cell(written(it.growth), { align: 'center' })
        }), it)), { keepTogether: items.length <= 12 }));
    }
}
