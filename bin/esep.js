#!/usr/bin/env node
import { existsSync } from 'node:fs';
import * as nodeModule from 'node:module';
import { availableParallelism, tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';

// Langium 4 uses Object.groupBy and Map.groupBy (Node ≥ 22). The project's npm
// scripts run on the Node 24 of the `node` devDependency; on an older Node the
// two functions are supplied here so `esep` still runs.
if (typeof Object.groupBy !== 'function') {
    Object.groupBy = (items, key) => {
        const out = Object.create(null);
        let i = 0;
        for (const item of items) (out[key(item, i++)] ??= []).push(item);
        return out;
    };
}
if (typeof Map.groupBy !== 'function') {
    Map.groupBy = (items, key) => {
        const out = new Map();
        let i = 0;
        for (const item of items) {
            const k = key(item, i++);
            if (!out.has(k)) out.set(k, []);
            out.get(k).push(item);
        }
        return out;
    };
}
const require = nodeModule.createRequire(import.meta.url);
// `esep summary`: its worker threads start before this thread loads the CLI's bundle, and load
// theirs on the other cores meanwhile (server/src/cli/portfolio/threads.ts). Only a head start:
// where they cannot start, the summary starts its workers itself. The workers' V8 flags are set
// first, before the compile cache below is named by the flags; and only where workers will run
// (`--jobs 1` evaluates in this thread, with V8's own flags, as before).
let threads;
let early = 0;
if (process.argv[2] === 'summary') {
    try {
        threads = require('../out/portfolio-threads.cjs');
        early = threads.earlyThreadCount(process.argv.slice(3), availableParallelism());
        if (early >= 2) threads.setWorkerFlags();
    } catch {
        threads = undefined;
    }
}
// Node's compile cache (Node ≥ 22.1; in the system's temporary folder, or NODE_COMPILE_CACHE):
// the 6 MB bundle is compiled once, not at every run — a one-file `esep check` starts ~0.1 s
// sooner. Only in a temporary folder that exists: Node loops for ever making a cache folder
// where no folder can be made (TMPDIR=/proc/…). Without it everything runs the same.
if (typeof nodeModule.enableCompileCache === 'function' && !process.env.NODE_COMPILE_CACHE && existsSync(tmpdir())) {
    const { directory } = nodeModule.enableCompileCache();
    // `esep summary`'s worker threads take the cache from the environment as they start: their
    // own bundle is compiled once too (~20 ms sooner at work, each).
    if (directory) process.env.NODE_COMPILE_CACHE = directory;
}
if (threads && early >= 2) {
    try {
        threads.startEarlyThreads(fileURLToPath(new URL('../out/portfolio-worker.cjs', import.meta.url)), early);
    } catch {
        // No early workers.
    }
}
// Required, not imported: an import of a CommonJS file first scans all of its 6 MB for its
// exports (Node's cjs-module-lexer, ~50 ms at every run); this bundle exports nothing.
require('../out/cli.cjs');
