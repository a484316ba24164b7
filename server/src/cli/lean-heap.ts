/**
 * V8's heap settings for one big input (Node only). By default V8 lets the heap grow well past
 * what is alive while a big file is parsed and checked (a young generation of tens of
 * megabytes, an old generation that doubles before it is collected): for a file of 10 MB the
 * process peaked at about 1.4 times the memory its syntax tree and findings need. With a small
 * young generation and an old generation that grows by a tenth, the peak follows what is
 * alive, for some 5 % more time. Small files keep the defaults: there the time matters more.
 * The flags are set before the big file is read, while the heap is still small.
 */
import { statSync } from 'node:fs';
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { Session } from 'node:inspector';

/** From this size of one file on (bytes), the heap is kept close to what is alive. */
export const BIG_INPUT_BYTES = 4 * 1024 * 1024;

let lean = false;

/** Keeps the heap lean if one of `files` is big; true if it is (now or from an earlier call). */
export function leanHeapFor(files: readonly string[]): boolean {
    if (lean) return true;
    const big = files.some(file => {
        try {
            return statSync(file).size >= BIG_INPUT_BYTES;
        } catch {
            return false; // unreadable: its reading says why
        }
    });
    if (!big) return false;
    setFlagsFromString('--max-semi-space-size=4');
    setFlagsFromString('--heap-growing-percent=10');
    lean = true;
    return true;
}

/**
 * Once the big input's syntax tree is let go (a report, before its .docx is written): the heap
 * may grow by 30 % between collections instead of 10 %. What is alive then (the report model)
 * is a fraction of the peak the parse made, so the peak stays the parse's; kept at 10 %, the
 * writer (much short-lived garbage) spent most of its time collecting (20 000 tasks: 36 s → 21–25 s,
 * peak RSS the same ~0.6 GB).
 */
export function relaxHeap(): void {
    if (!lean) return;
    setFlagsFromString('--heap-growing-percent=30');
}

let session: Session | undefined;
let alive = 0;

/**
 * A full collection once the heap has grown by `slack` bytes since the last (Node only). Between
 * the pieces of a big file (piecewise/check.ts) what is alive is small, but V8 lets the old
 * generation fill up to a first limit of a few hundred megabytes before it collects at all —
 * most of the process's peak. 20 000 tasks in pieces of 128 KB, peak RSS and CPU time: no such
 * collection 335 MB; slack 32 MB 282 MB, 12.1 s (39 collections); 64 MB 316 MB, 9.4 s (14);
 * 128 MB 334 MB, 7.7 s (1); the file read whole: 490 MB, 5.2 s. The collection is asked of V8
 * through the process's own inspector session (no port is opened; `gc()` is not exposed
 * without a command-line flag).
 */
export async function collectIfGrown(slack = 64 * 1024 * 1024): Promise<void> {
    if (inUse() - alive < slack) return;
    if (!session) {
        session = new Session();
        session.connect();
    }
    const connected = session;
    await new Promise<void>(done => connected.post('HeapProfiler.collectGarbage', () => done()));
    alive = inUse();
}

/**
 * The heap in use and the memory outside it that its objects hold (buffers, such as those of
 * lines written to a pipe, are let go only when their objects are collected).
 */
function inUse(): number {
    const heap = getHeapStatistics();
    return heap.used_heap_size + heap.external_memory;
}
