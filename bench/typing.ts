/**
 * `npm run bench -- --only typing`: a user typing in a big file, as the editor
 * drives the language server. An LSP client over stdio types three sentences at
 * 8 characters a second — into a fact, into an indicator's name, and a new
 * activity line by line — into files of about 1k, 4k and 10k lines, with VS Code's
 * closing of pairs (typing-scenarios.ts editorKeystroke: language-configuration.json's
 * autoClosingPairs). After each
 * keystroke it sends what VS Code sends: the change; completion where a word is
 * typed outside a string or a trigger character (`:` `"`) is typed; semantic
 * tokens (a delta once it has a result id), inlay hints for the visible lines,
 * CodeLens, folding ranges and document symbols. A request still unanswered
 * when the next keystroke comes is cancelled ($/cancelRequest), as VS Code
 * cancels a request whose document changed. (VS Code debounces the last three
 * by 200–350 ms, so while typing steadily it would not even ask: sending them
 * on every keystroke is the harder case.)
 *
 * Measured: keystroke → the first publishDiagnostics for that version or a
 * later one (the server says which version its diagnostics are of), and
 * completion request → the first completion answered for it or for a later
 * keystroke (a new completion cancels the one still unanswered, as VS Code
 * does), p50/p95. The whole section runs with a CPU burner,
 * a second process spinning on a core, started and stopped here.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { figure, log, median, percentile, sleep } from './figures.js';
import { generateByLines } from './generate.js';
import { LspClient } from './lsp-client.js';
import { SERVER_EXEC_ARGV } from '../language/src/lsp/protocol.js';
import type { BenchContext, BenchSection } from './sections.js';
import { editorKeystroke, insert, keys, SCENARIOS } from './typing-scenarios.js';

/** 8 characters a second. */
const KEYSTROKE_MS = 125;

const QUICK_SCENARIO_CHARS = 12;
/** How long the client waits, after a sentence, for the last diagnostics and answers. */
const DRAIN_MS = 60_000;

interface Samples {
    diagnostics: number[];
    completion: number[];
    /** Answered requests other than completion, by method. */
    requests: Map<string, number[]>;
    cancelled: number;
    keystrokes: number;
    /** The server's CPU time (user + system) from the first keystroke until everything was answered. */
    serverCpuMs?: number;
    /** The same waits on the server's own CPU clock (cpu-clock.cjs). */
    cpuClock?: { completion: number[]; diagnostics: number[] };
    /** Why the run stopped early, when the server had not caught up a minute after typing stopped. */
    unfinished?: string;
}

/** A process's CPU time so far (user + system, ms), from /proc; NaN where there is none. */
function processCpuMs(pid: number | undefined): number {
    try {
        const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
        return (Number(fields[11]) + Number(fields[12])) * 10;
    } catch {
        return NaN;
    }
}

/** A process that keeps one core busy until it is killed (or, at the latest, after `seconds`). */
function startBurner(seconds: number): ChildProcess {
    const child = spawn(process.execPath, ['-e', `const end = Date.now() + ${seconds * 1000}; let x = 0; while (Date.now() < end) x++;`],
        { stdio: 'ignore' });
    child.unref();
    return child;
}

async function typeIn(context: BenchContext, label: string, lineCount: number): Promise<Samples> {
    const generated = generateByLines(context.examples, lineCount, 11 + lineCount);
    // The V8 options VS Code starts the server with (protocol.ts), then the profiler's.
    const execArgv = [...SERVER_EXEC_ARGV, ...(context.profileDir ? ['--cpu-prof', `--cpu-prof-dir=${context.profileDir}`, `--cpu-prof-name=typing-${label}-${process.pid}.cpuprofile`] : [])];
    // The server's own CPU time as a second clock (cpu-clock.cjs), written to a file of this run.
    const clockFile = join(tmpdir(), `esep-cpu-clock-${process.pid}-${label}.jsonl`);
    rmSync(clockFile, { force: true });
    execArgv.push('--require', join(dirname(context.serverPath), '..', 'bench', 'cpu-clock.cjs'));
    process.env.ESEP_CPU_CLOCK_OUT = clockFile;
    const client = new LspClient(process.execPath, context.serverPath, execArgv);
    delete process.env.ESEP_CPU_CLOCK_OUT;
    const samples: Samples = { diagnostics: [], completion: [], requests: new Map(), cancelled: 0, keystrokes: 0 };
    try {
        const { capabilities } = await client.initialize();
        const delta = Boolean((capabilities.semanticTokensProvider as { full?: { delta?: boolean } } | undefined)?.full?.delta);
        await sleep(300);
        const uri = `file:///bench/typing-${label}.grant`;
        const textDocument = { uri };
        // Diagnostics by version: waiting keystrokes are answered by the first publication of their version or a later one.
        const waiting: { version: number; at: number }[] = [];
        let versioned = true;
        let lastPublished = 0;
        client.on('textDocument/publishDiagnostics', n => {
            if (n.params.uri !== uri) return;
            const version: number | undefined = n.params.version;
            if (version === undefined) versioned = false;
            // A server that does not say the version: the first publication after the keystroke counts.
            const upTo = version ?? Infinity;
            lastPublished = Math.max(lastPublished, version ?? 0);
            for (let i = waiting.length - 1; i >= 0; i--) {
                if (waiting[i].version <= upTo) {
                    samples.diagnostics.push(n.at - waiting[i].at);
                    waiting.splice(i, 1);
                }
            }
        });
        const messages: string[] = [];
        client.on('window/logMessage', n => { messages.push(String(n.params?.message)); if (messages.length > 5) messages.shift(); });
        const opened = client.next('textDocument/publishDiagnostics', p => p.uri === uri, 120_000);
        client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'grant', version: 1, text: generated.text } });
        await opened;
        let version = 1;
        const lines = generated.text.split('\n');
        const cpuAtStart = processCpuMs(client.pid);
        let resultId: string | undefined;
        const inFlight = new Set<number>();
        const pull = (method: string, params: object, onResult?: (r: any) => void) => {
            const start = performance.now();
            const { id, result } = client.start(method, params);
            inFlight.add(id);
            result.then(r => {
                inFlight.delete(id);
                const list = samples.requests.get(method) ?? [];
                list.push(performance.now() - start);
                samples.requests.set(method, list);
                onResult?.(r);
            }, () => { inFlight.delete(id); });
        };
        const completions: Promise<void>[] = [];
        const completionWaiting: { seq: number; at: number }[] = [];
        let completionSeq = 0;
        let completionInFlight: number | undefined;
        for (const scenario of SCENARIOS) {
            let cursor = scenario.at(lines);
            let typed = keys(scenario.sentence, scenario.inString);
            if (context.quick) typed = typed.slice(0, QUICK_SCENARIO_CHARS);
            const started = performance.now();
            const quoted = new Set<number>();
            for (let k = 0; k < typed.length; k++) {
                // Keep the pace: keystroke k at k × 125 ms, however long the last one took to send.
                const due = started + k * KEYSTROKE_MS;
                const now = performance.now();
                if (due > now) await sleep(due - now);
                // What the editor still waits for of the last keystroke, it cancels.
                for (const id of inFlight) { client.cancel(id); samples.cancelled++; }
                inFlight.clear();
                const key = typed[k];
                const from = cursor;
                const typedNow = editorKeystroke(lines, from, key.text, typed[k + 1]?.text, quoted);
                if (typedNow.skipNext) k++;
                // A keystroke that only moves the cursor sends nothing.
                if (typedNow.text === undefined) { cursor = typedNow.cursor!; continue; }
                const end = insert(lines, from, typedNow.text);
                cursor = typedNow.cursor ?? end;
                version++;
                const at = performance.now();
                client.notify('textDocument/didChange', {
                    textDocument: { uri, version },
                    contentChanges: [{ range: { start: from, end: from }, text: typedNow.text }]
                });
                waiting.push({ version, at });
                samples.keystrokes++;
                if (key.complete) {
                    // A new completion supersedes the one still unanswered (VS Code cancels it); the user's wait
                    // for a list runs from each request to the first answer to it or to a later one.
                    if (completionInFlight !== undefined) client.cancel(completionInFlight);
                    const seq = ++completionSeq;
                    completionWaiting.push({ seq, at: performance.now() });
                    const { id, result } = client.start('textDocument/completion', {
                        textDocument, position: cursor,
                        context: key.complete === 'trigger' ? { triggerKind: 2, triggerCharacter: key.text } : { triggerKind: 1 }
                    });
                    completionInFlight = id;
                    completions.push(result.then(() => {
                        if (completionInFlight === id) completionInFlight = undefined;
                        const now = performance.now();
                        for (let i = completionWaiting.length - 1; i >= 0; i--) {
                            if (completionWaiting[i].seq <= seq) { samples.completion.push(now - completionWaiting[i].at); completionWaiting.splice(i, 1); }
                        }
                    }, () => undefined));
                }
                if (delta && resultId) {
                    pull('textDocument/semanticTokens/full/delta', { textDocument, previousResultId: resultId }, r => { resultId = r?.resultId ?? resultId; });
                } else {
                    pull('textDocument/semanticTokens/full', { textDocument }, r => { resultId = r?.resultId; });
                }
                const visible = { start: { line: Math.max(0, cursor.line - 30), character: 0 }, end: { line: cursor.line + 30, character: 0 } };
                pull('textDocument/inlayHint', { textDocument, range: visible });
                pull('textDocument/codeLens', { textDocument });
                pull('textDocument/foldingRange', { textDocument });
                pull('textDocument/documentSymbol', { textDocument });
            }
            // The pause after a sentence: everything is answered, the last version's diagnostics are in.
            const deadline = performance.now() + DRAIN_MS;
            while ((waiting.length || inFlight.size || completionWaiting.length) && performance.now() < deadline) await sleep(20);
            if (waiting.length) {
                // Stuck or only slow? The server's CPU time over two seconds says; the figures say what was measured.
                const cpu = () => processCpuMs(client.pid);
                const before = cpu();
                await sleep(2000);
                samples.unfinished = `no diagnostics for version ${waiting[0].version} within ${DRAIN_MS / 1000} s after typing stopped (last published ${lastPublished}); ` +
                    `the server used ${(cpu() - before).toFixed(0)} ms of CPU in the next 2 s${messages.length ? `; its log: ${messages.join(' | ')}` : ''}`;
                log(`typing ${label}: ${samples.unfinished}`);
                // The keystrokes still waiting count as waiting that long.
                const now = performance.now();
                for (const w of waiting.splice(0)) samples.diagnostics.push(now - w.at);
                break;
            }
            await sleep(context.quick ? 50 : 400);
        }
        await Promise.race([Promise.all(completions), sleep(samples.unfinished ? 0 : DRAIN_MS)]);
        samples.serverCpuMs = processCpuMs(client.pid) - cpuAtStart;
        if (!versioned) log(`typing ${label}: the server does not say which version its diagnostics are of; the first publication after a keystroke was counted`);
    } finally {
        await client.stop();
    }
    samples.cpuClock = readCpuClock(clockFile);
    return samples;
}

function readCpuClock(file: string): Samples['cpuClock'] {
    if (!existsSync(file)) return undefined;
    const clock = { completion: [] as number[], diagnostics: [] as number[] };
    for (const line of readFileSync(file, 'utf8').split('\n')) {
        if (!line) continue;
        const { kind, ms } = JSON.parse(line) as { kind: 'completion' | 'diagnostics'; ms: number };
        clock[kind].push(ms);
    }
    if (!process.env.ESEP_CPU_CLOCK_KEEP) rmSync(file, { force: true });
    return clock;
}

export const typingSection: BenchSection = {
    name: 'typing',
    async run(context: BenchContext): Promise<void> {
        const sizes = context.quick
            ? [{ label: '1k', lines: 300 }, { label: '4k', lines: 500 }, { label: '10k', lines: 700 }]
            : [{ label: '1k', lines: 1_000 }, { label: '4k', lines: 4_000 }, { label: '10k', lines: 10_000 }];
        const only = process.env.ESEP_TYPING_SIZES?.split(',');
        if (only) sizes.splice(0, sizes.length, ...sizes.filter(s => only.includes(s.label)));
        const load = loadavg()[0];
        // The quick run (npm test) only checks that the figures can be measured: no burner there.
        const burner = context.quick ? undefined : startBurner(600);
        const results: { label: string; samples: Samples }[] = [];
        try {
            for (const size of sizes) {
                log(`typing ${size.label}: three sentences at 8 characters a second, a CPU burner beside`);
                results.push({ label: size.label, samples: await typeIn(context, size.label, size.lines) });
            }
        } finally {
            burner?.kill('SIGKILL');
        }
        const machine = `${burner ? 'with a CPU burner on one core' : 'quick run, no burner'}; load average before ${load.toFixed(2)}`;
        for (const { label, samples } of results) {
            const d = samples.diagnostics, c = samples.completion;
            const diagnosticsTarget = label === '4k' ? 150 : label === '10k' ? 400 : undefined;
            figure(`typing.diagnostics.p50.ms@${label}`, 'typing', `Typing: keystroke → fresh diagnostics p50, ${label}`, percentile(d, 50), 'ms', undefined,
                { samples: d.length, note: samples.unfinished ? `${machine}; stopped early: ${samples.unfinished}` : machine });
            figure(`typing.diagnostics.p95.ms@${label}`, 'typing', `Typing: keystroke → fresh diagnostics p95, ${label}`, percentile(d, 95), 'ms',
                diagnosticsTarget ? { op: '<=', limit: diagnosticsTarget } : undefined, { samples: d.length });
            figure(`typing.completion.p50.ms@${label}`, 'typing', `Typing: completion p50, ${label}`, percentile(c, 50), 'ms', undefined, { samples: c.length });
            figure(`typing.completion.p95.ms@${label}`, 'typing', `Typing: completion p95, ${label}`, percentile(c, 95), 'ms',
                label === '10k' ? { op: '<=', limit: 50 } : undefined, { samples: c.length });
            // The same waits counted on the server's CPU clock: what a keystroke waits for on an idle core, however busy the machine.
            const clock = samples.cpuClock;
            figure(`typing.diagnostics.cpuClock.p95.ms@${label}`, 'typing', `Typing: keystroke → fresh diagnostics p95, server CPU clock, ${label}`,
                clock?.diagnostics.length ? percentile(clock.diagnostics, 95) : undefined, 'ms', undefined,
                { samples: clock?.diagnostics.length ?? 0, note: `p50 ${clock?.diagnostics.length ? percentile(clock.diagnostics, 50).toFixed(0) : '–'} ms; the server's own CPU time from the change's arrival to the diagnostics written` });
            figure(`typing.completion.cpuClock.p95.ms@${label}`, 'typing', `Typing: completion p95, server CPU clock, ${label}`,
                clock?.completion.length ? percentile(clock.completion, 95) : undefined, 'ms', undefined,
                { samples: clock?.completion.length ?? 0, note: `p50 ${clock?.completion.length ? percentile(clock.completion, 50).toFixed(0) : '–'} ms; the server's own CPU time from the request's arrival to the list written` });
            const all = [...samples.requests.values()].flat();
            const per = [...samples.requests].map(([m, xs]) => `${m.replace('textDocument/', '')} ${median(xs).toFixed(0)}`).join(', ');
            figure(`typing.requests.p95.ms@${label}`, 'typing', `Typing: tokens, hints, lenses, folding, symbols answered p95, ${label}`, percentile(all, 95), 'ms', undefined,
                { samples: all.length, note: `${samples.keystrokes} keystrokes, ${samples.cancelled} requests cancelled by the next keystroke; medians: ${per}` });
            // What a keystroke costs the server, whatever else the machine runs: its CPU time over the keystrokes.
            figure(`typing.serverCpu.ms@${label}`, 'typing', `Typing: server CPU per keystroke, ${label}`,
                samples.serverCpuMs !== undefined && samples.keystrokes ? samples.serverCpuMs / samples.keystrokes : undefined, 'ms', undefined,
                { note: 'all its work while typing (changes, checks, every request) ÷ keystrokes; a keystroke comes every 125 ms' });
        }
    }
};
