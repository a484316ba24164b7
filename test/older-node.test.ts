/**
 * The extension declares VS Code 1.91 and later, whose extension hosts run Node 20 up to Electron 34;
 * `esep` may be run by a Node 20 too (this machine's own `node`). The language server bundle there
 * must answer as it does on the Node 24 the tests run on: a Node 21+ built-in that a library reaches
 * for fails there, sometimes silently (pdf.js skipped every page's drawing, and PDF drafts came out
 * shifted). Run where an older Node is installed beside the project's (skipped, and said so, where
 * none is).
 */
import { describe, expect, test } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { LspClient } from '../bench/lsp-client.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const server = `${root}out/server.cjs`;

/** A Node older than 22 on this machine, if any. */
function olderNode(): string | undefined {
    for (const candidate of ['/usr/bin/node', '/usr/local/bin/node', '/bin/node']) {
        if (!existsSync(candidate)) continue;
        try {
            const major = Number(execFileSync(candidate, ['-p', 'process.versions.node.split(".")[0]'], { encoding: 'utf8' }).trim());
            if (major >= 18 && major < 22) return candidate;
        } catch { /* not runnable */ }
    }
    return undefined;
}
const older = olderNode();

/** What the server answers for an example and an imported PDF. */
async function answers(node: string): Promise<Record<string, string>> {
    const client = new LspClient(node, server);
    try {
        await client.initialize();
        const file = `${root}examples/birgemiz-bilim.grant`;
        const uri = `file://${file}`;
        const published = client.next('textDocument/publishDiagnostics', p => p.uri === uri);
        client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'grant', version: 1, text: readFileSync(file, 'utf8') } });
        const diagnostics = (await published).params.diagnostics;
        const td = { textDocument: { uri } };
        const hover = await client.request('textDocument/hover', { ...td, position: { line: 29, character: 80 } });
        const lenses = await client.request('textDocument/codeLens', td);
        const report = await client.request<{ error?: string }>('esep/renderReport', { uri, kind: 'final', lang: 'kk', charts: true });
        const pdf = readFileSync(`${root}test/fixtures/import/generated-22.pdf`).toString('base64');
        const imported = await client.request('esep/importPlan', { data: pdf, fileName: 'generated-22.pdf' });
        return {
            diagnostics: JSON.stringify(diagnostics), hover: JSON.stringify(hover), lenses: JSON.stringify(lenses),
            report: report && !report.error ? 'written' : JSON.stringify(report), imported: JSON.stringify(imported)
        };
    } finally {
        await client.stop();
    }
}

describe.skipIf(!existsSync(server))('the language server on an older Node', () => {
    test.skipIf(!older)(`answers as on this Node (${process.version}): diagnostics, hover, CodeLens, the report, a PDF imported`, async () => {
        const here = await answers(process.execPath);
        const there = await answers(older!);
        expect(JSON.parse(here.diagnostics).length).toBeGreaterThan(10);
        expect(here.report).toBe('written');
        // The PDF draft: every activity with its place, every plan beside its indicator.
        expect(here.imported).toContain('"activities":22');
        for (const key of Object.keys(here)) expect(there[key], `${key} on ${older}`).toBe(here[key]);
    }, 60_000);
});
