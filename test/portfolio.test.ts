/**
 * `esep summary` and `esep export`: the workbook read back by an independent reader (exceljs),
 * its figures against `esep check` and the editor's hovers on the same files, the JSON against
 * docs/export-schema.json, the HTML page, and bad input.
 */
import { describe, expect, test } from 'vitest';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { Ajv } from 'ajv';
import { unzipSync, strFromU8 } from 'fflate';
import { readGrantFile } from '../server/src/cli/portfolio/files.js';
import { nodeCodec } from '../server/src/cli/portfolio/node-codec.js';
import * as zlib from 'node:zlib';
import { writeXlsx } from '../server/src/portfolio/xlsx.js';
import { crc32, crc32Combine } from '../server/src/portfolio/zip.js';
import { csvStyle, writeCsv } from '../server/src/portfolio/csv.js';
import { GrantHoverProvider } from '../language/src/lsp/hover.js';
import { formatPercent } from '../language/src/values/index.js';
import { grant, parse, readExample, root } from './helpers.js';
import { runCli } from './cli-helpers.js';

const EXAMPLES = ['birgemiz-bilim.grant', 'teng-mumkindik.grant'];

const run = runCli;

const dir = mkdtempSync(join(tmpdir(), 'esep-portfolio-'));
function file(name: string, content: string | Uint8Array): string {
    const path = join(dir, name);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, content);
    return path;
}

async function readBook(path: string): Promise<ExcelJS.Workbook> {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path);
    return book;
}

/** A sheet as objects keyed by its header row. */
function records(sheet: ExcelJS.Worksheet): Record<string, ExcelJS.CellValue>[] {
    const headers = (sheet.getRow(1).values as ExcelJS.CellValue[]).slice(1).map(String);
    const out: Record<string, ExcelJS.CellValue>[] = [];
    sheet.eachRow((row, n) => {
        if (n === 1) return;
        const rec: Record<string, ExcelJS.CellValue> = {};
        headers.forEach((h, k) => { rec[h] = row.getCell(k + 1).value; });
        out.push(rec);
    });
    return out;
}

describe('esep summary examples/ -o portfolio.xlsx', async () => {
    const xlsx = join(dir, 'portfolio.xlsx');
    const r = await run(['summary', join(root, 'examples'), '-o', xlsx]);

    test('writes a workbook with the three sheets, Kazakh headers, frozen header rows and filters', async () => {
        expect(r.code).toBe(0);
        expect(r.out).toMatch(/portfolio\.xlsx жазылды: 2 жоба, \d+ көрсеткіш, \d+ ескерту\./);
        const book = await readBook(xlsx);
        expect(book.worksheets.map(s => s.name)).toEqual(['Жобалар', 'Көрсеткіштер', 'Ескертулер']);
        for (const sheet of book.worksheets) {
            expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
            expect(sheet.autoFilter).toMatch(/^A1:[A-Z]+\d+$/);
            expect(sheet.getRow(1).getCell(1).value).toBe('Файл');
            expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
            for (let c = 1; c <= sheet.columnCount; c++) expect(sheet.getColumn(c).width).toBeGreaterThanOrEqual(8);
        }
        const projects = records(book.getWorksheet('Жобалар')!);
        const birgemiz = projects.find(p => p['Жоба'] === 'Birgemiz: Bilim')!;
        expect(birgemiz['Гранталушы']).toBe('«Жас қанат» жастар қоғамдық бірлестігі');
        expect(birgemiz['Грант сомасы, теңге']).toBe(15_337_100);
        expect(birgemiz['Кезең күйі']).toBe('аяқталды');
        expect(birgemiz['Қатысушылар барлығы']).toBe(1728);
        expect(birgemiz['Жынысы бойынша сәйкес']).toBe('иә');
        // Dates are dates, percentages are numbers with a percent format.
        expect(birgemiz['Кезеңнің соңы']).toBeInstanceOf(Date);
        expect((birgemiz['Кезеңнің соңы'] as Date).toISOString().slice(0, 10)).toBe('2020-11-30');
        const pctCol = (book.getWorksheet('Жобалар')!.getRow(1).values as string[]).indexOf('Орындалу үлесі');
        const pctCell = book.getWorksheet('Жобалар')!.getRow(2).getCell(pctCol);
        expect(typeof pctCell.value).toBe('number');
        expect(pctCell.numFmt).toMatch(/%/);
    });

    test('Projects counts and Indicators rows agree with esep check and the hovers of the same files', async () => {
        const book = await readBook(xlsx);
        const projects = records(book.getWorksheet('Жобалар')!);
        const indicators = records(book.getWorksheet('Көрсеткіштер')!);
        const findings = records(book.getWorksheet('Ескертулер')!);
        const hover = new GrantHoverProvider(grant);
        for (const name of EXAMPLES) {
            const path = join(root, 'examples', name);
            // esep check, as JSON
            const check = JSON.parse((await run(['check', path, '--format', 'json'])).out) as { severity: string; code: string; line: number }[];
            const row = projects.find(p => p['Файл'] === path)!;
            expect(row, name).toBeDefined();
            expect(row['Қателер']).toBe(check.filter(d => d.severity === 'error').length);
            expect(row['Ескертулер']).toBe(check.filter(d => d.severity === 'warning').length);
            const mine = findings.filter(f => f['Файл'] === path);
            expect(mine.map(f => `${f['Жол']} ${f['Код']}`)).toEqual(check.map(d => `${d.line} ${d.code}`));

            // The hovers: one per indicator, the same plan, fact, percentage and status.
            const document = await parse(readExample(name));
            const model = grant.model.Evaluator.get(document);
            const rows = indicators.filter(i => i['Файл'] === path);
            const all = model.projects.flatMap(p => p.indicators);
            expect(rows.length).toBe(all.length);
            expect(row['Жоспарланған көрсеткіштер']).toBe(all.filter(i => i.plan).length);
            let achieved = 0;
            all.forEach((ei, k) => {
                const md = hover.indicatorMarkdown(ei);
                const cell = (label: string) => new RegExp(`\\| ${label} \\| (.*) \\|`).exec(md)?.[1];
                const rowK = rows[k];
                expect(rowK['Жол']).toBe(ei.node.$cstNode!.range.start.line + 1);
                const unescape = (s: string | undefined) => s?.replace(/\\(.)/g, '$1');
                if (ei.plan) expect(rowK['Жоспар (жазылғандай)']).toBe(unescape(cell('Жоспар')));
                if (ei.fact) expect(rowK['Факт (жазылғандай)']).toBe(unescape(cell('Факт')));
                const pct = cell('Жоспардың орындалуы')!;
                const ratio = rowK['Жоспардың орындалуы'] as number | null;
                if (pct === '—') expect(ratio ?? undefined).toBeUndefined();
                else expect(formatPercent(ratio!)).toBe(pct);
                expect(cell('Күйі') ?? md).toContain(String(rowK['Күйі']));
                if (ei.verdict.status === 'met' || ei.verdict.status === 'over') achieved++;
            });
            expect((row['Орындалды'] as number) + (row['Артығымен орындалды'] as number)).toBe(achieved);
        }
    });

    test('the same in Russian and English headers with --lang', async () => {
        for (const [lang, sheet, header] of [['ru', 'Проекты', 'Грантополучатель'], ['en', 'Projects', 'Grantee']] as const) {
            const out = join(dir, `portfolio-${lang}.xlsx`);
            expect((await run(['summary', join(root, 'examples'), '-o', out, '--lang', lang])).code).toBe(0);
            const book = await readBook(out);
            expect(book.worksheets[0].name).toBe(sheet);
            expect(book.worksheets[0].getRow(1).values).toContain(header);
        }
    });

    test('the output is never written over without --force', async () => {
        const before = statSync(xlsx).mtimeMs;
        const again = await run(['summary', join(root, 'examples'), '-o', xlsx]);
        expect(again.code).toBe(1);
        expect(again.err).toContain('бұрыннан бар: ол қайта жазылмады');
        expect(statSync(xlsx).mtimeMs).toBe(before);
        expect((await run(['summary', join(root, 'examples'), '-o', xlsx, '--force'])).code).toBe(0);
    });
});

describe('the .xlsx writer', () => {
    test('text that looks like a formula stays text, with the quote prefix; no cell is a formula', async () => {
        const bytes = writeXlsx([{
            name: 'T',
            columns: [{ header: 'A', format: 'text' }, { header: 'B', format: 'integer' }],
            rows: [['=HYPERLINK("http://x","y")', 1], ['+7 701 000 00 00', 2], ['-5', 3], ['@SUM(A1)', 4], ['<b>&amp;</b> «ә»', 5]]
        }]);
        const path = join(dir, 'formula.xlsx');
        writeFileSync(path, bytes);
        const book = await readBook(path);
        const sheet = book.worksheets[0];
        const values = [2, 3, 4, 5, 6].map(n => sheet.getRow(n).getCell(1));
        expect(values.map(c => c.value)).toEqual(['=HYPERLINK("http://x","y")', '+7 701 000 00 00', '-5', '@SUM(A1)', '<b>&amp;</b> «ә»']);
        for (const c of values) expect(c.type).toBe(ExcelJS.ValueType.String);
        expect(sheet.getRow(2).getCell(2).value).toBe(1);
        // Read the parts ourselves too: no <f> element anywhere, the prefix style on the four.
        const parts = unzipSync(bytes);
        const xml = strFromU8(parts['xl/worksheets/sheet1.xml']);
        expect(xml).not.toContain('<f>');
        expect(strFromU8(parts['xl/styles.xml'])).toContain('quotePrefix="1"');
        expect(xml.match(/<c r="A[2-5]" t="s" s="2">/g)).toHaveLength(4);
        expect(xml).toMatch(/<c r="A6" t="s"><v>/);
        expect(Object.keys(parts)[0]).toBe('[Content_Types].xml');
    });

    test('characters XML cannot carry are replaced, not written', () => {
        const bytes = writeXlsx([{ name: 'T', columns: [{ header: 'A', format: 'text' }], rows: [['a\u0001b\u0000c']] }]);
        const strings = strFromU8(unzipSync(bytes)['xl/sharedStrings.xml']);
        expect(strings).toContain('a\uFFFDb\uFFFDc');
    });

    test('a big sheet compressed as it is written (Node codec): the CRC and size of every entry hold, exceljs reads it all', async () => {
        const rows = Array.from({ length: 3000 }, (_, k) => [`Көрсеткіш ${k} «ә»`, k, k / 3000]);
        const bytes = writeXlsx([{ name: 'Big', columns: [{ header: 'A', format: 'text' }, { header: 'N', format: 'integer' }, { header: 'P', format: 'percent' }], rows }],
            { codec: nodeCodec, created: '2026-01-02T03:04:05Z' });
        // The central directory, read by hand: name, CRC, size of every entry against the bytes inflated.
        const parts = unzipSync(bytes);
        const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
        const end = bytes.length - 22;
        let at = view.getUint32(end + 16, true);
        const entries = view.getUint16(end + 10, true);
        expect(entries).toBe(Object.keys(parts).length);
        for (let k = 0; k < entries; k++) {
            const nameLength = view.getUint16(at + 28, true);
            const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
            expect(view.getUint32(at + 16, true), name).toBe(zlib.crc32(parts[name]) >>> 0);
            expect(view.getUint32(at + 24, true), name).toBe(parts[name].length);
            at += 46 + nameLength;
        }
        const path = join(dir, 'big.xlsx');
        writeFileSync(path, bytes);
        const sheet = (await readBook(path)).worksheets[0];
        expect(sheet.rowCount).toBe(3001);
        expect(sheet.getRow(3001).getCell(1).value).toBe('Көрсеткіш 2999 «ә»');
        expect(sheet.getRow(1500).getCell(2).value).toBe(1498);
    });

    test('the CRC of two pieces joined, from their CRCs (a sheet\'s rows before its head is known)', () => {
        const bytes = new TextEncoder().encode('<row r="2"><c r="A2" t="s"><v>0</v></c></row>«Көрсеткіш ә»'.repeat(700));
        for (const cut of [0, 1, 7, 8, 255, 4096, 20_000, bytes.length - 1, bytes.length]) {
            const [a, b] = [bytes.subarray(0, cut), bytes.subarray(cut)];
            expect(crc32Combine(crc32(a), crc32(b), b.length), `cut at ${cut}`).toBe(crc32(bytes));
            expect(crc32Combine(crc32(a), crc32(b), b.length)).toBe(zlib.crc32(bytes) >>> 0);
        }
    });

    test('bad sheet names are refused', () => {
        expect(() => writeXlsx([{ name: 'a/b', columns: [], rows: [] }])).toThrow(/sheet name/);
    });

    test('CSV: a formula-looking cell gets an apostrophe, quotes are doubled', () => {
        const csv = writeCsv({ name: 'T', columns: [{ header: 'A', format: 'text' }, { header: 'P', format: 'percent' }], rows: [['=1+1', 0.5], ['a "b", c', undefined]] });
        expect(csv).toBe('\uFEFFA,P\r\n\'=1+1,50%\r\n"a ""b"", c",\r\n');
    });

    test('CSV in Kazakh and Russian: «;» between fields and a decimal comma, as Excel set to those regions opens it', () => {
        const sheet = { name: 'T', columns: [{ header: 'A', format: 'text' as const }, { header: 'P', format: 'percent' as const }, { header: 'N', format: 'number' as const }],
            rows: [['a; b', 0.875, 3.6], ['1,5', 1, 15337100]] };
        expect(writeCsv(sheet, csvStyle('kk'))).toBe('\uFEFFA;P;N\r\n"a; b";87,5%;3,6\r\n1,5;100%;15337100\r\n');
        expect(csvStyle('ru')).toEqual(csvStyle('kk'));
        expect(writeCsv(sheet, csvStyle('en'))).toBe('\uFEFFA,P,N\r\na; b,87.5%,3.6\r\n"1,5",100%,15337100\r\n');
    });

    test('esep summary -o .csv: the Projects table in the language of --lang, parted as that region reads it', async () => {
        const kk = join(dir, 'p-kk.csv');
        expect((await run(['summary', join(root, 'examples'), '-o', kk])).code).toBe(0);
        const lines = readFileSync(kk, 'utf8').split('\r\n');
        expect(lines[0]).toMatch(/^\uFEFFФайл;Жоба;Гранталушы;/);
        const birgemiz = lines.find(l => l.includes('Birgemiz: Bilim'))!;
        expect(birgemiz).toContain(';15337100;');
        expect(birgemiz).toMatch(/;\d{1,3}(,\d)?%;/);
        expect(birgemiz).toContain(';30.11.2020;');
        const en = join(dir, 'p-en.csv');
        expect((await run(['summary', join(root, 'examples'), '-o', en, '--lang', 'en'])).code).toBe(0);
        const english = readFileSync(en, 'utf8').split('\r\n');
        expect(english[0]).toMatch(/^\uFEFFFile,Project,/);
        expect(english.find(l => l.includes('Birgemiz: Bilim'))).toMatch(/,\d{1,3}(\.\d)?%,/);
    });
});

describe('JSON: documented and versioned (docs/export-schema.json)', () => {
    const schema = JSON.parse(readFileSync(join(root, 'docs/export-schema.json'), 'utf8'));
    const ajv = new Ajv({ allErrors: true, strict: false });
    const validate = ajv.compile(schema);

    test('esep summary -o portfolio.json validates and carries the same figures', async () => {
        const out = join(dir, 'portfolio.json');
        expect((await run(['summary', join(root, 'examples'), '-o', out])).code).toBe(0);
        const doc = JSON.parse(readFileSync(out, 'utf8'));
        expect(validate(doc), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
        expect(doc).toMatchObject({ format: 'esep-portfolio', schemaVersion: 1, lang: 'kk', files: 2 });
        const birgemiz = doc.projects.find((p: { project: string }) => p.project === 'Birgemiz: Bilim');
        expect(birgemiz).toMatchObject({ stage: 'finished', grantSum: 15337100, participants: 1728, genderConsistent: true });
        expect(birgemiz.publicationShortMonths).toEqual(['2020-03', '2020-04', '2020-05', '2020-06', '2020-07']);
        // Five deviations without a justification (three money rows, two units): not ready to accept.
        expect(birgemiz).toMatchObject({ unjustified: 5, errors: 0, readyToAccept: false });
        // A plan whose period is still running is never «ready to accept», errors or not.
        const teng = doc.projects.find((p: { project: string }) => p.project === 'Тең мүмкіндік');
        expect(teng).toMatchObject({ stage: 'running', withFact: 0, readyToAccept: false });
    });

    test('ready to accept once every deviation is justified and the period is over', async () => {
        const text = readExample('birgemiz-bilim.grant')
            .replace(/(көрсеткіш "[^"]*"\s+жоспар: [^\n]*?факт: [^\n]*)$/gm, '$1 ауытқу: "Себебі түсіндірілді"');
        const path = file('ready/ready.grant', text);
        const doc = JSON.parse((await run(['summary', path])).out);
        expect(doc.projects[0]).toMatchObject({ stage: 'finished', unjustified: 0 });
        expect(doc.projects[0]).toMatchObject({ errors: 0, readyToAccept: true });
    });

    test('a schema violation is caught (the test can fail)', () => {
        expect(validate({ format: 'esep-portfolio', schemaVersion: 1, generatedAt: 'x', lang: 'kk', files: 1, projects: [{ file: 1 }], indicators: [], findings: [] })).toBe(false);
    });

    test('esep export --format json: the whole evaluated model validates', async () => {
        const out = join(dir, 'birgemiz.json');
        const r = await run(['export', join(root, 'examples/birgemiz-bilim.grant'), '--format', 'json', '-o', out]);
        expect(r.code).toBe(0);
        const doc = JSON.parse(readFileSync(out, 'utf8'));
        expect(validate(doc), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
        const p = doc.projects[0];
        expect(p.tasks[0].activities[0].indicators[3]).toMatchObject({
            name: 'Қатысушылар саны', plan: { text: 'Кемінде 200', comparator: 'ge', parts: [{ n: 200 }] }, fact: { text: '698' }, status: 'over'
        });
        expect(p.statistics.consistency).toEqual({ total: 1728, gender: true, categories: true, ages: true });
        expect(p.partners).toHaveLength(19);
        expect(p.infoWork.flatMap((iw: { publications: unknown[] }) => iw.publications)).toHaveLength(24);
        expect(p.publications).toMatchObject({ count: 24, short: ['2020-03', '2020-04', '2020-05', '2020-06', '2020-07'] });
    });

    test('esep export --format xlsx writes next to the file by default, Indicators first', async () => {
        const src = file('export/one.grant', readExample('birgemiz-bilim.grant'));
        const r = await run(['export', src]);
        expect(r.code).toBe(0);
        const book = await readBook(join(dir, 'export/one.xlsx'));
        expect(book.worksheets.map(s => s.name)).toEqual(['Көрсеткіштер', 'Жобалар', 'Ескертулер']);
        expect((await run(['export', src])).code).toBe(1);
    });
});

describe('the HTML page', () => {
    test('self-contained, sortable, a plan-vs-fact bar per project, the same figures, everything escaped', async () => {
        const evil = file('html/evil.grant', 'жоба "<script>alert(1)</script>" {\n    гранталушы: "=cmd|\' /C calc\'!A0"\n}\n');
        const out = join(dir, 'portfolio.html');
        const r = await run(['summary', join(root, 'examples'), evil, '-o', out]);
        expect(r.code).toBe(0);
        const html = readFileSync(out, 'utf8');
        expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
        expect(html).toContain("default-src 'none'");
        expect(html).not.toContain('<script>alert(1)</script>');
        expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
        expect(html.match(/<div class="bar"/g)?.length).toBe(2);
        expect(html).toContain('3 жоба, 3 файл');
        expect(html).toMatch(/<table class="sortable">/);
        // Numbers as the forms write them, the number itself kept for sorting.
        expect(html).toContain('<td class="num" data-v="15337100">15\u00A0337\u00A0100</td>');
        expect(html).toMatch(/<td class="num" data-v="0\.\d+">\d+(,\d)?%<\/td>/);
        expect(html).not.toMatch(/<td class="num" data-v="[^"]*">\d+\.\d/);
        // The same indicator count as the workbook's Indicators sheet.
        const json = JSON.parse((await run(['summary', join(root, 'examples'), evil])).out);
        expect(html).toContain(`Көрсеткіштер (${json.indicators.length})`);
    });
});

describe('bad input', () => {
    test('unreadable files are rows with a clear reason', async () => {
        const folder = join(dir, 'bad');
        file('bad/latin1.grant', Uint8Array.from([0x6a, 0xf6, 0x62, 0x61, 0x20, 0xe4]));
        file('bad/binary.grant', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x01]));
        file('bad/utf16.grant', Uint8Array.from([0xff, 0xfe, 0x36, 0x04]));
        file('bad/broken.grant', 'жоба "Сынық" {\n    міндет 1 "М" {\n');
        file('bad/empty.grant', '');
        symlinkSync(join(dir, 'nowhere.grant'), join(folder, 'link.grant'));
        const r = await run(['summary', folder]);
        expect(r.code).toBe(0);
        const doc = JSON.parse(r.out) as { projects: { file: string; project: string; problem?: string; errors: number }[]; findings: { file: string; code: string }[] };
        const problem = (name: string) => doc.projects.find(p => p.file.endsWith(name))!;
        expect(problem('latin1.grant').problem).toBe('Файл UTF-8 кодтауында емес: оны UTF-8 ретінде қайта сақтаңыз.');
        expect(problem('utf16.grant').problem).toMatch(/UTF-8 кодтауында емес/);
        expect(problem('binary.grant').problem).toMatch(/мәтіндік файл емес/);
        expect(problem('link.grant').problem).toMatch(/Сілтеме жоқ файлға апарады/);
        // A file that fails to parse is still a project row, with its errors counted and listed.
        expect(problem('broken.grant')).toMatchObject({ project: 'Сынық' });
        expect(problem('broken.grant').errors).toBeGreaterThan(0);
        expect(doc.findings.some(f => f.file.endsWith('broken.grant') && f.code === 'parse')).toBe(true);
        expect(problem('empty.grant').problem).toMatch(/«жоба» блогы жоқ/);
        for (const p of doc.projects) expect(p.errors).toBeGreaterThan(0);
    });

    test('too large and no permission', async () => {
        const big = file('big.grant', 'жоба "Т" {}\n'.repeat(100));
        expect(readGrantFile(big, 'kk', 100).problem).toMatch(/Файл тым үлкен/);
        // A folder named like a project: said in words, not as an error code.
        const folder = join(dir, 'folder.grant');
        mkdirSync(folder, { recursive: true });
        expect(readGrantFile(folder, 'kk').problem).toBe('Бұл кәдімгі файл емес (қалта, құрылғы не арна): .grant файлының жолын көрсетіңіз.');
        expect(readGrantFile(folder, 'ru').problem).toBe('Это не обычный файл (папка, устройство или канал): укажите путь к файлу .grant.');
        const secret = file('secret.grant', 'жоба "Т" {}\n');
        chmodSync(secret, 0o000);
        if (process.getuid?.() === 0) {
            console.log('skipped the permission case: running as root, every file is readable');
        } else {
            expect(readGrantFile(secret, 'kk').problem).toBe('Файлды оқуға рұқсат жоқ: оқу құқығын беріңіз.');
        }
        chmodSync(secret, 0o644);
    });

    test('a folder with no .grant file says so; nothing found writes nothing', async () => {
        const empty = join(dir, 'empty-folder');
        mkdirSync(empty, { recursive: true });
        file('empty-folder/notes.txt', 'x');
        const out = join(dir, 'nothing.xlsx');
        const r = await run(['summary', empty, '-o', out]);
        expect(r.code).toBe(1);
        expect(r.err).toContain(`${empty}: бұл қалтада .grant файлы жоқ.`);
        expect(r.err).toContain('Жинайтын .grant файлы табылмады: ештеңе жазылмады.');
        expect(existsSync(out)).toBe(false);
    });

    test('no file gave a project (a mistyped path, an empty file): the reasons, nothing written, exit 1', async () => {
        const out = join(dir, 'none.xlsx');
        const blank = file('none/blank.grant', '');
        const r = await run(['summary', join(dir, 'none/typo.grant'), blank, '-o', out]);
        expect(r.code).toBe(1);
        expect(r.err).toContain(`✘ ${join(dir, 'none/typo.grant')}: Файл табылмады: жолын тексеріңіз.`);
        expect(r.err).toMatch(/✘ .*blank\.grant: .*«жоба» блогы жоқ/);
        expect(r.err).toContain('Бірде-бір файлдан жоба алынбады (себептері жоғарыда): ештеңе жазылмады.');
        expect(existsSync(out)).toBe(false);
        // On a pipe too: no JSON of reasons alone.
        const piped = await run(['summary', join(dir, 'none/typo.grant'), '--lang', 'ru']);
        expect(piped.code).toBe(1);
        expect(piped.out).toBe('');
        expect(piped.err).toContain('Ни в одном файле не найден проект (причины выше): ничего не записано.');
    });

    test('some files gave no project: the workbook is written, and the message counts them apart', async () => {
        const out = join(dir, 'some.xlsx');
        const r = await run(['summary', join(root, 'examples/birgemiz-bilim.grant'), join(dir, 'none/typo.grant'), '-o', out]);
        expect(r.code).toBe(0);
        expect(r.out).toMatch(/some\.xlsx жазылды: 1 жоба, \d+ көрсеткіш, \d+ ескерту\./);
        expect(r.out).toContain('1 файлдан жоба алынбады: себебі жобалар кестесінің «Файлдағы мәселе» бағанында.');
        const projects = records((await readBook(out)).getWorksheet('Жобалар')!);
        expect(projects.map(p => p['Файлдағы мәселе'] ?? null)).toEqual([null, 'Файл табылмады: жолын тексеріңіз.']);
    });

    test('usage errors: unknown output type, bad date, no input', async () => {
        expect((await run(['summary', join(root, 'examples'), '-o', join(dir, 'x.docx')])).err).toMatch(/\.xlsx, \.html, \.json немесе \.csv/);
        const bad = await run(['summary', join(root, 'examples'), '--report-date', '31.02.2020']);
        expect(bad.code).toBe(2);
        expect(bad.err).toContain('«31.02.2020» күні оқылмады');
        expect((await run(['summary'])).code).toBe(2);
    });

    test('evidence paths: the Findings of the summary are those of esep check (a missing folder is V-PATH-02)', async () => {
        const base = readFileSync(join(root, 'test/fixtures/valid-report.grant'), 'utf8');
        const withEvidence = (p: string) => base.replace('            қосымша: 1\n', `            қосымша: 1\n            дәлел: "${p}"\n`);
        mkdirSync(join(dir, 'evidence', 'дәлелдер', '1-1'), { recursive: true });
        const ok = file('evidence/ok.grant', withEvidence('дәлелдер/1-1'));
        const missing = file('evidence/missing.grant', withEvidence('дәлелдер/2-1'));
        const checked = (await run(['check', missing])).out;
        expect(checked).toMatch(/:18:20: warning V-PATH-02:/);
        const doc = JSON.parse((await run(['summary', join(dir, 'evidence')])).out);
        const codes = (f: string) => doc.findings.filter((x: { file: string }) => x.file === f).map((x: { code: string; line: number }) => `${x.line} ${x.code}`);
        expect(codes(missing)).toEqual(['18 V-PATH-02']);
        expect(codes(ok)).toEqual([]);
        // And from the worker threads (one per core when there are many files): the same finding.
        const copies = Array.from({ length: 3 }, (_, k) => file(`evidence/copy${k}.grant`, withEvidence('дәлелдер/2-1')));
        const threads = JSON.parse((await run(['summary', ...copies, '--jobs', '2'])).out);
        expect(threads.findings.map((x: { code: string }) => x.code)).toEqual(['V-PATH-02', 'V-PATH-02', 'V-PATH-02']);
    });

    test('--report-date sets «now» for projects without есеп-күні', async () => {
        const doc = JSON.parse((await run(['summary', join(root, 'examples/teng-mumkindik.grant'), '--report-date', '01.01.2025'])).out);
        expect(doc.reportDate).toBe('2025-01-01');
    });
});
