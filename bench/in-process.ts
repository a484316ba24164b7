/**
 * The in-process sections' common ground: the language services the server runs, the generated
 * inputs of each size (counted in tokens), a document built and forgotten, the process's CPU
 * time, and the scaling figures (10× ÷ 1× input).
 */
import { performance, PerformanceObserver } from 'node:perf_hooks';
import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import { createGrantServices } from '../language/src/grant-module.js';
import { generateByLines, type Generated } from './generate.js';
import { figure, median, spread as spreadOf } from './figures.js';
import { EXAMPLES, SIZES, type Size } from './options.js';

export const services = createGrantServices(EmptyFileSystem);
export const shared = services.shared;
let docCounter = 0;

/**
 * CPU time of this process in ms (its threads: JavaScript and the collector's helpers), not
 * counting the time the machine gives to other processes. (process.threadCpuUsage reads a
 * clock that ticks too coarsely here for runs of a few milliseconds.)
 */
export function processCpu(): number {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
}

/**
 * The collector's pauses, as V8 reports them (start and duration, on performance.now()'s clock).
 * They arrive a moment after each collection: `collectorMs` reads them once the runs are over.
 */
const pauses: Array<{ start: number; end: number }> = [];
new PerformanceObserver(list => {
    for (const e of list.getEntries()) pauses.push({ start: e.startTime, end: e.startTime + e.duration });
}).observe({ entryTypes: ['gc'] });

/** Milliseconds of collector pauses inside [start, end] (call after the runs, once entries have arrived). */
export function collectorMs(window: { start: number; end: number }): number {
    let ms = 0;
    for (const p of pauses) ms += Math.max(0, Math.min(p.end, window.end) - Math.max(p.start, window.start));
    return ms;
}

export async function buildOnce(text: string, validation: boolean): Promise<{ ms: number; cpuMs: number; parseMs: number; window: { start: number; end: number }; document: LangiumDocument }> {
    const uri = URI.parse(`memory:///bench/${++docCounter}.grant`);
    const cpu = processCpu();
    const start = performance.now();
    const document = shared.workspace.LangiumDocumentFactory.fromString(text, uri);
    const parsed = performance.now();
    shared.workspace.LangiumDocuments.addDocument(document);
    await shared.workspace.DocumentBuilder.build([document], { validation });
    const end = performance.now();
    return { ms: end - start, cpuMs: processCpu() - cpu, parseMs: parsed - start, window: { start, end }, document };
}

export async function forget(document: LangiumDocument): Promise<void> {
    // Deleting through the builder also clears every per-document cache (the evaluated model).
    await shared.workspace.DocumentBuilder.update([], [document.uri]);
}

export const inputs = new Map<string, Generated & { tokens: number }>();

/** Tokens as Esep's lexer counts them: the measure of «10× the input». */
function tokens(text: string): number {
    return services.Grant.parser.Lexer.tokenize(text).tokens.length;
}

export function input(size: Size): Generated & { tokens: number } {
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

/** large ÷ small for each round (both measured within moments of each other). */
export function perRound(small: number[], large: number[]): number[] {
    return small.map((s, i) => large[i] / s).filter(Number.isFinite);
}

export function scalingFigure(id: string, label: string, ratios: number[], inputNote = tenfoldNote(), target: { op: '<='; limit: number } | null = { op: '<=', limit: 11 }): void {
    figure(id, 'scaling', label, ratios.length ? median(ratios) : null, '×', target ?? undefined,
        ratios.length ? { samples: ratios.length, spread: spreadOf(ratios), note: `median over rounds of the ratio of neighbouring measurements; ${inputNote}` } : { note: 'n/a: not measured' });
}

function tenfoldNote(): string {
    const one = inputs.get('1k'), ten = inputs.get('10x');
    return one && ten ? `1×: ${one.tokens} tokens (${one.lines} lines), 10×: ${ten.tokens} tokens (${ten.lines} lines)` : '';
}
