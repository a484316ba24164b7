/**
 * A sheet's rows written as bytes (server/src/portfolio/xlsx-rows.ts, used by xlsx.ts): the
 * bytes are the XML a spreadsheet reads, whether the rows fit in the buffer or fill it many times.
 */
import { describe, expect, test } from 'vitest';
import { unzipSync } from 'fflate';
import { RowBytes, styled } from '../server/src/portfolio/xlsx-rows.js';
import { WorkbookBuilder, type CellValue, type SheetColumn } from '../server/src/portfolio/xlsx.js';

const decoder = new TextDecoder();

function written(size: number, write: (out: RowBytes) => void): string {
    const pieces: string[] = [];
    // Each piece is read at once: the buffer is reused after the sink returns.
    const out = new RowBytes(['A', 'B', 'AA'], bytes => pieces.push(decoder.decode(bytes)), size);
    write(out);
    out.flush();
    return pieces.join('');
}

describe('sheet rows as bytes', () => {
    test('shared strings, quoted strings and numbers as JavaScript writes them', () => {
        const xml = written(1 << 16, out => {
            out.openRow(2);
            out.shared(0, 0);
            out.shared(1, 1234567, styled(2, true));
            out.number(2, -0.125, styled(5));
            out.closeRow();
            out.openRow(1048576);
            out.number(0, 1e21, styled(4));
            out.number(1, 44_166, styled(6));
            out.closeRow();
        });
        // A row's first cell has its reference; each after it follows the one before: none needed.
        expect(xml).toBe('<row r="2"><c r="A2" t="s"><v>0</v></c><c t="s" s="2"><v>1234567</v></c><c s="5"><v>-0.125</v></c></row>'
            + '<row r="1048576"><c r="A1048576" s="4"><v>1e+21</v></c><c s="6"><v>44166</v></c></row>');
    });

    test('a cell after an empty one carries its reference; the cells after it follow it without', () => {
        const xml = written(1 << 16, out => {
            out.openRow(7);
            out.shared(1, 5);
            out.number(2, 3, styled(4));
            out.closeRow();
            out.openRow(8);
            out.shared(0, 1);
            out.number(2, 9, styled(4));
            out.closeRow();
        });
        expect(xml).toBe('<row r="7"><c r="B7" t="s"><v>5</v></c><c s="4"><v>3</v></c></row>'
            + '<row r="8"><c r="A8" t="s"><v>1</v></c><c r="AA8" s="4"><v>9</v></c></row>');
    });

    test('every number as String() writes it, whole numbers written digit by digit included', () => {
        const values = [0, -0, 7, 10, 99, 100, 65_535, 2 ** 31 - 1, 2 ** 31, 2 ** 31 + 1, 2 ** 53, 1e21, -1, -10, 0.5, 1 / 3, 44_166];
        const xml = written(1 << 16, out => {
            out.openRow(123_456);
            for (const v of values) out.number(0, v, styled(4));
            out.closeRow();
        });
        expect(xml).toBe('<row r="123456">' + values.map(v => `<c r="A123456" s="4"><v>${String(v)}</v></c>`).join('') + '</row>');
    });

    test('column widths follow the widest value: digits with thousands, the longest line of a text, once per text', () => {
        const columns: SheetColumn[] = [{ header: 'A', format: 'number' }, { header: 'B', format: 'integer' }, { header: 'C', format: 'text' }, { header: 'D', format: 'number' }];
        const widths = (rows: CellValue[][]) => {
            const book = new WorkbookBuilder();
            const sheet = book.addSheet('W', columns);
            for (const row of rows) sheet.addRow(row);
            const xml = decoder.decode(unzipSync(book.finish({ created: '2020-01-01T00:00:00Z' }))['xl/worksheets/sheet1.xml']);
            return [...xml.matchAll(/<col min="\d+" max="\d+" width="(\d+)"/g)].map(m => Number(m[1]));
        };
        // 1 234 567.5: 7 digits, 2 separators, a fraction (3); -999 999 999 999 999: 15 digits, 4 separators, a sign.
        expect(widths([[1_234_567.5, -999_999_999_999_999, 'бір\nекі үш төрт бес алты жеті сегіз', 1e21]])).toEqual([14, 22, 33, 8]);
        // The same text again, and a shorter one: the widest stays.
        expect(widths([[9, 10, 'бір\nекі үш төрт бес алты жеті сегіз', 0], [1, 1, 'бір\nекі үш төрт бес алты жеті сегіз', 0], [1, 1, 'қысқа', 0]])).toEqual([8, 8, 33, 8]);
    });

    test('a small buffer handed on many times gives the same bytes as one big one', () => {
        const rows = (out: RowBytes) => {
            for (let n = 2; n < 500; n++) {
                out.openRow(n);
                out.shared(0, n * 7);
                out.number(2, n / 3, styled(4));
                out.closeRow();
            }
        };
        const small = written(1, rows);
        expect(small).toBe(written(1 << 20, rows));
        expect(small.match(/<row /g)).toHaveLength(498);
        expect(small).toContain('<row r="499"><c r="A499" t="s"><v>3493</v></c><c r="AA499" s="4"><v>166.33333333333334</v></c></row>');
    });

    test('a workbook of more rows than one buffer holds: every row in its place, text in the shared strings', () => {
        const columns: SheetColumn[] = [{ header: 'Аты', format: 'text' }, { header: 'Сан', format: 'number' }, { header: 'Күні', format: 'date' }];
        const book = new WorkbookBuilder();
        const sheet = book.addSheet('Кесте', columns);
        for (let k = 0; k < 30_000; k++) sheet.addRow([k % 2 ? `«Жол ${k}»` : '=1+1', k + 0.5, '2020-11-30'] satisfies CellValue[]);
        const files = unzipSync(book.finish({ created: '2020-01-01T00:00:00Z' }));
        const xml = decoder.decode(files['xl/worksheets/sheet1.xml']);
        expect(xml.match(/<row /g)).toHaveLength(30_001);
        expect(xml).toContain('<row r="2"><c r="A2" t="s" s="2"><v>0</v></c><c s="4"><v>0.5</v></c><c s="6"><v>44165</v></c></row>');
        expect(xml).toContain('<row r="30001"><c r="A30001" t="s"><v>15000</v></c><c s="4"><v>29999.5</v></c><c s="6"><v>44165</v></c></row></sheetData>');
        const strings = decoder.decode(files['xl/sharedStrings.xml']);
        // The headers' strings come last: they are written when the sheet is finished.
        expect(strings).toContain('<si><t xml:space="preserve">«Жол 29999»</t></si><si><t xml:space="preserve">Аты</t></si>');
    });
});
