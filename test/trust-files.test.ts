/**
 * Files the server and the checks read (issue 13, items 3 and 7): an evidence
 * path is judged where it really leads, through symlinks; the Node server reads
 * only regular files of bounded size, for every request that reads from disk.
 */
import { afterAll, describe, expect, test } from 'vitest';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { URI } from 'langium';
import { createGrantServices } from '../language/src/grant-module.js';
import { SafeNodeFileSystem } from '../server/src/node-files.js';
import { BASE, root } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'esep-real-'));
mkdirSync(join(dir, 'дәлелдер', '1-1'), { recursive: true });
symlinkSync('/etc', join(dir, 'дәлелдер', 'etc'));
symlinkSync('/proc/self/environ', join(dir, 'environ'));
symlinkSync(join(dir, 'дәлелдер', '1-1'), join(dir, 'inside-link'));

function withEvidence(paths: string[]): string {
    let text = BASE;
    for (const p of paths) text = text.replace(/(\n( +)қосымша: \d+\n)(?!\s*дәлел)/u, (_m, line: string, indent: string) => `${line}${indent}дәлел: "${p}"\n`);
    return text;
}

/** The server's own file system (server/src/node-files.ts), as main-node.ts creates it. */
async function evidence(paths: string[]) {
    const { shared, Grant } = createGrantServices(SafeNodeFileSystem);
    const uri = URI.file(join(dir, 'project.grant'));
    const document = shared.workspace.LangiumDocumentFactory.fromString(withEvidence(paths), uri);
    shared.workspace.LangiumDocuments.addDocument(document);
    await shared.workspace.DocumentBuilder.build([document], { validation: true });
    const links = await Grant.lsp.DocumentLinkProvider!.getDocumentLinks(document, { textDocument: { uri: uri.toString() } });
    const paths01 = (document.diagnostics ?? []).filter(d => String(d.code).startsWith('V-PATH'));
    return { links, diagnostics: paths01 };
}

describe('item 3: evidence paths are judged where they really lead', () => {
    test('a symlink inside the project folder that points to /etc or /proc/self/environ: V-PATH-01, no link', async () => {
        const { links, diagnostics } = await evidence(['дәлелдер/etc', 'environ']);
        expect(links).toEqual([]);
        expect(diagnostics.map(d => [d.code, d.severity])).toEqual([['V-PATH-01', 1], ['V-PATH-01', 1]]);
        expect(diagnostics[0].message).toBe('«дәлелдер/etc» — дәлел жобаның папкасынан тыс жатыр: жол не оның бір бөлігі папкадан тыс жерге апаратын сілтеме (symlink). Файлдардың өзін жоба папкасына көшіріп, салыстырмалы жол жазыңыз, мысалы: дәлел: "дәлелдер/1-1".');
        // Through the link to a file below it.
        const below = await evidence(['дәлелдер/etc/hostname']);
        expect(below.links).toEqual([]);
        expect(below.diagnostics.map(d => d.code)).toEqual(['V-PATH-01']);
    });

    test('a symlink that stays inside the folder, and a plain folder: links, no finding', async () => {
        const { links, diagnostics } = await evidence(['inside-link', 'дәлелдер/1-1']);
        expect(diagnostics).toEqual([]);
        expect(links.map(l => l.target)).toEqual([URI.file(join(dir, 'inside-link')).toString(), URI.file(join(dir, 'дәлелдер', '1-1')).toString()]);
    });
});

/** The bundled Node server over stdio, with a timeout on every answer. */
function server() {
    const child = spawn(process.execPath, [join(root, 'out', 'server.cjs'), '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'] });
    let buffer = Buffer.alloc(0);
    let id = 0;
    const pending = new Map<number, (result: unknown) => void>();
    const send = (message: object) => {
        const body = JSON.stringify({ jsonrpc: '2.0', ...message });
        child.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    };
    child.stdout.on('data', (chunk: Buffer) => {
        buffer = Buffer.concat([buffer, chunk]);
        for (;;) {
            const head = buffer.indexOf('\r\n\r\n');
            if (head < 0) return;
            const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, head).toString())![1]);
            if (buffer.length < head + 4 + length) return;
            const message = JSON.parse(buffer.subarray(head + 4, head + 4 + length).toString());
            buffer = buffer.subarray(head + 4 + length);
            if (message.id !== undefined && !message.method) pending.get(message.id)?.(message.result);
            else if (message.id !== undefined) send({ id: message.id, result: message.method === 'workspace/configuration' ? message.params.items.map(() => ({})) : null });
        }
    });
    return {
        /** The answer, or the string «timeout» after `ms`. */
        request: (method: string, params: object, ms = 10_000) => new Promise<unknown>(resolve => {
            const current = ++id;
            const timer = setTimeout(() => resolve('timeout'), ms);
            pending.set(current, r => { clearTimeout(timer); resolve(r); });
            send({ id: current, method, params });
        }),
        notify: (method: string, params: object) => send({ method, params }),
        stop: () => child.kill()
    };
}

describe('item 7: the server reads only regular files, of bounded size', () => {
    const lsp = server();
    afterAll(() => lsp.stop());

    test('esep/status on a FIFO, on /dev/zero and on a link to it: answered at once with «nothing», the server keeps serving', async () => {
        await lsp.request('initialize', { processId: null, rootUri: null, capabilities: {} });
        lsp.notify('initialized', {});
        const fifo = join(dir, 'pipe.grant');
        const madeFifo = spawnSync('mkfifo', [fifo], { timeout: 5000 }).status === 0;
        symlinkSync('/dev/zero', join(dir, 'zero.grant'));
        const uris = [URI.file('/dev/zero').toString(), URI.file(join(dir, 'zero.grant')).toString()];
        if (madeFifo) uris.unshift(URI.file(fifo).toString());
        for (const uri of uris) {
            const started = Date.now();
            expect(await lsp.request('esep/status', { uri }, 5000), uri).toBeNull();
            expect(Date.now() - started, uri).toBeLessThan(5000);
            const preview = await lsp.request('esep/renderPreview', { uri, lang: 'kk' }, 5000) as { errors?: unknown[] };
            expect(preview.errors?.length, uri).toBe(1);
        }
        // A regular file next to them is still read.
        const ok = join(dir, 'ok.grant');
        writeFileSync(ok, BASE);
        const status = await lsp.request('esep/status', { uri: URI.file(ok).toString() }) as { total: number };
        expect(status.total).toBeGreaterThan(0);
    }, 60_000);
});
