/**
 * Big inputs (issue 13, item 8): `esep check` and `esep report` on one file of
 * many tasks, each with an activity and an indicator short of its plan (four
 * findings a task) — 200 000 tasks, ~37 MB, in a full run; 2 000 in a quick one.
 * Peak RSS of each process is read at exit by a preloaded hook
 * (process.resourceUsage().maxRSS), as in portfolio.ts. Targets: the check's
 * peak under 10× the file's size, any report under 1 GB. The check must also
 * say what it found: every finding printed and exit 1, never a clean pass.
 *
 * The floor under the check: Langium's lexer and parser alone, in a process that parses the
 * file, keeps the tree and exits (`big.parse.rssRatio`), with the same heap settings as the
 * check. The syntax tree of the whole file (a node of ~100 bytes per token, every token kept
 * as a leaf, the AST on top) and the token vector the parser reads from are in memory at once
 * there: 45× the file's size in a full run (60× for 40 000 tasks), so the check's target of 10× cannot be met
 * while the whole file is parsed into one Langium document — which is why `esep check` reads a
 * file of 8 MB or more a piece at a time (server/src/cli/piecewise/): its peak is then well under
 * the floor. `big.check.overParse` compares the check with that floor (below 1 once in pieces).
 * Run alone with `node bench/run.mjs --only big` (`ESEP_BIG_TASKS=20000` for a smaller file,
 * `ESEP_BIG_ONLY=check` to leave the report out, `ESEP_BIG_ONLY=report` for the report alone).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { PortfolioBenchContext } from './portfolio.js';

/** `n` tasks, one activity and one unmet, unjustified indicator each. */
export function manyTasks(n: number): string {
    const parts = ['жоба "Үлкен" {\n    гранталушы: "ҚБ"\n    тақырып: "Т"\n    кезең: 01.03.2020 - 30.11.2020\n    есеп-күні: 30.11.2020\n',
        '    сома: 100 000 (жүз мың) теңге\n    жетекші: "А" лауазымы: "Б"\n'];
    for (let i = 1; i <= n; i++) {
        parts.push(`    міндет ${i} "Міндет ${i}" {\n        іс-шара 1 "Іс-шара" {\n            мерзімі: наурыз - қараша\n`,
            `            көрсеткіш "Қатысушылар саны" жоспар: кемінде 10 адам факт: ${3 + (i % 5)}\n        }\n    }\n`);
    }
    parts.push('}\n');
    return parts.join('');
}

/** `floorScript`: bench/parse-floor.ts bundled (run.mjs passes it as --parse-floor-script). */
export async function benchBigInputs(ctx: PortfolioBenchContext & { floorScript?: string }): Promise<void> {
    // ESEP_BIG_TASKS: another count (e.g. 20000 to try a change in a minute or two).
    const asked = Number(process.env.ESEP_BIG_TASKS);
    const tasks = Number.isInteger(asked) && asked > 0 ? asked : ctx.quick ? 2_000 : 200_000;
    const dir = mkdtempSync(join(tmpdir(), 'esep-bench-big-'));
    try {
        const file = join(dir, 'big.grant');
        writeFileSync(file, manyTasks(tasks));
        const bytes = statSync(file).size;
        const mb = bytes / 2 ** 20;
        const rssFile = join(dir, 'rss.txt');
        const preload = join(dir, 'rss.cjs');
        writeFileSync(preload, `process.on('exit', () => require('fs').writeFileSync(${JSON.stringify(rssFile)}, String(process.resourceUsage().maxRSS)));\n`);
        const cli = join(ctx.root, 'bin/esep.js');
        const run = (args: string[], script = cli) => {
            rmSync(rssFile, { force: true });
            const start = performance.now();
            const r = spawnSync(process.execPath, ['--require', preload, script, ...args], { cwd: dir, encoding: 'utf8', timeout: 1_800_000, maxBuffer: 2 ** 30 });
            const ms = performance.now() - start;
            let rssMb: number | undefined;
            try { rssMb = Number(readFileSync(rssFile, 'utf8')) / 1024; } catch { /* killed before exit */ }
            return { ms, rssMb, status: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
        };
        ctx.log(`big inputs: ${tasks} tasks, ${mb.toFixed(1)} MB`);

        // ESEP_BIG_ONLY=report: the report alone (its own run of the 200 000 tasks, nothing else heavy meanwhile).
        if (process.env.ESEP_BIG_ONLY !== 'report') checkFigures(ctx, run, file, tasks, mb);
        // ESEP_BIG_ONLY=check: the check and the parse floor only.
        if (process.env.ESEP_BIG_ONLY === 'check') return;
        const report = run(['report', file, '-o', join(dir, 'big.docx'), '--force']);
        ctx.figure('big.report.ms', 'big', `esep report, ${tasks} tasks (${mb.toFixed(1)} MB)`, report.ms, 'ms', undefined,
            { note: `exit ${report.status}` });
        ctx.figure('big.report.rssMb', 'big', 'esep report, peak RSS', report.rssMb, 'MB', { op: '<', limit: 1024 });
    } finally {
        rmSync(dir, { recursive: true, force: true });
    }
}

type Run = (args: string[], script?: string) => { ms: number; rssMb?: number; status: number | null; stdout: string; stderr: string };

/** The check of the big file and the parse floor. */
function checkFigures(ctx: PortfolioBenchContext & { floorScript?: string }, run: Run, file: string, tasks: number, mb: number): void {
    const check = run(['check', file, '--format', 'json']);
    let findings: number | undefined;
    try { findings = (JSON.parse(check.stdout) as unknown[]).length; } catch { /* not JSON: counted as none */ }
    const complete = check.status === 1 && findings !== undefined && findings >= tasks * 3;
    // 0 when every finding was printed and the exit was 1; 1 for a silent or broken pass.
    ctx.figure('big.check.incomplete', 'big', `esep check, ${tasks} tasks: findings missing or exit not 1`, complete ? 0 : 1, '',
        { op: '<', limit: 1 }, { note: `exit ${check.status}, ${findings ?? 'no JSON'} findings` });
    ctx.figure('big.check.ms', 'big', `esep check, ${tasks} tasks (${mb.toFixed(1)} MB)`, check.ms, 'ms');
    ctx.figure('big.check.rssMb', 'big', `esep check, peak RSS`, check.rssMb, 'MB');
    const floor = ctx.floorScript ? run([file], ctx.floorScript) : undefined;
    const floorRatio = floor?.rssMb !== undefined && floor.status === 0 ? floor.rssMb / mb : undefined;
    ctx.figure('big.parse.rssRatio', 'big', 'Langium parse alone (the floor), peak RSS ÷ file size', floorRatio, '×', undefined,
        { note: floor ? `${floor.rssMb?.toFixed(0) ?? '?'} MB, ${(floor.ms / 1000).toFixed(1)} s` : 'no parse-floor script' });
    ctx.figure('big.check.rssRatio', 'big', 'esep check, peak RSS ÷ file size', check.rssMb !== undefined ? check.rssMb / mb : undefined, '×',
        { op: '<', limit: 10 }, { note: floorRatio !== undefined ? `parse alone: ${floorRatio.toFixed(1)}×` : undefined });
    // ESEP_BIG_COMPOSITION=1: what the parse is made of (parse-floor.ts --composition), in the log.
    if (process.env.ESEP_BIG_COMPOSITION === '1' && ctx.floorScript) {
        const composition = run([file, '--composition'], ctx.floorScript);
        for (const line of composition.stdout.trim().split('\n')) ctx.log(`parse heap: ${line}`);
    }
    ctx.figure('big.check.overParse', 'big', 'esep check ÷ parse alone, peak RSS', check.rssMb !== undefined && floor?.rssMb !== undefined ? check.rssMb / floor.rssMb : undefined, '×');
}
