/** Participant statistics: total, gender, social categories, ages. */
import { ageRowId, categoryRowId, section } from '../forms.js';
import { narrativePiecesBlocks } from '../narrative-blocks.js';
import { num } from '../display.js';
import { cell, para, run } from '../document.js';
import type { Builder } from './builder.js';

export function buildStatistics(b: Builder): void {
    const s = section(b.form, 'statistics');
    b.sectionHeading(s);
    const st = b.project.statistics;
    // The grantee's own sentence (`сипаттама:` in `статистика`), as written; the form adds none.
    if (st?.narrative.length) b.pushAll(narrativePiecesBlocks(st.narrative, b.lang, () => []));
    for (const sub of s.subsections ?? []) {
        const values = new Map<string, number | undefined>();
        if (st) {
            values.set('total', st.total);
            if (sub.id === 'gender') { values.set('men', st.men); values.set('women', st.women); }
            if (sub.id === 'category') for (const c of st.categories) { const id = categoryRowId(c.key); if (id) values.set(id, c.count); }
            if (sub.id === 'age') for (const a of st.ages) { const id = ageRowId(a.key); if (id) values.set(id, a.count); }
        }
        const rows = sub.rows ?? [];
        b.push(para([run(sub.heading ?? '', { bold: true })], { keepNext: true }));
        // As in S001: the labels across in one row, the counts in the row under them.
        b.push({
            type: 'table',
            // A column as wide as its longest word, so that no word breaks.
            widths: rows.map(r => Math.max(6, ...r.label.split(/\s+/).map(w => w.length))),
            header: [{ kind: 'header', cells: rows.map(r => cell([run(r.label, { bold: true })], { align: 'center', shade: 'header' })) }],
            keepTogether: true,
            dense: rows.length > 4,
            rows: [{ kind: 'data', cells: rows.map(r => cell(num(values.get(r.id), b.form), { align: 'center' })) }]
        });
    }
}
