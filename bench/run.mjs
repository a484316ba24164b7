#!/usr/bin/env node
// `npm run bench` (after npm run build): bundles bench/main.ts with esbuild and runs it on this
// Node with --expose-gc, so runs start from a collected heap. Arguments go to bench/main.ts:
//   --quick            tiny sizes, one run (what npm test checks)
//   --out <file>       JSON results (default bench/results.json)
//   --only <parts>     validation,lsp,memory,report,package,portfolio,import,big
//   --profile          --cpu-prof for the benchmark and each language server (node_modules/.cache/esep-bench/profiles)
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const args = process.argv.slice(2);
const cache = join(root, 'node_modules', '.cache', 'esep-bench');
mkdirSync(cache, { recursive: true });
// One bundle per process, so a quick run inside npm test and a full run never share a file.
const bundle = join(cache, `bench-${process.pid}.cjs`);
const common = { bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'warning', legalComments: 'none' };
await esbuild.build({ ...common, entryPoints: [join(root, 'bench/main.ts')], outfile: bundle, sourcemap: 'inline' });
// The parse floor of the big-inputs section: a process of its own, with nothing else loaded.
const floor = join(cache, `parse-floor-${process.pid}.cjs`);
await esbuild.build({ ...common, entryPoints: [join(root, 'bench/parse-floor.ts')], outfile: floor });
const nodeArgs = ['--expose-gc'];
if (args.includes('--profile')) {
    const dir = join(cache, 'profiles');
    mkdirSync(dir, { recursive: true });
    nodeArgs.push('--cpu-prof', `--cpu-prof-dir=${dir}`, '--enable-source-maps');
}
const result = spawnSync(process.execPath, [...nodeArgs, bundle, '--root', root, '--parse-floor-script', floor, ...args], { stdio: 'inherit' });
for (const file of [bundle, floor]) {
    try { (await import('node:fs')).rmSync(file, { force: true }); } catch { /* left behind */ }
}
process.exit(result.status ?? 1);
