/**
 * The operator's batch: `esep summary` of 1 000 copies of examples/birgemiz-bilim.grant to an
 * .xlsx (worker threads on every core) against a one-process `esep check` of the same files,
 * in the same run, alternating, medians. Peak RSS of the whole process (workers included) is
 * read by a preloaded hook at exit (process.resourceUsage().maxRSS).
 *
 * Each round also runs the machine's floor for the ratio: two `esep check` processes at once,
 * each on half the files, against the one-process check of the round. Two threads on this
 * machine's two cores run slower than one alone, so that floor is above 0.5; the summary's own
 * cost is what it adds to it. Rounds go on until the ratio's spread is under ±SPREAD_GOAL.
 */
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { spread as spreadOf } from './figures.js';

export interface PortfolioBenchContext {
    root: string;
    quick: boolean;
    log: (line: string) => void;
    figure: (id: string, group: string, label: string, value: number | null | undefined, unit: string,
        target?: { op: '<=' | '<'; limit: number }, extra?: { note?: string; samples?: number; spread?: number }) => void;
}

/** The ratio's spread that ends the rounds, and the rounds at most (each ~20 s). */
const SPREAD_GOAL = 0.03;
const MAX_ROUNDS = 6;

function median(xs: number[]): number {
    const s = [...xs].sort((a, b) => a - b);
    return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

export async function benchPortfolio(ctx: PortfolioBenchContext): Promise<void> {
    const count = ctx.quick ? 16 : 1000;
    const dir = mkdtempSync(join(tmpdir(), 'esep-bench-portfolio-'));
    try {
        const source = join(ctx.root, 'examples/birgemiz-bilim.grant');
        const files: string[] = [];
        for (let k = 1; k <= count; k++) {
            const file = join(dir, `p${String(k).padStart(4, '0')}.grant`);
            copyFileSync(source, file);
            files.push(file);
        }
        const rssFile = join(dir, 'rss.txt');
        const preload = join(dir, 'rss.cjs');
        // Peak RSS (KB) and CPU time of every thread (µs), read as the process exits.
        writeFileSync(preload, `process.on('exit', () => { const u = process.resourceUsage(); require('fs').writeFileSync(${JSON.stringify(rssFile)}, JSON.stringify({ rss: u.maxRSS, cpu: u.userCPUTime + u.systemCPUTime })); });\n`);
        const cli = join(ctx.root, 'bin/esep.js');
        const run = (args: string[]): { ms: number; rssMb: number; cpuMs: number } => {
            const start = performance.now();
            const r = spawnSync(process.execPath, ['--require', preload, cli, ...args], { cwd: dir, encoding: 'utf8', timeout: 600_000, maxBuffer: 256 * 2 ** 20 });
            const ms = performance.now() - start;
            if (r.status !== 0 && !(args[0] === 'check' && r.status === 1)) throw new Error(`esep ${args[0]} exited ${r.status}: ${r.stderr.slice(0, 500)}`);
            const usage = JSON.parse(readFileSync(rssFile, 'utf8')) as { rss: number; cpu: number };
            return { ms, rssMb: usage.rss / 1024, cpuMs: usage.cpu / 1000 };
        };
        /** Two `esep check` processes at once, each on half the files: the wall time until both are done. */
        const pair = async (): Promise<number> => {
            const half = Math.ceil(files.length / 2);
            const start = performance.now();
            await Promise.all([files.slice(0, half), files.slice(half)].map(part => new Promise<void>((done, fail) => {
                const child = spawn(process.execPath, [cli, 'check', ...part], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
                // Read as the single check's output is read (a pipe), and thrown away.
                child.stdout.resume();
                child.stderr.resume();
                child.on('error', fail);
                child.on('close', code => (code === 0 || code === 1 ? done() : fail(new Error(`esep check exited ${code}`))));
            })));
            return performance.now() - start;
        };
        const summaries: { ms: number; rssMb: number; cpuMs: number }[] = [];
        const checks: { ms: number; rssMb: number; cpuMs: number }[] = [];
        const ratios: number[] = [];
        const floors: number[] = [];
        const rounds = ctx.quick ? 1 : MAX_ROUNDS;
        for (let round = 1; round <= rounds; round++) {
            ctx.log(`portfolio: ${count} files, round ${round}: esep check (one process), esep summary -o .xlsx, two esep checks of half the files at once`);
            const check = run(['check', ...files]);
            const summary = run(['summary', dir, '-o', join(dir, 'portfolio.xlsx'), '--force']);
            const floor = await pair();
            checks.push(check);
            summaries.push(summary);
            ratios.push(summary.ms / check.ms);
            floors.push(floor / check.ms);
            if (round >= 3 && spreadOf(ratios) < SPREAD_GOAL) break;
        }
        const cores = availableParallelism();
        const runsOf = (xs: number[]) => (xs.length > 1 ? ` (runs: ${xs.map(x => x.toFixed(2)).join(', ')})` : '');
        ctx.figure('portfolio.summary.s', 'portfolio', `esep summary of ${count} projects → .xlsx, ${cores} cores`, median(summaries.map(s => s.ms)) / 1000, 's',
            { op: '<', limit: 12 }, { samples: ratios.length, note: `workers on every core${runsOf(summaries.map(s => s.ms / 1000))}` });
        ctx.figure('portfolio.check.s', 'portfolio', `esep check of the same ${count} files, one process`, median(checks.map(s => s.ms)) / 1000, 's', undefined,
            { samples: ratios.length, note: runsOf(checks.map(s => s.ms / 1000)).trim() || undefined });
        ctx.figure('portfolio.ratio', 'portfolio', 'summary ÷ check of the same files (same run)', median(ratios), '×', { op: '<=', limit: 0.7 },
            { samples: ratios.length, spread: spreadOf(ratios), note: runsOf(ratios).trim() || undefined });
        ctx.figure('portfolio.floor.ratio', 'portfolio', '  the floor: two esep checks of half the files at once ÷ one check (same round)', median(floors), '×', undefined,
            { samples: floors.length, spread: spreadOf(floors), note: `what two cores give here; the summary adds ${(median(ratios) - median(floors)).toFixed(3)}${runsOf(floors)}` });
        // Where a ratio above target comes from: more work than check (CPU time of all threads),
        // or cores left idle (CPU time ÷ wall time: 2 on two busy cores; less on a machine where
        // other sessions run, since Linux shares the cores between sessions first).
        ctx.figure('portfolio.cpu.ratio', 'portfolio', 'summary ÷ check, CPU time of all threads (same run)', median(summaries.map((s, k) => s.cpuMs / checks[k].cpuMs)), '×', undefined,
            { samples: ratios.length, note: runsOf(summaries.map((s, k) => s.cpuMs / checks[k].cpuMs)).trim() || undefined });
        ctx.figure('portfolio.cores', 'portfolio', 'Cores busy during esep summary (CPU time ÷ wall time)', median(summaries.map(s => s.cpuMs / s.ms)), '', undefined,
            { samples: ratios.length, note: `esep check: ${median(checks.map(s => s.cpuMs / s.ms)).toFixed(2)}${runsOf(summaries.map(s => s.cpuMs / s.ms))}` });
        ctx.figure('portfolio.rss.mb', 'portfolio', `Peak RSS of esep summary, ${count} projects (workers included)`, Math.max(...summaries.map(s => s.rssMb)), 'MB',
            { op: '<', limit: 500 }, { samples: ratios.length, note: `esep check: ${Math.max(...checks.map(s => s.rssMb)).toFixed(0)} MB` });
    } finally {
        rmSync(dir, { recursive: true, force: true });
    }
}
