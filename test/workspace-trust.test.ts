/**
 * Workspace trust and virtual workspaces. package.json says the extension
 * works in untrusted workspaces and in virtual ones (vscode.dev, github.dev);
 * that holds because:
 * - nothing from the workspace is ever executed: no child processes, no
 *   eval, no code built from text, no import of a path that is not a literal
 *   (the servers start from the extension's own files); a workspace only
 *   supplies .grant text, settings and evidence paths, which are read;
 * - the client touches files only through vscode.workspace.fs (any scheme:
 *   file, vscode-vfs, …), never through Node's fs;
 * - the browser bundles hold no Node built-ins.
 * What a workspace's settings could do is bounded elsewhere: reports are
 * never written outside the workspace (lsp-client.test.ts), evidence links
 * point only inside the project folder (document-links.test.ts).
 */
import { describe, expect, test } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative } from 'node:path';
import * as esbuild from 'esbuild';
import { root } from './helpers.js';
import { SERVER_EXEC_ARGV } from '../language/src/lsp/protocol.js';

function sources(folder: string): string[] {
    const out: string[] = [];
    for (const name of readdirSync(join(root, folder))) {
        const path = join(folder, name);
        if (name === 'generated') continue;
        if (statSync(join(root, path)).isDirectory()) out.push(...sources(path));
        else if (name.endsWith('.ts')) out.push(path);
    }
    return out;
}

/** Source text without comments (a comment may name what the code must not do). */
function code(path: string): string {
    return readFileSync(join(root, path), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

const CLIENT = sources('client/src');
const EVERYTHING = [...CLIENT, ...sources('server/src'), ...sources('language/src')];
const NODE_BUILTINS = new Set(builtinModules.flatMap(m => [m, `node:${m}`]));

function importsOf(path: string): string[] {
    return [...code(path).matchAll(/(?:^|\s)(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g)].map(m => m[1] ?? m[2]);
}

describe('untrusted workspaces: nothing from the workspace is executed', () => {
    test('package.json: untrusted and virtual workspaces supported, a browser entry', () => {
        const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
        expect(manifest.capabilities.untrustedWorkspaces.supported).toBe(true);
        expect(manifest.capabilities.virtualWorkspaces).toBe(true);
        expect(manifest.browser).toBe('./out/extension-browser.cjs');
    });

    test('no child processes, eval, code from text, or imports of computed paths — in the client, the servers, the CLI or the language', () => {
        const found: string[] = [];
        const forbidden: [string, RegExp][] = [
            ['child_process', /\bchild_process\b|(?<![.\w])(?:spawn|spawnSync|exec|execSync|execFile|execFileSync|fork)\s*\(/],
            ['eval', /\beval\s*\(/],
            ['new Function', /\bnew\s+Function\s*\(/],
            ['vm', /['"](?:node:)?vm['"]/],
            ['computed import', /\bimport\s*\(\s*(?!['"])/],
            ['require', /\brequire\s*\(/]
        ];
        for (const path of EVERYTHING) {
            const text = code(path);
            for (const [what, re] of forbidden) if (re.test(text)) found.push(`${path}: ${what}`);
        }
        expect(found).toEqual([]);
    });

    test('the language servers start from the extension\'s own files', () => {
        const desktop = code('client/src/extension.ts');
        expect(desktop).toMatch(/const module = context\.asAbsolutePath\('out\/server\.cjs'\)/);
        expect(desktop).toMatch(/run: \{ module, transport: TransportKind\.ipc, options: \{ execArgv: \[\.\.\.SERVER_EXEC_ARGV\] \} \}/);
        // Its only arguments: the size of V8's young generation, a constant of the extension.
        expect(SERVER_EXEC_ARGV).toEqual(['--max-semi-space-size=8']);
        const web = code('client/src/extension-browser.ts');
        expect(web).toMatch(/vscode\.Uri\.joinPath\(extensionUri, 'out\/server-browser\.js'\)/);
        expect(web).toMatch(/new Worker\(await serverWorkerUrl\(context\.extensionUri\)\)/);
    });
});

describe('virtual workspaces: files only through vscode.workspace.fs', () => {
    test('the client imports no Node built-in (no fs, path, os …)', () => {
        const found = CLIENT.flatMap(path => importsOf(path).filter(spec => NODE_BUILTINS.has(spec)).map(spec => `${relative(root, join(root, path))}: ${spec}`));
        expect(found).toEqual([]);
        // What it does import: VS Code, its l10n and language client, and its own modules.
        const external = new Set(CLIENT.flatMap(importsOf).filter(spec => !spec.startsWith('.')));
        expect([...external].sort()).toEqual(['@vscode/l10n', 'vscode', 'vscode-languageclient', 'vscode-languageclient/browser', 'vscode-languageclient/node']);
    });

    test('every file operation of the client is a vscode.workspace.fs call', () => {
        const found: string[] = [];
        for (const path of CLIENT) {
            for (const m of code(path).matchAll(/([\w.]+)\.(readFile|writeFile|stat|rename|delete|createDirectory|readDirectory|copy|\w+Sync)\s*\(/g)) {
                // A Map's delete is not a file operation; anything else named like one must be VS Code's.
                if (m[2] === 'delete' && !/fs$/i.test(m[1])) continue;
                if (m[1] !== 'vscode.workspace.fs') found.push(`${path}: ${m[0]}`);
            }
        }
        expect(found).toEqual([]);
    });

    test('the web extension and the web-worker server bundle without Node built-ins', async () => {
        const result = await esbuild.build({
            entryPoints: [join(root, 'client/src/extension-browser.ts'), join(root, 'server/src/main-browser.ts')],
            bundle: true, write: false, metafile: true, platform: 'browser', format: 'esm', outdir: 'out-check',
            external: ['vscode', 'buffer'], logLevel: 'silent'
        });
        const externals = Object.values(result.metafile.outputs).flatMap(o => o.imports.filter(i => i.external).map(i => i.path));
        // VS Code's API, and docx's reach for `buffer` where `atob` is missing (a worker has it).
        expect([...new Set(externals)].filter(e => e !== 'vscode' && e !== 'buffer')).toEqual([]);
        const inputs = Object.keys(result.metafile.inputs);
        expect(inputs.filter(i => i.startsWith('node:') || NODE_BUILTINS.has(i))).toEqual([]);
    });
});
