/**
 * Langium's workspace lock, with one difference that matters while a user
 * types: a build waiting to start is not starved by requests.
 *
 * In Langium's lock a request that has awaited its document's state runs at
 * once («immediate» read), concurrently with a running build, and a build
 * waits until the immediate reads in progress are done before it starts.
 * When the editor asks for semantic tokens, hints, lenses, folding and symbols
 * after every keystroke, those reads overlap each other without a gap on a
 * busy machine: the next build never starts and squiggles stop coming while
 * the user types. Here an immediate read asked while a build is queued or
 * waiting to start is queued behind it instead, and is answered from the
 * document that build makes.
 *
 * And requests take turns: each read runs in a turn of the event loop of its
 * own, after the editor's waiting messages have been read. After a keystroke
 * the five document-wide requests (semantic tokens, hints, lenses, folding,
 * symbols: 10–40 ms each on 10 000 lines, with their answers' JSON) became
 * ready together and ran back to back, and a completion typed meanwhile waited
 * for all of them; now it waits for one at most. A request the editor cancels
 * while it waits for its turn is not computed (safe-providers.ts), and one
 * whose turn comes while a build is queued is answered after that build.
 *
 * And while the user types, those requests wait for a pause. In a big file
 * they cost more, together, than the time between two keystrokes (~50 ms of
 * the server's time on 10 000 lines, at 8 keys a second), so answered after
 * every keystroke they kept the server busy all the time, and a completion
 * waited for whichever of them was running. The editor drops an answer that
 * comes after the next keystroke anyway, and has its own short delays before
 * it asks. A read asked soon after a change now waits until no change has
 * come for a while — three times what the reads between two builds have
 * usually cost, from 200 to 250 ms once they cost more than a few
 * milliseconds: nothing on a small file — so the document-wide answers come when typing pauses, and
 * completion, squiggles and the builds have the server to themselves.
 */
import { Deferred, isOperationCancelled, ReadPriority, startCancelableOperation, type MaybePromise, type WorkspaceLock } from 'langium';
import { CancellationToken } from 'vscode-languageserver';
import { nextTurn } from './incoming.js';

interface Entry {
    action: (token: CancellationToken) => MaybePromise<unknown>;
    deferred: Deferred<unknown>;
    token: CancellationToken;
}

/** The longest a read waits for typing to pause. */
const MAX_SETTLE_MS = 250;
/** A read waits this many times what the reads between two builds usually cost. */
const SETTLE_FACTOR = 3;
/** Reads that usually cost less than this between two builds (a small file) are not held back. */
const CHEAP_READS_MS = 5;
/**
 * The shortest wait when they cost more: longer than the gap between two keys of someone typing
 * fast (8 a second: 125 ms). Three times their cost alone fell under that gap now and then on
 * 10 000 lines, where reads that reuse the answers before them cost ~40 ms: the requests were
 * then answered between every two keystrokes again, for the rest of the typing, and a
 * completion waited behind them (bench, typing 10k: completion p95 35 ms or 110–290 ms, run by run).
 */
const MIN_SETTLE_MS = 200;

const now = (): number => performance.now();

export class GrantWorkspaceLock implements WorkspaceLock {
    private previous: { cancel(): void } | undefined;
    private readonly writes: Entry[] = [];
    private readonly reads: Entry[] = [];
    private readonly immediate = new Set<Promise<unknown>>();
    private busy = false;
    /** A build has been taken from the queue and waits for the immediate reads in progress. */
    private writeWaiting = false;

    /** When the user last changed a document (live-build.ts says). */
    private lastChange = -Infinity;
    /** Milliseconds spent in reads since the last build started. */
    private spent = 0;
    /** What the reads between two builds usually cost (a moving average over builds after which reads ran). */
    private usual = 0;

    /** A document has just changed: reads wait for a pause in typing (`settleMs`). */
    noteChange(): void {
        this.lastChange = now();
    }

    /** How long after the last change reads wait. */
    settleMs(): number {
        if (this.usual < CHEAP_READS_MS) return SETTLE_FACTOR * this.usual;
        return Math.min(MAX_SETTLE_MS, Math.max(MIN_SETTLE_MS, SETTLE_FACTOR * this.usual));
    }

    /** Resolves once no change has come for `settleMs` (a change meanwhile starts the wait again). */
    private settled(): Promise<void> {
        const left = this.lastChange + this.settleMs() - now();
        if (left <= 0) return Promise.resolve();
        return new Promise<void>(resolve => { setTimeout(resolve, left); }).then(() => this.settled());
    }

    write(action: (token: CancellationToken) => MaybePromise<void>): Promise<void> {
        return this.queueWrite(action, true);
    }

    /**
     * A write after the ones queued; `cancelPrevious: false` lets a running build finish
     * (live-build.ts queues the builds of a user's keystrokes so).
     */
    queueWrite(action: (token: CancellationToken) => MaybePromise<void>, cancelPrevious: boolean): Promise<void> {
        if (cancelPrevious) this.cancelWrite();
        const source = startCancelableOperation();
        this.previous = source;
        return this.enqueue(this.writes, action, source.token) as Promise<void>;
    }

    read<T>(action: () => MaybePromise<T>, priority: ReadPriority = ReadPriority.Normal): Promise<T> {
        if (priority !== ReadPriority.Immediate) return this.enqueue(this.reads, action) as Promise<T>;
        return this.settled().then(() => this.turn()).then(() => {
            // A build came in while this read waited for its turn: the read is answered from its document.
            if (this.writeWaiting || this.writes.length) return this.enqueue(this.reads, action) as Promise<T>;
            const start = now();
            const promise = Promise.resolve().then(() => action());
            this.immediate.add(promise);
            const done = () => {
                this.immediate.delete(promise);
                this.spent += now() - start;
            };
            promise.then(done, done);
            return promise;
        });
    }

    private readonly turns: (() => void)[] = [];
    private pumping = false;

    /** Resolves in a turn of the event loop of its own (one waiter a turn, in order). */
    private turn(): Promise<void> {
        return new Promise<void>(resolve => {
            this.turns.push(resolve);
            if (this.pumping) return;
            this.pumping = true;
            nextTurn(this.pump);
        });
    }

    private readonly pump = (): void => {
        this.turns.shift()?.();
        // What the waiter does runs in this turn's microtasks. The next waiter's turn comes a turn later
        // than the next: a message that arrives meanwhile is read in the next turn and handled there (the
        // connection handles its messages in turns of their own), before the next request's work.
        if (this.turns.length) nextTurn(() => nextTurn(this.pump));
        else this.pumping = false;
    };

    cancelWrite(): void {
        this.previous?.cancel();
    }

    private enqueue(queue: Entry[], action: Entry['action'], token: CancellationToken = CancellationToken.None): Promise<unknown> {
        const deferred = new Deferred<unknown>();
        queue.push({ action, deferred, token });
        void this.next();
        return deferred.promise;
    }

    private async next(): Promise<void> {
        if (this.busy) return;
        if (!this.writes.length) {
            // The reads that waited for a build: each in its turn, as reads asked now.
            for (const { action, deferred, token } of this.reads.splice(0)) {
                this.read(() => action(token), ReadPriority.Immediate).then(deferred.resolve, error => {
                    // A cancelled action resolves with nothing, as in Langium's lock.
                    if (isOperationCancelled(error)) deferred.resolve(undefined);
                    else deferred.reject(error);
                });
            }
            return;
        }
        const { action, deferred, token } = this.writes.shift()!;
        this.busy = true;
        if (this.spent > 0) this.usual = this.usual === 0 ? this.spent : 0.7 * this.usual + 0.3 * this.spent;
        this.spent = 0;
        this.writeWaiting = true;
        // The build changes what running reads look at: they finish first.
        while (this.immediate.size) await Promise.allSettled([...this.immediate]);
        this.writeWaiting = false;
        try {
            deferred.resolve(await Promise.resolve().then(() => action(token)));
        } catch (error) {
            if (isOperationCancelled(error)) deferred.resolve(undefined);
            else deferred.reject(error);
        }
        this.busy = false;
        void this.next();
    }
}
