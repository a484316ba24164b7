/**
 * Where V8 compiles optimized code during a batch on every core (Node only). By default V8
 * optimizes a hot function on a helper thread while the JavaScript thread goes on running the
 * slower code. With a thread evaluating files on each core there is no idle core for those
 * helpers: they take turns with the evaluating threads, each isolate (this thread and every
 * worker) compiles the same evaluation anew, and the batch spent more CPU in all than when each
 * thread compiled its own code at once (bench/README.md, portfolio: 1 000 projects, ~1 s of
 * ~16 s). Set before the workers start: a new isolate takes V8's flags as they are then.
 */
import { setFlagsFromString } from 'node:v8';

let set = false;

/** Each JavaScript thread compiles its optimized code itself, from now on (the whole process). */
export function compileOnJsThreads(): void {
    if (set) return;
    set = true;
    try {
        setFlagsFromString('--no-concurrent-recompilation');
    } catch {
        // V8's defaults then: the same results, some CPU more.
    }
}
