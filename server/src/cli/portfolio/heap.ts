/**
 * Keeping a batch's heap near what is alive (Node only). Each file's syntax tree lives long
 * enough to be promoted to V8's old generation and dies there; V8 collects it only once the
 * old generation has doubled, so a thread that evaluates file after file holds a hundred
 * megabytes and more of dead trees. A major collection every 100 files, when about nothing is
 * alive, keeps the peak of 1 000 projects near 440 MB (every 25 files: the same peak, 1 s slower).
 *
 * V8's gc() is given to the worker threads (V8's --expose-gc, set before they start: every
 * new thread's global has it); this thread has none, which is one reason why the files are
 * evaluated in workers only (batch.ts).
 */
import { setFlagsFromString } from 'node:v8';

/** Files between two collections. */
export const COLLECT_EVERY = 100;

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
