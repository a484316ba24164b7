/**
 * The extension's Node language server (out/server.cjs, as packaged) answers
 * esep/importPlan for a .docx and for a PDF: the PDF library is the shared
 * out/pdf-reader.js beside it (scripts/build.mjs), loaded on first use.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LspClient } from '../../bench/lsp-client.js';
import { root } from '../helpers.js';

const fixture = (name: string) => readFileSync(join(root, 'test/fixtures/import', name)).toString('base64');
let client: LspClient;
beforeAll(async () => {
    client = new LspClient(process.execPath, join(root, 'out/server.cjs'));
    await client.initialize();
});
afterAll(async () => client?.stop());

describe('esep/importPlan in the packaged Node server', () => {
    test.each(['teng-mumkindik.docx', 'teng-mumkindik.pdf'])('%s: a draft with the plan\'s tasks and activities', async name => {
        const result = await client.request('esep/importPlan', { data: fixture(name), fileName: name }) as { text?: string; counts?: { tasks: number; activities: number; pairs: number }; error?: string };
        expect(result.error).toBeUndefined();
        expect(result.counts).toMatchObject({ tasks: 6, activities: 14 });
        expect(result.text).toMatch(/^\/\/ Esep: «teng-mumkindik\.(docx|pdf)»/u);
    });

    test('a file that is not a plan: one clear line in the server\'s language', async () => {
        const result = await client.request('esep/importPlan', { data: Buffer.from('hello').toString('base64'), fileName: 'notes.docx' }) as { error?: string };
        expect(result.error).toMatch(/^notes\.docx: бұл Word \(\.docx\) немесе PDF файлы емес/u);
    });
});
