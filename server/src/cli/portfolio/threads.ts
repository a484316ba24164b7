/**
 * Starting `esep summary`'s worker threads (Node), and starting them early: bin/esep.js loads
 * this small bundle (out/portfolio-threads.cjs) and starts the workers before it loads the CLI's
 * own 6 MB bundle, so that the workers load theirs and build their parsers on the other core
 * meanwhile (~0.3 s of a summary that otherwise starts its workers only once the CLI is loaded).
 * The pool (pool.ts, in the CLI bundle) takes them from here; those it does not take — few
 * files, `--jobs 1`, a summary that stops before its work — are ended (`dropEarlyThreads`).
 *
 * The two bundles each have a copy of this module: the early threads are kept on the global
 * object, under a symbol both copies know.
 */
import { Worker } from 'node:worker_threads';
import { compileOnJsThreads } from './compile.js';
import { collectionInWorkers } from './heap.js';

/**
 * A worker's young generation: V8's default grows to some 100 MB a thread. Capped at 64 MB
 * (1 000 projects: ~460 MB for the whole process, the batch's thread evaluating nothing): a
 * file's syntax tree is alive across the scavenges made while it is parsed, and each one copies
 * it; at 32 MB a worker made ~180 scavenges per 500 files, at 64 MB ~100 (some 20 % less time
 * collecting). At 16 MB the workers spent three times as long collecting as at 32.
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 64 };

/** A worker thread, and what became of it before anyone listened to it. */
export interface Thread {
    worker: Worker;
    script: string;
    /** Its script is running (the worker's 'online' event has come). */
    online: boolean;
    /** Why it ended before it was taken (an error, an exit code). */
    failed?: string;
}

const EARLY = Symbol.for('esep.portfolio.earlyThreads');
type WithEarly = { [EARLY]?: Thread[] };

/**
 * V8's flags for the workers (gc(), optimizing on their own thread): a new isolate takes the
 * flags as they are when it starts. They are the whole process's: bin/esep.js sets them before
 * it turns Node's compile cache on, whose folder is named by the flags — code compiled under
 * other flags is refused — so that `esep summary` keeps its compiled CLI apart from the one
 * `esep check` keeps, instead of each throwing the other's away (~0.25 s at every run).
 */
let flagsSet = false;

export function setWorkerFlags(): void {
    if (flagsSet) return;
    flagsSet = true;
    collectionInWorkers();
    compileOnJsThreads();
}

/** Starts a worker on `script`, its flags set first; its state is kept up to date whoever listens to it later. */
export function startThread(script: string): Thread {
    setWorkerFlags();
    const worker = new Worker(script, { resourceLimits: WORKER_LIMITS });
    const thread: Thread = { worker, script, online: false };
    worker.once('online', () => { thread.online = true; });
    // Listened to from the start: an 'error' nobody listens to would end the process.
    worker.on('error', (e: Error) => { thread.failed ??= e.message; });
    worker.once('exit', code => { thread.failed ??= `exit ${code}`; });
    return thread;
}

/**
 * Starts `count` workers before the CLI is loaded (bin/esep.js, for `esep summary`). They keep
 * the process alive only once the pool takes them.
 */
export function startEarlyThreads(script: string, count: number): void {
    if (count < 2) return;
    const threads: Thread[] = [];
    for (let k = 0; k < count; k++) {
        const thread = startThread(script);
        thread.worker.unref();
        threads.push(thread);
    }
    (globalThis as WithEarly)[EARLY] = threads;
}

/** An early worker on `script` that is still alive, taken from the waiting ones; else none. */
export function takeEarlyThread(script: string): Thread | undefined {
    const threads = (globalThis as WithEarly)[EARLY];
    while (threads?.length) {
        const thread = threads.shift()!;
        if (thread.failed === undefined && thread.script === script) {
            thread.worker.ref();
            return thread;
        }
        void thread.worker.terminate();
    }
    return undefined;
}

/** Ends the early workers nobody took. */
export function dropEarlyThreads(): void {
    const threads = (globalThis as WithEarly)[EARLY];
    for (const thread of threads?.splice(0) ?? []) void thread.worker.terminate();
}

/**
 * The workers bin/esep.js starts for `esep summary <args>`: one a core, or `--jobs N` if fewer
 * (the pool starts any more itself); none for `--jobs 0|1` or for a summary asked for help.
 */
export function earlyThreadCount(args: string[], cores: number): number {
    let jobs: number | undefined;
    for (let k = 0; k < args.length; k++) {
        const a = args[k];
        if (a === '--help' || a === '-h') return 0;
        if (a === '--jobs' || a === '-j') jobs = Number(args[k + 1]);
    }
    if (jobs === undefined) return cores;
    return Number.isInteger(jobs) && jobs > 1 ? Math.min(jobs, cores) : 0;
}
