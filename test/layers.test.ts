/**
 * The layer check (`npm run lint:layers`, .dependency-cruiser.cjs) fails on a wrong import:
 * a small tree in a temporary folder, checked with the project's own rules, once with the
 * imports the layers allow and once with each kind of import they forbid.
 */
import { describe, expect, test } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { root } from './helpers.js';

const depcruise = join(root, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruiser.mjs');

function check(files: Record<string, string>): { status: number | null; output: string } {
    const dir = mkdtempSync(join(tmpdir(), 'esep-layers-'));
    try {
        const all: Record<string, string> = {
            'tsconfig.json': JSON.stringify({ compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', allowImportingTsExtensions: false } }),
            'language/src/values/index.ts': 'export const parseValue = (s: string) => s;\n',
            'language/src/model.ts': "import { parseValue } from './values/index.js';\nexport const read = parseValue;\n",
            'language/src/generated/ast.ts': 'export interface Indicator { name: string }\nexport const isIndicator = (x: unknown) => !!x;\n',
            'language/src/lsp/protocol.ts': "export const STATUS_REQUEST = 'esep/status';\n",
            'server/src/report/build.ts': "import type { Indicator } from '../../../language/src/generated/ast.js';\nimport { read } from '../../../language/src/model.js';\nexport const f = (i: Indicator) => read(i.name);\n",
            'client/src/extension.ts': "import { STATUS_REQUEST } from '../../language/src/lsp/protocol.js';\nexport const r = STATUS_REQUEST;\n",
            ...files
        };
        for (const [path, text] of Object.entries(all)) {
            mkdirSync(dirname(join(dir, path)), { recursive: true });
            writeFileSync(join(dir, path), text);
        }
        const r = spawnSync(process.execPath, [depcruise, 'language/src', 'server/src', 'client/src', '--config', join(root, '.dependency-cruiser.cjs'), '--output-type', 'err'],
            { cwd: dir, encoding: 'utf8', timeout: 120_000 });
        return { status: r.status, output: `${r.stdout}${r.stderr}` };
    } finally {
        rmSync(dir, { recursive: true, force: true });
    }
}

describe('the layer check of npm test', () => {
    test('passes the imports the layers allow', () => {
        const r = check({});
        expect(r.output).toContain('no dependency violations');
        expect(r.status).toBe(0);
    }, 120_000);

    test('fails on each kind of wrong import, naming the rule and the import', () => {
        const r = check({
            // A consumer reads values/ instead of the model.
            'language/src/lsp/hover.ts': "import { parseValue } from '../values/index.js';\nexport const h = parseValue;\n",
            // The report reads the AST for meaning (a value import, not a type).
            'server/src/report/html.ts': "import { isIndicator } from '../../../language/src/generated/ast.js';\nexport const h = isIndicator;\n",
            // The client imports more than the protocol.
            'client/src/preview.ts': "import { read } from '../../language/src/model.js';\nexport const p = read;\n",
            // The language layer imports the server.
            'language/src/lsp/requests.ts': "import { f } from '../../../server/src/report/build.js';\nexport const q = f;\n"
        });
        expect(r.status).not.toBe(0);
        expect(r.output).toContain('values-only-through-the-model: language/src/lsp/hover.ts → language/src/values/index.ts');
        expect(r.output).toContain('report-reads-the-model-not-the-ast: server/src/report/html.ts → language/src/generated/ast.ts');
        expect(r.output).toContain('client-only-the-protocol: client/src/preview.ts → language/src/model.ts');
        expect(r.output).toContain('language-not-server-or-client: language/src/lsp/requests.ts → server/src/report/build.ts');
        expect(r.output).toContain('4 dependency violations');
    }, 120_000);
});
