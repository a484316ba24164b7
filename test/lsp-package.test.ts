/**
 * The extension as shipped: the bundled server answers LSP on Node 20 (the
 * Object.groupBy polyfill is the first thing in it), and `vsce package` makes a
 * .vsix under 3 MB with the bundles and no node_modules.
 */
import { describe, expect, test } from 'vitest';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { inflateRawSync } from 'node:zlib';
import { join } from 'node:path';
import { root, SPEC_PATH, webWorkerServer } from './helpers.js';

const out = (name: string) => join(root, 'out', name);
const vsce = join(root, 'node_modules', '.bin', 'vsce');

/** The bundles exist (npm test builds them first; a lone run of this file builds them here). */
function ensureBundles(): void {
    const wanted = ['extension.cjs', 'server.cjs', 'extension-browser.cjs', 'server-browser.js'];
    if (wanted.every(f => existsSync(out(f)))) return;
    execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
}

/** Names of the entries of a zip file, read from its central directory. */
function zipEntries(file: string): string[] {
    const buf = readFileSync(file);
    let eocd = buf.length - 22;
    while (eocd >= 0 && buf.readUInt32LE(eocd) !== 0x06054b50) eocd--;
    if (eocd < 0) throw new Error('not a zip file');
    const count = buf.readUInt16LE(eocd + 10);
    let at = buf.readUInt32LE(eocd + 16);
    const names: string[] = [];
    for (let i = 0; i < count; i++) {
        const nameLen = buf.readUInt16LE(at + 28), extraLen = buf.readUInt16LE(at + 30), commentLen = buf.readUInt16LE(at + 32);
        names.push(buf.subarray(at + 46, at + 46 + nameLen).toString('utf8'));
        at += 46 + nameLen + extraLen + commentLen;
    }
    return names;
}

/** One file of a zip archive (stored or deflated), by its name. */
function zipRead(file: string, name: string): Buffer {
    const buf = readFileSync(file);
    let eocd = buf.length - 22;
    while (eocd >= 0 && buf.readUInt32LE(eocd) !== 0x06054b50) eocd--;
    let at = buf.readUInt32LE(eocd + 16);
    for (let i = 0; i < buf.readUInt16LE(eocd + 10); i++) {
        const nameLen = buf.readUInt16LE(at + 28), extraLen = buf.readUInt16LE(at + 30), commentLen = buf.readUInt16LE(at + 32);
        if (buf.subarray(at + 46, at + 46 + nameLen).toString('utf8') === name) {
            const method = buf.readUInt16LE(at + 10), size = buf.readUInt32LE(at + 20), local = buf.readUInt32LE(at + 42);
            const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
            const data = buf.subarray(start, start + size);
            return method === 8 ? inflateRawSync(data) : Buffer.from(data);
        }
        at += 46 + nameLen + extraLen + commentLen;
    }
    throw new Error(`${name} is not in ${file}`);
}

/** The arguments of `vsce package` in the package script, without its --out. */
function packageArgs(): string[] {
    const script: string = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts.package;
    const args = script.slice(script.indexOf('vsce package') + 'vsce package'.length).trim().split(/\s+/);
    const out = args.indexOf('--out');
    if (out >= 0) args.splice(out, 2);
    return args;
}

/** A Node 20 to run the server with, when the machine has one; else the current Node. */
function oldestNode(): string {
    for (const candidate of ['/usr/bin/node', '/usr/local/bin/node']) {
        if (!existsSync(candidate)) continue;
        const version = spawnSync(candidate, ['--version'], { encoding: 'utf8' }).stdout.trim();
        if (/^v20\./.test(version)) return candidate;
    }
    return process.execPath;
}

/** A minimal LSP client over stdio. */
function lspClient(node: string) {
    const server = spawn(node, [out('server.cjs'), '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let buffer = Buffer.alloc(0);
    let id = 0;
    const pending = new Map<number, (result: unknown) => void>();
    const notifications: { method: string; params: any }[] = [];
    const send = (message: object) => {
        const body = JSON.stringify({ jsonrpc: '2.0', ...message });
        server.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    };
    server.stdout.on('data', (chunk: Buffer) => {
        buffer = Buffer.concat([buffer, chunk]);
        for (;;) {
            const head = buffer.indexOf('\r\n\r\n');
            if (head < 0) return;
            const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, head).toString())![1]);
            if (buffer.length < head + 4 + length) return;
            const message = JSON.parse(buffer.subarray(head + 4, head + 4 + length).toString());
            buffer = buffer.subarray(head + 4 + length);
            if (message.id !== undefined && !message.method) {
                pending.get(message.id)?.(message.result);
                pending.delete(message.id);
            } else if (message.id !== undefined) {
                // Requests from the server: the settings, then anything else answered with null.
                const result = message.method === 'workspace/configuration'
                    ? message.params.items.map((i: { section?: string }) => (i.section === 'esep' ? { language: 'ru' } : {}))
                    : null;
                send({ id: message.id, result });
            } else {
                notifications.push(message);
            }
        }
    });
    return {
        notifications,
        notify: (method: string, params: object) => send({ method, params }),
        request: <T>(method: string, params: object) => new Promise<T>(resolve => {
            const current = ++id;
            pending.set(current, resolve as (r: unknown) => void);
            send({ id: current, method, params });
        }),
        stop: () => server.kill()
    };
}

describe('the bundled language server', () => {
    test('starts with the groupBy polyfill, before any module code', () => {
        ensureBundles();
        for (const bundle of ['server.cjs', 'server-browser.js']) {
            const head = readFileSync(out(bundle), 'utf8').slice(0, 400);
            expect(head.startsWith("if (typeof Object.groupBy !== 'function')"), bundle).toBe(true);
            expect(head).toContain('Map.groupBy');
        }
    });

    test(`answers LSP on ${oldestNode() === process.execPath ? 'this Node' : 'Node 20'}: hover, status, CodeLens, settings`, async () => {
        ensureBundles();
        const client = lspClient(oldestNode());
        try {
            const init = await client.request<{ capabilities: Record<string, unknown> }>('initialize', {
                processId: null, rootUri: null, capabilities: { workspace: { configuration: true } }
            });
            expect(Object.keys(init.capabilities)).toEqual(expect.arrayContaining([
                'completionProvider', 'hoverProvider', 'codeLensProvider', 'inlayHintProvider', 'documentFormattingProvider',
                'documentSymbolProvider', 'workspaceSymbolProvider', 'semanticTokensProvider', 'foldingRangeProvider'
            ]));
            client.notify('initialized', {});
            const text = readFileSync(SPEC_PATH, 'utf8');
            const uri = 'file:///tmp/esep-spec.grant';
            client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'grant', version: 1, text } });
            const lines = text.split('\n');
            const line = lines.findIndex(l => l.includes('"Қатысушылар саны"             жоспар'));
            // The settings arrive (language ru): the hover speaks Russian.
            let hover: { contents: { value: string } } | null = null;
            for (let i = 0; i < 50; i++) {
                hover = await client.request('textDocument/hover', { textDocument: { uri }, position: { line, character: lines[line].indexOf('Қатысушылар') + 2 } });
                if (hover?.contents.value.includes('План')) break;
                await new Promise(r => setTimeout(r, 100));
            }
            expect(hover!.contents.value).toMatch(/План \| кемінде 200 адам[\s\S]*Факт \| 698[\s\S]*349%/);
            const status = await client.request<{ text: string; total: number }>('esep/status', { uri });
            // 16: «Фото: кемінде 5 (әр кездесуден)» is met against the 36 meetings the activity names.
            expect(status.text).toBe(`⚠ 16/20 показателей`);
            const lenses = await client.request<{ command: { title: string } }[]>('textDocument/codeLens', { textDocument: { uri } });
            expect(lenses[0].command.title).toBe('6/7 выполнено · не проверить: 1');
            // The report: a .docx (a zip: «PK»), as base64, named after the project.
            const report = await client.request<{ errors?: string[]; data?: string; projectName?: string }>('esep/renderReport', { uri, kind: 'final', lang: 'kk' });
            expect(report.errors).toBeUndefined();
            expect(Buffer.from(report.data!, 'base64').subarray(0, 2).toString()).toBe('PK');
            expect(report.projectName).toBe('Birgemiz: Bilim');
            const broken = 'file:///tmp/esep-broken.grant';
            client.notify('textDocument/didOpen', { textDocument: { uri: broken, languageId: 'grant', version: 1, text: 'жоба "X" {\n    міндет 1 "a" {\n' } });
            const refused = await client.request<{ errors?: string[]; data?: string }>('esep/renderReport', { uri: broken, kind: 'final', lang: 'kk' });
            expect(refused.data).toBeUndefined();
            expect(refused.errors!.length).toBeGreaterThan(0);
            expect(client.notifications.some(n => n.method === 'textDocument/publishDiagnostics')).toBe(true);
        } finally {
            client.stop();
        }
    });
});


describe('the web-worker language server', () => {
    test('answers esep/status and renders a report in a simulated web worker', async () => {
        ensureBundles();
        const { request, notify, stop } = webWorkerServer(out('server-browser.js'));
        try {
            const init = await request('initialize', { processId: null, rootUri: null, capabilities: {} });
            expect(init.capabilities.hoverProvider).toBeTruthy();
            notify('initialized', {});
            const uri = 'file:///w/spec.grant';
            notify('textDocument/didOpen', { textDocument: { uri, languageId: 'grant', version: 1, text: readFileSync(SPEC_PATH, 'utf8') } });
            const status = await request('esep/status', { uri });
            expect(status.text).toBe('⚠ 16/20 көрсеткіш');
            const report = await request('esep/renderReport', { uri, kind: 'final', lang: 'kk' });
            expect(Buffer.from(report.data, 'base64').subarray(0, 2).toString()).toBe('PK');
        } finally {
            await stop();
        }
    });
});

describe('packaging', () => {
    test.skipIf(!existsSync(vsce))('vsce package: under 3 MB, the bundles, no node_modules', () => {
        ensureBundles();
        const dir = mkdtempSync(join(tmpdir(), 'esep-vsix-'));
        try {
            const file = join(dir, 'esep.vsix');
            // The same arguments as `npm run package`.
            execFileSync(process.execPath, [join(root, 'node_modules', '@vscode', 'vsce', 'vsce'), 'package', ...packageArgs(), '--out', file],
                { cwd: root, stdio: 'pipe' });
            const size = statSync(file).size;
            expect(size).toBeLessThan(3 * 1024 * 1024);
            const entries = zipEntries(file);
            expect(entries).toEqual(expect.arrayContaining([
                'extension/out/extension.cjs', 'extension/out/server.cjs', 'extension/out/extension-browser.cjs',
                'extension/out/server-browser.js', 'extension/package.json', 'extension/images/icon.png',
                'extension/syntaxes/grant.tmLanguage.json', 'extension/language-configuration.json',
                'extension/templates/skeletons/project.kk.grant', 'extension/l10n/bundle.l10n.kk.json', 'extension/package.nls.ru.json'
            ]));
            expect(entries.filter(e => e.includes('node_modules/'))).toEqual([]);
            // The extension's page shows the user README (Kazakh, Russian, English), not the developers' one.
            const readme = zipRead(file, 'extension/readme.md').toString('utf8');
            expect(readme).toBe(readFileSync(join(root, 'README.user.md'), 'utf8'));
            expect(readme).not.toMatch(/npm (install|test)|vitest|e2e/);
            expect(entries.filter(e => /^extension\/readme\.md$/i.test(e))).toHaveLength(1);
            // Its pictures and the walkthrough's pages are in the package.
            for (const [, image] of readme.matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)) expect(entries).toContain(`extension/${image}`);
            for (const lang of ['kk', 'ru', 'en']) {
                for (const step of ['start', 'facts', 'checks', 'report']) expect(entries).toContain(`extension/media/walkthrough/${lang}/${step}.md`);
            }
            expect(entries.filter(e => e.endsWith('.map') || e.endsWith('.ts'))).toEqual([]);
            const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
            expect(manifest.capabilities).toEqual({ untrustedWorkspaces: { supported: true }, virtualWorkspaces: true });
            expect(manifest.main).toBe('./out/extension.cjs');
        } finally {
            rmSync(dir, { recursive: true, force: true });
        }
    }, 120_000); // vsce takes ~8 s alone, several times that on a busy machine
});
