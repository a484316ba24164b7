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
        expect(xml).toBe('<row r="2"><c r="A2" t="s"><v>0</v></c><c r="B2" t="s" s="2"><v>1234567</v></c><c r="AA2" s="5"><v>-0.125</v></c></row>'
            + '<row r="1048576"><c r="A1048576" s="4"><v>1e+21</v></c><c r="B1048576" s="6"><v>44166</v></c></row>');
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
        expect(xml).toContain('<row r="2"><c r="A2" t="s" s="2"><v>0</v></c><c r="B2" s="4"><v>0.5</v></c><c r="C2" s="6"><v>44165</v></c></row>');
        expect(xml).toContain('<row r="30001"><c r="A30001" t="s"><v>15000</v></c><c r="B30001" s="4"><v>29999.5</v></c><c r="C30001" s="6"><v>44165</v></c></row></sheetData>');
        const strings = decoder.decode(files['xl/sharedStrings.xml']);
        // The headers' strings come last: they are written when the sheet is finished.
        expect(strings).toContain('<si><t xml:space="preserve">«Жол 29999»</t></si><si><t xml:space="preserve">Аты</t></si>');
    });
});
