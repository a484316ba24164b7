/**
 * A minimal LSP client over stdio for the benchmark: starts the bundled
 * server (`node out/server.cjs --stdio`, which is how vscode-languageserver's
 * createConnection() picks its transport from argv), frames JSON-RPC by hand,
 * answers the server's own requests (configuration, capability registration,
 * refreshes) and lets the caller wait for notifications.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

export interface Notification {
    method: string;
    params: any;
    /** performance.now() when the message was read. */
    at: number;
}

interface Waiter {
    method: string;
    test: (params: any) => boolean;
    resolve: (n: Notification) => void;
    reject: (e: Error) => void;
    timer: NodeJS.Timeout;
}

export class LspClient {
    readonly process: ChildProcessWithoutNullStreams;
    private buffer: Buffer = Buffer.alloc(0);
    private id = 0;
    private readonly pending = new Map<number, { resolve: (r: any) => void; reject: (e: Error) => void; method: string }>();
    private waiters: Waiter[] = [];
    private listeners: { method: string; listener: (n: Notification) => void }[] = [];
    private stderr = '';
    private exited = false;
    /** The value of the `esep` settings section the server asks for. */
    settings: Record<string, unknown> = {};

    constructor(node: string, serverPath: string, execArgv: string[] = []) {
        this.process = spawn(node, [...execArgv, serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
        this.process.stdout.on('data', (chunk: Buffer) => this.read(chunk));
        this.process.stderr.on('data', (chunk: Buffer) => { this.stderr = (this.stderr + chunk.toString()).slice(-4000); });
        this.process.on('exit', code => {
            this.exited = true;
            const error = new Error(`language server exited (${code}): ${this.stderr}`);
            for (const p of this.pending.values()) p.reject(error);
            for (const w of this.waiters) { clearTimeout(w.timer); w.reject(error); }
            this.pending.clear();
            this.waiters = [];
        });
    }

    /** The last few kilobytes the server wrote to stderr. */
    get stderrTail(): string {
        return this.stderr;
    }

    get pid(): number {
        return this.process.pid!;
    }

    private send(message: object): void {
        const body = JSON.stringify({ jsonrpc: '2.0', ...message });
        this.process.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    }

    private read(chunk: Buffer): void {
        const at = performance.now();
        this.buffer = this.buffer.length ? Buffer.concat([this.buffer, chunk]) : chunk;
        for (;;) {
            const head = this.buffer.indexOf('\r\n\r\n');
            if (head < 0) return;
            const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, head).toString('ascii'))![1]);
            if (this.buffer.length < head + 4 + length) return;
            const message = JSON.parse(this.buffer.subarray(head + 4, head + 4 + length).toString('utf8'));
            this.buffer = this.buffer.subarray(head + 4 + length);
            if (message.id !== undefined && message.method === undefined) {
                const p = this.pending.get(message.id);
                this.pending.delete(message.id);
                if (message.error) p?.reject(new Error(`${p.method}: ${message.error.message}`));
                else p?.resolve(message.result);
            } else if (message.id !== undefined) {
                this.answer(message);
            } else {
                this.notified({ method: message.method, params: message.params, at });
            }
        }
    }

    /** Requests from the server: the settings; everything else (registrations, refreshes, progress) gets null. */
    private answer(message: { id: number; method: string; params: any }): void {
        const result = message.method === 'workspace/configuration'
            ? message.params.items.map((i: { section?: string }) => (i.section === 'esep' ? this.settings : null))
            : null;
        this.send({ id: message.id, result });
    }

    private notified(n: Notification): void {
        for (const l of this.listeners) if (l.method === n.method) l.listener(n);
        const index = this.waiters.findIndex(w => w.method === n.method && w.test(n.params));
        if (index < 0) return;
        const [w] = this.waiters.splice(index, 1);
        clearTimeout(w.timer);
        w.resolve(n);
    }

    /** Resolves with the next notification of `method` that passes `test` (register before the message that causes it). */
    next(method: string, test: (params: any) => boolean = () => true, timeoutMs = 120_000): Promise<Notification> {
        return new Promise((resolve, reject) => {
            if (this.exited) { reject(new Error('language server is not running')); return; }
            const timer = setTimeout(() => {
                this.waiters = this.waiters.filter(w => w.timer !== timer);
                reject(new Error(`no ${method} within ${timeoutMs} ms`));
            }, timeoutMs);
            this.waiters.push({ method, test, resolve, reject, timer });
        });
    }

    request<T = any>(method: string, params: object): Promise<T> {
        return this.start<T>(method, params).result;
    }

    /** Sends a request and returns its id (to cancel it) with the promise of its result. */
    start<T = any>(method: string, params: object): { id: number; result: Promise<T> } {
        const current = ++this.id;
        const result = new Promise<T>((resolve, reject) => {
            if (this.exited) { reject(new Error('language server is not running')); return; }
            this.pending.set(current, { resolve, reject, method });
            this.send({ id: current, method, params });
        });
        return { id: current, result };
    }

    /** `$/cancelRequest`, as an editor sends it for a request whose answer it no longer wants. */
    cancel(id: number): void {
        if (this.pending.has(id)) this.notify('$/cancelRequest', { id });
    }

    /** Calls `listener` with every notification of `method` (until the returned function is called). */
    on(method: string, listener: (n: Notification) => void): () => void {
        const entry = { method, listener };
        this.listeners.push(entry);
        return () => { this.listeners = this.listeners.filter(l => l !== entry); };
    }

    /** Round-trip time of a request in milliseconds, and its result. */
    async timed<T = any>(method: string, params: object): Promise<{ ms: number; result: T }> {
        const start = performance.now();
        const result = await this.request<T>(method, params);
        return { ms: performance.now() - start, result };
    }

    notify(method: string, params: object): void {
        this.send({ method, params });
    }

    /** The server's resident set size in bytes (Linux /proc; `ps` elsewhere). */
    rss(): number | undefined {
        try {
            const status = readFileSync(`/proc/${this.pid}/status`, 'utf8');
            const kb = /VmRSS:\s+(\d+)\s*kB/u.exec(status)?.[1];
            return kb ? Number(kb) * 1024 : undefined;
        } catch {
            return undefined;
        }
    }

    async initialize(): Promise<{ ms: number; capabilities: Record<string, unknown> }> {
        const { ms, result } = await this.timed<{ capabilities: Record<string, unknown> }>('initialize', {
            processId: process.pid,
            rootUri: null,
            workspaceFolders: null,
            capabilities: {
                workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true }, codeLens: { refreshSupport: true } },
                textDocument: {
                    synchronization: { didSave: true, dynamicRegistration: false },
                    publishDiagnostics: { relatedInformation: true, versionSupport: true },
                    completion: { completionItem: { snippetSupport: true, insertReplaceSupport: true, documentationFormat: ['markdown', 'plaintext'] } },
                    hover: { contentFormat: ['markdown', 'plaintext'] },
                    codeLens: {},
                    semanticTokens: {
                        requests: { full: { delta: true }, range: true }, tokenTypes: [], tokenModifiers: [],
                        formats: ['relative'], overlappingTokenSupport: false, multilineTokenSupport: false
                    },
                    inlayHint: {},
                    foldingRange: { lineFoldingOnly: true },
                    documentSymbol: { hierarchicalDocumentSymbolSupport: true }
                }
            }
        });
        this.notify('initialized', {});
        return { ms, capabilities: result.capabilities };
    }

    async stop(): Promise<void> {
        if (this.exited) return;
        const exited = new Promise<void>(resolve => this.process.once('exit', () => resolve()));
        try {
            await Promise.race([this.request('shutdown', {}), new Promise(r => setTimeout(r, 2000))]);
            this.notify('exit', {});
        } catch {
            // already gone
        }
        const timer = setTimeout(() => this.process.kill('SIGKILL'), 3000);
        await exited;
        clearTimeout(timer);
    }
}
