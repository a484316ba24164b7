/**
 * Esep in the browser (vscode.dev, github.dev): the web client
 * (client/src/extension-browser.ts) and the web-worker language server
 * (server/src/main-browser.ts) bundle for the browser without a single Node
 * built-in; the language, report and preview code has no Node APIs; and the
 * worker bundle renders the preview as well as the .docx.
 */
import { describe, expect, test } from 'vitest';
import { builtinModules } from 'node:module';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { openInWebWorker, readExample, root } from './helpers.js';

const NODE_BUILTINS = new Set(builtinModules.flatMap(m => [m, `node:${m}`]));

/** Bundles an entry for the browser; returns the inputs and the modules the bundle still `require`s. */
async function bundle(entry: string, options: { format: 'cjs' | 'iife'; external: string[] }) {
    const { build } = await import('esbuild');
    const result = await build({
        entryPoints: [join(root, entry)], bundle: true, platform: 'browser', format: options.format, target: 'es2022',
        write: false, metafile: true, logLevel: 'silent', external: options.external
    });
    const inputs = Object.keys(result.metafile!.inputs);
    const code = result.outputFiles[0].text;
    // Plain require calls only: lodash's guarded `freeModule.require("util")` is a method call that never runs in a worker.
    const required = new Set([...code.matchAll(/(?<![.\w$])require\(\s*["']([^"']+)["']\s*\)/g)].map(m => m[1]));
    const imports = Object.values(result.metafile!.outputs).flatMap(o => o.imports.map(i => i.path));
    return { inputs, code, required, imports };
}

/** An input that is a Node built-in, or a file of a package's Node-only build. */
function nodeOnly(inputs: string[]): string[] {
    return inputs.filter(i => NODE_BUILTINS.has(i) || i.startsWith('node:') || /\/lib\/node\//.test(i) || /\blangium\/lib\/node\b/.test(i));
}

describe('the web extension bundles', () => {
    test('client/src/extension-browser.ts: browser language client, preview, no Node built-ins', async () => {
        const b = await bundle('client/src/extension-browser.ts', { format: 'cjs', external: ['vscode'] });
        expect(nodeOnly(b.inputs)).toEqual([]);
        expect([...b.required]).toEqual(['vscode']);
        expect(b.imports.filter(i => i !== 'vscode')).toEqual([]);
        expect(b.inputs.some(i => i.includes('vscode-languageclient/lib/browser/main.js'))).toBe(true);
        expect(b.inputs).toContain('client/src/preview.ts');
        expect(b.inputs).toContain('client/src/preview-page.ts');
        // The client does not carry the language or the report: the server does.
        expect(b.inputs.filter(i => i.includes('node_modules/langium/') || i.includes('server/src/'))).toEqual([]);
    });

    test('server/src/main-browser.ts: the worker server with report and preview, no Node built-ins', async () => {
        // docx keeps one require("buffer") for data-URI images when atob is missing; a worker has atob, Esep passes bytes.
        const b = await bundle('server/src/main-browser.ts', { format: 'iife', external: ['buffer'] });
        expect(nodeOnly(b.inputs)).toEqual([]);
        expect([...b.required].filter(r => r !== 'buffer')).toEqual([]);
        for (const file of ['server/src/report/html.ts', 'server/src/report/svg.ts', 'server/src/report/docx.ts', 'server/src/report/build/index.ts', 'server/src/report/build/plan-fact.ts']) {
            expect(b.inputs, file).toContain(file);
        }
        expect(b.inputs.some(i => i.includes('templates/forms/final.kk.json'))).toBe(true);
        expect(b.inputs.some(i => i.includes('vscode-languageserver/lib/browser/main.js'))).toBe(true);
    });

    test('the built bundles (npm run build) are the browser ones the manifest names', () => {
        const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
        expect(pkg.browser).toBe('./out/extension-browser.cjs');
        const source = readFileSync(join(root, 'client/src/extension-browser.ts'), 'utf8');
        expect(source).toContain("from 'vscode-languageclient/browser'");
        expect(source).toContain("'out/server-browser.js'");
        expect(source).toContain('registerPreview(');
        const build = readFileSync(join(root, 'scripts/build.mjs'), 'utf8');
        expect(build).toMatch(/'extension-browser': 'client\/src\/extension-browser\.ts'[^\n]*platform: 'browser'/);
        expect(build).toMatch(/'server-browser': 'server\/src\/main-browser\.ts'[^\n]*platform: 'browser'/);
    });
});

/** Source files that run in the browser: everything but the CLI and the Node entry points. */
function browserSources(): string[] {
    const out: string[] = [];
    const walk = (dir: string) => {
        for (const name of readdirSync(join(root, dir))) {
            const path = `${dir}/${name}`;
            if (statSync(join(root, path)).isDirectory()) { if (name !== 'generated') walk(path); continue; }
            if (path.endsWith('.ts')) out.push(path);
        }
    };
    for (const dir of ['language/src', 'server/src', 'client/src']) walk(dir);
    // The command line (server/src/cli.ts, cli-main.ts and every subcommand in server/src/cli/) runs on Node only,
    // as does node-files.ts (regular files of bounded size, real paths: the CLI's and the Node server's file system).
    const nodeOnlyFiles = new Set(['server/src/cli.ts', 'server/src/cli-main.ts', 'server/src/main-node.ts', 'server/src/node-files.ts', 'client/src/extension.ts']);
    return out.filter(f => !nodeOnlyFiles.has(f) && !f.startsWith('server/src/cli/'));
}

describe('no Node APIs in language, server, report and client code', () => {
    test('no node: imports, built-in modules, require, process, Buffer, __dirname', () => {
        const files = browserSources();
        expect(files.length).toBeGreaterThan(30);
        const offenders: string[] = [];
        for (const file of files) {
            const code = readFileSync(join(root, file), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');
            for (const m of code.matchAll(/\bfrom\s+['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) {
                const spec = m[1] ?? m[2];
                if (NODE_BUILTINS.has(spec) || spec.startsWith('node:') || spec === 'langium/node' || spec.endsWith('/node')) offenders.push(`${file}: import ${spec}`);
            }
            for (const m of code.matchAll(/\b(require\(|process\.|Buffer\b|__dirname|__filename)/g)) offenders.push(`${file}: ${m[1]}`);
        }
        expect(offenders).toEqual([]);
    });
});


describe('the web-worker language server (out/server-browser.js)', () => {
    test('renders the preview of an example, and follows an edit', async () => {
        const uri = 'vscode-vfs://github/esep/examples/birgemiz-bilim.grant';
        const text = readExample('birgemiz-bilim.grant');
        const { request, notify, stop } = await openInWebWorker('server/src/report/html.ts', uri, text);
        try {
            const first = await request('esep/renderPreview', { uri, lang: 'kk' });
            expect(first.errors).toBeUndefined();
            expect(first.kind).toBe('final');
            expect(first.version).toBe(1);
            expect(first.html.replace(/\u00A0/g, ' ')).toContain('4 042 547');
            expect(first.html).toMatch(/<td class="a-center"><div class="cp">698<\/div><\/td>/);
            // An edit, then at once the request: the answer shows the edit (the server waits for its build).
            const edited = text.replace('факт: 698', 'факт: 150');
            notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: edited }] });
            const second = await request('esep/renderPreview', { uri, lang: 'kk' });
            expect(second.version).toBe(2);
            const line = edited.split('\n').findIndex(l => l.includes('факт: 150')) + 1;
            const row = new RegExp(`<tr class="([^"]*)" data-line="${line}"[^>]*>(.*?)</tr>`).exec(second.html);
            expect(row?.[1]).toBe('row-data status-unmet short');
            // The preview marks the short fact on its cell (the .docx prints it plain).
            expect(row?.[2]).toMatch(/<td class="[^"]*\bshort-fact\b[^"]*"><div class="cp">150<\/div><\/td>/);
            expect(row?.[2]).not.toContain('698');
            // And the .docx still comes out of the same worker.
            const report = await request('esep/renderReport', { uri, kind: 'final', lang: 'kk' });
            expect(report.data.slice(0, 4)).toBe('UEsD'); // «PK\x03» in base64
        } finally {
            await stop();
        }
    });
});
