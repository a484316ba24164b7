/**
 * A table row that starts on a new page (pdf-table.ts buildTable): a cell whose text goes on in
 * lower case continues the merged cell above it; a cell that says the same again is its own row's.
 */
import { describe, expect, test } from 'vitest';
import { buildTable, type Header } from '../../server/src/import/pdf-table.js';
import type { Line } from '../../server/src/import/pdf-text.js';
import { PAGE } from '../../server/src/import/pdf-text.js';

// Three drawn columns: № | indicator | unit.
const starts = [50, 80, 300];
const header: Header = {
    kind: 'impact', starts, right: 400, kinds: ['number', 'name', 'unit'], texts: ['№', 'Көрсеткіш', 'Өлшем бірлігі'],
    anchor: 1, endIndex: 0, firstText: '№',
    // A rule somewhere on every page: the table is drawn.
    rulesOf: () => [{ left: 50, right: 400, top: 10, bottom: 10.5 }]
};

function line(page: number, top: number, cells: Array<[number, string]>): Line {
    const items = cells.map(([col, text]) => ({ text, x: starts[col] + 2, right: starts[col] + 2 + text.length * 5, top, h: 10 }));
    return { items, segments: items.map(i => ({ text: i.text, x: i.x, right: i.right })), top, h: 10, page, pos: (page - 1) * PAGE + top };
}

describe('a row on a new page', () => {
    test('«теңге» under «теңге» is the next row\'s own unit, not the cell above going on', () => {
        const table = buildTable(1, header, [
            [line(1, 700, [[0, '1'], [1, 'Салықтар'], [2, 'теңге']])],
            [line(2, 60, [[0, '2'], [1, 'Экономикаға салым'], [2, 'теңге']])]
        ]);
        expect(table.rows.slice(1).map(r => r.cells.map(c => c.paras.map(p => p.text).join(' | ')))).toEqual([
            ['1', 'Салықтар', 'теңге'],
            ['2', 'Экономикаға салым', 'теңге']
        ]);
    });

    test('a text that goes on in lower case is the merged cell above, on both rows', () => {
        const table = buildTable(1, header, [
            [line(1, 700, [[0, '1'], [1, 'Батыс Қазақстан'], [2, 'адам']])],
            [line(2, 60, [[0, '2'], [1, 'облысы'], [2, 'бірлік']])]
        ]);
        const names = table.rows.slice(1).map(r => r.cells[1]);
        expect(names.map(c => [c.merged ?? false, c.paras.map(p => p.text).join(' | ')])).toEqual([
            [false, 'Батыс Қазақстан облысы'],
            [true, 'Батыс Қазақстан облысы']
        ]);
    });
});

describe('a place merged over activities on both sides of a page break', () => {
    // Page 2's drawing (reader positions: PAGE + distance from the top): a rule at 150 across the columns listed (№ and indicator: 50–300; all: 50–400).
    const drawn = (across: number): Header => ({ ...header, rulesOf: page => page === 2 ? [{ left: 50, right: across, top: PAGE + 150, bottom: PAGE + 150.5 }] : [{ left: 50, right: 400, top: 10, bottom: 10.5 }] });
    const places = (h: Header, rows: Line[][]) => buildTable(1, h, rows).rows.slice(1).map(r => [r.cells[2].merged ?? false, r.cells[2].paras.map(p => p.text).join(' | ')]);

    test('the row above runs on at the top of the page: the rule between the two rows is sought on this page', () => {
        const rows = [
            [line(1, 700, [[0, '1'], [1, 'Кездесу'], [2, 'Маңғыстау облысы']]), line(2, 60, [[1, 'хаттамасы']])],
            [line(2, 160, [[0, '2'], [1, 'Семинар']])]
        ];
        expect(places(drawn(300), rows)).toEqual([[false, 'Маңғыстау облысы'], [true, 'Маңғыстау облысы']]);
        // Ruled across the place column too: two cells, the second left empty.
        expect(places(drawn(400), rows)).toEqual([[false, 'Маңғыстау облысы'], [false, '']]);
    });

    test('a row that starts the page with an empty place merged with the row below continues the place above', () => {
        const rows = [
            [line(1, 700, [[0, '1'], [1, 'Кездесу'], [2, 'Маңғыстау облысы']])],
            [line(2, 60, [[0, '2'], [1, 'Семинар']])],
            [line(2, 160, [[0, '3'], [1, 'Сапар']])]
        ];
        expect(places(drawn(300), rows)).toEqual([[false, 'Маңғыстау облысы'], [true, 'Маңғыстау облысы'], [true, 'Маңғыстау облысы']]);
        // The empty cell has a rule under it: nothing says it is the cell above, and it stays empty.
        expect(places(drawn(400), rows)).toEqual([[false, 'Маңғыстау облысы'], [false, ''], [false, '']]);
    });
});
