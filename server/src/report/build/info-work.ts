/** The information work section of the report: publications and their indicators. */
import type { EvalActivity } from '../../../../language/src/model.js';
import { fill, section } from '../forms.js';
import { dotted, userText } from '../display.js';
import { cell, run, type Cell, type Inline, type Row } from '../document.js';
import { collapse, type Builder } from './builder.js';

export function buildInfoWork(b: Builder): void {
    const s = section(b.form, 'infoWork');
    b.sectionHeading(s);
    const tbl = s.table!;
    const rows: Row[] = [];
    let n = 0;
    for (const iw of b.project.infoWorks) {
        const publications = iw.publications.filter(p => b.kind !== 'interim' || !p.date || p.date <= b.project.reportDate);
        const units: EvalActivity[] = [iw.block, ...iw.activities];
        for (const ea of units) {
            const isBlock = ea === iw.block;
            if (!isBlock || ea.indicators.length || !iw.activities.length) n++;
            else continue;
            const content: Inline[][] = [];
            const result = userText(ea.result);
            if (result.length) for (const r of result) content.push([run(r)]);
            else if (isBlock) content.push([run(b.L('mediaPublishing'))]);
            if (ea.channel) content.push([run(collapse(ea.channel))]);
            if (isBlock && publications.length) {
                content.push([run(b.L('publicationList'), { bold: true })]);
                publications.forEach((p, i) => content.push([run(fill(b.L('publicationTemplate'), {
                    n: i + 1, outlet: collapse(p.outlet), title: collapse(p.title), date: p.date ? dotted(p.date) : collapse(p.node.date)
                }))]));
            }
            const inds = ea.indicators;
            const span = Math.max(1, inds.length);
            const topic = isBlock ? b.text(ea.title, ea.titleRu) : `${ea.number}. ${b.text(ea.title, ea.titleRu)}`;
            for (let i = 0; i < span; i++) {
                const ei = inds[i];
                const values: Record<string, Cell | string | undefined> = i === 0
                    ? { no: cell(`${n}.`, { rowSpan: span }), topic: cell(topic, { rowSpan: span }), content: cell(content.length ? content : [[run('')]], { rowSpan: span }) }
                    : { no: undefined, topic: undefined, content: undefined };
                if (ei) {
                    values.indicator = b.indicatorName(ei);
                    values.plan = b.plan(ei);
                    values.fact = b.fact(ei);
                } else {
                    values.indicator = ''; values.plan = ''; values.fact = '';
                }
                rows.push(b.from(b.dataRow(tbl, values), ei?.node ?? ea.node, ei));
            }
        }
    }
    if (!rows.length) rows.push(b.dataRow(tbl, {}));
    b.push(b.table(tbl, rows, { dense: true, widths: { no: 5, topic: 14, content: 41, indicator: 14, plan: 13, fact: 13 } }));
}
