/**
 * `esep summary`'s worker threads (server/src/cli/portfolio/batch.ts): the same rows, in the
 * order of the files, whichever thread evaluated a file; a worker that dies costs one row (the
 * file it was on, with the reason), never the files it had been handed with it or ahead of it.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { defaultJobs, defaultWorkerScript, runBatch, WORKERS_FROM } from '../server/src/cli/portfolio/batch.js';
import { MAX_BATCH, batchSize } from '../server/src/cli/portfolio/pool.js';
import { earlyThreadCount, startEarlyThreads, type Thread } from '../server/src/cli/portfolio/threads.js';
import type { FileRows } from '../server/src/portfolio/rows.js';
import { readExample } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'esep-workers-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function copies(n: number, name = 'p'): string[] {
    const text = readExample('birgemiz-bilim.grant');
    return Array.from({ length: n }, (_, k) => {
        const path = join(dir, `${name}${String(k).padStart(3, '0')}.grant`);
        writeFileSync(path, k % 3 === 1 ? text.replace(/факт: \d+/, 'факт: 0') : text);
        return path;
    });
}

async function collect(files: string[], jobs: number, workerScript?: string): Promise<FileRows[]> {
    const out: FileRows[] = [];
    await runBatch(files, { lang: 'kk', jobs, workerScript }, rows => out.push(rows));
    return out;
}

describe('summary in worker threads', () => {
    test('two threads give the rows of one, file by file, in the order of the files', async () => {
        expect(existsSync(defaultWorkerScript())).toBe(true); // npm run build
        const files = copies(12);
        const alone = await collect(files, 1);
        const threads = await collect(files, 3);
        expect(threads.map(r => r.file)).toEqual(files);
        expect(threads).toEqual(alone);
        expect(threads[1].findings.length).toBeGreaterThan(threads[0].findings.length);
    }, 60_000);

    test('a worker that dies: the file it was on is a row with the reason, every other file is evaluated', async () => {
        // A stand-in worker: answers a message of files at once, and dies on the files named «boom»
        // (handed in messages of several files: the files it was handed with them are evaluated again).
        const script = join(dir, 'dying-worker.cjs');
        writeFileSync(script, `const { parentPort } = require('node:worker_threads');
parentPort.on('message', ({ files }) => {
    if (!files) return; // the first message: the language
    const done = [];
    for (const { index, file } of files) {
        if (file.includes('boom')) process.exit(7);
        done.push({ index, rows: { file, projects: [{ file, fromWorker: true }], indicators: [], findings: [] } });
    }
    parentPort.postMessage({ done });
});\n`);
        const files = [...copies(13, 'a'), ...copies(2, 'boom'), ...copies(25, 'b')];
        expect(batchSize(files.length, 2)).toBeGreaterThan(2);
        const rows = await collect(files, 2, script);
        expect(rows.map(r => r.file)).toEqual(files);
        for (const [k, r] of rows.entries()) {
            const project = r.projects[0] as { problem?: string; fromWorker?: boolean };
            if (files[k].includes('boom')) {
                // Only a file the worker died on: named in Kazakh, with the exit code.
                expect(project.problem).toContain('exit 7');
            } else {
                expect(project.problem).toBeUndefined();
                expect(project.fromWorker).toBe(true);
            }
        }
    }, 60_000);

    test('workers only for a portfolio where they pay for their start (two cores: from about 100 projects)', () => {
        expect(WORKERS_FROM).toBe(100);
        expect(defaultJobs(40)).toBe(1);
        expect(defaultJobs(99)).toBe(1);
        expect(defaultJobs(100)).toBe(Math.min(availableParallelism(), 25));
    });

    test('a few files to a message, one at a time towards the end of the queue', () => {
        expect(batchSize(1000, 2)).toBe(MAX_BATCH);
        expect(batchSize(40, 2)).toBe(5);
        expect(batchSize(7, 2)).toBe(1);
        expect(batchSize(0, 2)).toBe(1);
    });

    describe('workers started before the CLI is loaded (bin/esep.js)', () => {
        // A stand-in worker that names the thread each file was evaluated in.
        const script = join(dir, 'naming-worker.cjs');
        writeFileSync(script, `const { parentPort, threadId } = require('node:worker_threads');
let lang;
parentPort.on('message', message => {
    if (message.config) { lang = message.config.lang; return; }
    parentPort.postMessage({ done: message.files.map(({ index, file }) => ({ index, rows: { file, projects: [{ file, threadId, lang }], indicators: [], findings: [] } })) });
});\n`);
        const early = () => (globalThis as { [k: symbol]: Thread[] | undefined })[Symbol.for('esep.portfolio.earlyThreads')] ?? [];
        const online = (threads: Thread[]) => Promise.all(threads.map(t => new Promise(done => (t.online ? done(true) : t.worker.once('online', done)))));
        const exited = (threads: Thread[]) => Promise.all(threads.map(t => new Promise(done => (t.failed !== undefined ? done(t.failed) : t.worker.once('exit', done)))));

        test('the summary evaluates its files in them, told its language', async () => {
            startEarlyThreads(script, 2);
            const ids = early().map(t => t.worker.threadId);
            expect(ids).toHaveLength(2);
            // As bin/esep.js has them once the CLI is loaded (a stand-in answers so fast that a
            // worker still starting would find no file left).
            await online(early());
            const files = copies(40, 'e');
            const out: FileRows[] = [];
            await runBatch(files, { lang: 'ru', jobs: 2, workerScript: script }, rows => out.push(rows));
            expect(out.map(r => r.file)).toEqual(files);
            const used = new Set(out.map(r => (r.projects[0] as unknown as { threadId: number }).threadId));
            expect([...used].sort()).toEqual([...ids].sort());
            expect(new Set(out.map(r => (r.projects[0] as unknown as { lang: string }).lang))).toEqual(new Set(['ru']));
            expect(early()).toEqual([]);
        }, 60_000);

        test('few files, or fewer jobs: the ones not needed are ended', async () => {
            startEarlyThreads(script, 2);
            const threads = [...early()];
            const out: FileRows[] = [];
            await runBatch(copies(3, 'f'), { lang: 'kk', workerScript: script }, rows => out.push(rows));
            expect(out).toHaveLength(3);
            expect(early()).toEqual([]);
            await exited(threads);
        }, 60_000);

        test('an early worker that could not start is not taken: the summary starts its own', async () => {
            startEarlyThreads(join(dir, 'no-such-worker.cjs'), 2);
            const broken = [...early()];
            await exited(broken);
            const out: FileRows[] = [];
            await runBatch(copies(40, 'g'), { lang: 'kk', jobs: 2, workerScript: script }, rows => out.push(rows));
            expect(out.map(r => r.file)).toHaveLength(40);
            const used = new Set(out.map(r => (r.projects[0] as unknown as { threadId: number }).threadId));
            expect(used.size).toBeGreaterThan(0);
            for (const t of broken) expect(used.has(t.worker.threadId)).toBe(false);
        }, 60_000);

        test('how many: one a core, --jobs N if fewer, none for --jobs 1 or --help', () => {
            expect(earlyThreadCount(['examples/'], 2)).toBe(2);
            expect(earlyThreadCount(['examples/', '-o', 'p.xlsx'], 4)).toBe(4);
            expect(earlyThreadCount(['examples/', '--jobs', '3'], 8)).toBe(3);
            expect(earlyThreadCount(['examples/', '-j', '8'], 2)).toBe(2);
            expect(earlyThreadCount(['examples/', '--jobs', '1'], 2)).toBe(0);
            expect(earlyThreadCount(['examples/', '--jobs', 'x'], 2)).toBe(0);
            expect(earlyThreadCount(['--help'], 2)).toBe(0);
        });
    });
});
