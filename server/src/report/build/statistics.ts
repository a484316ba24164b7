/** Participant statistics: total, gender, social categories, ages. */
import { formatNumber } from '../../../../language/src/values/index.js';
import { ageRowId, categoryRowId, fill, section } from '../forms.js';
import { num } from '../display.js';
import { cell, para, run } from '../model.js';
import type { Builder } from './builder.js';

export function buildStatistics(b: Builder): void {
    const s = section(b.form, 'statistics');
    b.sectionHeading(s);
    const st = b.project.statistics;
    if (st?.total !== undefined) b.push(para(fill(b.L('participantsTotalSentence'), { total: formatNumber(st.total) })));
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
        // S001 prints labels in one row and counts in the next; with eleven categories that
        // breaks words on a portrait page, so each label gets a row of its own.
        b.push({
            type: 'table',
            widths: [76, 24],
            header: [],
            keepTogether: true,
            rows: rows.map((r, i) => ({
                kind: 'data' as const,
                cells: [
                    cell([run(r.label, { bold: i === 0 })], { shade: i === 0 ? 'header' : undefined }),
                    cell([run(num(values.get(r.id), b.form), { bold: i === 0 })], { align: 'center', shade: i === 0 ? 'header' : undefined })
                ]
            }))
        });
    }
}
