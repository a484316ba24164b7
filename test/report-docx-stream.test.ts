/**
 * Item 8 of issue 13 (big inputs): the .docx of a big input is written in pieces
 * (server/src/report/docx-stream.ts), with bounded memory. It must be the same report: here the
 * bounded writer is forced on small and medium inputs (the examples, files generated from them,
 * a file of many tasks), cutting tables into runs of 1, 2 or 7 rows, and every part of the
 * .docx is compared with what the whole-document writer makes — document.xml text for text.
 * The command line takes the bounded writer for a big input (lean-heap.ts), or when
 * ESEP_BOUNDED_REPORT=1; and it lets go of the syntax tree before the .docx is written.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { renderReport, type RenderOptions } from '../server/src/report/render.js';
import { renderDocx } from '../server/src/report/docx.js';
import { renderDocxBounded } from '../server/src/report/docx-stream.js';
import { docxXmlProblems, unzip } from './fuzz/docx-xml.js';
import { generateByActivities } from '../bench/generate.js';
import { manyTasks } from '../bench/big-inputs.js';
import { letGoOfLastTree } from '../language/src/parser.js';
import { grant, parse, readExample, services } from './helpers.js';
import { runCli } from './cli-helpers.js';

/** Every part of a .docx by name; the creation and modification times of core.xml masked. */
function parts(bytes: Uint8Array): Map<string, string> {
    const out = new Map<string, string>();
    for (const [name, data] of unzip(bytes)) {
        const text = data.toString('utf8');
        out.set(name, name === 'docProps/core.xml' ? text.replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*/g, '$1…') : text);
    }
    return out;
}

/** Both writers on `text`: the parts of each, for every kind and language that can be written. */
const ALL: Array<Pick<RenderOptions, 'kind' | 'lang'>> = (['final', 'plan', 'interim'] as const).flatMap(kind => (['kk', 'ru'] as const).map(lang => ({ kind, lang })));
const TWO: Array<Pick<RenderOptions, 'kind' | 'lang'>> = [{ kind: 'final', lang: 'kk' }, { kind: 'interim', lang: 'ru' }];

async function bothWriters(text: string, rowsPerRun: number, extra: Partial<RenderOptions> = {}, forms = ALL) {
    const doc = await parse(text);
    const out: { name: string; whole: Map<string, string>; bounded: Map<string, string>; problems: string[] }[] = [];
    for (const { kind, lang } of forms) {
        const options = { kind, lang, ...extra };
        const whole = await renderReport(doc, grant, options, renderDocx);
        const bounded = await renderReport(doc, grant, options, model => renderDocxBounded(model, { rowsPerRun }));
        expect(bounded.ok).toBe(whole.ok);
        if (!whole.ok || !bounded.ok) continue;
        out.push({ name: `${kind}/${lang}`, whole: parts(whole.bytes), bounded: parts(bounded.bytes), problems: docxXmlProblems(bounded.bytes) });
    }
    return out;
}

function expectSame(runs: Awaited<ReturnType<typeof bothWriters>>, minimum: number): void {
    expect(runs.length).toBeGreaterThanOrEqual(minimum);
    for (const r of runs) {
        expect(r.problems, r.name).toEqual([]);
        expect([...r.bounded.keys()].sort(), r.name).toEqual([...r.whole.keys()].sort());
        const body = r.bounded.get('word/document.xml')!;
        expect(body.length, r.name).toBeGreaterThan(10_000);
        // Compared as text first: a difference is reported where it is, not as two huge strings.
        const whole = r.whole.get('word/document.xml')!;
        let at = 0;
        while (at < body.length && body[at] === whole[at]) at++;
        expect(body.slice(at, at + 200), `${r.name}: document.xml differs at ${at}`).toBe(whole.slice(at, at + 200));
        for (const [name, text] of r.whole) expect(r.bounded.get(name), `${r.name}: ${name}`).toBe(text);
    }
}

const examples = { report: readExample('birgemiz-bilim.grant'), plan: readExample('teng-mumkindik.grant') };

describe('the bounded .docx writer writes the same report', () => {
    test('the examples, every kind and language, tables cut after every row', async () => {
        expectSame(await bothWriters(examples.report, 1), 6);
        expectSame(await bothWriters(examples.plan, 1), 2);
    }, 60_000);

    test('the examples, tables cut after every second and every seventh row', async () => {
        for (const rowsPerRun of [2, 7]) {
            expectSame(await bothWriters(examples.report, rowsPerRun, {}, TWO), 2);
            expectSame(await bothWriters(examples.plan, rowsPerRun, { kind: 'plan' }, [{ kind: 'plan', lang: 'kk' }]), 1);
        }
    }, 60_000);

    test('with charts and the review appendix (a chart part per task, its links)', async () => {
        const runs = await bothWriters(examples.report, 3, { charts: true, review: true }, TWO);
        expectSame(runs, 2);
        expect([...runs[0].bounded.keys()].some(name => name.startsWith('word/charts/chart'))).toBe(true);
    });

    test('files generated from the examples: 60 activities, and 150 with charts', async () => {
        expectSame(await bothWriters(generateByActivities(examples, 60, 3).text, 5, {}, TWO), 2);
        expectSame(await bothWriters(generateByActivities(examples, 150, 7).text, 40, { charts: true }, [{ kind: 'final', lang: 'ru' }]), 1);
    }, 90_000);

    test('300 tasks of one indicator each (the shape of the big-inputs benchmark)', async () => {
        expectSame(await bothWriters(manyTasks(300), 50, {}, TWO), 2);
    }, 60_000);
});

describe('the command line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'esep-bounded-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    test('esep report with the bounded writer (ESEP_BOUNDED_REPORT=1) writes the document.xml of the whole-document writer', async () => {
        const input = join(dir, 'many.grant');
        writeFileSync(input, manyTasks(400));
        const whole = await runCli(['report', input, '-o', join(dir, 'whole.docx')]);
        expect(whole.code, whole.err).toBe(0);
        process.env.ESEP_BOUNDED_REPORT = '1';
        let bounded;
        try {
            bounded = await runCli(['report', input, '-o', join(dir, 'bounded.docx')]);
        } finally {
            delete process.env.ESEP_BOUNDED_REPORT;
        }
        expect(bounded.code, bounded.err).toBe(0);
        expect(bounded.err).toBe(whole.err);
        const a = unzip(readFileSync(join(dir, 'whole.docx'))).get('word/document.xml')!.toString('utf8');
        const b = unzip(readFileSync(join(dir, 'bounded.docx'))).get('word/document.xml')!.toString('utf8');
        expect(b.length).toBeGreaterThan(100_000);
        expect(b === a).toBe(true);
    });

    test('the parser lets go of its tokens after each parse, and of the tree it built when the report asks', async () => {
        await parse(examples.report);
        const parser = services.Grant.parser.LangiumParser as unknown as { nodeBuilder: { rootNode?: unknown; nodeStack: unknown[] }; wrapper: { input: unknown[] } };
        expect(parser.wrapper.input).toEqual([]);
        expect(parser.nodeBuilder.rootNode).toBeDefined();
        letGoOfLastTree(parser);
        expect(parser.nodeBuilder.rootNode).toBeUndefined();
        expect(parser.nodeBuilder.nodeStack).toEqual([]);
        expect(parser.wrapper.input).toEqual([]);
    });
});
