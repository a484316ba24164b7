/**
 * The benchmark's arguments (bench/run.mjs passes them on), the sizes and rounds they choose, the
 * two examples the inputs are made from, and the collections between measured runs.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ExampleTexts } from './generate.js';

const argv = process.argv.slice(2);
const flag = (name: string) => argv.includes(name);
export const option = (name: string) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);

export const QUICK = flag('--quick');
export const ROOT = resolve(option('--root') ?? process.cwd());
export const OUT = resolve(ROOT, option('--out') ?? 'bench/results.json');
export const ONLY = option('--only')?.split(',');
export const PROFILE_DIR = flag('--profile') ? resolve(ROOT, option('--profile-dir') ?? 'node_modules/.cache/esep-bench/profiles') : undefined;
export const part = (name: string) => !ONLY || ONLY.includes(name);

if (!existsSync(join(ROOT, 'package.json')) || !existsSync(join(ROOT, 'examples'))) {
    console.error(`bench: ${ROOT} is not the project folder (use --root)`);
    process.exit(2);
}

/**
 * Collections between measured runs: a full one before each series, and before each run a
 * minor one, so every run starts with an empty young generation. (A full collection before
 * every run also drops what V8 learnt about the shapes of the objects, which no editor
 * session ever does, and made the small runs swing by a third.)
 */
const v8gc = (globalThis as { gc?: (options?: { type: 'major' | 'minor' }) => void }).gc;
export const gc = (): void => v8gc?.({ type: 'minor' });
export const fullGc = (): void => v8gc?.({ type: 'major' });

export const EXAMPLES: ExampleTexts = {
    report: readFileSync(join(ROOT, 'examples/birgemiz-bilim.grant'), 'utf8'),
    plan: readFileSync(join(ROOT, 'examples/teng-mumkindik.grant'), 'utf8')
};

/** Nominal sizes (lines) and how many times each is measured. */
export interface Size {
    label: string;
    lines: number;
    reps: number;
    /** Only for the scaling ratio: ten times the tokens of the 1k input (its lines are found by search). */
    tenfold?: boolean;
}
export const SIZES: Size[] = QUICK
    ? [{ label: '1k', lines: 300, reps: 1 }, { label: '10k', lines: 600, reps: 1 }, { label: '50k', lines: 900, reps: 1 }, { label: '10x', lines: 0, reps: 1, tenfold: true }]
    : [{ label: '1k', lines: 1_000, reps: 3 }, { label: '10k', lines: 10_000, reps: 1 }, { label: '50k', lines: 50_000, reps: 1 }, { label: '10x', lines: 0, reps: 1, tenfold: true }];
/** The sizes whose figures are reported (the tenfold input only serves the scaling ratios). */
export const REPORTED = SIZES.filter(s => !s.tenfold);
/** Rounds over all sizes; each size is built `reps` times per round. */
export const VALIDATION_ROUNDS = QUICK ? 1 : 9;
/**
 * Rounds go on past VALIDATION_ROUNDS (and report runs past their count) until the spread
 * of every ratio with a target is under ±SPREAD_GOAL (figures.ts `spread`), up to MAX_ROUNDS.
 */
export const SPREAD_GOAL = 0.03;
export const MAX_ROUNDS = QUICK ? 1 : 40;
/** Report sizes: the label is the nominal number of activities (quick mode uses fewer). */
export const REPORT_SIZES = QUICK
    ? [{ label: '20', activities: 2, runs: 1 }, { label: '200', activities: 20, runs: 1 }, { label: '1000', activities: 40, runs: 1 }]
    : [{ label: '20', activities: 20, runs: 11 }, { label: '200', activities: 200, runs: 7 }, { label: '1000', activities: 1_000, runs: 3 }];
/** One-character edits per server (even: each typed digit is deleted again). */
export const LSP_EDITS = QUICK ? 2 : 14;
/** Hover and completion positions, and CodeLens repeats, per size. */
export const LSP_COUNTS = (label: string) => QUICK
    ? { positions: 3, lenses: 1 }
    : label === '50k' ? { positions: 30, lenses: 5 } : { positions: 60, lenses: 9 };
