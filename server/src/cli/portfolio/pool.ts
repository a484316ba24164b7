/**
 * The worker threads of `esep summary` (Node): `workers` threads take files from one queue, a
 * few files to a message, until it is empty; this thread hands the files out and writes the
 * rows that come back. A worker that dies costs one row — the file it was on, with the reason —
 * never the files handed to it with that one.
 *
 * Why a few files to a message: on these machines a message that wakes the thread it is sent to
 * cost ~1 ms of CPU on each side (a file a message: ~2 s of a 1 000-file summary's ~19 s, with
 * ~12 ms a file of evaluation), however small the message; what it carries costs ~0.1 ms a file.
 */
import { appendAll } from '../../../../language/src/arrays.js';
import type { Lang } from '../../../../language/src/i18n.js';
import { L } from '../../portfolio/labels.js';
import { problemRow, type FileRows } from '../../portfolio/rows.js';
import { startThread, takeEarlyThread } from './threads.js';
import { unpackRows, type PackedRows } from './packed.js';

/** A worker's first message: the language of its rows and the date «now» means. */
export interface WorkerConfig { config: { lang: Lang; reportDate?: string } }
/** Files handed to a worker in one message, evaluated in order, answered in one message. */
export interface WorkerRequest { files: { index: number; file: string }[] }
export interface WorkerReply { done: { index: number; rows: PackedRows }[] }

export interface PoolOptions {
    lang: Lang;
    reportDate?: string;
    /** Called after each file, in completion order. */
    onProgress?: (done: number, total: number, file: string) => void;
}

/** Files in one message at most (~0.1 s of work). */
export const MAX_BATCH = 8;

/**
 * Messages a worker holds (the one it is on and the next): it never waits for this thread,
 * which writes rows and shares the cores with the workers, to send more.
 */
const IN_FLIGHT = 2;

/**
 * Files for the next message: up to MAX_BATCH, fewer towards the end of the queue, so that the
 * workers run out of files at about the same time (the last messages hold one file each).
 */
export function batchSize(remaining: number, workers: number): number {
    return Math.max(1, Math.min(MAX_BATCH, Math.floor(remaining / (workers * IN_FLIGHT * 2))));
}

export function runInWorkers(files: string[], options: PoolOptions, workers: number, script: string,
    deliver: (index: number, rows: FileRows) => void): Promise<void> {
    return new Promise((resolve, reject) => {
        let next = 0;
        let done = 0;
        let settled = false;
        // Files sent to a worker that died before it reached them: taken again first.
        const again: number[] = [];
        // Files of the message a worker died in: one of them killed it, so each goes alone.
        const suspects: number[] = [];
        const take = (): number[] => {
            if (suspects.length) return [suspects.shift()!];
            const size = batchSize(again.length + files.length - next, workers);
            const batch = again.splice(0, size);
            while (batch.length < size && next < files.length) batch.push(next++);
            return batch;
        };
        const record = (index: number, rows: FileRows) => {
            if (settled) return;
            deliver(index, rows);
            done++;
            options.onProgress?.(done, files.length, rows.file);
            if (done === files.length) {
                settled = true;
                resolve();
            }
        };
        const crashed = (index: number, reason: string) => record(index, {
            file: files[index], projects: [problemRow(files[index], L('problem.crashed', options.lang, { reason }))], indicators: [], findings: []
        });
        const start = () => {
            // One bin/esep.js started before the CLI was loaded, else a new one.
            const thread = takeEarlyThread(script) ?? startThread(script);
            const worker = thread.worker;
            worker.postMessage({ config: { lang: options.lang, reportDate: options.reportDate } } satisfies WorkerConfig);
            // The messages the worker was sent and has not answered, oldest (the one it is on) first.
            const sent: number[][] = [];
            const feed = () => {
                while (sent.length < IN_FLIGHT) {
                    const batch = take();
                    if (batch.length === 0) break;
                    sent.push(batch);
                    worker.postMessage({ files: batch.map(index => ({ index, file: files[index] })) } satisfies WorkerRequest);
                }
                if (sent.length === 0) void worker.terminate();
            };
            // The file a worker died on becomes a row with the reason; a fresh worker takes the rest.
            const died = (reason: string) => {
                if (settled) return;
                if (!thread.online) {
                    settled = true;
                    reject(new Error(reason));
                    return;
                }
                const lost = sent.shift() ?? [];
                for (const batch of sent.splice(0)) appendAll(again, batch);
                again.sort((a, b) => a - b);
                if (lost.length === 1) crashed(lost[0], reason);
                else appendAll(suspects, lost);
                if (suspects.length || again.length || next < files.length) start();
            };
            worker.on('message', (reply: WorkerReply) => {
                const first = reply.done[0]?.index;
                const k = sent.findIndex(batch => batch[0] === first);
                if (k >= 0) sent.splice(k, 1);
                feed();
                for (const { index, rows } of reply.done) record(index, unpackRows(rows));
            });
            worker.on('error', (e: Error) => died(e.message));
            worker.on('exit', code => { if (sent.length) died(`exit ${code}`); });
            if (thread.online) feed();
            else worker.once('online', feed);
        };
        for (let k = 0; k < workers; k++) start();
    });
}
