/**
 * Round trip: `esep report --kind plan X.grant` writes Appendix 3; importing
 * that .docx gives back the same project — tasks, activities, indicators and
 * planned values, periods, places, the team and Block IV — for both examples
 * and for generated projects (bench/generate.ts).
 */
import { describe, expect, test } from 'vitest';
import { grant, parse, readExample } from '../helpers.js';
import { renderReport } from '../../server/src/report/render.js';
import { importDocument } from '../../server/src/import/index.js';
import { generateByActivities } from '../../bench/generate.js';
import { allActivities, allPairs, shapeOfText, type Shape } from './shape.js';

async function roundTrip(text: string): Promise<{ source: Shape; draft: Shape; parseErrors: string[] }> {
    const document = await parse(text, true);
    const rendered = await renderReport(document, grant, { kind: 'plan', lang: 'kk' });
    if (!rendered.ok) throw new Error(rendered.errors.map(e => e.message).join('; '));
    const result = await importDocument(rendered.bytes, 'plan.docx', grant.parser.Lexer);
    const source = (await shapeOfText(text)).shape;
    const { shape: draft, parseErrors } = await shapeOfText(result.text);
    return { source, draft, parseErrors };
}

function expectSame(draft: Shape, source: Shape) {
    expect(draft.tasks.map(t => [t.number, t.title])).toEqual(source.tasks.map(t => [t.number, t.title]));
    const acts = (s: Shape) => allActivities(s).map(a => ({ title: a.title, place: a.place, period: a.period }));
    expect(acts(draft)).toEqual(acts(source));
    expect(allPairs(draft)).toEqual(allPairs(source));
    expect(draft.team).toEqual(source.team);
    // Block IV: the writer puts the unit in its own column and groups digits («1000 адам, оның ішінде …»
    // → «1 000, оның ішінде …» | «адам»); the import puts them back together: the same numbers, in order.
    const numbers = (plan: string) => (plan.match(/\d[\d\s]*/g) ?? []).map(n => Number(n.replace(/\s/g, '')));
    expect(draft.impact.map(([name, plan]) => [name, numbers(plan)])).toEqual(source.impact.map(([name, plan]) => [name, numbers(plan)]));
    for (const key of ['grantee', 'priority', 'topic', 'goal', 'territory', 'targetGroup', 'period']) {
        expect([key, draft.header[key]]).toEqual([key, source.header[key]]);
    }
}

describe('plan → Appendix 3 (.docx) → import gives back the same project', () => {
    test.each(['teng-mumkindik.grant', 'birgemiz-bilim.grant'])('%s', async name => {
        const { source, draft, parseErrors } = await roundTrip(readExample(name));
        expect(parseErrors).toEqual([]);
        expectSame(draft, source);
    });

    test.each([1, 2, 3])('a generated project (seed %i)', async seed => {
        const { text } = generateByActivities({ report: readExample('birgemiz-bilim.grant'), plan: readExample('teng-mumkindik.grant') }, 25, seed);
        const { source, draft, parseErrors } = await roundTrip(text);
        expect(parseErrors).toEqual([]);
        expect(allActivities(source).length).toBeGreaterThanOrEqual(25);
        expectSame(draft, source);
    });
});
