/**
 * The draft is honest about what the reader guessed: V-IMPORT-… diagnostics
 * in Kazakh (Russian, English) naming the source's table and row, on the
 * `// ⚠` comment lines; text it could not place is kept at the end.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { grant, readExample } from '../helpers.js';
import { importDocument } from '../../server/src/import/index.js';
import { recognizePlan } from '../../server/src/import/recognize.js';
import { emitDraft } from '../../server/src/import/emit.js';
import { importNoteMessage, importNotes } from '../../language/src/validation/import-notes.js';
import type { NeutralDocument, Table } from '../../server/src/import/document.js';
import { shapeOfText, type Shape } from './shape.js';
import { planDocx } from './plan-docx.js';

let source: Shape;
beforeAll(async () => {
    source = (await shapeOfText(readExample('teng-mumkindik.grant'))).shape;
});

function edited(edit: (s: Shape) => void): Shape {
    const copy = structuredClone(source);
    edit(copy);
    return copy;
}

async function draftOf(shape: Shape) {
    const result = await importDocument(await planDocx(shape), 'жоспар.docx', grant.parser.Lexer);
    return { result, ...(await shapeOfText(result.text)) };
}

describe('V-IMPORT diagnostics on the draft', () => {
    test('V-IMPORT-02: a cell with more indicators than planned values (and the passing case has none)', async () => {
        const clean = await draftOf(source);
        expect(clean.diagnostics.filter(d => d.code?.startsWith('V-IMPORT'))).toEqual([]);

        const { diagnostics, parseErrors, result } = await draftOf(edited(s => { s.tasks[0].activities[1].pairs[1][1] = ''; }));
        expect(parseErrors).toEqual([]);
        const d = diagnostics.find(x => x.code === 'V-IMPORT-02');
        expect(d?.message).toBe('Бастапқы құжат (кесте 4, жол 3): көрсеткіштер саны (6) мен жоспарлы мәндер саны (5) сәйкес келмейді. '
            + 'Әр көрсеткіштің жоспарын бастапқы құжатпен салыстырыңыз. Тексергеннен кейін осы «⚠» түсініктемесін өшіріңіз.');
        const line = result.text.split('\n')[d!.line - 1];
        expect(line.trim()).toBe('// ⚠ V-IMPORT-02 [кесте 4, жол 3]: 6 | 5');
        const [note] = importNotes(line);
        expect(importNoteMessage(note, 'ru')).toMatch(/^Исходный документ \(таблица 4, строка 3\): число показателей \(6\) и плановых значений \(5\) не совпадает/u);
        expect(importNoteMessage(note, 'en')).toMatch(/^Source \(table 4, row 3\): 6 indicator\(s\) but 5 planned value\(s\)/u);
    });

    test('V-IMPORT-03: a value the grammar cannot hold as written is quoted, not changed', async () => {
        const { diagnostics, parseErrors, result } = await draftOf(edited(s => { s.tasks[0].activities[0].pairs[0][1] = 'Кемінде 5: фото; бейне'; }));
        expect(parseErrors).toEqual([]);
        expect(result.text).toContain('көрсеткіш "Фотосуреттер" жоспар: "Кемінде 5: фото; бейне"');
        expect(diagnostics.find(d => d.code === 'V-IMPORT-03')?.message).toMatch(/^Бастапқы құжат \(кесте 4, жол 2\): «Кемінде 5: фото; бейне» мән ретінде оқылмады/u);
    });

    test('V-IMPORT-04: a period without a year, and one that is not a period', async () => {
        const { diagnostics, parseErrors, result } = await draftOf(edited(s => {
            s.tasks[0].activities[0].period = 'мамыр - қазан';
            s.tasks[0].activities[1].period = 'жоба бойы';
        }));
        expect(parseErrors).toEqual([]);
        expect(result.text).toContain('мерзімі: мамыр - қазан');
        expect(result.text).toContain('// мерзімі: жоба бойы');
        const found = diagnostics.filter(d => d.code === 'V-IMPORT-04').map(d => d.message);
        expect(found).toHaveLength(2);
        expect(found[0]).toMatch(/«мамыр-қазан» мерзімі оқылмады немесе онда жыл жоқ/u);
    });
});

describe('nothing is silently dropped', () => {
    const doc = (table: Table, paragraphs: string[]): NeutralDocument => ({
        format: 'docx', trackedChanges: 0,
        blocks: [
            { kind: 'p', para: { text: 'III БЛОК' } },
            { kind: 'p', para: { text: '1 міндет. Ақпарат тарату' } },
            { kind: 'table', table },
            ...paragraphs.map(text => ({ kind: 'p' as const, para: { text } }))
        ]
    });
    const c = (text: string, col: number) => ({ paras: [{ text }], col, span: 1 });

    test('V-IMPORT-01: a Block III table with a header the reader does not know; its rows and stray text go to the end', async () => {
        const table: Table = { index: 1, rows: [{ cells: [c('Атауы', 0), c('Саны', 1)] }, { cells: [c('Кітапша', 0), c('100 дана', 1)] }] };
        const plan = recognizePlan(doc(table, ['Қосымша ескерту: бюджет бөлек бекітіледі']));
        const text = emitDraft(plan, grant.parser.Lexer, 'x.docx');
        const { parseErrors, diagnostics } = await shapeOfText(text);
        expect(parseErrors).toEqual([]);
        expect(diagnostics.find(d => d.code === 'V-IMPORT-01')?.message).toMatch(/^Бастапқы құжат \(кесте 1\): кестенің тақырып жолы танылмады \(«Атауы \| Саны»\)/u);
        expect(diagnostics.find(d => d.code === 'V-IMPORT-05')?.message).toMatch(/^Бастапқы құжаттың 3 үзіндісі ешбір өріске орналастырылмады/u);
        expect(text).toContain('// [кесте 1, жол 2] Кітапша | 100 дана');
        expect(text).toContain('// [абзац 3] Қосымша ескерту: бюджет бөлек бекітіледі');
    });

    test('a name and its value in one cell («Жарияланымдар – кемінде 10»)', () => {
        const table: Table = {
            index: 1, rows: [
                { cells: [c('Іс-шара', 0), c('Өткізілу орны', 1), c('Көрсеткіштер', 2), c('Жоспарланып отырған индикаторлар', 3), c('Мерзімі', 4)] },
                { cells: [c('1. Желіде жариялау', 0), c('Алматы', 1), { paras: [{ text: 'Жарияланымдар – кемінде 10' }, { text: '' }, { text: 'Қаралымдар – 5 000' }], col: 2, span: 1 }, c('', 3), c('наурыз 2025', 4)] }
            ]
        };
        const plan = recognizePlan(doc(table, []));
        expect(plan.tasks[0].activities[0].indicators.map(i => [i.name, i.plan])).toEqual([['Жарияланымдар', 'кемінде 10'], ['Қаралымдар', '5 000']]);
    });
});
