/**
 * A second real spreadsheet program opens the workbook `esep summary` writes: LibreOffice
 * converts each sheet to CSV. Skipped, with the reason printed, where LibreOffice is not
 * installed (scripts/dev/install-libreoffice.sh installs it; CI does not need it).
 */
import { describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../server/src/cli.js';
import { root } from './helpers.js';

const soffice = spawnSync('soffice', ['--version'], { timeout: 30_000, encoding: 'utf8' });
const available = soffice.status === 0;
if (!available) console.log('skipped: LibreOffice (soffice) is not installed; bash scripts/dev/install-libreoffice.sh installs it');

describe.skipIf(!available)('LibreOffice opens the portfolio workbook', () => {
    test('every sheet converts, with numbers, dates and Kazakh text intact', async () => {
        const dir = mkdtempSync(join(tmpdir(), 'esep-lo-'));
        const xlsx = join(dir, 'portfolio.xlsx');
        const code = await main(['summary', join(root, 'examples'), '-o', xlsx], { out: () => undefined, err: () => undefined });
        expect(code).toBe(0);
        const r = spawnSync('soffice', [
            '--headless', '--norestore', `-env:UserInstallation=file://${join(dir, 'profile')}`,
            '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1',
            '--outdir', join(dir, 'out'), xlsx
        ], { timeout: 120_000, encoding: 'utf8' });
        expect(r.status, r.stderr).toBe(0);
        const files = readdirSync(join(dir, 'out')).sort();
        expect(files).toEqual(['portfolio-Ескертулер.csv', 'portfolio-Жобалар.csv', 'portfolio-Көрсеткіштер.csv']);
        const projects = readFileSync(join(dir, 'out', 'portfolio-Жобалар.csv'), 'utf8').split('\n');
        expect(projects[0]).toMatch(/^Файл,Жоба,Гранталушы,/);
        const birgemiz = projects.find(l => l.includes('Birgemiz: Bilim'))!;
        expect(birgemiz).toContain('«Жас қанат» жастар қоғамдық бірлестігі');
        expect(birgemiz).toContain(',15337100,');
        // A date cell, shown as a date (not the ISO text), and the share met as a percentage.
        expect(birgemiz).not.toContain('2020-11-30');
        expect(birgemiz).toMatch(/11\/30\/2020|30\.11\.2020/);
        expect(birgemiz).toMatch(/,\d{1,3}([.,]\d+)?%,/);
        const indicators = readFileSync(join(dir, 'out', 'portfolio-Көрсеткіштер.csv'), 'utf8').trim().split('\n');
        expect(indicators.length).toBeGreaterThan(100);
        // Every cell in the column exceljs puts it in: a row's cells after its first carry no
        // reference where they follow the one before (xlsx-rows.ts), so a reader that misplaced
        // them would shift whole rows. Text cells are compared as text; the rest by their place.
        const book = new ExcelJS.Workbook();
        await book.xlsx.readFile(xlsx);
        for (const [sheet, csv] of [['Жобалар', 'portfolio-Жобалар.csv'], ['Көрсеткіштер', 'portfolio-Көрсеткіштер.csv'], ['Ескертулер', 'portfolio-Ескертулер.csv']]) {
            const lines = csvRows(readFileSync(join(dir, 'out', csv), 'utf8'));
            const worksheet = book.getWorksheet(sheet)!;
            expect(lines.length, sheet).toBe(worksheet.rowCount);
            let gaps = 0;
            worksheet.eachRow({ includeEmpty: true }, (row, n) => {
                const fields = lines[n - 1];
                const filled = fields.flatMap((f, k) => (f === '' ? [] : [k + 1]));
                const cells: number[] = [];
                row.eachCell((cell, column) => {
                    cells.push(column);
                    if (typeof cell.value === 'string') expect(fields[column - 1], `${sheet} ${cell.address}`).toBe(cell.value);
                });
                expect(filled, `${sheet}, row ${n}`).toEqual(cells);
                if (cells.some((c, k) => c !== k + 1)) gaps++;
            });
            // The sheets have rows with empty cells between filled ones: the case that needs a reference.
            if (sheet !== 'Ескертулер') expect(gaps, sheet).toBeGreaterThan(0);
        }
    }, 180_000);
});

/** The rows of a CSV text (RFC 4180: quoted fields may hold commas, quotes doubled, line breaks). */
function csvRows(text: string): string[][] {
    const rows: string[][] = [];
    let row: string[] = [];
    let field = '';
    let quoted = false;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (quoted) {
            if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
            else if (c === '"') quoted = false;
            else field += c;
        } else if (c === '"') quoted = true;
        else if (c === ',') { row.push(field); field = ''; }
        else if (c === '\n' || c === '\r') {
            if (c === '\r' && text[i + 1] === '\n') i++;
            row.push(field);
            rows.push(row);
            row = [];
            field = '';
        } else field += c;
    }
    if (field !== '' || row.length) { row.push(field); rows.push(row); }
    return rows;
}
