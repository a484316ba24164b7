/**
 * «Esep: Export to Excel» on the server side: `esep/exportExcel` answered by the web-worker
 * language server (out/server-browser.js, VS Code for the Web), the workbook read back with
 * exceljs; an edit just sent is in the export.
 */
import { describe, expect, test } from 'vitest';
import ExcelJS from 'exceljs';
import { openInWebWorker, readExample } from './helpers.js';

describe('esep/exportExcel from the web-worker language server', () => {
    test('the workbook of an open document, Indicators first, with the edit just made', async () => {
        const uri = 'vscode-vfs://github/esep/examples/birgemiz-bilim.grant';
        const text = readExample('birgemiz-bilim.grant').replace('факт: 698', 'факт: 150');
        const { request, stop } = await openInWebWorker('server/src/portfolio/requests.ts', uri, text);
        try {
            const result = await request('esep/exportExcel', { uri, lang: 'ru' });
            expect(result.errors).toBeUndefined();
            expect(result.fileName).toBe('birgemiz-bilim.xlsx');
            const book = new ExcelJS.Workbook();
            await book.xlsx.load(Buffer.from(result.data, 'base64') as unknown as ArrayBuffer);
            expect(book.worksheets.map(s => s.name)).toEqual(['Показатели', 'Проекты', 'Замечания']);
            const sheet = book.worksheets[0];
            const headers = sheet.getRow(1).values as string[];
            const col = (name: string) => headers.indexOf(name);
            let found = false;
            sheet.eachRow((row, n) => {
                if (n > 1 && row.getCell(col('Показатель')).value === 'Қатысушылар саны' && row.getCell(col('Факт (как написано)')).value === '150') {
                    found = true;
                    expect(row.getCell(col('Статус')).value).toBe('не выполнено');
                    expect(row.getCell(col('Выполнение плана')).value).toBe(0.75);
                }
            });
            expect(found).toBe(true);
            const unknown = await request('esep/exportExcel', { uri: 'vscode-vfs://github/esep/none.grant', lang: 'kk' });
            expect(unknown.errors?.[0]).toMatch(/оқу мүмкін болмады/);
        } finally {
            await stop();
        }
    });
});
