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
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import { Packer } from 'docx';
import { createGrantServices } from '../language/src/grant-module.js';
import { clearValueCache } from '../language/src/values/index.js';
import { renderReport } from '../server/src/report/render.js';
import { nativeChartData } from '../server/src/report/docx-charts.js';
import { chartPartXml } from '../server/src/report/native-chart.js';
import type { Chart } from '../server/src/report/document.js';
import { generateByActivities, generateByLines, type ExampleTexts, type Generated } from './generate.js';
import { LspClient } from './lsp-client.js';
import { figure, figures, log, median, percentile, sleep, spread as spreadOf, sum, table } from './figures.js';
import { registeredSections, registerSection } from './sections.js';
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

// ---------------------------------------------------------------------------
// Arguments and set-up

const argv = process.argv.slice(2);
const flag = (name: string) => argv.includes(name);
const option = (name: string) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);

const QUICK = flag('--quick');
const ROOT = resolve(option('--root') ?? process.cwd());
const OUT = resolve(ROOT, option('--out') ?? 'bench/results.json');
const ONLY = option('--only')?.split(',');
const PROFILE_DIR = flag('--profile') ? resolve(ROOT, option('--profile-dir') ?? 'node_modules/.cache/esep-bench/profiles') : undefined;
const part = (name: string) => !ONLY || ONLY.includes(name);

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
const gc = (): void => v8gc?.({ type: 'minor' });
const fullGc = (): void => v8gc?.({ type: 'major' });

const EXAMPLES: ExampleTexts = {
    report: readFileSync(join(ROOT, 'examples/birgemiz-bilim.grant'), 'utf8'),
    plan: readFileSync(join(ROOT, 'examples/teng-mumkindik.grant'), 'utf8')
};

/** Nominal sizes (lines) and how many times each is measured. */
interface Size {
    label: string;
    lines: number;
    reps: number;
    /** Only for the scaling ratio: ten times the tokens of the 1k input (its lines are found by search). */
    tenfold?: boolean;
}
const SIZES: Size[] = QUICK
    ? [{ label: '1k', lines: 300, reps: 1 }, { label: '10k', lines: 600, reps: 1 }, { label: '50k', lines: 900, reps: 1 }, { label: '10x', lines: 0, reps: 1, tenfold: true }]
    : [{ label: '1k', lines: 1_000, reps: 3 }, { label: '10k', lines: 10_000, reps: 1 }, { label: '50k', lines: 50_000, reps: 1 }, { label: '10x', lines: 0, reps: 1, tenfold: true }];
/** The sizes whose figures are reported (the tenfold input only serves the scaling ratios). */
const REPORTED = SIZES.filter(s => !s.tenfold);
/** Rounds over all sizes; each size is built `reps` times per round. */
const VALIDATION_ROUNDS = QUICK ? 1 : 9;
/**
 * Rounds go on past VALIDATION_ROUNDS (and report runs past their count) until the spread
 * of every ratio with a target is under ±SPREAD_GOAL (figures.ts `spread`), up to MAX_ROUNDS.
 */
const SPREAD_GOAL = 0.03;
const MAX_ROUNDS = QUICK ? 1 : 40;
/** Report sizes: the label is the nominal number of activities (quick mode uses fewer). */
const REPORT_SIZES = QUICK
    ? [{ label: '20', activities: 2, runs: 1 }, { label: '200', activities: 20, runs: 1 }, { label: '1000', activities: 40, runs: 1 }]
    : [{ label: '20', activities: 20, runs: 11 }, { label: '200', activities: 200, runs: 7 }, { label: '1000', activities: 1_000, runs: 3 }];
/** One-character edits per server (even: each typed digit is deleted again). */
const LSP_EDITS = QUICK ? 2 : 14;
/** Hover and completion positions, and CodeLens repeats, per size. */
const LSP_COUNTS = (label: string) => QUICK
    ? { positions: 3, lenses: 1 }
    : label === '50k' ? { positions: 30, lenses: 5 } : { positions: 60, lenses: 9 };

// ---------------------------------------------------------------------------
// Figures: bench/figures.ts (the table every section adds to)

const inputs = new Map<string, Generated & { tokens: number }>();

/** Tokens as Esep's lexer counts them: the measure of «10× the input». */
function tokens(text: string): number {
    return services.Grant.parser.Lexer.tokenize(text).tokens.length;
}

function input(size: Size): Generated & { tokens: number } {
    let g = inputs.get(size.label);
    if (!g) {
        if (size.tenfold) {
            // A project of the same shape with ten times the 1k input's tokens. By lines it is
            // fewer than 10×: the 1k input carries the header and closing narratives, whose
            // lines hold few tokens, and the tasks that make up the rest hold more.
            const one = input(SIZES[0]);
            const want = one.tokens * 10;
            let lo = one.lines * 4, hi = one.lines * 16;
            let best: Generated & { tokens: number } | undefined;
            for (let i = 0; i < 14 && lo <= hi; i++) {
                const mid = Math.round((lo + hi) / 2);
                const candidate = generateByLines(EXAMPLES, mid, 7 + 10 * one.lines);
                const c = { ...candidate, tokens: tokens(candidate.text) };
                if (!best || Math.abs(c.tokens - want) < Math.abs(best.tokens - want)) best = c;
                if (c.tokens < want) lo = mid + 1; else hi = mid - 1;
            }
            g = best!;
        } else {
            const generated = generateByLines(EXAMPLES, size.lines, 7 + size.lines);
            g = { ...generated, tokens: tokens(generated.text) };
        }
        inputs.set(size.label, g);
    }
    return g;
}

// ---------------------------------------------------------------------------
// 1, 2: Langium's parse + link (the limit) against full validation, in process

const services = createGrantServices(EmptyFileSystem);
const shared = services.shared;
let docCounter = 0;

/**
 * CPU time of this process in ms (its threads: JavaScript and the collector's helpers), not
 * counting the time the machine gives to other processes. (process.threadCpuUsage reads a
 * clock that ticks too coarsely here for runs of a few milliseconds.)
 */
function processCpu(): number {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
}

async function buildOnce(text: string, validation: boolean): Promise<{ ms: number; cpuMs: number; parseMs: number; document: LangiumDocument }> {
    const uri = URI.parse(`memory:///bench/${++docCounter}.grant`);
    const cpu = processCpu();
    const start = performance.now();
    const document = shared.workspace.LangiumDocumentFactory.fromString(text, uri);
    const parsed = performance.now();
    shared.workspace.LangiumDocuments.addDocument(document);
    await shared.workspace.DocumentBuilder.build([document], { validation });
    const ms = performance.now() - start;
    return { ms, cpuMs: processCpu() - cpu, parseMs: parsed - start, document };
}

async function forget(document: LangiumDocument): Promise<void> {
    // Deleting through the builder also clears every per-document cache (the evaluated model).
    await shared.workspace.DocumentBuilder.update([], [document.uri]);
}

interface ValidationSeries {
    limit: number[]; parse: number[]; cold: number[]; warm: number[];
    limitCpu: number[]; coldCpu: number[];
    ratios: number[]; warmRatios: number[];
    /** The median full run of each round, for the scaling ratio. */
    roundFull: number[]; roundLimit: number[];
    findings: number;
}

/**
 * Rounds over all sizes: in each round every size is built with validation off (the
 * limit), then with Esep's validation on a cold value cache, then again on a warm one.
 * Neighbouring runs share the machine's mood, so full ÷ limit is taken per run and
 * 10k ÷ 1k per round; the medians of those are the ratios reported.
 */
async function benchValidation(): Promise<void> {
    const series = new Map<string, ValidationSeries>();
    for (const size of SIZES) {
        const g = input(size);
        log(`validation ${size.label}: ${g.lines} lines, ${g.tokens} tokens, ${g.activities} activities, ${g.indicators} indicators`);
        // Warm-up: the JIT, the unit memo; not counted.
        for (let i = 0; i < (QUICK ? 1 : 2); i++) {
            await forget((await buildOnce(g.text, false)).document);
            await forget((await buildOnce(g.text, true)).document);
        }
        series.set(size.label, { limit: [], parse: [], cold: [], warm: [], limitCpu: [], coldCpu: [], ratios: [], warmRatios: [], roundFull: [], roundLimit: [], findings: 0 });
    }
    fullGc();
    const settled = () => REPORTED.every(size => {
        const s = series.get(size.label)!;
        return spreadOf(s.ratios) < SPREAD_GOAL && spreadOf(s.warmRatios) < SPREAD_GOAL;
    });
    for (let round = 0; round < MAX_ROUNDS && (round < VALIDATION_ROUNDS || !settled()); round++) {
        for (const size of SIZES) {
            const g = input(size);
            const s = series.get(size.label)!;
            const full: number[] = [], limit: number[] = [];
            for (let rep = 0; rep < size.reps; rep++) {
                gc();
                const bare = await buildOnce(g.text, false);
                await forget(bare.document);
                clearValueCache();
                gc();
                const cold = await buildOnce(g.text, true);
                s.findings = cold.document.diagnostics?.length ?? 0;
                await forget(cold.document);
                gc();
                const warm = await buildOnce(g.text, true);
                await forget(warm.document);
                s.limit.push(bare.ms); s.limitCpu.push(bare.cpuMs); s.parse.push(bare.parseMs);
                s.cold.push(cold.ms); s.coldCpu.push(cold.cpuMs); s.warm.push(warm.ms);
                s.ratios.push(cold.ms / bare.ms);
                s.warmRatios.push(warm.ms / bare.ms);
                full.push(cold.ms);
                limit.push(bare.ms);
            }
            s.roundFull.push(median(full));
            s.roundLimit.push(median(limit));
        }
    }
    for (const size of REPORTED) {
        const s = series.get(size.label)!;
        const l = median(s.limit), c = median(s.cold), w = median(s.warm);
        const n = s.limit.length;
        figure(`parse.ms@${size.label}`, 'validation', `Parse only, ${size.label} lines`, median(s.parse), 'ms', undefined, { samples: n });
        figure(`limit.parseLink.ms@${size.label}`, 'validation', `Limit: Langium parse + link (Esep validation off), ${size.label}`, l, 'ms', undefined, { samples: n });
        figure(`validation.full.ms@${size.label}`, 'validation', `Full validation (cold value cache), ${size.label}`, c, 'ms', undefined, { samples: n, note: `${s.findings} findings` });
        figure(`validation.fullWarm.ms@${size.label}`, 'validation', `Full validation (warm value cache), ${size.label}`, w, 'ms', undefined, { samples: n });
        figure(`validation.ratio@${size.label}`, 'validation', `Full ÷ limit (cold: a file opened), ${size.label}`, median(s.ratios), '×', { op: '<=', limit: 1.3 },
            { samples: n, spread: spreadOf(s.ratios), note: `median of per-run ratios; ratio of medians ${(c / l).toFixed(3)}` });
        // Warm: every edit after the first (the values that did not change are read once); cold: opening a file in a fresh server.
        figure(`validation.ratioWarm@${size.label}`, 'validation', `Full ÷ limit (warm: an edit), ${size.label}`, median(s.warmRatios), '×', { op: '<=', limit: 1.3 },
            { samples: n, spread: spreadOf(s.warmRatios), note: 'the value cache holds what the previous version read' });
        figure(`validation.ratioCpu@${size.label}`, 'validation', `Full ÷ limit (cold), CPU time, ${size.label}`, sum(s.coldCpu) / sum(s.limitCpu), '×', undefined,
            { samples: n, note: 'CPU time of the process, totals over the runs: time other processes take from the machine does not count' });
    }
    const small = series.get('1k')!, large = series.get('10x')!;
    scalingFigure('scaling.limit', 'Scaling 10× ÷ 1× input: parse + link', perRound(small.roundLimit, large.roundLimit));
    scalingFigure('scaling.validation', 'Scaling 10× ÷ 1× input: full validation', perRound(small.roundFull, large.roundFull));
}

/** large ÷ small for each round (both measured within moments of each other). */
function perRound(small: number[], large: number[]): number[] {
    return small.map((s, i) => large[i] / s).filter(Number.isFinite);
}

function scalingFigure(id: string, label: string, ratios: number[], inputNote = tenfoldNote()): void {
    figure(id, 'scaling', label, ratios.length ? median(ratios) : null, '×', { op: '<=', limit: 11 },
        ratios.length ? { samples: ratios.length, spread: spreadOf(ratios), note: `median over rounds of the ratio of neighbouring measurements; ${inputNote}` } : { note: 'n/a: not measured' });
}

function tenfoldNote(): string {
    const one = inputs.get('1k'), ten = inputs.get('10x');
    return one && ten ? `1×: ${one.tokens} tokens (${one.lines} lines), 10×: ${ten.tokens} tokens (${ten.lines} lines)` : '';
}

// ---------------------------------------------------------------------------
// 3, 5: the bundled language server over stdio


function editTargets(lines: string[], count: number): { line: number; character: number }[] {
    const candidates: { line: number; character: number }[] = [];
    lines.forEach((text, line) => {
        const m = /факт: ?(?=\d)/u.exec(text);
        if (m) candidates.push({ line, character: m.index + m[0].length });
    });
    return spread(candidates, count);
}

function spread<T>(items: T[], count: number): T[] {
    if (items.length <= count) return items;
    const out: T[] = [];
    for (let i = 0; i < count; i++) out.push(items[Math.floor(((i + 0.5) * items.length) / count)]);
    return out;
}

/** Hover on indicator names, task and activity titles, keywords and values, spread over the file. */
function hoverPositions(lines: string[], count: number): { line: number; character: number }[] {
    const candidates: { line: number; character: number }[] = [];
    lines.forEach((text, line) => {
        const indicator = /көрсеткіш\s+"/u.exec(text);
        if (indicator) {
            candidates.push({ line, character: indicator.index + indicator[0].length + 2 });
            const plan = text.indexOf('жоспар:');
            if (plan >= 0) candidates.push({ line, character: plan + 9 });
            return;
        }
        const block = /^\s*(міндет|іс-шара)(?=\s)/u.exec(text);
        if (block) candidates.push({ line, character: block[0].length - 2 });
    });
    return spread(candidates, count);
}

/**
 * Completion where a user asks for it, in equal parts, spread over the file: two letters
 * into a member keyword («кө|рсеткіш»: keywords), right after `жоспар: ` (comparators), and
 * two letters into a place (`орны: "Ба|`: regions).
 */
function completionPositions(lines: string[], count: number): { line: number; character: number }[] {
    const keywords: { line: number; character: number }[] = [];
    const plans: { line: number; character: number }[] = [];
    const places: { line: number; character: number }[] = [];
    lines.forEach((text, line) => {
        const member = /^(\s+)(көрсеткіш|орны|мерзімі|қатысушылар)(?=[\s:])/u.exec(text);
        if (member) keywords.push({ line, character: member[1].length + 2 });
        const plan = text.indexOf('жоспар: ');
        if (plan >= 0) plans.push({ line, character: plan + 'жоспар: '.length });
        const place = /орны: "/u.exec(text);
        if (place) places.push({ line, character: place.index + place[0].length + 2 });
    });
    const per = Math.ceil(count / 3);
    const [a, b, c] = [spread(keywords, per), spread(plans, per), spread(places, per)];
    const out: { line: number; character: number }[] = [];
    for (let i = 0; i < per && out.length < count; i++) {
        for (const list of [a, b, c]) if (i < list.length && out.length < count) out.push(list[i]);
    }
    return out;
}

interface OpenServer {
    label: string;
    client: LspClient;
    uri: string;
    lines: string[];
    version: number;
    targets: { line: number; character: number }[];
    edits: number[];
}

/** Starts a server, opens the document of `size`, and records start, open and memory. */
async function openServer(serverPath: string, size: Size): Promise<OpenServer> {
    const g = input(size);
    const execArgv = PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${PROFILE_DIR}`, `--cpu-prof-name=server-${size.label}-${process.pid}.cpuprofile`] : [];
    const started = performance.now();
    const client = new LspClient(process.execPath, serverPath, execArgv);
    const init = await client.initialize();
    const initMs = performance.now() - started;
    // Let the first configuration round (workspace/configuration) finish before opening.
    await sleep(QUICK ? 100 : 300);
    const uri = `file:///bench/${size.label}.grant`;
    const opened = client.next('textDocument/publishDiagnostics', p => p.uri === uri);
    const openStart = performance.now();
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'grant', version: 1, text: g.text } });
    const openDiag = await opened;
    const openMs = openDiag.at - openStart;
    await sleep(QUICK ? 50 : 500);
    const rss = client.rss();
    const lines = g.text.split('\n');
    const server = { label: size.label, client, uri, lines, version: 1, targets: editTargets(lines, Math.ceil(LSP_EDITS / 2)), edits: [] };
    if (size.tenfold) return server;
    figure(`lsp.init.ms@${size.label}`, 'lsp', `Server start → initialize result (${size.label} run)`, initMs, 'ms', undefined,
        { note: `capabilities: ${Object.keys(init.capabilities).length}` });
    figure(`lsp.open.ms@${size.label}`, 'lsp', `didOpen → publishDiagnostics, ${size.label}`, openMs, 'ms', undefined,
        { note: `${openDiag.params.diagnostics.length} diagnostics` });
    figure(`lsp.rss.mb@${size.label}`, 'memory', `Server RSS after opening, ${size.label}`, rss === undefined ? null : rss / 2 ** 20, 'MB',
        size.label === '10k' ? { op: '<', limit: 200 } : undefined, rss === undefined ? { note: 'n/a: no /proc on this system' } : {});
    return server;
}

/** One-character edit number `i`: a digit typed into a fact (even i), then deleted again (odd i). */
async function editOnce(server: OpenServer, i: number): Promise<number> {
    const at = server.targets[Math.floor(i / 2) % server.targets.length];
    const change = i % 2 === 0
        ? { range: { start: at, end: at }, text: '1' }
        : { range: { start: at, end: { line: at.line, character: at.character + 1 } }, text: '' };
    server.version++;
    const published = server.client.next('textDocument/publishDiagnostics', p => p.uri === server.uri);
    const start = performance.now();
    server.client.notify('textDocument/didChange', { textDocument: { uri: server.uri, version: server.version }, contentChanges: [change] });
    const n = await published;
    return n.at - start;
}

/** Hover, completion and CodeLens on one server, and its memory afterwards. */
async function requests(server: OpenServer): Promise<void> {
    const { client, lines, label } = server;
    const counts = LSP_COUNTS(label);
    const textDocument = { uri: server.uri };
    // A few requests first, so the first measured one does not pay for loading code.
    for (const position of hoverPositions(lines, 3)) await client.request('textDocument/hover', { textDocument, position });
    for (const position of completionPositions(lines, 3)) await client.request('textDocument/completion', { textDocument, position });

    const hovers: number[] = [];
    let hoverHits = 0;
    for (const position of hoverPositions(lines, counts.positions)) {
        const { ms, result } = await client.timed('textDocument/hover', { textDocument, position });
        hovers.push(ms);
        if (result) hoverHits++;
    }
    const completions: number[] = [];
    let items = 0;
    for (const position of completionPositions(lines, counts.positions)) {
        const { ms, result } = await client.timed<{ items?: unknown[] } | unknown[] | null>('textDocument/completion', {
            textDocument, position, context: { triggerKind: 1 }
        });
        completions.push(ms);
        items += Array.isArray(result) ? result.length : result?.items?.length ?? 0;
    }
    const latencyTarget = label === '10k' ? { op: '<=' as const, limit: 30 } : undefined;
    figure(`lsp.hover.p50.ms@${label}`, 'lsp', `Hover p50, ${label}`, percentile(hovers, 50), 'ms', undefined, { samples: hovers.length, note: `${hoverHits} with content` });
    figure(`lsp.hover.p95.ms@${label}`, 'lsp', `Hover p95, ${label}`, percentile(hovers, 95), 'ms', latencyTarget, { samples: hovers.length });
    figure(`lsp.completion.p50.ms@${label}`, 'lsp', `Completion p50, ${label}`, percentile(completions, 50), 'ms', undefined,
        { samples: completions.length, note: `${(items / Math.max(1, completions.length)).toFixed(1)} items on average` });
    figure(`lsp.completion.p95.ms@${label}`, 'lsp', `Completion p95, ${label}`, percentile(completions, 95), 'ms', latencyTarget, { samples: completions.length });

    const lenses: number[] = [];
    let lensCount = 0;
    for (let i = 0; i < counts.lenses; i++) {
        const { ms, result } = await client.timed<unknown[]>('textDocument/codeLens', { textDocument });
        lenses.push(ms);
        lensCount = result?.length ?? 0;
    }
    figure(`lsp.codeLens.ms@${label}`, 'lsp', `CodeLens (median), ${label}`, median(lenses), 'ms', undefined, { samples: lenses.length, note: `${lensCount} lenses` });
    const rssAfter = client.rss();
    figure(`lsp.rssAfter.mb@${label}`, 'memory', `Server RSS after the editor requests, ${label}`, rssAfter === undefined ? null : rssAfter / 2 ** 20, 'MB',
        undefined, rssAfter === undefined ? { note: 'n/a: no /proc on this system' } : {});
}

/**
 * One server per size (its RSS is that size's), all started first; then the
 * one-character edits go round the servers, so the edits of 1k and 10k lines
 * are measured moments apart (the scaling ratio is taken per round); then
 * hover, completion and CodeLens, server by server.
 */
async function benchServer(): Promise<void> {
    const serverPath = join(ROOT, 'out/server.cjs');
    if (!existsSync(serverPath)) throw new Error('out/server.cjs is missing: run npm run build');
    const servers: OpenServer[] = [];
    try {
        for (const size of SIZES) {
            log(`language server ${size.label}: start and open`);
            servers.push(await openServer(serverPath, size));
        }
        log('language servers: one-character edits');
        // Even count: every digit typed is deleted again, the text ends as generated.
        for (let i = 0; i < LSP_EDITS; i++) {
            for (const server of servers) {
                server.edits.push(await editOnce(server, i));
                await sleep(QUICK ? 10 : 60);
            }
        }
        for (const server of servers.filter(s => REPORTED.some(r => r.label === s.label))) {
            const label = server.label;
            const editTarget = label === '1k' ? 60 : label === '10k' ? 350 : undefined;
            figure(`lsp.edit.ms@${label}`, 'lsp', `One-character edit → publishDiagnostics (median), ${label}`, median(server.edits), 'ms',
                editTarget ? { op: '<=', limit: editTarget } : undefined, { samples: server.edits.length });
            figure(`lsp.edit.p95.ms@${label}`, 'lsp', `One-character edit → publishDiagnostics (p95), ${label}`, percentile(server.edits, 95), 'ms', undefined,
                { samples: server.edits.length });
        }
        const small = servers.find(s => s.label === '1k'), large = servers.find(s => s.label === '10x');
        if (small && large) scalingFigure('scaling.edit', 'Scaling 10× ÷ 1× input: edit → diagnostics', perRound(small.edits, large.edits));
        for (const server of servers.filter(s => REPORTED.some(r => r.label === s.label))) {
            log(`language server ${server.label}: hover, completion, CodeLens`);
            await requests(server);
        }
    } finally {
        for (const server of servers) await server.client.stop();
    }
}

// ---------------------------------------------------------------------------
// 5: what the server keeps (the heap after a full collection), not what V8 has reserved

/**
 * The server process's RSS after edits and requests is mostly heap V8 keeps reserved for the
 * next parse, not data. This counts what stays reachable: in this process, on the same services
 * the server runs, the 10k document is opened, then edited (a digit typed, then deleted) and
 * hovered and completed at spread positions; the heap is measured after full collections.
 */
async function benchRetention(): Promise<void> {
    const size = SIZES.find(s => s.label === '10k')!;
    const g = input(size);
    const uri = URI.parse('file:///bench/retention.grant');
    const { TextDocument } = await import('vscode-languageserver-textdocument');
    let text = g.text;
    let version = 1;
    let current = TextDocument.create(uri.toString(), 'grant', version, text);
    const documents = shared.workspace.TextDocuments as unknown as { get(uri: string): unknown };
    const originalGet = documents.get.bind(documents);
    documents.get = (u: string) => (u === uri.toString() ? current : originalGet(u));
    const heap = (): number => {
        fullGc();
        fullGc();
        return process.memoryUsage().heapUsed / 2 ** 20;
    };
    try {
        // The value cache holds what the other parts read (and empties itself past 50 000 values): start it empty.
        clearValueCache();
        const before = heap();
        const document = shared.workspace.LangiumDocumentFactory.fromTextDocument(current, uri);
        shared.workspace.LangiumDocuments.addDocument(document);
        await shared.workspace.DocumentBuilder.build([document], { validation: true });
        const opened = heap() - before;
        const at = text.indexOf('факт: ') + 'факт: '.length;
        const rounds = QUICK ? 2 : 30;
        const samples: number[] = [];
        for (let round = 1; round <= rounds; round++) {
            text = round % 2 ? text.slice(0, at) + '9' + text.slice(at) : text.slice(0, at) + text.slice(at + 1);
            current = TextDocument.create(uri.toString(), 'grant', ++version, text);
            await shared.workspace.DocumentBuilder.update([uri], []);
            const doc = shared.workspace.LangiumDocuments.getDocument(uri)!;
            for (let k = 1; k <= 5; k++) {
                const params = { textDocument: { uri: uri.toString() }, position: current.positionAt(Math.floor(k * text.length / 6)) };
                await services.Grant.lsp.HoverProvider?.getHoverContent(doc, params);
                await services.Grant.lsp.CompletionProvider?.getCompletion(doc, params);
            }
            if (round % 10 === 0 || round === rounds) samples.push(heap() - before);
        }
        const after = samples[samples.length - 1];
        figure('memory.heapOpened.mb@10k', 'memory', 'Heap kept after opening, 10k (after a full GC)', opened, 'MB', undefined,
            { note: 'in-process, the services the server runs' });
        figure('memory.heapAfterEdits.mb@10k', 'memory', `Heap kept after ${rounds} edits with hovers and completions, 10k`, after, 'MB', undefined,
            { note: `after every 10 rounds: ${samples.map(x => x.toFixed(1)).join(', ')} MB` });
        figure('memory.heapGrowth.ratio@10k', 'memory', 'Heap kept after the edits ÷ after opening, 10k', after / opened, '×', undefined,
            { note: 'the first edits fill the caches that serve hovers and completions' });
        // A leak grows with every edit: after the first ten rounds the heap should stand still.
        const steady = samples.length > 1 ? (after - samples[0]) / (rounds - 10) * 10 : 0;
        figure('memory.heapPer10Edits.mb@10k', 'memory', 'Heap growth per 10 further edits (after the first 10), 10k', steady, 'MB', { op: '<=', limit: 1 },
            { note: samples.length > 1 ? `${samples[0].toFixed(1)} → ${after.toFixed(1)} MB over ${rounds - 10} edits` : 'quick run: too few rounds' });
    } finally {
        documents.get = originalGet;
        await shared.workspace.DocumentBuilder.update([], [uri]);
    }
}

// ---------------------------------------------------------------------------
// 4: report generation against the docx library packing the same document

interface ReportCase {
    label: string;
    activities: number;
    runs: number;
    document: LangiumDocument;
    /** The docx Document object the renderer packed, to pack it alone. */
    built: Parameters<typeof Packer.toArrayBuffer>;
    lines: number;
    indicators: number;
    bytes: number;
    reports: number[];
    packs: number[];
    /** The charts of the report, their parts written alone (what the report adds to the pack besides the text). */
    charts: Chart[];
    chartRuns: number[];
}

// With the plan-vs-fact charts (opt-in, --charts): the heavier report, native Word charts included.
const REPORT_OPTIONS = { kind: 'final' as const, lang: 'kk' as const, charts: true };

/**
 * The report of a validated document (what the server's esep/renderReport does once the
 * document is validated), against the limit: the docx library packing the very document
 * object the renderer built. The two smaller sizes alternate run by run, so their ratio
 * (the scaling figure) compares neighbours; the largest is measured last, fewer times.
 */
async function benchReport(): Promise<void> {
    // The document object the renderer hands to the docx packer, captured so it can be packed alone.
    const originalPack = Packer.toArrayBuffer.bind(Packer);
    let captured: Parameters<typeof Packer.toArrayBuffer> | undefined;
    (Packer as { toArrayBuffer: typeof Packer.toArrayBuffer }).toArrayBuffer = (...args) => {
        // The document object and the extra files (the chart parts) the renderer packs.
        captured = args;
        return originalPack(...args);
    };
    const runOnce = async (c: ReportCase): Promise<void> => {
        gc();
        let start = performance.now();
        const result = await renderReport(c.document, services.Grant, REPORT_OPTIONS);
        c.reports.push(performance.now() - start);
        if (result.ok) c.bytes = result.bytes.length;
        gc();
        start = performance.now();
        await originalPack(...c.built);
        c.packs.push(performance.now() - start);
        gc();
        start = performance.now();
        for (const chart of c.charts) chartPartXml(nativeChartData(chart));
        c.chartRuns.push(performance.now() - start);
    };
    const cases: ReportCase[] = [];
    try {
        for (const size of REPORT_SIZES) {
            const g = generateByActivities(EXAMPLES, size.activities, 100 + size.activities);
            log(`report ${size.activities} activities: ${g.lines} lines, ${g.indicators} indicators`);
            const { document } = await buildOnce(g.text, true);
            captured = undefined;
            // The first report warms up and captures the document object.
            const first = await renderReport(document, services.Grant, REPORT_OPTIONS);
            if (!first.ok) throw new Error(`the generated report project is refused: ${first.errors.map(e => `${e.line}:${e.column} ${e.message}`).join('; ')}`);
            if (!captured) throw new Error('the renderer did not pack through docx Packer.toArrayBuffer');
            const charts = first.built.doc.blocks.filter((b): b is Chart => b.type === 'chart');
            cases.push({ ...size, document, built: captured, lines: g.lines, indicators: g.indicators, bytes: first.bytes.length, reports: [], packs: [], charts, chartRuns: [] });
        }
        fullGc();
        const [small, medium, large] = cases;
        // The 200-activity ratio has a target: runs go on until its spread is small enough.
        const mediumRatios = () => medium.reports.map((x, i) => x / medium.packs[i]);
        for (let r = 0; r < MAX_ROUNDS && (r < Math.max(small.runs, medium.runs) || spreadOf(mediumRatios()) >= SPREAD_GOAL); r++) {
            if (r < small.runs) await runOnce(small);
            await runOnce(medium);
        }
        for (let r = 0; r < large.runs; r++) await runOnce(large);
    } finally {
        (Packer as { toArrayBuffer: typeof Packer.toArrayBuffer }).toArrayBuffer = originalPack;
        for (const c of cases) await forget(c.document);
    }
    for (const c of cases) {
        const report = median(c.reports), pack = median(c.packs);
        const targeted = c.label === '200';
        figure(`report.ms@${c.label}`, 'report', `Report .docx, ${c.activities} activities`, report, 'ms', targeted ? { op: '<', limit: 1000 } : undefined,
            { samples: c.reports.length, note: `${Math.round(c.bytes / 1024)} KB, ${c.lines} lines, ${c.indicators} indicators` });
        figure(`report.pack.ms@${c.label}`, 'report', `Limit: docx packing the same built document, ${c.activities} activities`, pack, 'ms', undefined,
            { samples: c.packs.length });
        const ratios = c.reports.map((x, i) => x / c.packs[i]);
        figure(`report.ratio@${c.label}`, 'report', `Report ÷ pack, ${c.activities} activities`, median(ratios), '×',
            targeted ? { op: '<=', limit: 1.5 } : undefined, { samples: c.reports.length, spread: spreadOf(ratios), note: 'median of per-run ratios' });
        figure(`report.charts.ms@${c.label}`, 'report', `  of which the chart parts (${c.charts.length} native charts, XML), ${c.activities} activities`,
            median(c.chartRuns), 'ms', undefined, { samples: c.chartRuns.length, note: 'one chart per task; the pack has no counterpart for them' });
        figure(`report.ratioWithoutCharts@${c.label}`, 'report', `Report without the charts' time ÷ pack, ${c.activities} activities`,
            median(c.reports.map((x, i) => (x - (c.chartRuns[i] ?? 0)) / c.packs[i])), '×', undefined, { samples: c.reports.length });
    }
    const [small, medium] = cases;
    const rounds = Math.min(small.reports.length, medium.reports.length);
    scalingFigure('scaling.report', `Scaling ${medium.activities} ÷ ${small.activities} activities: report`,
        perRound(small.reports.slice(0, rounds), medium.reports.slice(0, rounds)), `${small.activities} and ${medium.activities} activities`);
}

// ---------------------------------------------------------------------------
// 7: the package and the extension's activation

/** The arguments of `vsce package` in the package script (its user README among them), without its --out. */
function vsceArgs(): string[] {
    const script: string = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts.package;
    const args = script.slice(script.indexOf('vsce package') + 'vsce package'.length).trim().split(/\s+/);
    const out = args.indexOf('--out');
    if (out >= 0) args.splice(out, 2);
    return args;
}

function benchPackage(): void {
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
    for (const section of registeredSections()) {
        if (part(section.name)) await section.run(context);
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
