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
 */
import { Deferred, isOperationCancelled, ReadPriority, startCancelableOperation, type MaybePromise, type WorkspaceLock } from 'langium';
import { CancellationToken } from 'vscode-languageserver';

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
        if (priority === ReadPriority.Immediate && !this.writeWaiting && this.writes.length === 0) {
            const promise = Promise.resolve().then(() => action());
            this.immediate.add(promise);
            const remove = () => { this.immediate.delete(promise); };
            promise.then(remove, remove);
            return promise;
        }
        return this.enqueue(this.reads, action) as Promise<T>;
    }

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
        let entries: Entry[];
        if (this.writes.length) {
            entries = [this.writes.shift()!];
            this.busy = true;
            this.writeWaiting = true;
            // The build changes what running reads look at: they finish first.
            while (this.immediate.size) await Promise.allSettled([...this.immediate]);
            this.writeWaiting = false;
        } else if (this.reads.length) {
            entries = this.reads.splice(0);
            this.busy = true;
        } else {
            return;
        }
        await Promise.all(entries.map(async ({ action, deferred, token }) => {
            try {
                deferred.resolve(await Promise.resolve().then(() => action(token)));
            } catch (error) {
                // A cancelled action resolves with nothing, as in Langium's lock.
                if (isOperationCancelled(error)) deferred.resolve(undefined);
                else deferred.reject(error);
            }
        }));
        this.busy = false;
        void this.next();
    }
}
