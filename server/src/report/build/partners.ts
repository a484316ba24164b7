/** The partners table. */
import { section } from '../forms.js';
import { para, run } from '../document.js';
import { collapse, type Builder } from './builder.js';

export function buildPartners(b: Builder): void {
    const s = section(b.form, 'partners');
    b.sectionHeading(s);
    for (const line of s.intro ?? []) b.push(para([run(line, { italic: true })], { style: 'small', align: 'justify' }));
    const tbl = s.table!;
    const rows = b.project.node.partners.map(p => b.from(b.dataRow(tbl, {
        name: collapse(p.name), role: collapse(p.role ?? ''), contact: collapse(p.contact ?? ''), note: collapse(p.note ?? '')
    }), p));
    if (!rows.length) rows.push(b.dataRow(tbl, {}));
    b.push(b.table(tbl, rows, { widths: { name: 26, role: 26, contact: 16, note: 32 } }));
}
