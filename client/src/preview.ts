/**
 * «Esep: Open report preview»: a webview beside the editor showing the report
 * as the .docx will say it — the server renders the same report model as HTML
 * (esep/renderPreview). It follows the document as the user types (debounced,
 * only the preview of the changed document), a click on a row shows its line
 * in the editor, and it comes back after a reload (webview serializer).
 * Shared by the desktop and the web extension.
 */
import * as vscode from 'vscode';
import * as l10n from '@vscode/l10n';
import { grantDocumentElsewhere, LANGUAGE_ID } from './pick-grant.js';
import {
    RENDER_PREVIEW_REQUEST, SETTINGS_SECTION,
    type PreviewProblem, type RenderPreviewParams, type RenderPreviewResult, type ReportKind, type Lang
} from '../../language/src/lsp/protocol.js';
import { bannerHtml, kindLabel, makeNonce, previewPage, type PreviewState, type PreviewStrings } from './preview-page.js';

export const PREVIEW_VIEW_TYPE = 'esep.preview';
export const PREVIEW_COMMAND = 'esep.openPreview';
/** Typing pauses this long before the preview asks the server again. */
export const PREVIEW_DEBOUNCE_MS = 300;

const KINDS: readonly ReportKind[] = ['final', 'interim', 'plan'];

/** What the preview needs of the language client. */
export interface PreviewClient {
    sendRequest<R>(method: string, params: unknown): Promise<R>;
}


function configuredLanguage(): Lang {
    const lang = vscode.workspace.getConfiguration(SETTINGS_SECTION).get<string>('language');
    return lang === 'ru' || lang === 'en' ? lang : 'kk';
}

function strings(): PreviewStrings {
    return {
        form: l10n.t('Form:'),
        auto: l10n.t('Automatic'),
        final: l10n.t('Final report'),
        interim: l10n.t('Interim report'),
        plan: l10n.t('Plan'),
        loading: l10n.t('Making the preview…'),
        cannotFill: l10n.t('The form cannot be filled yet:'),
        lastGood: l10n.t('Below: the last version that could be made.'),
        hint: l10n.t('Click a row to show its line in the editor.')
    };
}

function baseName(uri: vscode.Uri): string {
    return uri.path.split('/').pop() || uri.toString();
}

/** Messages from the webview script (media/preview.js). */
type FromWebview =
    | { type: 'ready' }
    | { type: 'reveal'; line: number }
    | { type: 'kind'; kind: string };

/** One preview panel, bound to one .grant document. */
export class Preview implements vscode.Disposable {
    private timer: ReturnType<typeof setTimeout> | undefined;
    private generation = 0;
    private body = '';
    private banner = '';
    private shownKind: ReportKind | undefined;
    /** The page's script has started and listens for updates. */
    private ready = false;
    /** An update arrived while the panel was hidden (its page is rebuilt when shown). */
    private stale = false;
    /** The latest update for the page: sent whenever a page says it is ready (a webview's frame may be reloaded by VS Code at any time, and starts again from the HTML). */
    private latest: object | undefined;
    private readonly subscriptions: vscode.Disposable[] = [];
    private disposed = false;

    constructor(
        private readonly manager: PreviewManager,
        readonly panel: vscode.WebviewPanel,
        readonly uri: vscode.Uri,
        public kind: ReportKind | undefined,
        private scrollY = 0
    ) {
        panel.webview.options = { enableScripts: true, localResourceRoots: [vscode.Uri.joinPath(manager.extensionUri, 'media')] };
        panel.title = l10n.t('Preview {0}', baseName(uri));
        this.subscriptions.push(
            panel.webview.onDidReceiveMessage((m: FromWebview) => this.onMessage(m)),
            panel.onDidChangeViewState(() => {
                if (panel.visible && this.stale) this.setPage();
            }),
            panel.onDidDispose(() => this.dispose())
        );
        this.setPage();
        void this.render();
    }

    get state(): PreviewState {
        return { uri: this.uri.toString(), ...(this.kind ? { kind: this.kind } : {}), ...(this.scrollY ? { scrollY: this.scrollY } : {}) };
    }

    /** Asks for a new rendering after `delay` ms of quiet; each call restarts the wait. */
    schedule(delay = PREVIEW_DEBOUNCE_MS): void {
        if (this.disposed) return;
        if (this.timer) clearTimeout(this.timer);
        this.timer = setTimeout(() => { this.timer = undefined; void this.render(); }, delay);
    }

    /** Renders now; answers that arrive after a newer request was sent are dropped. */
    async render(): Promise<void> {
        const generation = ++this.generation;
        const params: RenderPreviewParams = { uri: this.uri.toString(), lang: configuredLanguage(), ...(this.kind ? { kind: this.kind } : {}) };
        let result: RenderPreviewResult;
        try {
            // The document has to be open for the language server to know it (after a reload it may not be).
            await vscode.workspace.openTextDocument(this.uri);
            result = await this.manager.client.sendRequest<RenderPreviewResult>(RENDER_PREVIEW_REQUEST, params);
        } catch (error) {
            result = { errors: [{ line: 1, column: 1, message: l10n.t('Esep did not answer ({0}). Try again; if it keeps happening, reload the window (command «Developer: Reload Window»).', String(error instanceof Error ? error.message : error)) }] };
        }
        if (generation !== this.generation || this.disposed) return;
        let problems: PreviewProblem[] = [];
        let warnings: string[] = [];
        if ('errors' in result) {
            problems = result.errors;
            if (result.kind) this.shownKind = result.kind;
        } else {
            this.body = result.html;
            this.shownKind = result.kind;
            warnings = result.warnings;
        }
        this.banner = bannerHtml(problems, warnings, strings(), !!this.body);
        this.update();
    }

    private update(): void {
        const message = { type: 'update', html: this.body, banner: this.banner, kind: this.kind ?? '', shownKind: this.shownKind ?? '', autoLabel: this.autoLabel() };
        this.latest = message;
        if (!this.panel.visible) {
            this.stale = true;
            return;
        }
        if (this.ready) void this.panel.webview.postMessage(message);
    }

    private autoLabel(): string {
        const s = strings();
        return this.shownKind && !this.kind ? `${s.auto}: ${kindLabel(this.shownKind, s)}` : s.auto;
    }

    /** (Re)builds the whole page with the latest rendering (a fresh nonce each time). */
    setPage(): void {
        const webview = this.panel.webview;
        const media = (name: string) => webview.asWebviewUri(vscode.Uri.joinPath(this.manager.extensionUri, 'media', name)).toString();
        this.ready = false;
        this.stale = false;
        webview.html = previewPage({
            nonce: makeNonce(), cspSource: webview.cspSource, styleUri: media('preview.css'), scriptUri: media('preview.js'),
            lang: configuredLanguage(), title: this.panel.title, state: this.state, strings: strings(),
            body: this.body, banner: this.banner, shownKind: this.shownKind
        });
    }

    private onMessage(m: FromWebview): void {
        if (!m || typeof m !== 'object') return;
        switch (m.type) {
            case 'ready':
                this.ready = true;
                if (this.latest) void this.panel.webview.postMessage(this.latest);
                break;
            case 'reveal':
                if (Number.isInteger(m.line) && m.line > 0) void this.reveal(m.line);
                break;
            case 'kind':
                this.kind = (KINDS as readonly string[]).includes(m.kind) ? m.kind as ReportKind : undefined;
                void this.render();
                break;
        }
    }

    /** Shows a line (1-based) of the document in its editor: the one already showing it, else the first column. */
    async reveal(line: number): Promise<void> {
        const document = await vscode.workspace.openTextDocument(this.uri);
        const index = Math.min(Math.max(0, line - 1), Math.max(0, document.lineCount - 1));
        const character = document.lineAt(index).firstNonWhitespaceCharacterIndex;
        const position = new vscode.Position(index, character);
        const range = new vscode.Range(position, position);
        const shown = vscode.window.visibleTextEditors.find(e => e.document.uri.toString() === this.uri.toString());
        const column = shown?.viewColumn ?? (this.panel.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Two : vscode.ViewColumn.One);
        const editor = await vscode.window.showTextDocument(document, { viewColumn: column, selection: range, preserveFocus: false });
        editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    }

    dispose(): void {
        if (this.disposed) return;
        this.disposed = true;
        if (this.timer) clearTimeout(this.timer);
        for (const s of this.subscriptions) s.dispose();
        this.manager.forget(this);
        this.panel.dispose();
    }
}

/** All preview panels, one per document. */
export class PreviewManager implements vscode.Disposable {
    private readonly previews = new Map<string, Preview>();
    private readonly subscriptions: vscode.Disposable[] = [];

    constructor(readonly client: PreviewClient, readonly extensionUri: vscode.Uri, private readonly reloadStrings: () => Promise<void> = async () => undefined) {
        this.subscriptions.push(
            vscode.workspace.onDidChangeTextDocument(e => {
                // Only the preview of the document that changed, and only for real edits.
                if (e.contentChanges.length === 0) return;
                this.previews.get(e.document.uri.toString())?.schedule();
            }),
            vscode.workspace.onDidChangeConfiguration(e => {
                if (!e.affectsConfiguration(SETTINGS_SECTION)) return;
                const language = e.affectsConfiguration(`${SETTINGS_SECTION}.language`);
                void (async () => {
                    // The interface strings first, then pages in the new language; the server revalidates meanwhile.
                    if (language) await this.reloadStrings();
                    for (const p of this.previews.values()) {
                        if (language) {
                            p.panel.title = l10n.t('Preview {0}', baseName(p.uri));
                            p.setPage();
                        }
                        p.schedule(600);
                    }
                })();
            })
        );
    }

    get size(): number {
        return this.previews.size;
    }

    get(uri: vscode.Uri): Preview | undefined {
        return this.previews.get(uri.toString());
    }

    /** Opens (or shows) the preview of a .grant document beside its editor. */
    async open(arg?: unknown): Promise<Preview | undefined> {
        let uri: vscode.Uri | undefined;
        if (arg instanceof vscode.Uri) uri = arg;
        else {
            const editor = vscode.window.activeTextEditor;
            if (editor && editor.document.languageId === LANGUAGE_ID) uri = editor.document.uri;
        }
        if (!uri) {
            // The preview itself has the focus (no text editor is active): that one.
            const active = [...this.previews.values()].find(p => p.panel.active);
            if (active) return active;
            uri = (await grantDocumentElsewhere(LANGUAGE_ID))?.uri;
        }
        if (!uri) {
            void vscode.window.showErrorMessage(l10n.t('Open a .grant file first.'));
            return undefined;
        }
        const existing = this.previews.get(uri.toString());
        if (existing) {
            existing.panel.reveal(existing.panel.viewColumn ?? vscode.ViewColumn.Beside, true);
            return existing;
        }
        const panel = vscode.window.createWebviewPanel(PREVIEW_VIEW_TYPE, l10n.t('Preview {0}', baseName(uri)),
            { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
            { enableScripts: true, enableFindWidget: true, localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'media')] });
        return this.attach(panel, uri, undefined);
    }

    /** Restores a panel VS Code kept across a reload; a panel without a document is closed. */
    async restore(panel: vscode.WebviewPanel, state: unknown): Promise<void> {
        const s = state as Partial<PreviewState> | undefined;
        if (!s || typeof s.uri !== 'string') {
            panel.dispose();
            return;
        }
        const uri = vscode.Uri.parse(s.uri);
        const kind = (KINDS as readonly string[]).includes(s.kind ?? '') ? s.kind : undefined;
        this.previews.get(uri.toString())?.dispose();
        this.attach(panel, uri, kind, typeof s.scrollY === 'number' ? s.scrollY : 0);
    }

    private attach(panel: vscode.WebviewPanel, uri: vscode.Uri, kind: ReportKind | undefined, scrollY = 0): Preview {
        const preview = new Preview(this, panel, uri, kind, scrollY);
        this.previews.set(uri.toString(), preview);
        return preview;
    }

    forget(preview: Preview): void {
        if (this.previews.get(preview.uri.toString()) === preview) this.previews.delete(preview.uri.toString());
    }

    dispose(): void {
        for (const p of [...this.previews.values()]) p.dispose();
        for (const s of this.subscriptions) s.dispose();
    }
}

/**
 * Registers the command and the serializer (package.json: `esep.openPreview`,
 * `onWebviewPanel:esep.preview`). Call it during activation, before the client
 * starts: VS Code restores panels as soon as activation ends.
 */
export function registerPreview(context: vscode.ExtensionContext, client: PreviewClient, reloadStrings?: () => Promise<void>): PreviewManager {
    const manager = new PreviewManager(client, context.extensionUri, reloadStrings);
    context.subscriptions.push(
        manager,
        vscode.commands.registerCommand(PREVIEW_COMMAND, (arg?: unknown) => manager.open(arg)),
        vscode.window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, {
            deserializeWebviewPanel: (panel, state) => manager.restore(panel, state)
        })
    );
    return manager;
}
