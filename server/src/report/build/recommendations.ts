/** Letters of recommendation. */
import { section } from '../forms.js';
import { userText } from '../display.js';
import { cell, run } from '../document.js';
import { collapse, type Builder } from './builder.js';

export function buildRecommendations(b: Builder): void {
    const s = section(b.form, 'recommendations');
    b.sectionHeading(s);
    const tbl = s.table!;
    const rows = b.project.node.recommendations.map(r => b.from(b.dataRow(tbl, {
        body: collapse(r.body), text: cell(userText(r.text).map(x => [run(x)])), letter: collapse(r.letter ?? '')
    }), r));
    if (!rows.length) rows.push(b.dataRow(tbl, {}));
    b.push(b.table(tbl, rows, { widths: { body: 28, text: 44, letter: 28 } }));
}
