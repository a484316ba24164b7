/**
 * Every crash and every stall the fuzzer (test/fuzz/, `npm run fuzz`) found,
 * as a small named input. Each runs through the whole harness (parse,
 * evaluation, validation, hover, completion, formatting, code actions,
 * symbols, lenses, hints, tokens, folding, links, status, reports), then the
 * behaviour the fix keeps is checked where it is worth saying.
 */
import { describe, expect, test } from 'vitest';
import { URI } from 'langium';
import JSZip from 'jszip';
import { Harness } from './fuzz/harness.js';
import { manyTasks } from './fuzz/mutate.js';
import { mulberry32 } from './fuzz/rng.js';
import { MAX_NESTING } from '../language/src/lexer.js';
import type { GrantFile } from '../language/src/generated/ast.js';
import { renderReport } from '../server/src/report/render.js';
import { BASE, readSpec } from './helpers.js';

const harness = new Harness();

/** Runs `text` through every stage; the failures, if any, in one readable line each. */
async function survive(text: string): Promise<string[]> {
    const result = await harness.run(text, mulberry32(7), { fullReports: true });
    return result.failures.map(f => `${f.stage} ${f.kind}: ${f.message} ${f.where ?? ''}`);
}

/** A document kept open after the run (the harness removes its own), for further questions. */
async function open(text: string, path = '/fuzz/regression/project.grant') {
    const shared = harness.shared;
    const uri = URI.file(path);
    if (shared.workspace.LangiumDocuments.hasDocument(uri)) await shared.workspace.DocumentBuilder.update([], [uri]);
    const document = shared.workspace.LangiumDocumentFactory.fromString(text, uri);
    shared.workspace.LangiumDocuments.addDocument(document);
    await shared.workspace.DocumentBuilder.build([document], { validation: true });
    return document;
}

const activity = (body: string) => `жоба "X" {\n    міндет 1 "T" {\n        іс-шара 1 "A" {\n${body}\n        }\n    }\n}\n`;

describe('parser: parentheses nested ten thousand deep', () => {
    // Was: RangeError (Maximum call stack size exceeded) inside the parser, and the
    // next document parsed after it got wrong positions. Fixed in language/src/lexer.ts.
    const line = `            көрсеткіш "K" жоспар: ${'('.repeat(10_000)}1${')'.repeat(10_000)} факт: 1`;
    const deep = activity(line);

    test('no exception in any stage; one lexing error says how deep parentheses may go', async () => {
        expect(await survive(deep)).toEqual([]);
        const document = await open(deep);
        const tooDeep = (document.diagnostics ?? []).filter(d => String(d.message).includes(String(MAX_NESTING)));
        expect(tooDeep).toHaveLength(1);
        // At the first «(» too many.
        expect(tooDeep[0].range.start).toEqual({ line: 3, character: line.indexOf('(') + MAX_NESTING });
    });

    test('the document after it keeps its positions', async () => {
        await survive(deep);
        const document = await open(BASE);
        const project = (document.parseResult.value as GrantFile).projects[0];
        expect(project.$cstNode?.range.start).toEqual({ line: BASE.slice(0, BASE.indexOf('жоба')).split('\n').length - 1, character: 0 });
        expect(document.parseResult.parserErrors).toEqual([]);
    });

    test(`${MAX_NESTING} levels are still read as one value`, async () => {
        const document = await open(activity(`            көрсеткіш "K" жоспар: ${'('.repeat(MAX_NESTING)}1${')'.repeat(MAX_NESTING)} факт: 1`));
        expect(document.parseResult.lexerErrors).toEqual([]);
        expect(document.parseResult.parserErrors).toEqual([]);
    });
});

describe('nodes the parser recovered past, without their name or number', () => {
    test('participants with a name and no count (was: TypeError in V-SUM-04, fixed in values.ts parseNumber)', async () => {
        const text = activity('            қатысушылар: "оқушылар"');
        expect(await survive(text)).toEqual([]);
        const document = await open(text);
        expect((document.diagnostics ?? []).filter(d => String(d.message).includes('Esep'))).toEqual([]);
    });

    test('a partner with no name (was: TypeError in the outline, fixed in document-symbols.ts)', async () => {
        expect(await survive('жоба "X" {\n    серіктес\n}\n')).toEqual([]);
    });

    test('a team member with no name: no symbol for it, the rest of the outline stays', async () => {
        const text = 'жоба "X" {\n    команда {\n        маман лауазымы: "Тренер"\n    }\n    міндет 1 "T" {\n    }\n}\n';
        expect(await survive(text)).toEqual([]);
        const document = await open(text);
        const symbols = await harness.grant.lsp.DocumentSymbolProvider!.getSymbols(document, { textDocument: { uri: document.uri.toString() } });
        expect(symbols.map(s => s.name)).toEqual(['X']);
        expect(symbols[0].children?.map(s => s.name)).toEqual(['команда', '1. T']);
        expect(symbols[0].children?.[0].children).toEqual([]);
    });
});

describe('document links', () => {
    test('an evidence path with a lone surrogate has no URI: no link, no exception', async () => {
        expect(await survive(activity('            дәлел: "дәлелдер/\uD800/1-1"'))).toEqual([]);
    });
});

describe('completion', () => {
    test('inside a 200 000-character string: nothing offered, at once (was: 15 s)', async () => {
        const text = activity(`            нәтиже: "${'ә '.repeat(100_000)}"`);
        const document = await open(text);
        const started = performance.now();
        const list = await harness.grant.lsp.CompletionProvider!.getCompletion(document, {
            textDocument: { uri: document.uri.toString() }, position: { line: 3, character: 150_000 }
        });
        expect(performance.now() - started).toBeLessThan(1000);
        expect(list?.items ?? []).toEqual([]);
    });

    test('a file with CR line ends: units are still offered after a number, at once', async () => {
        const body = '            көрсеткіш "Қатысушылар саны" жоспар: кемінде 200 ';
        // One «line» of 160 000 characters for anything that looks for \n only.
        const text = `// ${'ұзақ '.repeat(40_000)}\r` + activity(body).replace(/\n/g, '\r');
        const document = await open(text);
        const started = performance.now();
        const list = await harness.grant.lsp.CompletionProvider!.getCompletion(document, {
            textDocument: { uri: document.uri.toString() }, position: { line: 4, character: body.length }
        });
        expect(performance.now() - started).toBeLessThan(1000);
        expect(list?.items.map(i => i.label)).toContain('адам');
    });
});

describe('report of a sum too large to spell', () => {
    // Was: RangeError from numberToWords (words only up to 10^15) inside the report builder.
    // Fixed in server/src/report/build.ts: such a sum is printed as written.
    test('сома: 10^24 теңге — every report is written, the sum as written', async () => {
        const text = readSpec().replace(/сома: [^\n]*/u, 'сома: 1 000 000 000 000 000 000 000 000 теңге');
        expect(await survive(text)).toEqual([]);
        const document = await open(text);
        const result = await renderReport(document, harness.grant, { kind: 'final', lang: 'ru' });
        if (!result.ok) throw new Error(result.errors.map(e => e.message).join('\n'));
        const xml = await (await JSZip.loadAsync(result.bytes)).file('word/document.xml')!.async('string');
        expect(xml).toContain('1 000 000 000 000 000 000 000 000 теңге');
    });
});

describe('report with a chart per task', () => {
    // Was: minutes for 1 800 tasks (docx's picture links are one regular expression over the whole
    // document per picture, and the charts were drawn slowly). Fixed in server/src/report/docx.ts,
    // chart.ts and png.ts; every picture must still be linked.
    test('60 tasks: a chart per task with comparable counts, each chart part in the package and linked from the text', async () => {
        const document = await open(manyTasks(mulberry32(3), 60));
        // Charts are opt-in (esep report --charts).
        const result = await renderReport(document, harness.grant, { kind: 'final', lang: 'kk', charts: true });
        if (!result.ok) throw new Error(result.errors.map(e => e.message).join('\n'));
        const zip = await JSZip.loadAsync(result.bytes);
        const parts = Object.keys(zip.files).filter(name => name.startsWith('word/charts/'));
        const rels = await zip.file('word/_rels/document.xml.rels')!.async('string');
        const xml = await zip.file('word/document.xml')!.async('string');
        const links = [...xml.matchAll(/<c:chart [^>]*r:id="([^"]+)"/g)].map(m => m[1]);
        // One native chart per task with a comparable count (build/charts.ts decides which).
        const charts = result.built.doc.blocks.filter(b => b.type === 'chart').length;
        expect(charts).toBeGreaterThan(50);
        expect(links.length).toBe(charts);
        expect(new Set(links).size).toBe(charts);
        expect(parts.length).toBe(charts);
        for (const id of links) {
            const target = new RegExp(`Id="${id}"[^>]*Target="(charts/[^"]+)"`).exec(rels)?.[1];
            expect(target && parts.includes(`word/${target}`), `relationship ${id}`).toBe(true);
        }
    });
});
