/** The socio-economic impact table (Block IV) of the report. */
import { section } from '../forms.js';
import { valueUnit } from '../display.js';
import { cell } from '../document.js';
import type { Builder } from './builder.js';

export function buildImpact(b: Builder): void {
    const s = section(b.form, 'impact');
    b.sectionHeading(s, b.kind === 'plan' ? 1 : 2);
    const tbl = s.table!;
    const rows = b.project.impact.map((ei, i) => {
        const unit = valueUnit(ei.plan) ?? valueUnit(ei.fact) ?? '';
        return b.from(b.dataRow(tbl, {
            no: `${i + 1}`, indicator: b.indicatorName(ei), unit: cell(unit, { align: 'center' }),
            plan: cell(b.plan(ei, unit || undefined), { align: 'center' }),
            fact: { ...b.fact(ei, unit || undefined), align: 'center' }
        }), ei.node, ei);
    });
    if (!rows.length) rows.push(b.dataRow(tbl, {}));
    b.push(b.table(tbl, rows, { widths: { no: 5, indicator: 45, unit: 12, plan: 19, fact: 19 }, keepTogether: rows.length <= 12 }));
    const effect = b.narrative('әлеуметтік-экономикалық-әсер');
    if (effect) b.paragraphs(effect);
}
