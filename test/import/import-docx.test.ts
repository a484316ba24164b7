/**
 * Import of a Word plan (Appendix 3, the form of seed 002): the draft parses,
 * and its tasks, activities and (indicator, plan) pairs match the source one
 * for one — in the seed's layout and in the variants other NGOs' copies have.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { grant, readExample } from '../helpers.js';
import { importDocument } from '../../server/src/import/index.js';
import { allActivities, allPairs, shapeOfText, type Shape } from './shape.js';
import { planDocx, type PlanDocxOptions } from './plan-docx.js';

let source: Shape;
beforeAll(async () => {
    source = (await shapeOfText(readExample('teng-mumkindik.grant'))).shape;
});

async function importOf(options: PlanDocxOptions) {
    const bytes = await planDocx(source, options);
    const result = await importDocument(bytes, 'жоспар.docx', grant.parser.Lexer);
    const parsed = await shapeOfText(result.text);
    return { result, ...parsed };
}

function expectSameProject(draft: Shape, src: Shape) {
    expect(draft.tasks.map(t => [t.number, t.title])).toEqual(src.tasks.map(t => [t.number, t.title]));
    expect(allActivities(draft).map(a => a.title)).toEqual(allActivities(src).map(a => a.title));
    expect(allActivities(draft).map(a => a.place)).toEqual(allActivities(src).map(a => a.place));
    expect(allActivities(draft).map(a => a.period)).toEqual(allActivities(src).map(a => a.period));
    expect(allPairs(draft)).toEqual(allPairs(src));
}

describe('import of the seed-002 plan as Word writes it', () => {
    test('the draft parses, and tasks, activities and (indicator, plan) pairs match one for one', async () => {
        const { result, shape, parseErrors } = await importOf({});
        expect(parseErrors).toEqual([]);
        expect(result.counts).toMatchObject({ tasks: 6, activities: 14, pairs: 71 });
        expect(shape.tasks).toHaveLength(source.tasks.length);
        expect(allActivities(shape)).toHaveLength(14);
        expect(allPairs(shape)).toHaveLength(71);
        expectSameProject(shape, source);
    });

    test('Block I, II, IV and the signature come over as written', async () => {
        const { shape } = await importOf({});
        for (const key of ['grantee', 'priority', 'topic', 'goal', 'territory', 'targetGroup', 'period', 'contract', 'partners']) {
            expect([key, shape.header[key]]).toEqual([key, source.header[key]]);
        }
        expect(shape.expected).toEqual(source.expected);
        expect(shape.team).toEqual(source.team);
        expect(shape.impact).toEqual(source.impact);
        expect([shape.head, shape.headPosition]).toEqual(['Наукен Ұлан Аманқазыұлы', 'Президент']);
        expect(shape.infoWorks.map(w => w.title)).toEqual(source.infoWorks.map(w => w.title));
    });

    test('each task and activity names where it came from; the merged place is shared', async () => {
        const { result } = await importOf({});
        expect(result.text).toMatch(/\/\/ 1 міндет, абзац \d+\n\s*міндет 1 "Жобаның негізгі/u);
        expect(result.text).toMatch(/\/\/ 2 міндет, кесте 5, жол 3\n\s*іс-шара 2 "Сертификаттау және кері байланыс алу" \{\n\s*орны: "Маңғыстау облысы"/u);
        // Form text (instructions, signatures of the grantor) is not content and not «unplaced».
        expect(result.plan.unplaced).toEqual([]);
        expect(result.text).not.toMatch(/\/\/ ⚠ V-IMPORT-\d/);
    });

    test('values are kept as written, spelling included', async () => {
        const { result } = await importOf({});
        for (const v of ['жоспар: Кемінде 5 фото', 'жоспар: 10/1 скриншот', 'жоспар: 2 тізім(7 медициналық қызметкер)', 'жоспар: 1 кемінде',
            '"Белрусь Республикасына', 'желіддегі', 'жоспар: Кемінде 30 000 қаралым', 'жоспар: 20 ұйым/адам']) {
            expect(result.text).toContain(v);
        }
    });
});

describe('layouts of the same form from other NGOs', () => {
    const variants: [string, PlanDocxOptions][] = [
        ['one big Block III table with task rows spanning all columns', { layout: 'bigTable' }],
        ['Block I as paragraphs (label and value on one line or the next)', { blockI: 'paragraphs' }],
        ['columns in another order, other header words', { columns: ['activity', 'indicator', 'plan', 'place', 'period'], variantHeaders: true }],
        ['period first, place last', { columns: ['period', 'activity', 'indicator', 'plan', 'place'] }],
        ['no merged cells', { mergePlaces: false }]
    ];
    test.each(variants)('%s', async (_name, options) => {
        const { shape, parseErrors, result } = await importOf(options);
        expect(parseErrors).toEqual([]);
        expect(result.counts).toMatchObject({ tasks: 6, activities: 14, pairs: 71 });
        expectSameProject(shape, source);
        expect(shape.header.grantee).toBe(source.header.grantee);
        expect(shape.header.period).toBe(source.header.period);
        expect(shape.expected).toEqual(source.expected);
    });

    test('tracked changes: insertions taken, deletions dropped, and the draft says so', async () => {
        const { shape, result, diagnostics } = await importOf({ tracked: true });
        expectSameProject(shape, source);
        expect(result.text).not.toContain('999');
        expect(result.text).not.toContain('Өшірілген көрсеткіш');
        const note = diagnostics.find(d => d.code === 'V-IMPORT-06');
        expect(note?.message).toMatch(/^Бастапқы құжатта \d+ қабылданбаған түзету \(tracked changes\) бар: қосылған мәтін алынды, өшірілген мәтін алынбады/u);
    });
});
