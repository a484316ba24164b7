/**
 * The PDF path: the seed-002 plan as LibreOffice prints the Word fixture
 * (test/fixtures/import/teng-mumkindik.pdf, made by npm run import:fixtures)
 * recovers at least 85% of the (indicator, plan) pairs; a PDF without text
 * is refused with the OCR message.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { grant, readExample } from '../helpers.js';
import { importDocument, ImportError } from '../../server/src/import/index.js';
import { allActivities, allPairs, shapeOfText, type Shape } from './shape.js';
import { joinPageSplits } from '../../server/src/import/monitoring.js';
import { PAGE, paragraphs } from '../../server/src/import/pdf-text.js';
import { pdfOf } from './pdf-build.js';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/import/${name}`, import.meta.url)));

let source: Shape;
beforeAll(async () => {
    source = (await shapeOfText(readExample('teng-mumkindik.grant'))).shape;
});

/** The share of the source's (indicator ⇒ plan) pairs found in the draft, each at most once. */
export function recovered(draft: Shape, src: Shape): { found: number; total: number; missing: string[] } {
    const pool = new Map<string, number>();
    for (const p of allPairs(draft)) pool.set(p, (pool.get(p) ?? 0) + 1);
    const missing: string[] = [];
    let found = 0;
    for (const p of allPairs(src)) {
        const n = pool.get(p) ?? 0;
        if (n > 0) { found++; pool.set(p, n - 1); } else missing.push(p);
    }
    return { found, total: allPairs(src).length, missing };
}

describe('import of the plan as PDF', () => {
    test('the draft parses and recovers at least 85% of the (indicator, plan) pairs', async () => {
        const result = await importDocument(fixture('teng-mumkindik.pdf'), 'teng-mumkindik.pdf', grant.parser.Lexer);
        const { shape, parseErrors } = await shapeOfText(result.text);
        expect(parseErrors).toEqual([]);
        expect(result.format).toBe('pdf');
        const r = recovered(shape, source);
        console.log(`PDF: ${r.found}/${r.total} pairs recovered (${Math.round(100 * r.found / r.total)}%)${r.missing.length ? '; missing: ' + r.missing.join('; ') : ''}`);
        expect(r.found / r.total).toBeGreaterThanOrEqual(0.85);
        expect(shape.tasks.map(t => t.number)).toEqual(source.tasks.map(t => t.number));
        expect(allActivities(shape).map(a => a.title)).toEqual(allActivities(source).map(a => a.title));
        expect(shape.header.grantee).toBe(source.header.grantee);
        expect(shape.expected).toEqual(source.expected);
    });

    test('a PDF without a text layer (a scan): «OCR is not supported»', async () => {
        // A one-page PDF whose page draws nothing but a filled rectangle: no text at all.
        const pdf = minimalPdf('0 0 0 rg 10 10 100 100 re f');
        await expect(importDocument(pdf, 'scan.pdf', grant.parser.Lexer)).rejects.toMatchObject({ kind: 'scanned' });
        await expect(importDocument(pdf, 'scan.pdf', grant.parser.Lexer)).rejects.toBeInstanceOf(ImportError);
    });

    test('a damaged PDF: «corrupt», not a stack trace', async () => {
        await expect(importDocument(new TextEncoder().encode('%PDF-1.7\nnot really a pdf'), 'x.pdf', grant.parser.Lexer)).rejects.toMatchObject({ kind: 'corrupt' });
    });
});

/** A valid one-page PDF with the given content stream (offsets computed). */
export function minimalPdf(content: string): Uint8Array {
    return pdfOf([
        '<< /Type /Catalog /Pages 2 0 R >>',
        '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
        '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>',
        `<< /Length ${content.length} >>\nstream\n${content}\nendstream`
    ]);
}

describe('import of the plan Esep writes, printed to PDF', () => {
    // test/fixtures/import/teng-mumkindik-esep.pdf: `esep report --kind plan` of the example, printed by
    // LibreOffice (npm run import:fixtures): centred header words in a smaller type, columns a few points
    // apart, one row per indicator, the place of two activities in one merged cell.
    test('columns from the header row\'s cell boxes: at least 85% of the (indicator, plan) pairs, tasks and activities', async () => {
        const result = await importDocument(fixture('teng-mumkindik-esep.pdf'), 'teng-mumkindik-esep.pdf', grant.parser.Lexer);
        const { shape, parseErrors } = await shapeOfText(result.text);
        expect(parseErrors).toEqual([]);
        const r = recovered(shape, source);
        console.log(`Esep's plan as PDF: ${r.found}/${r.total} pairs recovered (${Math.round(100 * r.found / r.total)}%)${r.missing.length ? '; missing: ' + r.missing.join('; ') : ''}`);
        expect(r.found / r.total).toBeGreaterThanOrEqual(0.85);
        expect(shape.tasks.map(t => t.number)).toEqual(source.tasks.map(t => t.number));
        expect(allActivities(shape).map(a => a.title)).toEqual(allActivities(source).map(a => a.title));
    });

    test('Block I as a drawn label | value table, and the team table row by row', async () => {
        const result = await importDocument(fixture('teng-mumkindik-esep.pdf'), 'teng-mumkindik-esep.pdf', grant.parser.Lexer);
        const { shape } = await shapeOfText(result.text);
        for (const key of ['grantee', 'priority', 'topic', 'goal', 'territory', 'targetGroup', 'period', 'partners']) {
            expect([key, shape.header[key]]).toEqual([key, source.header[key]]);
        }
        expect(shape.expected).toEqual(source.expected);
        expect(shape.team.map(m => [m.kind, m.name, m.position, m.workload])).toEqual(source.team.map(m => [m.kind, m.name, m.position, m.workload]));
        expect(result.plan.unplaced).toEqual([]);
    });

    test('a place merged over two activities reaches both', async () => {
        const result = await importDocument(fixture('teng-mumkindik-esep.pdf'), 'teng-mumkindik-esep.pdf', grant.parser.Lexer);
        const { shape } = await shapeOfText(result.text);
        expect(allActivities(shape).map(a => a.place)).toEqual(allActivities(source).map(a => a.place));
    });
});

describe('a plan whose table cells break across pages, printed to PDF', () => {
    // test/fixtures/import/generated-22.pdf: 22 activities of the examples (generated-plan.ts) as Word lays
    // them out (plan-docx.ts), printed by LibreOffice. On page 1→2 the plan «Парақшаның Скрины 1» is cut
    // after «Парақшаның»; page 3 ends with the plan «198», the last line on the page, as a page number would be.
    test('every (indicator, plan) pair its .docx gives, and no doubt the .docx has not', async () => {
        const fromDocx = await importDocument(fixture('generated-22.docx'), 'generated-22.docx', grant.parser.Lexer);
        const fromPdf = await importDocument(fixture('generated-22.pdf'), 'generated-22.pdf', grant.parser.Lexer);
        const { shape, parseErrors } = await shapeOfText(fromPdf.text);
        expect(parseErrors).toEqual([]);
        expect(fromPdf.counts.pairs).toBe(fromDocx.counts.pairs);
        const docx = (await shapeOfText(fromDocx.text)).shape;
        expect(allActivities(shape).map(a => a.pairs.map(([, plan]) => plan))).toEqual(allActivities(docx).map(a => a.pairs.map(([, plan]) => plan)));
        // A place merged over several activities, its name printed once above a page break, is every one's
        // (5 of the 22 activities lost it: the row above ran on at the top of the next page).
        expect(allActivities(shape).map(a => a.place)).toEqual(allActivities(docx).map(a => a.place));
        expect(allPairs(shape)).toContain('Qazvolunteer сайтына бағдарлама жазу ⇒ Парақшаның Скрины 1');
        expect(allPairs(shape)).toContain('Қатысушылар саны ⇒ 198');
        const doubts = (text: string) => (text.match(/V-IMPORT-02/g) ?? []).length;
        expect(doubts(fromPdf.text)).toBe(doubts(fromDocx.text));
        // «жарияланымдардың» reaches the narrow column's edge: a whole word (a genitive), not a piece of «…болуы».
        expect(allActivities(shape).flatMap(a => a.pairs.map(([name]) => name))).toContain('БАҚ жарияланымдардың болуы');
        // The seal's place («М.О.») printed beside the signatory is not part of the name.
        expect(fromPdf.plan.head).toBe('Сейтимов Азат Галимович');
        expect(fromPdf.plan.head).toBe(fromDocx.plan.head);
    });
});

describe('a paragraph cut by a page break', () => {
    const at = (text: string, page: number) => ({ text, page, y: page * 10_000 });
    const names = [at('Ереже', 1), at('Тізім', 1), at('Хабарландыру', 2)];
    // A cell's lines as the PDF reader has them: the last on a page, then the first on the next.
    const cell = (...lines: Array<[string, number]>) => paragraphs(lines.map(([text, page], k) => ({ text, page, pos: (page - 1) * PAGE + 700 + 20 * k, h: 10, right: 100 })))
        .map(p => p.text);
    test('a plan cut after a part with no number is joined; a name that goes on in lower case is joined', () => {
        expect(joinPageSplits([at('2', 1), at('Парақшаның', 1), at('Скрины 1', 2)], names.slice(0, 2))?.map(p => p.text)).toEqual(['2', 'Парақшаның Скрины 1']);
        expect(cell(['Волонтерлерге әдістемелік', 1], ['ұсынымдар', 2], ['Фото', 2])).toEqual(['Волонтерлерге әдістемелік ұсынымдар', 'Фото']);
        // A name that cannot end where the page does: after «/», or with its parenthesis open.
        expect(cell(['Фотосуреттер /', 1], ['Бейнероликтер', 2], ['Фото', 2])).toEqual(['Фотосуреттер / Бейнероликтер', 'Фото']);
        expect(cell(['Жарияланым (Instagram, Facebook', 1], ['Telegram)', 2])).toEqual(['Жарияланым (Instagram, Facebook Telegram)']);
    });
    test('nothing is joined where the cut does not read as one, or the breaks do not explain the difference', () => {
        // «5» before the break is a whole value: the page break separates two plans.
        expect(joinPageSplits([at('2', 1), at('5', 1), at('Кемінде 3', 2)], names.slice(0, 2))).toBeUndefined();
        // A capital after the break: a new indicator.
        expect(cell(['Ереже', 1], ['Тізім', 2], ['Фото', 2])).toEqual(['Ереже', 'Тізім', 'Фото']);
        // Two more plans than names, one page break.
        expect(joinPageSplits([at('Парақшаның', 1), at('Скрины 1', 2), at('3', 2), at('4', 2)], names.slice(0, 2))).toBeUndefined();
    });
});
