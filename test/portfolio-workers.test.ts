/**
 * `esep summary`'s worker threads (server/src/cli/portfolio/batch.ts): the same rows, in the
 * order of the files, whichever thread evaluated a file; a worker that dies costs one row (the
 * file it was on, with the reason), never the files it had been handed with it or ahead of it.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { defaultWorkerScript, runBatch } from '../server/src/cli/portfolio/batch.js';
import { MAX_BATCH, batchSize } from '../server/src/cli/portfolio/pool.js';
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

    test('a few files to a message, one at a time towards the end of the queue', () => {
        expect(batchSize(1000, 2)).toBe(MAX_BATCH);
        expect(batchSize(40, 2)).toBe(5);
        expect(batchSize(7, 2)).toBe(1);
        expect(batchSize(0, 2)).toBe(1);
    });
});
