/**
 * A server that keeps serving (language/src/lsp/safe-providers.ts): the
 * language server runs in this process over an in-memory connection, with
 * providers injected that throw. Their requests get an empty answer, the
 * exception is logged on the client's console (window/logMessage), and the
 * other features keep answering, for the same document and for others.
 */
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { PassThrough } from 'node:stream';
import { EmptyFileSystem, type LangiumDocument } from 'langium';
import { startLanguageServer } from 'langium/lsp';
import { createConnection } from 'vscode-languageserver/node';
import {
    createProtocolConnection, StreamMessageReader, StreamMessageWriter, type ProtocolConnection
} from 'vscode-languageserver-protocol/node';
import type { CodeLens, CompletionList, DocumentSymbol, Hover, SemanticTokens, TextEdit } from 'vscode-languageserver';
import { createGrantServices } from '../language/src/grant-module.js';
import { GrantModelService } from '../language/src/model-service.js';
import { connectEsep } from '../language/src/lsp/requests.js';
import { guardProvider, guardRequest } from '../language/src/lsp/safe-providers.js';
import { readSpec } from './helpers.js';

/** Throws for documents holding this marker, else evaluates as usual. */
const BOOM = '// boom';

class FragileModel extends GrantModelService {
    override get(document: LangiumDocument) {
        if (document.textDocument.getText().includes(BOOM)) throw new Error('the model broke');
        return super.get(document);
    }
}

let client: ProtocolConnection;
const logs: { type: number; message: string }[] = [];
const spec = readSpec();
const good = 'file:///w/good.grant';
const bad = 'file:///w/bad.grant';

let capabilities: Record<string, unknown>;

beforeAll(async () => {
    // The validator logs each check the broken model fails; the test reads the client's console instead.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const up = new PassThrough();
    const down = new PassThrough();
    const connection = createConnection(new StreamMessageReader(up), new StreamMessageWriter(down));
    const { shared, Grant } = createGrantServices({ connection, ...EmptyFileSystem }, {
        lsp: {
            // A synchronous throw, and a rejected promise.
            CodeLensProvider: () => ({ provideCodeLens: () => { throw new Error('lens exploded'); } }),
            CompletionProvider: () => ({ getCompletion: async () => { throw new TypeError('completion exploded'); } }) as never,
            SemanticTokenProvider: () => ({ semanticHighlight: () => { throw new Error('tokens exploded'); } }) as never
        },
        model: { Evaluator: (services: never) => new FragileModel(services) }
    } as never);
    connectEsep(connection, shared, Grant);
    startLanguageServer(shared);
    client = createProtocolConnection(new StreamMessageReader(down), new StreamMessageWriter(up));
    client.onNotification('window/logMessage', (p: { type: number; message: string }) => { logs.push(p); });
    client.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => ({})));
    client.onRequest('client/registerCapability', () => null);
    client.listen();
    ({ capabilities } = await client.sendRequest<{ capabilities: Record<string, unknown> }>('initialize', { processId: null, rootUri: null, capabilities: {} }));
    await client.sendNotification('initialized', {});
    for (const [uri, text] of [[good, spec], [bad, `${spec}\n${BOOM}\n`]]) {
        await client.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'grant', version: 1, text } });
    }
});

afterAll(() => {
    client?.dispose();
    vi.restoreAllMocks();
});

const at = (uri: string, line: number, character: number) => ({ textDocument: { uri }, position: { line, character } });
const indicatorLine = spec.split('\n').findIndex(l => l.includes('"Қатысушылар саны"'));
const loggedAbout = (text: string) => logs.filter(l => l.type === 1 && l.message.includes(text));

describe('a provider that throws', () => {
    test('the guarded providers are still announced (evidence links too)', () => {
        expect(capabilities).toMatchObject({ hoverProvider: true, codeLensProvider: {}, documentLinkProvider: {}, documentFormattingProvider: true });
    });

    test('CodeLens: an empty answer, the exception on the client\'s console', async () => {
        const lenses = await client.sendRequest<CodeLens[] | null>('textDocument/codeLens', { textDocument: { uri: good } });
        expect(lenses).toEqual([]);
        const log = loggedAbout('CodeLensProvider.provideCodeLens');
        expect(log.length).toBeGreaterThan(0);
        expect(log[0].message).toContain('lens exploded');
        expect(log[0].message).toContain(good);
    });

    test('completion (a rejected promise): an empty list the client asks again for', async () => {
        const list = await client.sendRequest<CompletionList>('textDocument/completion', at(good, indicatorLine, 12));
        expect(list).toEqual({ items: [], isIncomplete: true });
        expect(loggedAbout('completion exploded').length).toBeGreaterThan(0);
    });

    test('semantic tokens: no tokens', async () => {
        const tokens = await client.sendRequest<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri: good } });
        expect(tokens).toEqual({ data: [] });
    });

    test('hover, symbols and formatting of the same document still answer', async () => {
        const hover = await client.sendRequest<Hover | null>('textDocument/hover', at(good, indicatorLine, 24));
        expect(JSON.stringify(hover?.contents)).toContain('Қатысушылар саны');
        const symbols = await client.sendRequest<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: good } });
        expect(symbols[0].name).toBe('Birgemiz: Bilim');
        const edits = await client.sendRequest<TextEdit[]>('textDocument/formatting', { textDocument: { uri: good }, options: { tabSize: 4, insertSpaces: true } });
        expect(Array.isArray(edits)).toBe(true);
    });

    test('the model itself failing for one document: its hover and status are empty and logged, the other document answers', async () => {
        const hover = await client.sendRequest<Hover | null>('textDocument/hover', at(bad, indicatorLine, 24));
        expect(hover).toBeNull();
        expect(loggedAbout('HoverProvider.getHoverContent').some(l => l.message.includes('the model broke'))).toBe(true);
        const status = await client.sendRequest('esep/status', { uri: bad });
        expect(status).toBeNull();
        expect(loggedAbout('esep/status').some(l => l.message.includes('the model broke') && l.message.includes(bad))).toBe(true);
        const fine = await client.sendRequest<{ text: string } | null>('esep/status', { uri: good });
        expect(fine?.text).toBe('⚠ 16/20 көрсеткіш');
        const symbols = await client.sendRequest<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: bad } });
        expect(symbols).toEqual([]);
    });
});

describe('the guard itself', () => {
    test('cancellation is passed on, not swallowed; other members pass through untouched', async () => {
        const messages: string[] = [];
        const cancelled = Object.assign(new Error('OperationCancelled'), { name: 'OperationCancelled' });
        const { OperationCancelled } = await import('langium');
        const provider = guardProvider({
            options: { triggerCharacters: [':'] },
            getHoverContent: () => { throw OperationCancelled; },
            getSymbols: () => { throw cancelled; },
            helper(this: { options: unknown }) { return this.options; }
        }, 'Test', { getHoverContent: () => undefined, getSymbols: () => [] }, m => messages.push(m));
        expect(() => provider.getHoverContent()).toThrow();
        expect(provider.getSymbols()).toEqual([]);
        expect(provider.options).toEqual({ triggerCharacters: [':'] });
        expect(provider.helper()).toEqual({ triggerCharacters: [':'] });
        expect(messages).toHaveLength(1);
    });

    test('a custom request handler: the empty answer gets the error', async () => {
        const { shared } = createGrantServices(EmptyFileSystem);
        const handler = guardRequest('esep/test', shared, (_: { uri: string }) => { throw new Error('no'); }, e => ({ errors: [String(e)] }));
        expect(await handler({ uri: 'file:///x.grant' })).toEqual({ errors: ['Error: no'] });
    });
});
