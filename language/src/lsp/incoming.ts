/**
 * Letting the editor's messages in before a build starts.
 *
 * The connection takes one message from its queue per turn of the event loop
 * (vscode-jsonrpc), and a build keeps the loop busy: while a user types in a
 * big file, every keystroke brings a change and five or six requests, the
 * build of one change starts before the next change has been read, and the
 * server falls further behind with every keystroke (seen as diagnostics of
 * each version in turn, seconds late). Before a build starts, the server now
 * takes every message already waiting — the changes join the build, the
 * requests queue behind it, cancellations drop stale ones — and only then
 * parses, once for all of them.
 */
import type { ConnectionOptions, Message } from 'vscode-languageserver';

/** How many messages the connection has taken from its queue so far. */
let taken = 0;

/** Connection options that count the messages taken (pass to createConnection). */
export function countingIncoming(): ConnectionOptions {
    return {
        messageStrategy: {
            handleMessage(message: Message, next: (message: Message) => void): void {
                taken++;
                next(message);
            }
        }
    };
}

/** The connection's own way to wait a turn: setImmediate on Node, a zero timeout in a browser worker. */
export const nextTurn: (callback: () => void) => void = typeof setImmediate === 'function'
    ? callback => { setImmediate(callback); }
    : callback => { setTimeout(callback, 0); };

const turn = (): Promise<void> => new Promise(resolve => nextTurn(resolve));

/**
 * Waits turns of the event loop while the connection still takes messages (it takes one per
 * turn), at most `maxMs`: when it returns, the messages that had arrived have been read.
 */
export async function takeWaitingMessages(maxMs = 50): Promise<void> {
    const start = Date.now();
    for (;;) {
        const before = taken;
        await turn();
        if (taken === before || Date.now() - start >= maxMs) return;
    }
}
