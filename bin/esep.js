#!/usr/bin/env node
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
await import('../out/cli.cjs');
