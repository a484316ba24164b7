/**
 * Evaluating many files (Node): in worker threads on every core for a real portfolio, in this
 * thread for a handful of files (a worker costs a bundle load). Each file is read, evaluated
 * and reduced to rows, then dropped: memory holds rows, never a portfolio of syntax trees.
 * A file that cannot be read or crashes the evaluation is a row with its reason, never a stop.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { createGrantServices } from '../../../../language/src/grant-module.js';
import { setLanguage, type Lang } from '../../../../language/src/i18n.js';
import { rowsOfText, type Services } from '../../portfolio/evaluate.js';
import { readGrantFile } from './files.js';
import { SafeNodeFileSystem } from '../../node-files.js';
import { fileDone } from './heap.js';
import { L } from '../../portfolio/labels.js';
import { problemRow, type FileRows } from '../../portfolio/rows.js';
import { runInWorkers } from './pool.js';
import { dropEarlyThreads } from './threads.js';

export interface BatchOptions {
    lang: Lang;
    /** ISO date «now» means for projects without `есеп-күні`. */
    reportDate?: string;
    /**
     * Worker threads evaluating at once (this one only writes their rows out); 0 or 1: this
     * thread alone. Default: the cores, or 1 for fewer than WORKERS_FROM files.
     */
    jobs?: number;
    /** Called after each file, in completion order. */
    onProgress?: (done: number, total: number, file: string) => void;
    workerScript?: string;
}

/**
 * The service set of one thread: parse, validate and evaluate, with the real file system, as
 * `esep check` (an evidence path is looked for next to its file: V-PATH-02); in a language and
 * for a date given at once (this thread) or later (a worker, told by its first message).
 */
export function portfolioServices(lang: Lang, reportDate?: string): Services {
    const services = batchServices();
    configureBatch(services, lang, reportDate);
    return services;
}

export function batchServices(): Services {
    const { shared, Grant } = createGrantServices(SafeNodeFileSystem);
    return { shared, Grant };
}

export function configureBatch(services: Services, lang: Lang, reportDate?: string): void {
    setLanguage(lang);
    // Each file is read once: no reading is kept for a next version (model/reused.ts).
    services.Grant.model.Evaluator.setOptions({ reportDate, keepReadings: false });
}

const done = { files: 0 };

/** Reads and evaluates one file: its rows, or one row that says why it has none. */
export async function evaluateFile(services: Services, file: string, lang: Lang): Promise<FileRows> {
    try {
        return await evaluateFileOnce(services, file, lang);
    } finally {
        // This file's tree is garbage now: collected every few files, not once the heap doubled.
        fileDone(done);
    }
}

async function evaluateFileOnce(services: Services, file: string, lang: Lang): Promise<FileRows> {
    const read = readGrantFile(file, lang);
    if (read.problem !== undefined) return { file, projects: [problemRow(file, read.problem)], indicators: [], findings: [] };
    try {
        // The document at the file's own place, as `esep check` has it: its evidence paths are looked for there.
        return await rowsOfText(services, read.text, file, lang, resolve(file));
    } catch (e) {
        const reason = e instanceof Error ? e.message : String(e);
        return { file, projects: [problemRow(file, L('problem.crashed', lang, { reason }))], indicators: [], findings: [] };
    }
}

/** The worker bundle: next to the CLI bundle in out/, or out/ from the sources (tests). */
export function defaultWorkerScript(): string {
    const here = typeof __dirname === 'string' ? __dirname : process.cwd();
    const bundled = join(here, 'portfolio-worker.cjs');
    return existsSync(bundled) ? bundled : join(here, '../../../../out/portfolio-worker.cjs');
}

/**
 * Files from which workers are worth their start: each pays for its own warm-up (bundle, parser,
 * JIT). On two cores, 40 projects took 1.05–1.43 s in this thread against 1.32–1.54 s in two
 * workers, 100 about the same (1.82–2.01 against 1.98–2.06 s), 200 2.67–2.97 against 2.52 s.
 */
export const WORKERS_FROM = 100;

export function defaultJobs(files: number): number {
    if (files < WORKERS_FROM) return 1;
    return Math.max(1, Math.min(availableParallelism(), Math.ceil(files / 4)));
}

/**
 * Hands the rows of every file to `deliver`, in the order of `files` (a file finished early
 * waits for those before it), and keeps none of them.
 */
export async function runBatch(files: string[], options: BatchOptions, deliver: (rows: FileRows) => void): Promise<void> {
    const jobs = options.jobs ?? defaultJobs(files.length);
    const script = options.workerScript ?? defaultWorkerScript();
    if (jobs <= 1 || files.length < 2 || !existsSync(script)) {
        // Workers bin/esep.js started early are not needed: their cores are this thread's.
        dropEarlyThreads();
        return runHere(files, options, deliver);
    }
    const waiting = new Map<number, FileRows>();
    let nextOut = 0;
    const inOrder = (index: number, rows: FileRows) => {
        waiting.set(index, rows);
        for (let r = waiting.get(nextOut); r; r = waiting.get(nextOut)) {
            waiting.delete(nextOut++);
            deliver(r);
        }
    };
    try {
        const running = runInWorkers(files, options, Math.min(jobs, files.length), script, inOrder);
        // The pool has taken the early workers it needs (fewer files than cores: not all of them).
        dropEarlyThreads();
        await running;
    } catch {
        // No worker could start (a sandbox without threads): the rest in this thread.
        if (nextOut < files.length) return runHere(files.slice(nextOut), options, deliver);
    }
}

async function runHere(files: string[], options: BatchOptions, deliver: (rows: FileRows) => void): Promise<void> {
    const services = portfolioServices(options.lang, options.reportDate);
    let done = 0;
    for (const file of files) {
        deliver(owningProjects(await evaluateFile(services, file, options.lang)));
        options.onProgress?.(++done, files.length, file);
    }
}

/**
 * The rows with project rows that own their strings, as a worker's rows are (a message is a
 * copy): the project rows are kept to the end of a batch, and a name read from the file is a
 * slice of its whole text (see rowsOfText). The other rows are written out and dropped at once.
 */
function owningProjects(rows: FileRows): FileRows {
    return { ...rows, projects: structuredClone(rows.projects) };
}
