/**
 * A portfolio worker thread (bundled to out/portfolio-worker.cjs): one service set, then one
 * file per message, answered with its rows (packed.ts). See batch.ts.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Lang } from '../../../../language/src/i18n.js';
import { evaluateFile, portfolioServices, type WorkerReply, type WorkerRequest } from './batch.js';
import { packRows } from './packed.js';

const { lang, reportDate } = workerData as { lang: Lang; reportDate?: string };
const services = portfolioServices(lang, reportDate);

parentPort?.on('message', (request: WorkerRequest) => {
    void evaluateFile(services, request.file, lang).then(rows => {
        parentPort?.postMessage({ index: request.index, rows: packRows(rows) } satisfies WorkerReply);
    });
});
