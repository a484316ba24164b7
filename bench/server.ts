/**
 * Sections 3, 5 (and the edit scaling of 6): the bundled language server over stdio, one per
 * size: start, open, one-character edits, hover, completion, CodeLens, and its memory.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { LspClient } from './lsp-client.js';
import { SERVER_EXEC_ARGV } from '../language/src/lsp/protocol.js';
import { figure, log, median, percentile, sleep } from './figures.js';
import { LSP_COUNTS, LSP_EDITS, PROFILE_DIR, QUICK, REPORTED, ROOT, SIZES, type Size } from './options.js';
import { input, perRound, scalingFigure } from './in-process.js';
import { completionPositions, editTargets, hoverPositions } from './positions.js';

interface OpenServer {
    label: string;
    client: LspClient;
    uri: string;
    lines: string[];
    version: number;
    targets: { line: number; character: number }[];
    edits: number[];
}

/** Starts a server, opens the document of `size`, and records start, open and memory. */
async function openServer(serverPath: string, size: Size): Promise<OpenServer> {
    const g = input(size);
    // The V8 options VS Code starts the server with (protocol.ts), then the profiler's.
    const execArgv = [...SERVER_EXEC_ARGV, ...(PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${PROFILE_DIR}`, `--cpu-prof-name=server-${size.label}-${process.pid}.cpuprofile`] : [])];
    const started = performance.now();
    const client = new LspClient(process.execPath, serverPath, execArgv);
    const init = await client.initialize();
    const initMs = performance.now() - started;
    // Let the first configuration round (workspace/configuration) finish before opening.
    await sleep(QUICK ? 100 : 300);
    const uri = `file:///bench/${size.label}.grant`;
    const opened = client.next('textDocument/publishDiagnostics', p => p.uri === uri);
    const openStart = performance.now();
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'grant', version: 1, text: g.text } });
    const openDiag = await opened;
    const openMs = openDiag.at - openStart;
    await sleep(QUICK ? 50 : 500);
    const rss = client.rss();
    const lines = g.text.split('\n');
    const server = { label: size.label, client, uri, lines, version: 1, targets: editTargets(lines, Math.ceil(LSP_EDITS / 2)), edits: [] };
    if (size.tenfold) return server;
    figure(`lsp.init.ms@${size.label}`, 'lsp', `Server start → initialize result (${size.label} run)`, initMs, 'ms', undefined,
        { note: `capabilities: ${Object.keys(init.capabilities).length}` });
    figure(`lsp.open.ms@${size.label}`, 'lsp', `didOpen → publishDiagnostics, ${size.label}`, openMs, 'ms', undefined,
        { note: `${openDiag.params.diagnostics.length} diagnostics` });
    figure(`lsp.rss.mb@${size.label}`, 'memory', `Server RSS after opening, ${size.label}`, rss === undefined ? null : rss / 2 ** 20, 'MB',
        size.label === '10k' ? { op: '<', limit: 200 } : undefined, rss === undefined ? { note: 'n/a: no /proc on this system' } : {});
    return server;
}

/** One-character edit number `i`: a digit typed into a fact (even i), then deleted again (odd i). */
async function editOnce(server: OpenServer, i: number): Promise<number> {
    const at = server.targets[Math.floor(i / 2) % server.targets.length];
    const change = i % 2 === 0
        ? { range: { start: at, end: at }, text: '1' }
        : { range: { start: at, end: { line: at.line, character: at.character + 1 } }, text: '' };
    server.version++;
    const published = server.client.next('textDocument/publishDiagnostics', p => p.uri === server.uri);
    const start = performance.now();
    server.client.notify('textDocument/didChange', { textDocument: { uri: server.uri, version: server.version }, contentChanges: [change] });
    const n = await published;
    return n.at - start;
}

/** Hover, completion and CodeLens on one server, and its memory afterwards. */
async function requests(server: OpenServer): Promise<void> {
    const { client, lines, label } = server;
    const counts = LSP_COUNTS(label);
    const textDocument = { uri: server.uri };
    // A few requests first, so the first measured one does not pay for loading code.
    for (const position of hoverPositions(lines, 3)) await client.request('textDocument/hover', { textDocument, position });
    for (const position of completionPositions(lines, 3)) await client.request('textDocument/completion', { textDocument, position });

    const hovers: number[] = [];
    let hoverHits = 0;
    for (const position of hoverPositions(lines, counts.positions)) {
        const { ms, result } = await client.timed('textDocument/hover', { textDocument, position });
        hovers.push(ms);
        if (result) hoverHits++;
    }
    const completions: number[] = [];
    let items = 0;
    for (const position of completionPositions(lines, counts.positions)) {
        const { ms, result } = await client.timed<{ items?: unknown[] } | unknown[] | null>('textDocument/completion', {
            textDocument, position, context: { triggerKind: 1 }
        });
        completions.push(ms);
        items += Array.isArray(result) ? result.length : result?.items?.length ?? 0;
    }
    const latencyTarget = label === '10k' ? { op: '<=' as const, limit: 30 } : undefined;
    figure(`lsp.hover.p50.ms@${label}`, 'lsp', `Hover p50, ${label}`, percentile(hovers, 50), 'ms', undefined, { samples: hovers.length, note: `${hoverHits} with content` });
    figure(`lsp.hover.p95.ms@${label}`, 'lsp', `Hover p95, ${label}`, percentile(hovers, 95), 'ms', latencyTarget, { samples: hovers.length });
    figure(`lsp.completion.p50.ms@${label}`, 'lsp', `Completion p50, ${label}`, percentile(completions, 50), 'ms', undefined,
        { samples: completions.length, note: `${(items / Math.max(1, completions.length)).toFixed(1)} items on average` });
    figure(`lsp.completion.p95.ms@${label}`, 'lsp', `Completion p95, ${label}`, percentile(completions, 95), 'ms', latencyTarget, { samples: completions.length });

    const lenses: number[] = [];
    let lensCount = 0;
    for (let i = 0; i < counts.lenses; i++) {
        const { ms, result } = await client.timed<unknown[]>('textDocument/codeLens', { textDocument });
        lenses.push(ms);
        lensCount = result?.length ?? 0;
    }
    figure(`lsp.codeLens.ms@${label}`, 'lsp', `CodeLens (median), ${label}`, median(lenses), 'ms', undefined, { samples: lenses.length, note: `${lensCount} lenses` });
    const rssAfter = client.rss();
    figure(`lsp.rssAfter.mb@${label}`, 'memory', `Server RSS after the editor requests, ${label}`, rssAfter === undefined ? null : rssAfter / 2 ** 20, 'MB',
        undefined, rssAfter === undefined ? { note: 'n/a: no /proc on this system' } : {});
}

/**
 * One server per size (its RSS is that size's), all started first; then the
 * one-character edits go round the servers, so the edits of 1k and 10k lines
 * are measured moments apart (the scaling ratio is taken per round); then
 * hover, completion and CodeLens, server by server.
 */
export async function benchServer(): Promise<void> {
    const serverPath = join(ROOT, 'out/server.cjs');
    if (!existsSync(serverPath)) throw new Error('out/server.cjs is missing: run npm run build');
    const servers: OpenServer[] = [];
    try {
        for (const size of SIZES) {
            log(`language server ${size.label}: start and open`);
            servers.push(await openServer(serverPath, size));
        }
        log('language servers: one-character edits');
        // Even count: every digit typed is deleted again, the text ends as generated.
        for (let i = 0; i < LSP_EDITS; i++) {
            for (const server of servers) {
                server.edits.push(await editOnce(server, i));
                await sleep(QUICK ? 10 : 60);
            }
        }
        for (const server of servers.filter(s => REPORTED.some(r => r.label === s.label))) {
            const label = server.label;
            const editTarget = label === '1k' ? 60 : label === '10k' ? 350 : undefined;
            figure(`lsp.edit.ms@${label}`, 'lsp', `One-character edit → publishDiagnostics (median), ${label}`, median(server.edits), 'ms',
                editTarget ? { op: '<=', limit: editTarget } : undefined, { samples: server.edits.length });
            figure(`lsp.edit.p95.ms@${label}`, 'lsp', `One-character edit → publishDiagnostics (p95), ${label}`, percentile(server.edits, 95), 'ms', undefined,
                { samples: server.edits.length });
        }
        const small = servers.find(s => s.label === '1k'), large = servers.find(s => s.label === '10x');
        if (small && large) scalingFigure('scaling.edit', 'Scaling 10× ÷ 1× input: edit → diagnostics', perRound(small.edits, large.edits));
        for (const server of servers.filter(s => REPORTED.some(r => r.label === s.label))) {
            log(`language server ${server.label}: hover, completion, CodeLens`);
            await requests(server);
        }
    } finally {
        for (const server of servers) await server.client.stop();
    }
}
