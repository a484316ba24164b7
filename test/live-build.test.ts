/**
 * A user typing in a big file (live-build.ts, workspace-lock.ts, text-shift.ts,
 * safe-providers.ts): completion answered from the last parse while the parse of
 * the last keystrokes is still to come, gives what a fresh parse gives; a build
 * waiting to start is not starved by requests; a cancelled request is not computed.
 * The timings are `npm run bench -- --only typing`'s.
 */
import { describe, expect, test } from 'vitest';
import { DocumentState, ReadPriority, type LangiumDocument } from 'langium';
import { CancellationToken, CancellationTokenSource, type Connection, type PublishDiagnosticsParams } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { grant, openInServer, parse, readExample, services } from './helpers.js';
import { connectLiveCompletion, connectVersionedDiagnostics } from '../language/src/lsp/live-build.js';
import { TextShift } from '../language/src/lsp/text-shift.js';
import { GrantWorkspaceLock } from '../language/src/lsp/workspace-lock.js';
import { guardProvider, unguarded } from '../language/src/lsp/safe-providers.js';

describe('TextShift: one edit between two versions of a text', () => {
    test('offsets before the edit stay, offsets after it move by what was typed, offsets inside go to its ends', () => {
        const before = 'факт: 36\nкөрсеткіш';
        const after = 'факт: 36 адам\nкөрсеткіш';
        const shift = TextShift.between(before, after)!;
        expect(shift.toOld(3)).toBe(3);
        expect(shift.toNew(3, 'start')).toBe(3);
        // «\n» after the fact: at 8 in the old text, at 13 in the new.
        expect(shift.toNew(8, 'end')).toBe(13);
        expect(shift.toOld(13)).toBe(8);
        // Inside the typed « адам»: the edit's start in the old text.
        expect(shift.toOld(10)).toBe(8);
    });

    test('a deletion, and texts with too little in common', () => {
        const shift = TextShift.between('abcdef', 'abef')!;
        expect(shift.toNew(4, 'start')).toBe(2);
        expect(shift.toNew(2, 'start')).toBe(2);
        expect(shift.toOld(3)).toBe(5);
        expect(TextShift.between('one text', 'something else entirely')).toBeUndefined();
        expect(TextShift.between('same', 'same')!.toNew(2, 'end')).toBe(2);
    });
});

/** The document as the server holds it between a keystroke and its parse: the old tree, the new text. */
function typedAhead(document: LangiumDocument, text: string): LangiumDocument {
    const typed = TextDocument.create(document.uri.toString(), 'grant', 2, text);
    Object.defineProperty(document, 'textDocument', { value: typed, configurable: true });
    return document;
}

function items(list: { items: { label: string; textEdit?: unknown }[] } | undefined) {
    return (list?.items ?? []).map(i => ({ label: i.label, edit: i.textEdit }));
}

describe('completion from the last parse while the user types on', () => {
    test('a keyword typed on a new line in a task, a unit after a fact, a month after «мерзімі:»: the items of a fresh parse', async () => {
        const source = readExample('birgemiz-bilim.grant');
        const fact = source.indexOf('факт: 36') + 'факт: 36'.length;
        const block = source.indexOf('\n', source.indexOf('көрсеткіш "Фото"'));
        const cases = [
            // A new line in an activity, two letters of a keyword.
            { at: block, typed: '\n            кө' },
            // After a fact's number: a space and a letter of its unit.
            { at: fact, typed: ' а' },
            // A new activity's period.
            { at: block, typed: '\n            мерзімі: На' }
        ];
        // The stale tree is used (the window around the cursor), not a parse of the whole file.
        const raw = unguarded(grant.lsp.CompletionProvider!) as unknown as { memberAt(offset: number): { start: number; end: number } | undefined };
        const memberAt = raw.memberAt;
        const windows: ({ start: number; end: number } | undefined)[] = [];
        raw.memberAt = function (this: unknown, offset: number) {
            const window = memberAt.call(this, offset);
            windows.push(window);
            return window;
        };
        try {
            await compare();
        } finally {
            raw.memberAt = memberAt;
        }
        expect(windows.length).toBeGreaterThan(0);
        expect(windows.every(w => w !== undefined)).toBe(true);
        async function compare() {
        for (const { at, typed } of cases) {
            const text = source.slice(0, at) + typed + source.slice(at);
            const position = TextDocument.create('file:///x.grant', 'grant', 1, text).positionAt(at + typed.length);
            const stale = typedAhead(await parse(source, false), text);
            const fresh = await parse(text, false);
            const params = (d: LangiumDocument) => ({ textDocument: { uri: d.uri.toString() }, position });
            const fromStale = await grant.lsp.CompletionProvider!.getCompletion(stale, params(stale));
            const fromFresh = await grant.lsp.CompletionProvider!.getCompletion(fresh, params(fresh));
            expect(items(fromStale).length, JSON.stringify(typed)).toBeGreaterThan(0);
            expect(items(fromStale), JSON.stringify(typed)).toEqual(items(fromFresh));
        }
        }
    });
});

describe('the workspace lock while a user types', () => {
    test('a request asked while a build waits to start runs after the build, not before it; with no build queued it runs at once', async () => {
        const lock = new GrantWorkspaceLock();
        const order: string[] = [];
        let release!: () => void;
        // A request in progress (an immediate read) holds the first build back.
        let started = false;
        const first = lock.read(() => new Promise<void>(resolve => { started = true; release = () => { order.push('read 1'); resolve(); }; }), ReadPriority.Immediate);
        // Reads take turns of the event loop: the first runs in the next one.
        await new Promise(r => setTimeout(r, 5));
        expect(started).toBe(true);
        const build = lock.write(async () => { order.push('build'); });
        // A request of the next keystroke: queued behind the waiting build.
        const second = lock.read(() => { order.push('read 2'); }, ReadPriority.Immediate);
        await new Promise(r => setTimeout(r, 10));
        expect(order).toEqual([]);
        release();
        await Promise.all([first, build, second]);
        expect(order).toEqual(['read 1', 'build', 'read 2']);
        // Nothing queued: an immediate read runs at once.
        let ran = false;
        await lock.read(() => { ran = true; }, ReadPriority.Immediate);
        expect(ran).toBe(true);
    });

    test('requests take turns: a message that arrives while one is computed is handled before the next request', async () => {
        const lock = new GrantWorkspaceLock();
        const order: string[] = [];
        // Five requests ready at once, as after a keystroke's build (tokens, hints, lenses, folding, symbols).
        const reads = [1, 2, 3, 4, 5].map(n => lock.read(() => {
            order.push(`request ${n}`);
            // The editor's next message (a completion) arrives while the first is computed; the connection
            // handles it in a turn of its own.
            if (n === 1) setImmediate(() => order.push('completion'));
        }, ReadPriority.Immediate));
        await Promise.all(reads);
        expect(order).toEqual(['request 1', 'completion', 'request 2', 'request 3', 'request 4', 'request 5']);
    });

    test('a request whose turn comes while a build is queued is answered after that build', async () => {
        const lock = new GrantWorkspaceLock();
        const order: string[] = [];
        const read = lock.read(() => { order.push('read'); }, ReadPriority.Immediate);
        const build = lock.write(async () => { order.push('build'); });
        await Promise.all([read, build]);
        expect(order).toEqual(['build', 'read']);
    });

    test('a new build cancels the token of the one queued before it', async () => {
        const lock = new GrantWorkspaceLock();
        const tokens: boolean[] = [];
        let release!: () => void;
        const running = lock.write(() => new Promise<void>(resolve => { release = resolve; }));
        const queued = lock.write(token => { tokens.push(token.isCancellationRequested); });
        const last = lock.write(token => { tokens.push(token.isCancellationRequested); });
        await new Promise(r => setTimeout(r, 10));
        release();
        await Promise.all([running, queued, last]);
        expect(tokens).toEqual([true, false]);
    });
});

/** Keeps the thread busy for `ms`, as a request that costs that much. */
function busy(ms: number): void {
    const end = performance.now() + ms;
    while (performance.now() < end) { /* computing */ }
}

const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));

describe('while the user types, document-wide requests wait for a pause', () => {
    test('nothing known of their cost: no wait; then a request asked after a change waits three times what they cost, from the last change', async () => {
        const lock = new GrantWorkspaceLock();
        expect(lock.settleMs()).toBe(0);
        lock.noteChange();
        let ran = false;
        await lock.read(() => { ran = true; busy(30); }, ReadPriority.Immediate);
        expect(ran).toBe(true);
        // A build: what the reads since the last one cost becomes their usual cost.
        await lock.write(async () => undefined);
        const settle = lock.settleMs();
        // Never under the gap between two keys of a fast typist (125 ms), however cheap the reads once they cost something.
        expect(settle).toBeGreaterThanOrEqual(200);
        expect(settle).toBeLessThanOrEqual(250);
        lock.noteChange();
        let answeredAt = 0;
        const read = lock.read(() => { answeredAt = performance.now(); }, ReadPriority.Immediate);
        await sleep(40);
        expect(answeredAt).toBe(0);
        // The next keystroke: the wait starts again from it.
        lock.noteChange();
        const lastChange = performance.now();
        await read;
        expect(answeredAt - lastChange).toBeGreaterThanOrEqual(settle - 2);
    });

    test('requests that cost next to nothing (a small file) wait next to nothing', async () => {
        const lock = new GrantWorkspaceLock();
        await lock.read(() => busy(1), ReadPriority.Immediate);
        await lock.write(async () => undefined);
        expect(lock.settleMs()).toBeGreaterThan(0);
        expect(lock.settleMs()).toBeLessThan(15);
    });

    test('however costly the requests, the wait is at most 250 ms; with no change, no wait', async () => {
        const lock = new GrantWorkspaceLock();
        await lock.read(() => busy(120), ReadPriority.Immediate);
        await lock.write(async () => undefined);
        expect(lock.settleMs()).toBe(250);
        // No change since long enough ago (none at all here): a request is answered at once.
        const start = performance.now();
        await lock.read(() => undefined, ReadPriority.Immediate);
        expect(performance.now() - start).toBeLessThan(100);
    });
});

describe('a request asked between a keystroke and its build', () => {
    test('waits for that build and is answered from it, instead of failing', async () => {
        const uri = 'file:///test/asked-before-build.grant';
        const text = readExample('birgemiz-bilim.grant');
        const opened = await openInServer(uri, text);
        try {
            await opened.type(text.replace('факт: 698', 'факт: 150'), false);
            // The editor's change, as the server receives it: the build is queued, not started.
            services.shared.lsp.DocumentUpdateHandler.didChangeContent!({ document: services.shared.workspace.TextDocuments!.get(uri)! });
            // What a request handler does first: wait for the state it needs.
            const ready = services.shared.workspace.DocumentBuilder.waitUntil(DocumentState.IndexedReferences, opened.document.uri);
            // The build (here without a client, the workspace never becomes ready: run as the queued one would).
            await services.shared.workspace.DocumentBuilder.update([opened.document.uri], []);
            await expect(ready).resolves.toBeDefined();
            expect(opened.document.parseResult.value.$cstNode?.text).toContain('факт: 150');
        } finally {
            opened.close();
            services.shared.workspace.LangiumDocuments.deleteDocument(opened.document.uri);
        }
    });
});

describe('a completion being answered goes out before the diagnostics ready meanwhile', () => {
    function fakeConnection(order: string[]) {
        const connection = {
            completion: undefined as ((params: unknown, token: CancellationToken) => Promise<unknown>) | undefined,
            onCompletion(handler: (params: unknown, token: CancellationToken) => Promise<unknown>) { this.completion = handler; },
            sendDiagnostics: async (_params: PublishDiagnosticsParams) => { order.push('diagnostics'); }
        };
        return connection;
    }

    test('diagnostics published while the list is computed are sent after it; with no completion in progress, at once', async () => {
        const order: string[] = [];
        const connection = fakeConnection(order);
        connectVersionedDiagnostics(connection as unknown as Connection, services.shared);
        const document = await parse(readExample('birgemiz-bilim.grant'));
        const slowCompletion = {
            lsp: {
                CompletionProvider: {
                    getCompletion: async () => { await sleep(30); order.push('completion'); return { isIncomplete: false, items: [] }; }
                }
            }
        };
        connectLiveCompletion(connection as unknown as Connection, services.shared, slowCompletion as never);
        try {
            const asked = connection.completion!({ textDocument: { uri: document.uri.toString() }, position: { line: 0, character: 0 } }, CancellationToken.None);
            const published = connection.sendDiagnostics({ uri: document.uri.toString(), diagnostics: [] });
            await Promise.all([asked, published]);
            expect(order).toEqual(['completion', 'diagnostics']);
            order.length = 0;
            await connection.sendDiagnostics({ uri: document.uri.toString(), diagnostics: [] });
            expect(order).toEqual(['diagnostics']);
        } finally {
            services.shared.workspace.LangiumDocuments.deleteDocument(document.uri);
        }
    });
});

describe('a cancelled request is not computed', () => {
    test('the provider is not called once the editor has cancelled; before that it is', async () => {
        let calls = 0;
        const provider = guardProvider({ getFoldingRanges: (_d: unknown, _p: unknown, _t: unknown) => { calls++; return [1]; } },
            'FoldingRangeProvider', { getFoldingRanges: () => [] }, () => undefined);
        const source = new CancellationTokenSource();
        expect(provider.getFoldingRanges({}, {}, source.token)).toEqual([1]);
        source.cancel();
        expect(() => provider.getFoldingRanges({}, {}, source.token)).toThrow();
        expect(calls).toBe(1);
    });
});
