// Bundles the CLI, the language server (Node and browser worker) and the VS Code client with esbuild.
import * as esbuild from 'esbuild';

const watch = process.argv.includes('--watch');
const common = { bundle: true, sourcemap: true, logLevel: 'warning', legalComments: 'none' };

// Langium uses Object.groupBy / Map.groupBy (Node 22+); VS Code's extension host may run Node 20.
// The polyfill goes at the very top of the server bundles, before any module code runs.
const groupByPolyfill = `if (typeof Object.groupBy !== 'function') { Object.groupBy = function (items, key) { const out = Object.create(null); let i = 0; for (const item of items) { const k = key(item, i++); (out[k] || (out[k] = [])).push(item); } return out; }; }
if (typeof Map.groupBy !== 'function') { Map.groupBy = function (items, key) { const out = new Map(); let i = 0; for (const item of items) { const k = key(item, i++); if (!out.has(k)) out.set(k, []); out.get(k).push(item); } return out; }; }`;

const builds = [
    { ...common, entryPoints: { cli: 'server/src/cli-main.ts' }, outdir: 'out', outExtension: { '.js': '.cjs' }, platform: 'node', format: 'cjs', target: 'node20' },
    // `esep summary`'s worker threads (server/src/cli/portfolio/batch.ts), next to the CLI bundle.
    { ...common, entryPoints: { 'portfolio-worker': 'server/src/cli/portfolio/worker.ts' }, outdir: 'out', outExtension: { '.js': '.cjs' }, platform: 'node', format: 'cjs', target: 'node20', banner: { js: groupByPolyfill } },
    // What bin/esep.js loads first for `esep summary`, to start those workers before the CLI bundle loads.
    { ...common, entryPoints: { 'portfolio-threads': 'server/src/cli/portfolio/threads.ts' }, outdir: 'out', outExtension: { '.js': '.cjs' }, platform: 'node', format: 'cjs', target: 'node20' },
    // The VS Code extension (desktop): the client, and the language server it starts over IPC.
    { ...common, entryPoints: { extension: 'client/src/extension.ts' }, outdir: 'out', outExtension: { '.js': '.cjs' }, platform: 'node', format: 'cjs', target: 'node20', external: ['vscode'] },
    { ...common, entryPoints: { server: 'server/src/main-node.ts' }, outdir: 'out', outExtension: { '.js': '.cjs' }, platform: 'node', format: 'cjs', target: 'node20', banner: { js: groupByPolyfill }, external: ['unpdf', './pdf-reader.js'] },
    // VS Code for the Web: the client and the language server as a web worker.
    { ...common, entryPoints: { 'extension-browser': 'client/src/extension-browser.ts' }, outdir: 'out', outExtension: { '.js': '.cjs' }, platform: 'browser', format: 'cjs', target: 'es2022', external: ['vscode'] },
    // docx reaches for Node's `buffer` only where `atob` is missing; a worker has `atob`.
    { ...common, entryPoints: { 'server-browser': 'server/src/main-browser.ts' }, outdir: 'out', platform: 'browser', format: 'iife', target: 'es2022', banner: { js: groupByPolyfill }, external: ['buffer', 'unpdf'] },
    // The PDF library for import, once for both servers: a script the worker loads with importScripts
    // and the Node server with import() (an ES module there, as the package is "type": "module"), both
    // then read the global it sets (server/src/import/pdf-lib.ts).
    { ...common, sourcemap: false, entryPoints: { 'pdf-reader': 'server/src/import/pdf-entry.ts' }, outdir: 'out', platform: 'browser', format: 'iife', target: 'es2022', globalName: 'EsepPdfReader', footer: { js: 'globalThis.EsepPdfReader = EsepPdfReader;' } },
];

const contexts = await Promise.all(builds.map(b => esbuild.context(b)));
if (watch) {
    await Promise.all(contexts.map(c => c.watch()));
} else {
    await Promise.all(contexts.map(c => c.rebuild()));
    await Promise.all(contexts.map(c => c.dispose()));
}
