/**
 * Import of a previous final report (issue 14, item 6): the document is
 * recognised as a report, not a plan, and the draft holds its tasks,
 * activities, indicators with plan AND fact one for one, participant
 * statistics, partners and header — from the report Esep itself writes
 * (round trip) and from the form of seeds 000/001 as people type it.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { GrantFile } from '../../language/src/generated/ast.js';
import { grant, parse, readExample } from '../helpers.js';
import { renderReport } from '../../server/src/report/render.js';
import { importDocument, type ImportResult } from '../../server/src/import/index.js';
import { runCli } from '../cli-helpers.js';
import { reportShapeOf, triples, type ReportShape } from './report-shape.js';
import { proseReportDocx, reportDocx, type ReportDocxOptions } from './report-docx.js';
import { planDocx } from './plan-docx.js';
import { shapeOfText } from './shape.js';
import { generateByActivities } from '../../bench/generate.js';

async function shapeOf(text: string) {
    const doc = await parse(text, true);
    const parseErrors = [...doc.parseResult.lexerErrors, ...doc.parseResult.parserErrors].map(e => e.message);
    const diagnostics = (doc.diagnostics ?? []).map(d => ({ code: String(d.code), message: String(d.message), line: d.range.start.line + 1 }));
    return { shape: reportShapeOf((doc.parseResult.value as GrantFile).projects[0]), parseErrors, diagnostics };
}

const example = readExample('birgemiz-bilim.grant');
let source: ReportShape;
let esepReport: Uint8Array;
beforeAll(async () => {
    source = (await shapeOf(example)).shape;
    const rendered = await renderReport(await parse(example, true), grant, { kind: 'final', lang: 'kk' });
    if (!rendered.ok) throw new Error(rendered.errors.map(e => e.message).join('; '));
    esepReport = rendered.bytes;
});

async function importOf(bytes: Uint8Array): Promise<{ result: ImportResult } & Awaited<ReturnType<typeof shapeOf>>> {
    const result = await importDocument(bytes, 'есеп.docx', grant.parser.Lexer);
    return { result, ...(await shapeOf(result.text)) };
}

function expectSameTasks(draft: ReportShape, src: ReportShape) {
    expect(draft.tasks.map(t => [t.number, t.title])).toEqual(src.tasks.map(t => [t.number, t.title]));
    const acts = (s: ReportShape) => s.tasks.flatMap(t => t.activities.map(a => ({ number: a.number, title: a.title, place: a.place, participants: a.participants })));
    expect(acts(draft)).toEqual(acts(src));
    expect(triples(draft)).toEqual(triples(src));
}

describe('the final report Esep writes, imported back', () => {
    test('recognised as a report; tasks, activities and (indicator, plan, fact) one for one; the draft parses', async () => {
        const { result, shape, parseErrors } = await importOf(esepReport);
        expect(result.kind).toBe('report');
        expect(parseErrors).toEqual([]);
        // 11 activities of 7 tasks and 3 information-work blocks; 88 + 5 indicators, each with its plan and fact.
        expect(result.counts).toMatchObject({ tasks: 7, activities: 14, pairs: 93, facts: 93 });
        expectSameTasks(shape, source);
        expect(triples(shape)).toHaveLength(88);
        expect(shape.infoWorks).toEqual(source.infoWorks);
        expect(result.text).toMatch(/\/\/ 1 міндет, кесте 1, жол 3\n\s*іс-шара 1 "Жобаны іске асыру/u);
    });

    test('statistics, partners, impact and the header come over as written', async () => {
        const { shape, result } = await importOf(esepReport);
        expect(shape.statistics).toEqual(source.statistics);
        expect(shape.partners).toEqual(source.partners);
        expect(shape.impact.map(i => i.name)).toEqual(source.impact.map(i => i.name));
        const first = (v: string | undefined) => /\d+/.exec(v ?? '')?.[0];
        expect(shape.impact.map(i => [first(i.plan), first(i.fact)])).toEqual(source.impact.map(i => [first(i.plan), first(i.fact)]));
        expect(shape.header).toEqual(source.header);
        expect(result.text).toContain('беттер: 35');
        expect(result.text).toContain('жетекші: "Сейтимов Азат Галимович" лауазымы: "«Жас қанат» ЖҚБ төрағасы"');
        expect(result.text).toMatch(/қорытынды \{\n\s*ауытқу: "Жоба жоспарға сай орындалды\."/u);
    });

    test('each activity\'s account comes back as its сипаттама, a table in it as «| … |» rows; the rest is kept at the end', async () => {
        const { result } = await importOf(esepReport);
        expect(result.text).toMatch(/іс-шара 1 "Жобаны іске асыру туралы ақпарат[^]*?сипаттама: "\n\s+Ақпан айынан бастап жобаны облыста/u);
        expect(result.text).toMatch(/сипаттама: "\n(?:\s+[^\n]*\n)*?\s+\| № \| Аты – жөні \| Жұмыс орны, лауазымы \|\n\s+\| 1 \| Каиров Алихан Аскарович \| /u);
        expect(result.text).toMatch(/\/\/ ⚠ V-IMPORT-05 \[құжат\]: \d+\n\/\/ Орналастырылмаған мәтін/u);
        expect(result.counts.unplaced).toBeLessThan(15);
    });
});

describe('final report → import gives back the same project, for generated projects', () => {
    test.each([1, 2])('seed %i', async seed => {
        const { text } = generateByActivities({ report: example, plan: readExample('teng-mumkindik.grant') }, 25, seed);
        const src = (await shapeOf(text)).shape;
        const rendered = await renderReport(await parse(text, true), grant, { kind: 'final', lang: 'kk' });
        if (!rendered.ok) throw new Error(rendered.errors.map(e => e.message).join('; '));
        const { shape, parseErrors } = await importOf(rendered.bytes);
        expect(parseErrors).toEqual([]);
        expect(src.tasks.flatMap(t => t.activities).length).toBeGreaterThanOrEqual(25);
        // (The report fills «Қатысушылар саны» from the indicator when the activity has no `қатысушылар:`: not compared.)
        expect(shape.tasks.map(t => [t.number, t.title, t.activities.map(a => [a.number, a.title, a.place])]))
            .toEqual(src.tasks.map(t => [t.number, t.title, t.activities.map(a => [a.number, a.title, a.place])]));
        expect(triples(shape)).toEqual(triples(src));
        expect(shape.statistics).toEqual(src.statistics);
        expect(shape.partners).toEqual(src.partners);
    });
});

describe('the Russian final report Esep writes («ИТОГОВЫЙ ПРОГРАММНЫЙ ОТЧЁТ»)', () => {
    test('Russian labels, headers, statistics rows («от 13 до 16 лет») and headings («Мероприятие 1.») are read as the Kazakh ones', async () => {
        const rendered = await renderReport(await parse(example, true), grant, { kind: 'final', lang: 'ru' });
        if (!rendered.ok) throw new Error(rendered.errors.map(e => e.message).join('; '));
        const { result, shape, parseErrors } = await importOf(rendered.bytes);
        expect([result.kind, parseErrors]).toEqual(['report', []]);
        expectSameTasks(shape, source);
        expect(shape.statistics).toEqual(source.statistics);
        expect(shape.partners).toEqual(source.partners);
        expect([shape.header.grantee, shape.header.topic]).toEqual([source.header.grantee, source.header.topic]);
        expect(result.text).toMatch(/іс-шара 1 "Жобаны іске асыру туралы ақпарат[^]*?сипаттама: "\n\s+Ақпан айынан бастап/u);
    });
});

describe('a final report in the form of seeds 000/001, as people type it', () => {
    const typed = (o: ReportDocxOptions = {}) => reportDocx(source, o).then(importOf);

    test('one row per activity with parallel paragraphs: plan and fact pairs one for one, a plan over two lines joined', async () => {
        const { result, shape, parseErrors } = await typed();
        expect(result.kind).toBe('report');
        expect(parseErrors).toEqual([]);
        expectSameTasks(shape, source);
        expect(shape.infoWorks).toEqual(source.infoWorks);
        expect(shape.tasks[0].activities[0].indicators.find(i => i.name === 'Фото')).toEqual({ name: 'Фото', plan: 'Әр кездесуден кемінде 5', fact: '180' });
        expect(result.text).not.toContain('V-IMPORT-02');
        expect(result.text).not.toContain('V-IMPORT-08');
    });

    test('statistics from other copies\' labels, across and down; «-» is no count; partners; the header table', async () => {
        const { shape } = await typed();
        expect(shape.statistics).toEqual({ ...source.statistics, categories: source.statistics.categories.filter(([, n]) => n !== '0') });
        expect(shape.partners).toEqual(source.partners);
        expect(shape.header).toEqual({ ...source.header, goal: undefined });
    });

    test('V-IMPORT-08: a cell with fewer facts than indicators, named by table and row (and the passing case has none)', async () => {
        const { diagnostics } = await typed({ missingFact: true });
        const notes = diagnostics.filter(d => d.code === 'V-IMPORT-08');
        expect(notes).toHaveLength(1);
        expect(notes[0].message).toMatch(/^Бастапқы құжат \(кесте 3, жол 4\): көрсеткіштер саны \(12\) мен нақты мәндер \(факт\) саны \(11\) сәйкес келмейді\./u);
    });

    test('V-IMPORT-09: a count that is not a number is left out and named', async () => {
        const { diagnostics, shape } = await typed({ wordForCount: true });
        expect(shape.statistics.men).toBeUndefined();
        const notes = diagnostics.filter(d => d.code === 'V-IMPORT-09');
        expect(notes.map(d => d.message)).toEqual([
            'Бастапқы құжат (кесте 5, жол 2): «Ерлер» жолындағы «көп» сан ретінде оқылмады, сондықтан нобайға жазылмады. ' +
            'Санды бастапқы құжаттан қараңыз да, тиісті жолға жазыңыз. Тексергеннен кейін осы «⚠» түсініктемесін өшіріңіз.'
        ]);
    });
});

describe('a final report written as prose (seed 000)', () => {
    test('tasks and activities from «1. міндет. …» and «№1 әрекет. …» paragraphs; the statistics tables; the topic', async () => {
        const { result, shape, parseErrors } = await importOf(await proseReportDocx(source));
        expect(result.kind).toBe('report');
        expect(parseErrors).toEqual([]);
        expect(shape.tasks.map(t => [t.number, t.title])).toEqual(source.tasks.map(t => [t.number, t.title]));
        expect(shape.tasks.map(t => t.activities.map(a => a.title))).toEqual(source.tasks.map(t => t.activities.map(a => a.title)));
        expect([shape.statistics.total, shape.statistics.men, shape.statistics.women]).toEqual([source.statistics.total, source.statistics.men, source.statistics.women]);
        expect(shape.header.topic).toBe(source.header.topic);
        // The account under each activity is its сипаттама.
        expect(result.text).toMatch(/іс-шара 1 "Жобаны іске асыру туралы[^"]*" \{\n(?:\s+\/\/[^\n]*\n)*\s+сипаттама: "\n\s+БҚО-да жобаны іске асыру туралы/u);
        expect(result.plan.unplaced).toEqual([]);
    });
});

describe('the final report Esep writes, printed to PDF', () => {
    // test/fixtures/import/birgemiz-bilim-report.pdf: the report above, printed by LibreOffice (npm run import:fixtures).
    // Its tables are drawn: columns from the header rows' cell boxes (two header rows over plan and fact), rows
    // at the rules, cells merged over many indicator rows and over page breaks.
    test('tasks, activities, (indicator, plan, fact) one for one, statistics and partners', async () => {
        const pdf = new Uint8Array(readFileSync(new URL('../fixtures/import/birgemiz-bilim-report.pdf', import.meta.url)));
        const { result, shape, parseErrors } = await importOf(pdf);
        expect([result.kind, result.format]).toEqual(['report', 'pdf']);
        expect(parseErrors).toEqual([]);
        expect(shape.tasks.map(t => [t.number, t.title])).toEqual(source.tasks.map(t => [t.number, t.title]));
        expect(shape.tasks.flatMap(t => t.activities.map(a => a.title))).toEqual(source.tasks.flatMap(t => t.activities.map(a => a.title)));
        expect(triples(shape)).toEqual(triples(source));
        expect(shape.statistics).toEqual(source.statistics);
        expect(shape.partners.map(p => [p.name, p.role, p.contact])).toEqual(source.partners.map(p => [p.name, p.role, p.contact]));
    });
});

describe('a report typed in the seed 000/001 form, printed to PDF', () => {
    // test/fixtures/import/birgemiz-bilim-report-typed.pdf: report-docx.ts's document printed by LibreOffice.
    // One row per activity: indicators, plans and facts are parallel paragraphs that drift apart on the page,
    // and words too long for the narrow columns are cut. Most pairs come back; the rest are marked.
    test('tasks and activities one for one, at least 95% of the (indicator, plan, fact), statistics and partners', async () => {
        const pdf = new Uint8Array(readFileSync(new URL('../fixtures/import/birgemiz-bilim-report-typed.pdf', import.meta.url)));
        const { result, shape, parseErrors } = await importOf(pdf);
        expect([result.kind, parseErrors]).toEqual(['report', []]);
        expect(shape.tasks.map(t => [t.number, t.activities.length])).toEqual(source.tasks.map(t => [t.number, t.activities.length]));
        const found = new Set(triples(shape));
        const share = triples(source).filter(t => found.has(t)).length / triples(source).length;
        console.log(`Typed report as PDF: ${Math.round(share * 100)}% of the (indicator, plan, fact) recovered`);
        expect(share).toBeGreaterThanOrEqual(0.95);
        // A word in the genitive that reached the column's edge is a whole word, not a piece joined to the next.
        expect(found.has('Оқыту курстарының бағдарламасы ⇒ 5 ⇒ 9')).toBe(true);
        expect(shape.statistics).toEqual({ ...source.statistics, categories: source.statistics.categories.filter(([, n]) => n !== '0') });
        expect(shape.partners.map(p => p.name)).toEqual(source.partners.map(p => p.name));
    });
});

describe('plan or report', () => {
    test('a signed plan is not taken for a report, though a task mentions «қорытынды есеп»', async () => {
        const plan = await planDocx((await shapeOfText(readExample('teng-mumkindik.grant'))).shape);
        const result = await importDocument(plan, 'жоспар.docx', grant.parser.Lexer);
        expect(result.kind).toBe('plan');
        expect(result.text).not.toContain('факт:');
    });

    test('esep import on a report says so, and counts the facts', async () => {
        const dir = mkdtempSync(join(tmpdir(), 'esep-import-report-'));
        const src = join(dir, 'есеп 2020.docx');
        writeFileSync(src, esepReport);
        const r = await runCli(['import', src]);
        expect(r.code).toBe(0);
        expect(r.out).toMatch(/^Нобай жазылды \(қорытынды есептен\): .*есеп 2020\.grant — 7 міндет, 14 іс-шара, 93 көрсеткіш жоспарымен, 93 көрсеткіш фактісімен; тексеретін белгі: \d+\.$/u);
        const check = await runCli(['check', join(dir, 'есеп 2020.grant'), '--format', 'json']);
        const findings = JSON.parse(check.out) as { code: string; severity: string }[];
        expect(findings.filter(f => f.code === 'V-SYNTAX' || /^(lexing|parsing)/i.test(f.code))).toEqual([]);
    });
});
