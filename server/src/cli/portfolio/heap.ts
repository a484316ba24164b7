/**
 * Keeping a batch's heap near what is alive (Node only). Each file's syntax tree lives long
 * enough to be promoted to V8's old generation and dies there; V8 collects it only once the
 * old generation has doubled, so a thread that evaluates file after file holds a hundred
 * megabytes and more of dead trees. A full collection every 50 files, when about nothing is
 * alive, costs a few milliseconds and keeps each thread's heap at some tens of megabytes.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Files between two collections. */
export const COLLECT_EVERY = 50;

type Collect = (options?: { type: 'major' | 'minor' }) => void;

let collect: Collect | undefined | null = null;

function collector(): Collect | undefined {
    if (collect !== null) return collect;
    const exposed = (globalThis as { gc?: Collect }).gc;
    if (typeof exposed === 'function') return (collect = exposed);
    try {
        // V8's gc() in a fresh context, without asking the user for --expose-gc.
        setFlagsFromString('--expose-gc');
        const fn = runInNewContext('gc') as unknown;
        collect = typeof fn === 'function' ? fn as Collect : undefined;
    } catch {
        collect = undefined;
    }
    return collect;
}

/** Counts a file done; every COLLECT_EVERY files, a full collection (when V8 lets us ask for one). */
export function fileDone(state: { files: number }): void {
    if (COLLECT_EVERY <= 0 || ++state.files % COLLECT_EVERY !== 0) return;
    // A plain major collection: gc() without options is a last-resort one that also throws
    // away compiled code, and made a batch half as slow again.
    collector()?.({ type: 'major' });
}
