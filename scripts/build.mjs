// Bundles the CLI, the language server (Node and browser worker) and the VS Code client with esbuild.
import * as esbuild from 'esbuild';

const watch = process.argv.includes('--watch');
const common = { bundle: true, sourcemap: true, logLevel: 'warning', legalComments: 'none' };

const builds = [
    { ...common, entryPoints: { cli: 'server/src/cli-main.ts' }, outdir: 'out', outExtension: { '.js': '.cjs' }, platform: 'node', format: 'cjs', target: 'node20' },
];

const contexts = await Promise.all(builds.map(b => esbuild.context(b)));
if (watch) {
    await Promise.all(contexts.map(c => c.watch()));
} else {
    await Promise.all(contexts.map(c => c.rebuild()));
    await Promise.all(contexts.map(c => c.dispose()));
}
