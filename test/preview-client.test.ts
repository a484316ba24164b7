/**
 * The preview's client logic (client/src/preview.ts) against a fake `vscode`:
 * the panel opens beside the editor with the server's HTML in a page with the
 * CSP; typing re-renders after 300 ms of quiet, only the changed document's
 * preview, dropping stale answers; a click message reveals the line; the
 * serializer restores a panel from its state; and the manifest, the titles and
 * the interface strings are all there.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './helpers.js';

type Listener = (e: any) => void;
const listeners: Record<string, Listener[]> = { change: [], config: [] };
const commands = new Map<string, (...args: unknown[]) => unknown>();
const serializers = new Map<string, { deserializeWebviewPanel(panel: unknown, state: unknown): Promise<void> }>();
const panels: FakePanel[] = [];
const shown: { uri: string; options: any }[] = [];
const revealed: { range: any; type: number }[] = [];
const errors: string[] = [];
const config: Record<string, unknown> = { language: 'en' };
const documents = new Map<string, string>();
let activeUri: string | undefined;
/** The workspace's .grant files (findFiles), and which one the user picks when asked (by label; undefined: Escape). */
let workspaceGrants: string[] = [];
let pickLabel: string | undefined;
const picks: { labels: string[]; title?: string }[] = [];

class FakePanel {
    html = '';
    title: string;
    visible = true;
    active = false;
    viewColumn = 2;
    disposed = false;
    posted: any[] = [];
    private onMessage: Listener[] = [];
    private onView: Listener[] = [];
    private onDispose: Listener[] = [];
    readonly webview: any;
    constructor(readonly viewType: string, title: string, readonly column: unknown, readonly options: any) {
        this.title = title;
        const self = this;
        this.webview = {
            options: {},
            cspSource: 'https://file+.vscode-resource.vscode-cdn.net',
            asWebviewUri: (uri: any) => ({ toString: () => `https://file+.vscode-resource.vscode-cdn.net${uri.path}` }),
            get html() { return self.html; },
            set html(v: string) { self.html = v; },
            postMessage: (m: unknown) => { self.posted.push(m); return Promise.resolve(true); },
            onDidReceiveMessage: (fn: Listener) => { self.onMessage.push(fn); return { dispose() {} }; }
        };
    }
    onDidChangeViewState(fn: Listener) { this.onView.push(fn); return { dispose() {} }; }
    onDidDispose(fn: Listener) { this.onDispose.push(fn); return { dispose() {} }; }
    reveal() {}
    dispose() {
        if (this.disposed) return;
        this.disposed = true;
        for (const fn of this.onDispose) fn(undefined);
    }
    /** The webview script posting a message. */
    send(m: unknown) { for (const fn of this.onMessage) fn(m); }
    setVisible(v: boolean) { this.visible = v; for (const fn of this.onView) fn({ webviewPanel: this }); }
}

vi.mock('vscode', () => {
    class Uri {
        constructor(readonly scheme: string, readonly path: string) {}
        get fsPath() { return this.path; }
        toString() { return `${this.scheme}://${this.path}`; }
        static file(p: string) { return new Uri('file', p); }
        static parse(s: string) { const m = /^(\w[\w+.-]*):\/\/(.*)$/.exec(s)!; return new Uri(m[1], m[2]); }
        static joinPath(base: Uri, ...parts: string[]) {
            const segs = base.path.split('/').filter(Boolean);
            for (const part of parts.flatMap(p => p.split('/'))) if (part) segs.push(part);
            return new Uri(base.scheme, '/' + segs.join('/'));
        }
    }
    class Position { constructor(readonly line: number, readonly character: number) {} }
    class Range { constructor(readonly start: Position, readonly end: Position) {} }
    const disposable = { dispose() {} };
    const doc = (uri: Uri) => {
        const text = documents.get(uri.toString());
        if (text === undefined) throw new Error(`no document ${uri}`);
        const lines = text.split('\n');
        return {
            uri, languageId: 'grant', lineCount: lines.length,
            lineAt: (i: number) => ({ text: lines[i], firstNonWhitespaceCharacterIndex: lines[i].length - lines[i].trimStart().length })
        };
    };
    return {
        Uri, Position, Range,
        ViewColumn: { Active: -1, Beside: -2, One: 1, Two: 2 },
        TextEditorRevealType: { Default: 0, InCenter: 1, InCenterIfOutsideViewport: 2, AtTop: 3 },
        commands: { registerCommand: (id: string, fn: (...args: unknown[]) => unknown) => { commands.set(id, fn); return disposable; } },
        workspace: {
            getConfiguration: () => ({ get: (key: string) => config[key] }),
            onDidChangeTextDocument: (fn: Listener) => { listeners.change.push(fn); return disposable; },
            onDidChangeConfiguration: (fn: Listener) => { listeners.config.push(fn); return disposable; },
            openTextDocument: (uri: Uri) => Promise.resolve(doc(uri)),
            findFiles: () => Promise.resolve(workspaceGrants.map(u => Uri.parse(u))),
            asRelativePath: (uri: Uri) => uri.path.replace(/^\/w\//, '')
        },
        window: {
            get activeTextEditor() { return activeUri ? { document: doc(Uri.parse(activeUri)) } : undefined; },
            visibleTextEditors: [] as unknown[],
            createWebviewPanel: (viewType: string, title: string, column: unknown, options: unknown) => {
                const panel = new FakePanel(viewType, title, column, options);
                panels.push(panel);
                return panel;
            },
            registerWebviewPanelSerializer: (viewType: string, s: any) => { serializers.set(viewType, s); return disposable; },
            showTextDocument: (document: any, options: any) => {
                shown.push({ uri: document.uri.toString(), options });
                return Promise.resolve({ revealRange: (range: any, type: number) => revealed.push({ range, type }) });
            },
            showErrorMessage: (m: string) => { errors.push(m); return Promise.resolve(undefined); },
            showQuickPick: (items: { label: string }[], options: { title?: string }) => {
                picks.push({ labels: items.map(i => i.label), title: options?.title });
                return Promise.resolve(items.find(i => i.label === pickLabel));
            }
        }
    };
});

const vscode = await import('vscode');
const l10n = await import('@vscode/l10n');
const { registerPreview, PREVIEW_DEBOUNCE_MS } = await import('../client/src/preview.js');

const SOURCE = 'file:///w/birgemiz.grant';
const OTHER = 'file:///w/teng.grant';
const HTML = (n: number) => `<article class="esep-report kind-final" lang="kk"><table><tr class="row-data status-unmet short" data-line="3"><td>${n}</td></tr></table></article>`;

/** The fake language client: answers are queued per call, or a default. */
const requests: { method: string; params: any }[] = [];
let answer: (params: any) => Promise<unknown>;
const client = { sendRequest: vi.fn((method: string, params: any) => { requests.push({ method, params }); return answer(params); }) };
let counter = 0;

let context: { subscriptions: { dispose(): void }[]; extensionUri: any };
const change = (uri: string, changes = 1) => {
    for (const fn of listeners.change) fn({ document: { uri: vscode.Uri.parse(uri) }, contentChanges: new Array(changes).fill({}) });
};
/** Lets pending promises (the request, its answer) run. */
const settle = async () => { for (let i = 0; i < 10; i++) await Promise.resolve(); await vi.advanceTimersByTimeAsync(0); };

beforeEach(() => {
    vi.useFakeTimers();
    l10n.config({ contents: {} });
    for (const k of Object.keys(listeners)) listeners[k] = [];
    commands.clear(); serializers.clear();
    panels.length = 0; shown.length = 0; revealed.length = 0; errors.length = 0; requests.length = 0;
    config.language = 'en';
    documents.clear();
    documents.set(SOURCE, 'жоба "Birgemiz: Bilim" {\n    міндет 1 "a" {\n        көрсеткіш "Қатысушылар саны"  жоспар: 200  факт: 150\n    }\n}\n');
    documents.set(OTHER, 'жоба "Тең" {\n}\n');
    activeUri = SOURCE;
    workspaceGrants = []; pickLabel = undefined; picks.length = 0;
    (vscode.window as any).visibleTextEditors = [];
    counter = 0;
    answer = () => Promise.resolve({ html: HTML(++counter), kind: 'final', title: 't', projectName: 'Birgemiz: Bilim', unjustified: 0, warnings: [], version: counter });
    context = { subscriptions: [], extensionUri: vscode.Uri.file('/ext') };
    registerPreview(context as never, client as never);
});

afterEach(() => {
    for (const s of context.subscriptions) s.dispose();
    vi.useRealTimers();
});

async function openPreview(arg?: unknown) {
    await commands.get('esep.openPreview')!(arg);
    await settle();
    return panels.at(-1)!;
}

describe('Esep: Open report preview', () => {
    test('a webview beside the editor, scripts on, resources only from media/; the server\'s HTML inside a page with the CSP', async () => {
        const panel = await openPreview();
        expect(panel.viewType).toBe('esep.preview');
        expect(panel.column).toMatchObject({ viewColumn: vscode.ViewColumn.Beside, preserveFocus: true });
        expect(panel.options.enableScripts).toBe(true);
        expect(panel.options.localResourceRoots.map(String)).toEqual(['file:///ext/media']);
        expect(panel.title).toBe('Preview birgemiz.grant');
        expect(requests).toEqual([{ method: 'esep/renderPreview', params: { uri: SOURCE, lang: 'en' } }]);
        // The first answer before the page script said «ready»: kept, sent once it is.
        expect(panel.posted).toEqual([]);
        panel.send({ type: 'ready' });
        expect(panel.posted.at(-1)).toMatchObject({ type: 'update', html: HTML(1), shownKind: 'final', autoLabel: 'Automatic: Final report' });
        const nonce = /script-src 'nonce-([A-Za-z0-9]+)'/.exec(panel.html)![1];
        expect(panel.html).toContain(`<script nonce="${nonce}" src="https://file+.vscode-resource.vscode-cdn.net/ext/media/preview.js"></script>`);
        expect(panel.html).toContain('href="https://file+.vscode-resource.vscode-cdn.net/ext/media/preview.css"');
        expect(panel.html).toContain(`default-src 'none'; img-src https://file+.vscode-resource.vscode-cdn.net data:; style-src https://file+.vscode-resource.vscode-cdn.net 'nonce-${nonce}'; script-src 'nonce-${nonce}';`);
        expect(panel.html).toContain('data-state="{&quot;uri&quot;:&quot;file:///w/birgemiz.grant&quot;}"');
    });

    test('a frame VS Code reloads says «ready» again and gets the latest rendering again', async () => {
        const panel = await openPreview();
        panel.send({ type: 'ready' });
        expect(panel.posted).toHaveLength(1);
        // The reloaded frame starts from the HTML written before the first answer, and says «ready».
        panel.send({ type: 'ready' });
        expect(panel.posted).toHaveLength(2);
        expect(panel.posted[1]).toEqual(panel.posted[0]);
        expect(panel.posted[1]).toMatchObject({ type: 'update', html: HTML(1) });
    });

    test('run from the walkthrough (no text editor active): the .grant editor on screen, the only .grant file, or the one the user picks', async () => {
        activeUri = undefined;
        // One .grant editor beside the walkthrough: that one.
        (vscode.window as any).visibleTextEditors = [{ document: { uri: vscode.Uri.parse(OTHER), languageId: 'grant' } }];
        expect((await openPreview()).title).toBe('Preview teng.grant');
        (vscode.window as any).visibleTextEditors = [];
        // None on screen, one in the workspace: that one.
        workspaceGrants = [SOURCE];
        expect((await openPreview()).title).toBe('Preview birgemiz.grant');
        expect(picks).toEqual([]);
        // Several: the user is asked, and gets the one they pick.
        for (const p of panels) p.dispose?.();
        workspaceGrants = [SOURCE, OTHER];
        pickLabel = 'teng.grant';
        await commands.get('esep.openPreview')!();
        await settle();
        expect(picks).toEqual([{ labels: ['birgemiz.grant', 'teng.grant'], title: 'Which project?' }]);
        expect(errors).toEqual([]);
        // Escape in the pick: the usual error, nothing opened.
        pickLabel = undefined;
        const before = panels.length;
        activeUri = undefined;
        documents.set('file:///w/third.grant', 'жоба "Үш" {\n}\n');
        workspaceGrants = [SOURCE, OTHER, 'file:///w/third.grant'];
        await commands.get('esep.openPreview')!();
        await settle();
        expect(errors).toEqual(['Open a .grant file first.']);
        expect(panels.length).toBe(before);
    });

    test('the same document twice: the same panel; no .grant editor: an error', async () => {
        await openPreview();
        await openPreview();
        expect(panels).toHaveLength(1);
        activeUri = undefined;
        await commands.get('esep.openPreview')!();
        expect(errors).toEqual(['Open a .grant file first.']);
        // The preview itself focused: no error, no second panel.
        panels[0].active = true;
        await commands.get('esep.openPreview')!();
        expect(errors).toHaveLength(1);
        expect(panels).toHaveLength(1);
        panels[0].active = false;
        // From the explorer: the clicked file.
        await openPreview(vscode.Uri.parse(OTHER));
        expect(panels).toHaveLength(2);
        expect(requests.at(-1)!.params.uri).toBe(OTHER);
    });

    test('typing: one request after 300 ms of quiet, posted to the open page (no reload)', async () => {
        const panel = await openPreview();
        panel.send({ type: 'ready' });
        const pageBefore = panel.html;
        requests.length = 0;
        for (let i = 0; i < 5; i++) {
            change(SOURCE);
            await vi.advanceTimersByTimeAsync(100);
        }
        expect(requests).toHaveLength(0);
        await vi.advanceTimersByTimeAsync(PREVIEW_DEBOUNCE_MS - 100 - 1);
        expect(requests).toHaveLength(0);
        await vi.advanceTimersByTimeAsync(1);
        await settle();
        expect(PREVIEW_DEBOUNCE_MS).toBe(300);
        expect(requests).toHaveLength(1);
        expect(panel.posted.at(-1)).toMatchObject({ type: 'update', html: HTML(2) });
        expect(panel.html).toBe(pageBefore);
    });

    test('only the changed document\'s preview; events without changes are ignored', async () => {
        await openPreview();
        await openPreview(vscode.Uri.parse(OTHER));
        requests.length = 0;
        change(OTHER);
        change(SOURCE, 0);
        change('file:///w/not-previewed.grant');
        await vi.advanceTimersByTimeAsync(1000);
        await settle();
        expect(requests.map(r => r.params.uri)).toEqual([OTHER]);
    });

    test('an answer that arrives after a newer one is dropped', async () => {
        const panel = await openPreview();
        panel.send({ type: 'ready' });
        const resolvers: ((v: unknown) => void)[] = [];
        answer = () => new Promise(resolve => resolvers.push(resolve));
        change(SOURCE);
        await vi.advanceTimersByTimeAsync(300);
        change(SOURCE);
        await vi.advanceTimersByTimeAsync(300);
        await settle();
        expect(resolvers).toHaveLength(2);
        resolvers[1]({ html: '<article>new</article>', kind: 'final', title: '', projectName: '', unjustified: 0, warnings: [] });
        await settle();
        resolvers[0]({ html: '<article>old</article>', kind: 'final', title: '', projectName: '', unjustified: 0, warnings: [] });
        await settle();
        expect(panel.posted.at(-1).html).toBe('<article>new</article>');
        expect(panel.posted.some(m => m.html === '<article>old</article>')).toBe(false);
    });

    test('problems: a banner with links to their lines; the last good report stays', async () => {
        const panel = await openPreview();
        panel.send({ type: 'ready' });
        answer = () => Promise.resolve({ errors: [{ line: 2, column: 5, message: 'Бұл жерде «}» күтілген' }] });
        change(SOURCE);
        await vi.advanceTimersByTimeAsync(300);
        await settle();
        const m = panel.posted.at(-1);
        expect(m.html).toBe(HTML(1));
        expect(m.banner).toContain('<li data-line="2"><span class="pos">2:5</span> Бұл жерде «}» күтілген</li>');
        expect(m.banner).toContain('The form cannot be filled yet:');
        expect(m.banner).toContain('Below: the last version that could be made.');
        // A server that does not answer is a problem too, not an exception.
        answer = () => Promise.reject(new Error('Client is not running'));
        change(SOURCE);
        await vi.advanceTimersByTimeAsync(300);
        await settle();
        expect(panel.posted.at(-1).banner).toContain('Esep did not answer (Client is not running). Try again');
    });

    test('a hidden panel gets no messages; shown again, its page is rebuilt with the latest report', async () => {
        const panel = await openPreview();
        panel.send({ type: 'ready' });
        panel.setVisible(false);
        const posted = panel.posted.length;
        change(SOURCE);
        await vi.advanceTimersByTimeAsync(300);
        await settle();
        expect(panel.posted.length).toBe(posted);
        panel.setVisible(true);
        expect(panel.html).toContain(HTML(2));
    });

    test('a click on a row: its line in the editor, at the first non-blank character, centred', async () => {
        const panel = await openPreview();
        panel.send({ type: 'reveal', line: 3 });
        await settle();
        expect(shown).toHaveLength(1);
        expect(shown[0].uri).toBe(SOURCE);
        expect(shown[0].options.selection.start).toEqual({ line: 2, character: 8 });
        expect(shown[0].options.viewColumn).toBe(vscode.ViewColumn.One);
        expect(revealed[0].type).toBe(vscode.TextEditorRevealType.InCenterIfOutsideViewport);
        // Beyond the end: the last line; nonsense: nothing.
        panel.send({ type: 'reveal', line: 999 });
        await settle();
        expect(shown[1].options.selection.start.line).toBe(5);
        panel.send({ type: 'reveal', line: -1 });
        panel.send({ type: 'reveal', line: 'x' });
        panel.send({ type: 'reveal', line: 1.5 });
        await settle();
        expect(shown).toHaveLength(2);
    });

    test('the editor already showing the document is the one used', async () => {
        const panel = await openPreview();
        (vscode.window as any).visibleTextEditors = [{ document: { uri: vscode.Uri.parse(SOURCE) }, viewColumn: 3 }];
        try {
            panel.send({ type: 'reveal', line: 1 });
            await settle();
            expect(shown[0].options.viewColumn).toBe(3);
        } finally {
            (vscode.window as any).visibleTextEditors = [];
        }
    });

    test('the form chooser: the kind goes to the server and into the state', async () => {
        const panel = await openPreview();
        panel.send({ type: 'kind', kind: 'plan' });
        await settle();
        expect(requests.at(-1)!.params).toEqual({ uri: SOURCE, lang: 'en', kind: 'plan' });
        panel.send({ type: 'kind', kind: 'nonsense' });
        await settle();
        expect(requests.at(-1)!.params).toEqual({ uri: SOURCE, lang: 'en' });
    });

    test('esep.language: the report language of the request, the interface strings of the page', async () => {
        const panel = await openPreview();
        config.language = 'ru';
        const ru = JSON.parse(readFileSync(join(root, 'l10n/bundle.l10n.ru.json'), 'utf8'));
        // The entry's loader (ui-language.ts loadStrings) reads the bundle of the new language.
        l10n.config({ contents: ru });
        for (const fn of listeners.config) fn({ affectsConfiguration: (s: string) => s === 'esep' || s === 'esep.language' });
        await vi.advanceTimersByTimeAsync(600);
        await settle();
        expect(requests.at(-1)!.params.lang).toBe('ru');
        expect(panel.title).toBe('Предпросмотр: birgemiz.grant');
        expect(panel.html).toContain('<html lang="ru">');
        expect(panel.html).toContain('Форма:');
    });
});

describe('after a reload: the serializer', () => {
    test('restores a panel from its state: the document, the chosen form', async () => {
        const serializer = serializers.get('esep.preview')!;
        expect(serializer).toBeDefined();
        activeUri = undefined;
        const panel = new FakePanel('esep.preview', 'old', 1, {});
        await serializer.deserializeWebviewPanel(panel, { uri: SOURCE, kind: 'plan', scrollY: 420 });
        await settle();
        expect(panel.webview.options.enableScripts).toBe(true);
        expect(panel.webview.options.localResourceRoots.map(String)).toEqual(['file:///ext/media']);
        expect(panel.title).toBe('Preview birgemiz.grant');
        expect(requests.at(-1)).toEqual({ method: 'esep/renderPreview', params: { uri: SOURCE, lang: 'en', kind: 'plan' } });
        expect(panel.html).toContain('data-state="{&quot;uri&quot;:&quot;file:///w/birgemiz.grant&quot;,&quot;kind&quot;:&quot;plan&quot;,&quot;scrollY&quot;:420}"');
        panel.send({ type: 'ready' });
        expect(panel.posted.at(-1)).toMatchObject({ type: 'update', html: HTML(1), kind: 'plan' });
        // Restored previews follow typing like new ones.
        change(SOURCE);
        await vi.advanceTimersByTimeAsync(300);
        await settle();
        expect(panel.posted.at(-1)).toMatchObject({ html: HTML(2) });
        // The command finds the restored panel instead of opening a second one.
        activeUri = SOURCE;
        await commands.get('esep.openPreview')!();
        expect(panels).toHaveLength(0);
    });

    test('a state without a document: the panel is closed', async () => {
        const serializer = serializers.get('esep.preview')!;
        const panel = new FakePanel('esep.preview', 'old', 1, {});
        await serializer.deserializeWebviewPanel(panel, undefined);
        expect(panel.disposed).toBe(true);
        const other = new FakePanel('esep.preview', 'old', 1, {});
        await serializer.deserializeWebviewPanel(other, { kind: 'plan' });
        expect(other.disposed).toBe(true);
    });

    test('a closed panel stops following its document', async () => {
        const panel = await openPreview();
        panel.dispose();
        requests.length = 0;
        change(SOURCE);
        await vi.advanceTimersByTimeAsync(1000);
        expect(requests).toHaveLength(0);
    });
});

describe('the manifest, the titles, the strings, the page script', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

    test('command, editor title button, palette, activation by the serialized panel, the web entry', () => {
        const command = pkg.contributes.commands.find((c: any) => c.command === 'esep.openPreview');
        expect(command).toMatchObject({ title: '%esep.openPreview.title%', category: '%esep.category%', icon: '$(open-preview)' });
        expect(pkg.contributes.menus['editor/title']).toContainEqual({ command: 'esep.openPreview', when: 'resourceLangId == grant', group: 'navigation' });
        expect(pkg.contributes.menus.commandPalette).toContainEqual({ command: 'esep.openPreview', when: 'editorLangId == grant' });
        expect(pkg.activationEvents).toContain('onWebviewPanel:esep.preview');
        expect(pkg.browser).toBe('./out/extension-browser.cjs');
        expect(pkg.main).toBe('./out/extension.cjs');
        const ignore = readFileSync(join(root, '.vscodeignore'), 'utf8');
        expect(ignore).toContain('!media/preview.css');
        expect(ignore).toContain('!media/preview.js');
    });

    test('the title in kk, ru and en', () => {
        const titles = Object.fromEntries(['package.nls.json', 'package.nls.kk.json', 'package.nls.ru.json', 'package.nls.en.json']
            .map(f => [f, JSON.parse(readFileSync(join(root, f), 'utf8'))['esep.openPreview.title']]));
        // The default title is also what the palette searches in every display language: kk first, ru and en after.
        expect(titles['package.nls.json']).toMatch(/^Есепті алдын ала қарау \(.*Open report preview\)$/);
        expect(titles['package.nls.kk.json']).toBe('Есепті алдын ала қарау');
        expect(titles['package.nls.ru.json']).toBe('Открыть предпросмотр отчёта');
        expect(titles['package.nls.en.json']).toMatch(/Open report preview/);
    });

    test('every interface string of the preview has a kk and a ru translation', () => {
        const source = ['client/src/preview.ts'].map(f => readFileSync(join(root, f), 'utf8')).join('\n');
        const keys = [...source.matchAll(/l10n\.t\('((?:[^'\\]|\\.)*)'/g)].map(m => m[1].replace(/\\'/g, '\''));
        expect(keys.length).toBeGreaterThan(8);
        for (const lang of ['kk', 'ru']) {
            const bundle = JSON.parse(readFileSync(join(root, `l10n/bundle.l10n.${lang}.json`), 'utf8'));
            for (const key of keys) expect(bundle[key], `${lang}: «${key}»`).toBeTruthy();
        }
    });

    test('media/preview.js: the VS Code API, messages ready/reveal/kind, no remote content, no eval', () => {
        const script = readFileSync(join(root, 'media/preview.js'), 'utf8');
        expect(script).toContain('acquireVsCodeApi()');
        for (const type of ['ready', 'reveal', 'kind']) expect(script).toContain(`type: '${type}'`);
        expect(script).toContain('vscode.setState(state)');
        expect(script).not.toMatch(/https?:|eval\(|new Function|document\.write/);
        const css = readFileSync(join(root, 'media/preview.css'), 'utf8');
        expect(css).toContain('var(--vscode-editor-foreground');
        expect(css).toContain('body.vscode-light');
        expect(css).not.toMatch(/https?:|@import|url\(/);
    });
});
