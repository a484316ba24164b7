import { EmptyFileSystem, type LangiumDocument } from 'langium';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parseHelper } from 'langium/test';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createGrantServices } from '../language/src/grant-module.js';
import { ReportModule } from '../server/src/report/module.js';
import type { GrantFile } from '../language/src/generated/ast.js';

// With the report module, as the servers create them: esep/renderReport and esep/renderPreview answer.
export const services = createGrantServices(EmptyFileSystem, ReportModule);
export const grant = services.Grant;
const parser = parseHelper<GrantFile>(grant);

let counter = 0;
export async function parse(text: string, validate = true): Promise<LangiumDocument<GrantFile>> {
    return parser(text, { documentUri: `file:///test/doc${++counter}.grant`, validation: validate });
}

/**
 * `text` opened as the editor opens it (in the server's text documents, built and checked);
 * `type(next)` replaces its text as a change does and, unless told not to, rebuilds it.
 */
export async function openInServer(uri: string, text: string) {
    const shared = services.shared;
    const documents = shared.workspace.TextDocuments!;
    const textDocument = TextDocument.create(uri, 'grant', 1, text);
    documents.set(textDocument);
    const document = shared.workspace.LangiumDocumentFactory.fromTextDocument(textDocument);
    shared.workspace.LangiumDocuments.addDocument(document);
    await shared.workspace.DocumentBuilder.build([document], { validation: true });
    let version = 1;
    return {
        document,
        async type(next: string, rebuild = true) {
            documents.set(TextDocument.update(textDocument, [{ text: next }], ++version));
            if (rebuild) await shared.workspace.DocumentBuilder.update([document.uri], []);
        },
        close: () => documents.delete(uri)
    };
}

export const root = fileURLToPath(new URL('..', import.meta.url));
export const SPEC_PATH = fileURLToPath(new URL('../docs/syntax-by-example.grant', import.meta.url));
export function readExample(name: string): string {
    return readFileSync(new URL(`../examples/${name}`, import.meta.url), 'utf8');
}
export function readSpec(): string {
    return readFileSync(SPEC_PATH, 'utf8');
}

/** A complete, clean final report that passes every rule (test/fixtures/valid-report.grant). */
export const BASE = readFileSync(new URL('./fixtures/valid-report.grant', import.meta.url), 'utf8');

/** Runs out/server-browser.js in a worker thread dressed as a web worker (`self`, `onmessage`, `postMessage`). */
const WORKER_SHIM = `
const { parentPort, workerData } = require('node:worker_threads');
globalThis.self = globalThis;
globalThis.postMessage = m => parentPort.postMessage(m);
Object.defineProperty(globalThis, 'onmessage', { set(fn) { parentPort.removeAllListeners('message'); parentPort.on('message', data => fn({ data })); } });
globalThis.addEventListener = (type, fn) => { if (type === 'message') parentPort.on('message', data => fn({ data })); };
globalThis.removeEventListener = () => {};
require(workerData.bundle);
`;

/**
 * A language server bundle for the browser, running in a worker thread dressed as a web worker
 * (WORKER_SHIM), with a small JSON-RPC client: requests, notifications, and answers to the
 * server's own requests (empty configuration). `stop()` ends the worker and removes its folder.
 */
export function webWorkerServer(bundle: string) {
    const dir = mkdtempSync(join(tmpdir(), 'esep-worker-'));
    const shim = join(dir, 'shim.cjs');
    writeFileSync(shim, WORKER_SHIM);
    const worker = new Worker(shim, { workerData: { bundle } });
    let id = 0;
    const pending = new Map<number, (r: any) => void>();
    worker.on('message', (m: any) => {
        if (m.id !== undefined && !m.method) pending.get(m.id)?.(m.result ?? m.error);
        else if (m.id !== undefined) worker.postMessage({ jsonrpc: '2.0', id: m.id, result: m.method === 'workspace/configuration' ? m.params.items.map(() => ({})) : null });
    });
    return {
        request: (method: string, params: object) => new Promise<any>(resolve => {
            const current = ++id;
            pending.set(current, resolve);
            worker.postMessage({ jsonrpc: '2.0', id: current, method, params });
        }),
        notify: (method: string, params: object) => worker.postMessage({ jsonrpc: '2.0', method, params }),
        async stop() {
            await worker.terminate();
            rmSync(dir, { recursive: true, force: true });
        }
    };
}

/**
 * The web-worker language server (out/server-browser.js, built again when older than `source`),
 * initialised, with `text` open at `uri`: what VS Code for the Web does before its first request.
 */
export async function openInWebWorker(source: string, uri: string, text: string) {
    const bundlePath = join(root, 'out', 'server-browser.js');
    if (!existsSync(bundlePath) || statSync(bundlePath).mtimeMs < statSync(join(root, source)).mtimeMs) {
        execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
    }
    const server = webWorkerServer(bundlePath);
    await server.request('initialize', { processId: null, rootUri: null, capabilities: {} });
    server.notify('initialized', {});
    server.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'grant', version: 1, text } });
    return server;
}
