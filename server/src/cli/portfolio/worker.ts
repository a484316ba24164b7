/**
 * A portfolio worker thread (bundled to out/portfolio-worker.cjs): one service set, built as
 * soon as the thread starts (bin/esep.js may start it before the CLI is loaded: threads.ts);
 * then its language from the first message, then a few files per message, evaluated one after
 * the other and answered in one message with their rows (packed.ts). See pool.ts.
 */
import { parentPort } from 'node:worker_threads';
import type { Lang } from '../../../../language/src/i18n.js';
import { batchServices, configureBatch, evaluateFile } from './batch.js';
import { packRows } from './packed.js';
import type { WorkerConfig, WorkerReply, WorkerRequest } from './pool.js';

const services = batchServices();
let lang: Lang = 'kk';

async function answer(request: WorkerRequest): Promise<void> {
    const done: WorkerReply['done'] = [];
    // One file after the other: one syntax tree alive at a time.
    for (const { index, file } of request.files) {
        done.push({ index, rows: packRows(await evaluateFile(services, file, lang)) });
    }
    parentPort?.postMessage({ done } satisfies WorkerReply);
}

// Messages are answered in the order they came, never two at once. A failure outside a file's
// evaluation (which makes its own row of any error) ends the worker: the batch's thread then
// hands the message's files out again, one at a time (pool.ts).
let queue = Promise.resolve();
parentPort?.on('message', (message: WorkerConfig | WorkerRequest) => {
    if ('config' in message) {
        lang = message.config.lang;
        configureBatch(services, lang, message.config.reportDate);
        return;
    }
    queue = queue.then(() => answer(message)).catch((error: unknown) => {
        setImmediate(() => { throw error; });
    });
});
