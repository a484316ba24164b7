/**
 * A fuzzing campaign: case `i` of seed `s` is always the same document, made
 * from the examples and the normative syntax file by the mutations of
 * mutate.ts (every 250th case is a generated project with thousands of
 * tasks). The statistics say how many cases ran, which failed (grouped by
 * stage and message), which took longer than the limit, the slowest case and
 * the time of each stage.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { caseRng, int, type Rng } from './rng.js';
import { bigReport, manyTasks, mutate, type MutationContext } from './mutate.js';
import { STAGES, type CaseResult, type Failure, type Harness, type HarnessOptions, type Stage } from './harness.js';

export const DEFAULT_SEED = 20_260_501;
/** Every document must be done within this (the 5 MB file has its own bound). */
export const CASE_LIMIT_MS = 1000;
export const BIG_FILE_BYTES = 5 * 1024 * 1024;
/**
 * The 5 MB file (574 tasks, 3.1 million characters) with all six reports
 * written as .docx (four of them with 574 charts). Measured on the 2-core
 * machine while other jobs ran (load 5–6): 83 s in all, of which the editor
 * features 4.6 s (parse 0.6 s, eight completions 2.2 s, formatting 1.2 s)
 * and the reports 78 s (about 13–20 s for a .docx with its charts).
 */
export const BIG_FILE_LIMIT_MS = 120_000;

/**
 * Every this many cases, a generated project of 1 000–2 000 tasks (0.4–0.75 MB, one chart per task in
 * the final and interim reports), with its own bound: mostly the one .docx written of the six reports.
 */
export const MANY_TASKS_EVERY = 1000;
export const MANY_TASKS_LIMIT_MS = 60_000;

export interface Seed {
    name: string;
    text: string;
}

/** examples/*.grant and docs/syntax-by-example.grant. */
export function loadSeeds(root: string): Seed[] {
    const names = ['examples/birgemiz-bilim.grant', 'examples/teng-mumkindik.grant', 'docs/syntax-by-example.grant'];
    return names.map(name => ({ name: name.replace(/^.*\//, ''), text: readFileSync(join(root, name), 'utf8') }));
}

export interface FuzzCase {
    index: number;
    /** What the case is: «teng-mumkindik.grant: tokenSwap, cut», «1834 tasks», «5 MB». */
    name: string;
    text: string;
    rng: Rng;
    limitMs: number;
    options?: HarnessOptions;
}

/** The index of the 5 MB case (run last in a campaign, or alone with --case big). */
export const BIG_CASE = -1;

export function makeCase(seed: number, index: number, seeds: Seed[], ctx: MutationContext): FuzzCase {
    const rng = caseRng(seed, index);
    if (index === BIG_CASE) {
        const text = bigReport(seeds[0].text, BIG_FILE_BYTES);
        // Every kind and language written as .docx, not only one of them.
        return { index, name: `${(Buffer.byteLength(text) / 1024 / 1024).toFixed(1)} MB report`, text, rng, limitMs: BIG_FILE_LIMIT_MS, options: { fullReports: true } };
    }
    if (index < seeds.length) return { index, name: `${seeds[index].name} as written`, text: seeds[index].text, rng, limitMs: CASE_LIMIT_MS };
    if (index % MANY_TASKS_EVERY === MANY_TASKS_EVERY - 1) {
        const tasks = 1000 + int(rng, 1000);
        return { index, name: `${tasks} tasks`, text: manyTasks(rng, tasks), rng, limitMs: MANY_TASKS_LIMIT_MS };
    }
    const base = seeds[int(rng, seeds.length)];
    const { text, ops } = mutate(base.text, rng, ctx);
    return { index, name: `${base.name}: ${ops.join(', ')}`, text, rng, limitMs: CASE_LIMIT_MS };
}

/**
 * Runs case `index`. A case over its time limit runs once more and keeps the
 * second time: a collection or a compilation on a busy machine can stall
 * one run, a slow input is slow twice.
 */
export async function runCase(harness: Harness, seed: number, index: number, seeds: Seed[]): Promise<CaseSummary> {
    const c = makeCase(seed, index, seeds, harness.context);
    const first = await harness.run(c.text, c.rng, c.options);
    if (first.ms <= c.limitMs) return summarize(c, first);
    const again = await harness.run(c.text, makeCase(seed, index, seeds, harness.context).rng, c.options);
    const summary: CaseSummary = { ...summarize(c, again), failures: first.failures, firstMs: first.ms };
    if (again.ms > c.limitMs && reference) {
        // Over the limit twice: is the case slow, or the machine (other processes on the cores)?
        // The first seed, timed now against its time at the warm-up, says how much slower it is.
        const now = (await harness.run(reference.text, caseRng(0, 0))).ms;
        summary.limitMs = Math.round(c.limitMs * Math.max(1, now / reference.ms));
    }
    return summary;
}

/** The first seed and its time after the warm-up: the machine's pace when the campaign started. */
let reference: { text: string; ms: number } | undefined;

/** The seeds once, untimed: the server is long-lived, its code is compiled by the time a user types. */
export async function warmUp(harness: Harness, seeds: Seed[]): Promise<void> {
    for (const seed of seeds) await harness.run(seed.text, caseRng(0, 0));
    if (seeds.length) reference = { text: seeds[0].text, ms: (await harness.run(seeds[0].text, caseRng(0, 0))).ms };
}

export interface CaseSummary {
    index: number;
    name: string;
    bytes: number;
    ms: number;
    limitMs: number;
    stages: Partial<Record<Stage, number>>;
    failures: Failure[];
    reports: number;
    /** Set when the first run was over the limit and the case ran again. */
    firstMs?: number;
}

export function summarize(c: FuzzCase, r: CaseResult): CaseSummary {
    return { index: c.index, name: c.name, bytes: c.text.length, ms: r.ms, limitMs: c.limitMs, stages: r.stages, failures: r.failures, reports: r.reports };
}

interface StageStats { total: number; max: number; maxCase: number }

export class Statistics {
    cases = 0;
    crashes = 0;
    invalid = 0;
    formatting = 0;
    timeouts: CaseSummary[] = [];
    hangs: { index: number; name: string }[] = [];
    reports = 0;
    /** Cases over the limit at the first run, within it at the second. */
    retried: CaseSummary[] = [];
    /** The slowest case with the 1 s budget, and the slowest generated project of thousands of tasks. */
    slowest: CaseSummary | undefined;
    slowestMany: CaseSummary | undefined;
    many = 0;
    big: CaseSummary | undefined;
    readonly stages = new Map<Stage, StageStats>(STAGES.map(s => [s, { total: 0, max: 0, maxCase: -1 }]));
    /** Failures grouped by stage, kind and message; the first case of each. */
    readonly failures = new Map<string, { failure: Failure; count: number; first: number; name: string }>();

    add(s: CaseSummary): void {
        this.cases++;
        this.reports += s.reports;
        if (s.failures.some(f => f.kind === 'crash' || f.kind === 'internal')) this.crashes++;
        if (s.failures.some(f => f.kind === 'invalid')) this.invalid++;
        if (s.failures.some(f => f.kind === 'format')) this.formatting++;
        for (const f of s.failures) {
            const key = `${f.stage} ${f.kind} ${f.message.replace(/\d+/g, 'N').slice(0, 120)}`;
            const entry = this.failures.get(key);
            if (entry) entry.count++;
            else this.failures.set(key, { failure: f, count: 1, first: s.index, name: s.name });
        }
        if (s.ms > s.limitMs) this.timeouts.push(s);
        else if (s.firstMs !== undefined) this.retried.push(s);
        if (s.index === BIG_CASE) {
            this.big = s;
        } else if (s.limitMs === MANY_TASKS_LIMIT_MS) {
            this.many++;
            if (!this.slowestMany || s.ms > this.slowestMany.ms) this.slowestMany = s;
        } else if (!this.slowest || s.ms > this.slowest.ms) {
            this.slowest = s;
        }
        for (const [stage, ms] of Object.entries(s.stages) as [Stage, number][]) {
            const st = this.stages.get(stage)!;
            st.total += ms;
            if (ms > st.max) { st.max = ms; st.maxCase = s.index; }
        }
    }

    /** An unhandled rejection or a dead worker during (or just after) case `index`. */
    unhandled(index: number, message: string): void {
        this.crashes++;
        const failure: Failure = { stage: 'parse', kind: 'crash', message: `unhandled: ${message.split('\n')[0]}`, where: message.split('\n').slice(1, 4).join(' | ') };
        this.failures.set(`unhandled ${this.failures.size}`, { failure, count: 1, first: index, name: '' });
    }

    hang(index: number, name: string): void {
        this.cases++;
        this.hangs.push({ index, name });
    }

    get ok(): boolean {
        return this.crashes === 0 && this.invalid === 0 && this.formatting === 0 && this.timeouts.length === 0 && this.hangs.length === 0;
    }

    format(seed: number): string {
        const ms = (n: number) => `${n.toFixed(n < 10 ? 1 : 0)} ms`;
        const caseName = (i: number) => (i === BIG_CASE ? 'big' : String(i));
        const lines = [
            `seed ${seed}: ${this.cases} cases, ${this.crashes} crashes, ${this.timeouts.length + this.hangs.length} timeouts `
                + `(${this.hangs.length} hangs), ${this.invalid} invalid answers, ${this.formatting} formatting changes beyond whitespace; `
                + `${this.reports} reports rendered; ${this.retried.length} cases over the limit once and within it when run again`
                + this.retried.map(r => ` (case ${caseName(r.index)}: ${ms(r.firstMs!)}, then ${ms(r.ms)})`).join(''),
            this.slowest ? `slowest: case ${caseName(this.slowest.index)} (${this.slowest.name}, ${(this.slowest.bytes / 1024).toFixed(0)} KB) ${ms(this.slowest.ms)} of ${ms(this.slowest.limitMs)}` : 'slowest: —',
            this.slowestMany ? `thousands of tasks: ${this.many} cases, slowest case ${caseName(this.slowestMany.index)} (${this.slowestMany.name}, ${(this.slowestMany.bytes / 1024).toFixed(0)} KB) ${ms(this.slowestMany.ms)} of ${ms(this.slowestMany.limitMs)}` : 'thousands of tasks: not run',
            this.big ? `5 MB file: ${ms(this.big.ms)} (bound ${ms(this.big.limitMs)})` : '5 MB file: not run',
            '',
            'stage            total       mean        max (case)'
        ];
        for (const [stage, st] of this.stages) {
            const mean = this.cases ? st.total / this.cases : 0;
            lines.push(`${stage.padEnd(15)} ${ms(st.total).padStart(10)} ${ms(mean).padStart(10)} ${ms(st.max).padStart(10)} (${st.maxCase === -1 && st.max === 0 ? '—' : caseName(st.maxCase)})`);
        }
        if (this.failures.size) {
            lines.push('', 'failures (stage kind message — count, first case):');
            for (const { failure, count, first, name } of this.failures.values()) {
                lines.push(`  ${failure.stage} ${failure.kind}: ${failure.message} — ${count}×, case ${caseName(first)} (${name})`);
                if (failure.where) lines.push(`      at ${failure.where}`);
            }
        }
        for (const t of this.timeouts) lines.push(`timeout: case ${caseName(t.index)} (${t.name}) ${ms(t.ms)} > ${ms(t.limitMs)}`);
        for (const h of this.hangs) lines.push(`hang: case ${caseName(h.index)} (${h.name}) did not finish`);
        return lines.join('\n');
    }
}
