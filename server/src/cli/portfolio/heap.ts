/**
 * Keeping a batch's heap near what is alive (Node only). Each file's syntax tree lives long
 * enough to be promoted to V8's old generation and dies there; V8 collects it only once the
 * old generation has doubled, so a thread that evaluates file after file holds a hundred
 * megabytes and more of dead trees. A major collection every 250 files, when about nothing is
 * alive, keeps the peak of 1 000 projects near 440 MB (check alone: ~330 MB).
 *
 * Not more often: a major collection costs more than itself. Optimized code that holds a
 * file's own objects (weakly) is thrown away once they are collected — «embedded weak objects
 * cleared» in V8's --trace-deopt — and compiled again for the next file: the validator's walk
 * was compiled by TurboFan 18 times in a summary against twice in `esep check`, which collects
 * on V8's schedule (3 major collections for 1 000 files). Every 100 files: 363–378 MB and
 * ~1.2 s more CPU of ~18 s; never: 453–454 MB, 1.2–2.6 s less (bench/README.md, portfolio).
 *
 * V8's gc() is given to the worker threads (V8's --expose-gc, set before they start: every
 * new thread's global has it); this thread has none, which is one reason why the files are
 * evaluated in workers only (batch.ts).
 */
import { setFlagsFromString } from 'node:v8';

/** Files between two collections. */
export const COLLECT_EVERY = 250;

type Collect = (options?: { type: 'major' | 'minor' }) => void;

/** Before the workers start: their global gets V8's gc(). */
export function collectionInWorkers(): void {
    try {
        setFlagsFromString('--expose-gc');
    } catch {
        // No gc() then: V8 collects on its own schedule.
    }
}

/** Counts a file done; every COLLECT_EVERY files, a major collection where this thread can ask for one. */
export function fileDone(state: { files: number }): void {
    if (++state.files % COLLECT_EVERY !== 0) return;
    const gc = (globalThis as { gc?: Collect }).gc;
    // A plain major collection: gc() without options is a last-resort one that also throws
    // away compiled code, and made a batch half as slow again.
    if (typeof gc === 'function') gc({ type: 'major' });
}
