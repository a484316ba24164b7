/** Deviations: collected from every indicator first, then their table with the justifications. */
import { section } from '../forms.js';
import { cell, para, run } from '../model.js';
import type { Builder } from './builder.js';

export function buildDeviations(b: Builder): void {
    const s = section(b.form, 'deviations');
    b.sectionHeading(s);
    const text = b.narrative(s.grantKey);
    if (text) b.paragraphs(text);
    if (!b.deviations.length) {
        if (!text) b.push(para(b.L('deviationNone')));
        return;
    }
    const tbl = s.table!;
    const rows = b.deviations.map(d => {
        const justification = d.justification
            ? cell(d.justification)
            : cell([run(b.L('unjustifiedDeviation'), { bold: true, alert: true })], { shade: 'alert' });
        return { ...b.dataRow(tbl, {
            indicator: d.justification ? d.name : cell([run(d.name)], { shade: 'alert' }),
            plan: cell(d.plan, { align: 'center', shade: d.justification ? undefined : 'alert' }),
            fact: cell(d.fact, { align: 'center', shade: d.justification ? undefined : 'alert' }),
            justification
        }), line: d.line };
    });
    b.push(b.table(tbl, rows, { widths: { indicator: 36, plan: 16, fact: 16, justification: 32 }, keepTogether: rows.length <= 12 }));
}

/** Every indicator that deviates from its plan, in document order, before any table is built. */
export function collectDeviations(b: Builder): void {
    const p = b.project;
    for (const task of p.tasks) for (const ea of task.activities) for (const ei of ea.indicators) b.noteDeviation(ei, `${ea.label}.`);
    for (const pr of p.presentations) for (const ei of pr.indicators) b.noteDeviation(ei, '');
    for (const iw of p.infoWorks) {
        for (const ei of iw.block.indicators) b.noteDeviation(ei, '');
        for (const ea of iw.activities) for (const ei of ea.indicators) b.noteDeviation(ei, '');
    }
    for (const ei of p.impact) b.noteDeviation(ei, '');
}
