/**
 * `npm run bench`: validation, editor latency and report generation measured
 * against their limits, in one run. Bundled by bench/run.mjs and run with
 * --expose-gc. Prints a table (figure, target, PASS/MISS) and writes the same
 * as JSON (bench/results.json unless --out says otherwise).
 *
 * Figures are medians of several runs; the limit and the full run alternate, so
 * the ratios compare neighbours in time on a shared, noisy machine.
 *
 *   node bench/run.mjs [--quick] [--out file] [--only validation,lsp,memory,report,package,typing,portfolio,big,…] [--profile]
 *
 * --quick: tiny sizes, one run each; checks that every figure can be measured
 * (npm test runs it), the figures themselves mean nothing then.
 *
 * Here: the order of the sections and the output. The sections: validation.ts, server.ts,
 * retention.ts, report.ts, package-activation.ts, and those registered in sections.ts.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { figure, figures, log, table, type Figure } from './figures.js';
import { registeredSections, registerSection } from './sections.js';
import { EXAMPLES, ONLY, option, OUT, part, PROFILE_DIR, QUICK, ROOT } from './options.js';
import { inputs } from './in-process.js';
import { benchValidation } from './validation.js';
import { benchServer } from './server.js';
import { benchRetention } from './retention.js';
import { benchReport } from './report.js';
import { benchPackage } from './package-activation.js';
import { typingSection } from './typing.js';
import { benchPortfolio } from './portfolio.js';
import { benchImport } from './import.js';
import { benchBigInputs } from './big-inputs.js';

// Sections of their own files, in the order they run (after main.ts's own).
registerSection(typingSection);
registerSection({ name: 'portfolio', run: context => benchPortfolio({ root: context.root, quick: context.quick, log, figure }) });
registerSection({ name: 'import', run: context => benchImport({ root: context.root, quick: context.quick, examples: context.examples, log, figure }) });
// Minutes and gigabytes in a full run: only when asked for by name (--only big).
registerSection({ name: 'big', run: async context => { if (ONLY?.includes('big')) await benchBigInputs({ root: context.root, quick: context.quick, log, figure, floorScript: option('--parse-floor-script') }); } });

/**
 * Sections measured in a process of their own when other sections run before them: the typing
 * client shares the machine with the language server it measures, and after the in-process
 * sections this process holds ~450 MB of heap (1.9 GB resident) whose collections ran on the
 * cores the server needed — 10k lines: diagnostics p95 320–580 ms and completion p95 105–250 ms,
 * against 74 and 35 ms for the same section alone (`--only validation,typing` against
 * `--only typing`, 5 Dec 2026). An editor's client is a process of its own, with its own heap.
 */
const ISOLATED = new Set(['typing']);

async function inProcessOfItsOwn(name: string): Promise<void> {
    const out = join(tmpdir(), `esep-bench-${name}-${process.pid}.json`);
    const args = [...process.execArgv, process.argv[1], '--root', ROOT, '--only', name, '--out', out, ...(QUICK ? ['--quick'] : []),
        ...(PROFILE_DIR ? ['--profile', '--profile-dir', PROFILE_DIR] : [])];
    log(`${name}: in a process of its own (what the sections before it left in this one is not collected while it measures)`);
    const code = await new Promise<number | null>((resolve, reject) => {
        const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'inherit'] });
        child.on('error', reject);
        child.on('exit', resolve);
    });
    try {
        if (code !== 0) throw new Error(`the ${name} section's process exited ${code}`);
        const results = JSON.parse(readFileSync(out, 'utf8')) as { figures: Figure[] };
        for (const f of results.figures) figures.push(f);
    } finally {
        rmSync(out, { force: true });
    }
}

// ---------------------------------------------------------------------------
// Output

async function main(): Promise<void> {
    const started = performance.now();
    if (PROFILE_DIR) mkdirSync(PROFILE_DIR, { recursive: true });
    // 1, 2, 6 (validation scaling)
    if (part('validation')) await benchValidation();
    // 3, 5, 6 (edit scaling)
    if (part('lsp')) await benchServer();
    if (part('memory')) await benchRetention();
    // 4, 6 (report scaling)
    if (part('report')) await benchReport();
    // 7
    if (part('package')) benchPackage();
    // Sections of their own files (bench/sections.ts): typing, portfolio, and what other files register.
    const context = { root: ROOT, quick: QUICK, serverPath: join(ROOT, 'out/server.cjs'), profileDir: PROFILE_DIR, examples: EXAMPLES };
    const alone = ONLY?.length === 1;
    for (const section of registeredSections()) {
        if (!part(section.name)) continue;
        if (ISOLATED.has(section.name) && !alone) await inProcessOfItsOwn(section.name);
        else await section.run(context);
    }
    // Grouped in the order of the issue (the sort is stable); sections of other files after, in their order.
    const order = ['validation', 'lsp', 'typing', 'report', 'memory', 'scaling', 'package', ...registeredSections().map(s => s.name)];
    const rank = (group: string) => (order.includes(group) ? order.indexOf(group) : order.length);
    figures.sort((a, b) => rank(a.group) - rank(b.group));

    const results = {
        generatedAt: new Date().toISOString(),
        quick: QUICK,
        durationSeconds: Math.round((performance.now() - started) / 100) / 10,
        machine: { node: process.version, platform: `${process.platform} ${process.arch}`, cpus: cpus().length, cpuModel: cpus()[0]?.model, memoryGB: Math.round(totalmem() / 2 ** 30) },
        inputs: Object.fromEntries([...inputs].map(([label, g]) => [label, { lines: g.lines, tokens: g.tokens, tasks: g.tasks, activities: g.activities, indicators: g.indicators, bytes: Buffer.byteLength(g.text) }])),
        summary: {
            pass: figures.filter(f => f.status === 'PASS').length,
            miss: figures.filter(f => f.status === 'MISS').map(f => f.id),
            na: figures.filter(f => f.status === 'N/A').map(f => f.id)
        },
        figures
    };
    mkdirSync(dirname(OUT), { recursive: true });
    writeFileSync(OUT, JSON.stringify(results, null, 2) + '\n');
    console.log(table());
    console.log(`\n${results.summary.pass} PASS, ${results.summary.miss.length} MISS${results.summary.miss.length ? ` (${results.summary.miss.join(', ')})` : ''}, ` +
        `${results.summary.na.length} n/a · ${results.durationSeconds} s · ${relative(ROOT, OUT) || OUT}`);
    if (QUICK) console.log('Quick mode: tiny inputs, one run each. It checks that every figure can be measured; compare nothing with the targets.');
}

main().catch(error => {
    console.error('bench failed:', error);
    process.exit(1);
});
