/** Deviations: collected from every indicator first, then their table with the justifications. */
import { section } from '../forms.js';
import { cell, para } from '../document.js';
import { textBlocks } from '../narrative-blocks.js';
import type { Builder } from './builder.js';

/**
 * The form's deviations section: the grantee's own text, and the deviations the grantee justified
 * (`ауытқу:` on an indicator) in the form's table. Deviations without a justification are not
 * marked here: the review appendix (review.ts), the preview and the diagnostics name them.
 */
export function buildDeviations(b: Builder): void {
    const s = section(b.form, 'deviations');
    b.sectionHeading(s);
    const text = b.narrative(s.grantKey);
    if (text) b.pushAll(textBlocks(text));
    const justified = b.deviations.filter(d => d.justification);
    if (!justified.length) {
        if (!text) b.push(para(b.deviations.length ? b.L('emptyCell') : b.L('deviationNone')));
        return;
    }
    const tbl = s.table!;
    const rows = justified.map(d => ({
        ...b.dataRow(tbl, {
            indicator: d.name,
            plan: cell(d.plan, { align: 'center' }),
            fact: cell(d.fact, { align: 'center' }),
            justification: cell(d.justification!)
        }), line: d.line
    }));
    b.push(b.table(tbl, rows, { widths: { indicator: 36, plan: 16, fact: 16, justification: 32 }, keepTogether: rows.length <= 12 }));
}

/**
 * Every indicator that deviates from its plan, in document order, before any table is built: the
 * tasks' are gathered first (task-source.ts, `gatherTasks`), then the rest of the project's.
 */
export function collectDeviations(b: Builder): void {
    const p = b.project;
    for (const pr of p.presentations) for (const ei of pr.indicators) b.noteDeviation(ei, '');
    for (const iw of p.infoWorks) {
        for (const ei of iw.block.indicators) b.noteDeviation(ei, '');
        for (const ea of iw.activities) for (const ei of ea.indicators) b.noteDeviation(ei, '');
    }
    for (const ei of p.impact) b.noteDeviation(ei, '');
}
