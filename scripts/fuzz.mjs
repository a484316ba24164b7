#!/usr/bin/env node
// `npm run fuzz -- --cases 10000`: bundles test/fuzz/cli.ts with esbuild and runs it on this Node
// (npm puts the project's Node 24 first on the PATH). Arguments go to test/fuzz/cli.ts:
//   --cases N  --seed S  --start K  --no-big      the campaign (default 1000 cases and the 5 MB file)
//   --case K [--print] [--save file]              one case (K = big for the 5 MB file)
//   --minimize K [--save file]                    shrinks the input of a failing case
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const cache = join(root, 'node_modules', '.cache', 'esep-fuzz');
mkdirSync(cache, { recursive: true });
const bundle = join(cache, `fuzz-${process.pid}.cjs`);
await esbuild.build({
    entryPoints: [join(root, 'test/fuzz/cli.ts')], outfile: bundle, bundle: true, platform: 'node', format: 'cjs',
    target: 'node22', sourcemap: 'inline', logLevel: 'warning', legalComments: 'none'
});
const result = spawnSync(process.execPath, ['--enable-source-maps', bundle, '--root', root, ...process.argv.slice(2)], { stdio: 'inherit' });
rmSync(bundle, { force: true });
process.exit(result.status ?? 1);
