/**
 * The operator's batch: `esep summary` of 1 000 copies of examples/birgemiz-bilim.grant to an
 * .xlsx (worker threads on every core) against a one-process `esep check` of the same files,
 * in the same run, alternating, medians. Peak RSS of the whole process (workers included) is
 * read by a preloaded hook at exit (process.resourceUsage().maxRSS).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

export interface PortfolioBenchContext {
    root: string;
    quick: boolean;
    log: (line: string) => void;
    figure: (id: string, group: string, label: string, value: number | null | undefined, unit: string,
        target?: { op: '<=' | '<'; limit: number }, extra?: { note?: string; samples?: number }) => void;
}

function median(xs: number[]): number {
    const s = [...xs].sort((a, b) => a - b);
    return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

export async function benchPortfolio(ctx: PortfolioBenchContext): Promise<void> {
    const count = ctx.quick ? 16 : 1000;
    const rounds = ctx.quick ? 1 : 2;
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
        const summaries: { ms: number; rssMb: number; cpuMs: number }[] = [];
        const checks: { ms: number; rssMb: number; cpuMs: number }[] = [];
        const ratios: number[] = [];
        for (let round = 1; round <= rounds; round++) {
            ctx.log(`portfolio: ${count} files, round ${round}: esep check (one process), then esep summary -o .xlsx`);
            const check = run(['check', ...files]);
            const summary = run(['summary', dir, '-o', join(dir, 'portfolio.xlsx'), '--force']);
            checks.push(check);
            summaries.push(summary);
            ratios.push(summary.ms / check.ms);
        }
        const cores = availableParallelism();
        const spread = (xs: number[]) => (xs.length > 1 ? ` (runs: ${xs.map(x => x.toFixed(2)).join(', ')})` : '');
        ctx.figure('portfolio.summary.s', 'portfolio', `esep summary of ${count} projects → .xlsx, ${cores} cores`, median(summaries.map(s => s.ms)) / 1000, 's',
            { op: '<', limit: 12 }, { samples: rounds, note: `workers on every core${spread(summaries.map(s => s.ms / 1000))}` });
        ctx.figure('portfolio.check.s', 'portfolio', `esep check of the same ${count} files, one process`, median(checks.map(s => s.ms)) / 1000, 's', undefined,
            { samples: rounds, note: spread(checks.map(s => s.ms / 1000)).trim() || undefined });
        ctx.figure('portfolio.ratio', 'portfolio', 'summary ÷ check of the same files (same run)', median(ratios), '×', { op: '<=', limit: 0.7 },
            { samples: rounds, note: spread(ratios).trim() || undefined });
        // Where a ratio above target comes from: more work than check (CPU time of all threads),
        // or cores left idle (CPU time ÷ wall time: 2 on two busy cores; less on a machine where
        // other sessions run, since Linux shares the cores between sessions first).
        ctx.figure('portfolio.cpu.ratio', 'portfolio', 'summary ÷ check, CPU time of all threads (same run)', median(summaries.map((s, k) => s.cpuMs / checks[k].cpuMs)), '×', undefined,
            { samples: rounds, note: spread(summaries.map((s, k) => s.cpuMs / checks[k].cpuMs)).trim() || undefined });
        ctx.figure('portfolio.cores', 'portfolio', 'Cores busy during esep summary (CPU time ÷ wall time)', median(summaries.map(s => s.cpuMs / s.ms)), '', undefined,
            { samples: rounds, note: `esep check: ${median(checks.map(s => s.cpuMs / s.ms)).toFixed(2)}${spread(summaries.map(s => s.cpuMs / s.ms))}` });
        ctx.figure('portfolio.rss.mb', 'portfolio', `Peak RSS of esep summary, ${count} projects (workers included)`, Math.max(...summaries.map(s => s.rssMb)), 'MB',
            { op: '<', limit: 500 }, { samples: rounds, note: `esep check: ${Math.max(...checks.map(s => s.rssMb)).toFixed(0)} MB` });
    } finally {
        rmSync(dir, { recursive: true, force: true });
    }
}
