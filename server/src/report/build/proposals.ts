/** Proposals for future grants, with the priority direction boxes. */
import { priorityDirections, section } from '../forms.js';
import { listLines } from '../display.js';
import { cell, run, type Inline, type Row } from '../document.js';
import { collapse, written, type Builder } from './builder.js';

export function buildProposals(b: Builder): void {
    const s = section(b.form, 'proposals');
    b.sectionHeading(s);
    const tbl = s.table!;
    const rows: Row[] = [];
    const directions = priorityDirections();
    const fold = (x: string) => collapse(x).toLowerCase().replace(/[;.]$/, '');
    b.project.node.proposals.forEach((p, i) => {
        const lines = (text: string | undefined) => {
            const l = listLines(text);
            return cell(l.length ? l.map(x => [run(x)]) : [[run('')]]);
        };
        rows.push(b.from(b.dataRow(tbl, {
            no: String(i + 1), name: collapse(p.name), rationale: lines(p.rationale), goal: lines(p.goal), tasks: lines(p.tasks),
            description: lines(p.description), sum: written(p.sum), place: collapse(p.place ?? ''), result: lines(p.result)
        }), p));
        if (s.directionPrompt) {
            const chosen = p.direction ? fold(p.direction) : undefined;
            const paragraphs: Inline[][] = [[run(s.directionPrompt, { italic: true })]];
            for (const d of directions.items) {
                const text = b.lang === 'kk' ? d.kk : d.ru;
                const isChosen = chosen !== undefined && (fold(text) === chosen || fold(d.kk) === chosen || chosen === d.key);
                paragraphs.push([run(`${isChosen ? '☒' : '☐'} ${d.key}) ${text}`, { bold: isChosen })]);
            }
            rows.push(b.from({ kind: 'data', cells: [cell(paragraphs, { colSpan: tbl.columns.length })] }, p));
        }
    });
    if (!rows.length) rows.push(b.dataRow(tbl, {}));
    b.push(b.table(tbl, rows, { dense: true, widths: { no: 3, name: 11, rationale: 14, goal: 12, tasks: 16, description: 16, sum: 7, place: 10, result: 11 } }));
}
