/**
 * Section 7: the size of the packaged extension (.vsix) and its activation time, as the
 * end-to-end set-up records it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { figure } from './figures.js';
import { ROOT } from './options.js';

/** The arguments of `vsce package` in the package script (its user README among them), without its --out. */
function vsceArgs(): string[] {
    const script: string = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts.package;
    const args = script.slice(script.indexOf('vsce package') + 'vsce package'.length).trim().split(/\s+/);
    const out = args.indexOf('--out');
    if (out >= 0) args.splice(out, 2);
    return args;
}

export function benchPackage(): void {
    const vsce = join(ROOT, 'node_modules/@vscode/vsce/vsce');
    const dir = mkdtempSync(join(tmpdir(), 'esep-bench-vsix-'));
    try {
        if (!existsSync(vsce)) throw new Error('node_modules/@vscode/vsce is missing');
        const file = join(dir, 'esep.vsix');
        const start = performance.now();
        // What `npm run package` does after its build (npm run bench has just built): written to a temporary
        // folder, so the esep.vsix of the end-to-end tests is left alone.
        execFileSync(process.execPath, [vsce, 'package', ...vsceArgs(), '--out', file], { cwd: ROOT, stdio: 'pipe', timeout: 300_000 });
        const seconds = (performance.now() - start) / 1000;
        figure('package.vsix.mb', 'package', '.vsix size', statSync(file).size / 2 ** 20, 'MB', { op: '<', limit: 3 },
            { note: `vsce package in ${seconds.toFixed(1)} s` });
    } catch (error) {
        figure('package.vsix.mb', 'package', '.vsix size', null, 'MB', { op: '<', limit: 3 }, { note: `n/a: ${(error as Error).message.split('\n')[0]}` });
    } finally {
        rmSync(dir, { recursive: true, force: true });
    }
    const activation = readActivation();
    figure('extension.activation.ms', 'package', 'Extension activation (end-to-end)', activation.ms ?? null, 'ms', { op: '<', limit: 300 }, { note: activation.note });
}

/** Files under `dir` (depth-limited), newest first. */
function files(dir: string, depth = 4): string[] {
    if (!existsSync(dir) || depth < 0) return [];
    const out: string[] = [];
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) out.push(...files(path, depth - 1));
        else if (entry.isFile()) out.push(path);
    }
    return out.sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
}

/**
 * The activation time as the end-to-end set-up (scripts/e2e/, test/e2e/)
 * records it: a number under a key that names activation, in a JSON file
 * those scripts write. There is no way to activate the extension without
 * VS Code, so when they record nothing the figure is n/a with the reason.
 */
function readActivation(): { ms?: number; note: string } {
    const sources = ['scripts/e2e', 'test/e2e', 'test/electron'].flatMap(d => files(join(ROOT, d), 2)).filter(f => /\.(c?m?[jt]s|cts|sh)$/u.test(f));
    if (sources.length === 0) return { note: 'n/a: there is no end-to-end set-up in scripts/e2e/ yet' };
    const mentions = sources.filter(f => /activat/iu.test(readFileSync(f, 'utf8')));
    const records = sources.filter(f => /activation(Ms|Time|_ms)|activationTimes/u.test(readFileSync(f, 'utf8')));
    if (mentions.length === 0 || records.length === 0) {
        return { note: `n/a: the end-to-end set-ups (scripts/e2e/, test/e2e/, test/electron/) activate the extension but record no activation time yet (an artifacts/**/*.json with a number under a key like "activationMs" is read here)` };
    }
    const found = (value: unknown, path: string[] = []): { ms: number; path: string[] } | undefined => {
        if (typeof value === 'number' && path.some(k => /activat/iu.test(k))) return { ms: value, path };
        if (value && typeof value === 'object') {
            for (const [k, v] of Object.entries(value)) {
                const hit = found(v, [...path, k]);
                if (hit !== undefined) return hit;
            }
        }
        return undefined;
    };
    for (const file of [...files(join(ROOT, 'artifacts'), 3), ...files(join(ROOT, '.cache/e2e'), 3)].filter(f => f.endsWith('.json'))) {
        try {
            const hit = found(JSON.parse(readFileSync(file, 'utf8')));
            if (hit !== undefined) return { ms: hit.ms, note: `«${hit.path.join('.')}» in ${relative(ROOT, file)} (${new Date(statSync(file).mtimeMs).toISOString()}): VS Code's «Startup Activation» in Running Extensions` };
        } catch {
            // not JSON
        }
    }
    return { note: `n/a: ${records.map(f => relative(ROOT, f)).join(', ')} record activation time, but no end-to-end run has written it yet (artifacts/, .cache/e2e/): run npm run test:e2e` };
}
