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
 */
import { Deferred, isOperationCancelled, ReadPriority, startCancelableOperation, type MaybePromise, type WorkspaceLock } from 'langium';
import { CancellationToken } from 'vscode-languageserver';
import { nextTurn } from './incoming.js';

interface Entry {
    action: (token: CancellationToken) => MaybePromise<unknown>;
    deferred: Deferred<unknown>;
    token: CancellationToken;
}

export class GrantWorkspaceLock implements WorkspaceLock {
    private previous: { cancel(): void } | undefined;
    private readonly writes: Entry[] = [];
    private readonly reads: Entry[] = [];
    private readonly immediate = new Set<Promise<unknown>>();
    private busy = false;
    /** A build has been taken from the queue and waits for the immediate reads in progress. */
    private writeWaiting = false;

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
        return this.turn().then(() => {
            // A build came in while this read waited for its turn: the read is answered from its document.
            if (this.writeWaiting || this.writes.length) return this.enqueue(this.reads, action) as Promise<T>;
            const promise = Promise.resolve().then(() => action());
            this.immediate.add(promise);
            const remove = () => { this.immediate.delete(promise); };
            promise.then(remove, remove);
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
