/**
 * What the Node and the web extension share: commands, the status bar item,
 * and the runtime strings (through @vscode/l10n, in the language of the
 * `esep.language` setting, like the server's messages).
 */
import * as vscode from 'vscode';
import * as l10n from '@vscode/l10n';
import { grantDocumentElsewhere } from './pick-grant.js';
import type { BaseLanguageClient } from 'vscode-languageclient';
import {
    RENDER_REPORT_REQUEST, SETTINGS_SECTION, STATUS_REQUEST,
    type RenderReportParams, type RenderReportResult, type ReportKind, type StatusResult, type Lang
} from '../../language/src/lsp/protocol.js';
import { registerImport } from './import.js';
import { fillSkeleton } from './skeleton.js';
import { exportExcel } from './export-excel.js';

const LANGUAGE_ID = 'grant';
const SKELETON = 'templates/skeletons/project.kk.grant';


export function configuredLanguage(): Lang {
    const lang = vscode.workspace.getConfiguration(SETTINGS_SECTION).get<string>('language');
    return lang === 'ru' || lang === 'en' ? lang : 'kk';
}

/** Loads the runtime strings of the configured language (English needs no bundle). */
export async function loadStrings(extensionUri: vscode.Uri): Promise<void> {
    const lang = configuredLanguage();
    if (lang === 'en') {
        l10n.config({ contents: {} });
        return;
    }
    try {
        const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, 'l10n', `bundle.l10n.${lang}.json`));
        l10n.config({ contents: new TextDecoder().decode(bytes) });
    } catch {
        l10n.config({ contents: {} });
    }
}

export async function exists(uri: vscode.Uri): Promise<boolean> {
    try {
        await vscode.workspace.fs.stat(uri);
        return true;
    } catch {
        return false;
    }
}

export function base64ToBytes(data: string): Uint8Array {
    const binary = atob(data);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
}

/** A file name from a project name: no path separators or characters Windows refuses. */
export function safeFileName(name: string): string {
    const cleaned = name.normalize('NFC').replace(/[\\/:*?"<>|\u0000-\u001F]/g, ' ').replace(/\s+/g, ' ').trim().replace(/[. ]+$/, '');
    return cleaned || 'esep';
}

function dirname(uri: vscode.Uri): vscode.Uri {
    return vscode.Uri.joinPath(uri, '..');
}

/** The .grant document a command is about: the clicked file, else the active editor's. */
export async function targetDocument(arg: unknown): Promise<vscode.TextDocument | undefined> {
    if (arg instanceof vscode.Uri) return vscode.workspace.openTextDocument(arg);
    const editor = vscode.window.activeTextEditor;
    if (editor && editor.document.languageId === LANGUAGE_ID) return editor.document;
    const elsewhere = await grantDocumentElsewhere(LANGUAGE_ID);
    if (elsewhere) return elsewhere;
    void vscode.window.showErrorMessage(l10n.t('Open a .grant file first.'));
    return undefined;
}

/** Where reports may be written: the workspace folder of the .grant file, else the file's own folder. */
function reportRoot(source: vscode.Uri): vscode.Uri {
    return vscode.workspace.getWorkspaceFolder(source)?.uri ?? dirname(source);
}

/** `uri` is `root` or inside it (same scheme and authority; a drive letter in any case). */
export function isInside(uri: vscode.Uri, root: vscode.Uri): boolean {
    if (uri.scheme !== root.scheme || uri.authority !== root.authority) return false;
    const norm = (path: string) => {
        const trimmed = path.replace(/\/+$/, '');
        return /^\/[a-zA-Z]:/.test(trimmed) ? trimmed.toLowerCase() : trimmed;
    };
    const inner = norm(uri.path);
    const outer = norm(root.path);
    return inner === outer || inner.startsWith(outer + '/');
}

/**
 * The folder the report goes to: `esep.report.outputFolder` (relative to the
 * .grant file, or absolute), else the file's own folder. A setting that leads
 * out of the workspace (an absolute path elsewhere, «..» past its root) is
 * refused: a report is never written outside the folder the user opened.
 */
function outputFolder(source: vscode.Uri): { folder: vscode.Uri } | { refused: string; root: vscode.Uri } {
    const setting = (vscode.workspace.getConfiguration(SETTINGS_SECTION, source).get<string>('report.outputFolder') ?? '').trim();
    const here = dirname(source);
    if (!setting) return { folder: here };
    const segments = setting.split(/[\\/]+/).filter(Boolean);
    const absolute = /^([a-zA-Z]:[\\/]|[\\/])/.test(setting);
    const folder = !absolute ? vscode.Uri.joinPath(here, ...segments)
        : source.scheme === 'file' ? vscode.Uri.file(setting)
            : vscode.Uri.joinPath(source.with({ path: '/' }), ...segments);
    const root = reportRoot(source);
    return isInside(folder, root) ? { folder } : { refused: setting, root };
}

/**
 * The first folder between `root` and `folder` (both included below the root) that is a
 * symbolic link, if any. The workspace file system cannot say where a link leads (it has no
 * real path), and a link inside the workspace may lead anywhere: the report is not written
 * through one. Folders that do not exist yet end the walk (they will be made as folders).
 */
async function linkOnTheWay(folder: vscode.Uri, root: vscode.Uri): Promise<vscode.Uri | undefined> {
    const below = folder.path.slice(root.path.replace(/\/+$/, '').length).split('/').filter(Boolean);
    let current = root;
    for (const segment of below) {
        current = vscode.Uri.joinPath(current, segment);
        let type: number;
        try {
            type = (await vscode.workspace.fs.stat(current)).type;
        } catch {
            return undefined;
        }
        if (type & vscode.FileType.SymbolicLink) return current;
    }
    return undefined;
}

/** `name (2).docx`, `name (3).docx`, … the first that does not exist. */
export async function freeName(folder: vscode.Uri, base: string, ext: string): Promise<vscode.Uri> {
    for (let i = 2; ; i++) {
        const candidate = vscode.Uri.joinPath(folder, `${base} (${i})${ext}`);
        if (!(await exists(candidate))) return candidate;
    }
}

/** Writes through a temporary file next to the target, then renames it into place. */
export async function writeAtomically(target: vscode.Uri, bytes: Uint8Array, overwrite: boolean): Promise<void> {
    const folder = dirname(target);
    await vscode.workspace.fs.createDirectory(folder);
    const temp = vscode.Uri.joinPath(folder, `.esep-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}.tmp`);
    await vscode.workspace.fs.writeFile(temp, bytes);
    try {
        await vscode.workspace.fs.rename(temp, target, { overwrite });
    } catch (error) {
        await vscode.workspace.fs.delete(temp).then(undefined, () => undefined);
        throw error;
    }
}

async function generate(client: BaseLanguageClient, kind: ReportKind, arg: unknown): Promise<void> {
    const document = await targetDocument(arg);
    if (!document) return;
    const where = outputFolder(document.uri);
    const link = 'folder' in where ? await linkOnTheWay(where.folder, reportRoot(document.uri)) : undefined;
    if (link) {
        const open = l10n.t('Open Settings');
        const choice = await vscode.window.showErrorMessage(
            l10n.t('The report folder «{0}» (esep.report.outputFolder) goes through the link {1}, which may lead outside the workspace. Nothing was written: choose a folder inside the workspace that is not a link.',
                vscode.workspace.getConfiguration(SETTINGS_SECTION, document.uri).get<string>('report.outputFolder') ?? '', link.scheme === 'file' ? link.fsPath : link.toString()),
            open);
        if (choice === open) void vscode.commands.executeCommand('workbench.action.openSettings', 'esep.report.outputFolder');
        return;
    }
    if ('refused' in where) {
        const open = l10n.t('Open Settings');
        const choice = await vscode.window.showErrorMessage(
            l10n.t('The report folder «{0}» (esep.report.outputFolder) is outside the workspace {1}. Nothing was written: choose a folder inside it.',
                where.refused, where.root.scheme === 'file' ? where.root.fsPath : where.root.toString()),
            open);
        if (choice === open) void vscode.commands.executeCommand('workbench.action.openSettings', 'esep.report.outputFolder');
        return;
    }
    const settings = vscode.workspace.getConfiguration(SETTINGS_SECTION, document.uri);
    const params: RenderReportParams = { uri: document.uri.toString(), kind, lang: configuredLanguage() };
    // The form only, unless the user asked for the review appendix or the charts.
    if (kind !== 'plan' && settings.get<boolean>('report.review')) params.review = true;
    if (kind !== 'plan' && settings.get<boolean>('report.charts')) params.charts = true;
    let result: RenderReportResult;
    try {
        result = await vscode.window.withProgress(
            { location: vscode.ProgressLocation.Notification, title: kind === 'plan' ? l10n.t('Esep: making the plan…') : l10n.t('Esep: making the report…') },
            () => client.sendRequest<RenderReportResult>(RENDER_REPORT_REQUEST, params)
        );
    } catch (error) {
        void vscode.window.showErrorMessage(l10n.t('Esep did not answer ({0}). Try again; if it keeps happening, reload the window (command «Developer: Reload Window»).', String(error)));
        return;
    }
    if ('errors' in result) {
        const show = l10n.t('Show problems');
        const problems = result.problems ?? [];
        const choice = await vscode.window.showErrorMessage(l10n.t('Nothing was written.') + ' ' + result.errors.join(' '), ...(problems.length ? [show] : []));
        if (choice === show) await showProblems(document, problems);
        return;
    }
    const folder = where.folder;
    // The server names the file after the project and the kind, in the report's language
    // (made safe again here: a name is never a path).
    const base = safeFileName(result.fileName ? result.fileName.replace(/\.docx$/i, '') : `${safeFileName(result.projectName)}-${kind}`);
    let target = vscode.Uri.joinPath(folder, `${base}.docx`);
    let overwrite = false;
    if (await exists(target)) {
        const replace = l10n.t('Overwrite');
        const rename = l10n.t('Save as new name');
        // The close button is ours, in the user's language (VS Code would add an English «Cancel»).
        const cancel: vscode.MessageItem = { title: l10n.t('Cancel'), isCloseAffordance: true };
        const choice = await vscode.window.showWarningMessage(
            l10n.t('«{0}» already exists.', `${base}.docx`),
            { modal: true, detail: l10n.t('Replace it, or save the new one under another name?') },
            { title: replace }, { title: rename }, cancel
        );
        if (choice?.title === replace) overwrite = true;
        else if (choice?.title === rename) target = await freeName(folder, base, '.docx');
        else return;
    }
    try {
        await writeAtomically(target, base64ToBytes(result.data), overwrite);
    } catch (error) {
        void vscode.window.showErrorMessage(l10n.t('Could not write {0}: {1}', target.fsPath || target.toString(), String(error)));
        return;
    }
    const fileName = target.path.split('/').pop() ?? target.toString();
    const open = l10n.t('Open');
    const reveal = l10n.t('Reveal in Explorer');
    const warnings = result.warnings?.length ? ' ' + result.warnings.join(' ') : '';
    const choice = await vscode.window.showInformationMessage(l10n.t('Saved {0}.', fileName) + warnings, open, reveal);
    if (choice === open) {
        // A browser cannot open a .docx from the workspace: it is shown in the Explorer instead.
        if (target.scheme === 'file') void vscode.env.openExternal(target);
        else void vscode.commands.executeCommand('revealInExplorer', target);
    } else if (choice === reveal) {
        void vscode.commands.executeCommand(target.scheme === 'file' ? 'revealFileInOS' : 'revealInExplorer', target);
    }
}

/** Opens `document` at a problem the report named: the one, or the one picked from the list. */
async function showProblems(document: vscode.TextDocument, problems: { line: number; column: number; message: string }[]): Promise<void> {
    let chosen = problems[0];
    if (problems.length > 1) {
        const picked = await vscode.window.showQuickPick(
            problems.map(p => ({ label: p.message, description: `${p.line}:${p.column}`, problem: p })),
            { title: l10n.t('What the report needs'), placeHolder: l10n.t('Choose a line to go to') });
        if (!picked) return;
        chosen = picked.problem;
    }
    const position = new vscode.Position(Math.max(0, chosen.line - 1), Math.max(0, chosen.column - 1));
    await vscode.window.showTextDocument(document, { selection: new vscode.Range(position, position) });
}

/** Puts the skeleton's tab stops in place (the file's text does not change). */
async function withTabStops(editor: vscode.TextEditor | undefined, snippet: string): Promise<void> {
    if (!editor) return;
    const document = editor.document;
    const all = new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length));
    if (typeof editor.insertSnippet !== 'function') return;
    await editor.insertSnippet(new vscode.SnippetString(snippet), all, { undoStopBefore: false, undoStopAfter: false });
    if (!document.isUntitled) await document.save();
}

/**
 * The new project's text and its snippet (periods from today, empty quotes as tab stops): «New
 * project» and the empty file's «New project from the template» both start from it. Undefined
 * (after saying why) when the template cannot be read.
 */
async function readSkeleton(extensionUri: vscode.Uri): Promise<{ text: string; snippet: string } | undefined> {
    try {
        return fillSkeleton(new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, SKELETON))));
    } catch (error) {
        void vscode.window.showErrorMessage(l10n.t('Cannot read the project template: {0}', String(error)));
        return undefined;
    }
}

/** «New project from the template» on an empty .grant file: the same skeleton, with its tab stops. */
async function fillEmptyFile(extensionUri: vscode.Uri, uri: vscode.Uri): Promise<void> {
    const filled = await readSkeleton(extensionUri);
    if (!filled) return;
    const document = await vscode.workspace.openTextDocument(uri);
    if (document.getText().trim()) return;
    const editor = await vscode.window.showTextDocument(document);
    if (typeof editor?.insertSnippet === 'function') {
        await withTabStops(editor, filled.snippet);
        return;
    }
    const edit = new vscode.WorkspaceEdit();
    edit.insert(uri, new vscode.Position(0, 0), filled.text);
    await vscode.workspace.applyEdit(edit);
}

async function newProject(extensionUri: vscode.Uri, arg: unknown): Promise<void> {
    const filled = await readSkeleton(extensionUri);
    if (!filled) return;
    const { text: skeleton, snippet } = filled;
    let folder: vscode.Uri | undefined;
    if (arg instanceof vscode.Uri) {
        const stat = await vscode.workspace.fs.stat(arg).then(s => s, () => undefined);
        folder = stat?.type === vscode.FileType.Directory ? arg : dirname(arg);
    } else if (vscode.window.activeTextEditor?.document.uri.scheme === 'file' || vscode.window.activeTextEditor?.document.uri.scheme === 'vscode-vfs') {
        folder = dirname(vscode.window.activeTextEditor.document.uri);
    }
    folder ??= vscode.workspace.workspaceFolders?.[0]?.uri;
    if (!folder) {
        // No folder to write to: an unsaved editor with the skeleton.
        const doc = await vscode.workspace.openTextDocument({ language: LANGUAGE_ID, content: skeleton });
        await withTabStops(await vscode.window.showTextDocument(doc), snippet);
        return;
    }
    const target = folder;
    const withExt = (name: string) => (name.trim().toLowerCase().endsWith('.grant') ? name.trim() : `${name.trim()}.grant`);
    const name = await vscode.window.showInputBox({
        title: l10n.t('Esep: new project'),
        prompt: l10n.t('Name of the new .grant file'),
        value: 'жоба.grant',
        valueSelection: [0, 4],
        validateInput: async value => {
            if (!value.trim() || /[\\/:*?"<>|]/.test(value)) return l10n.t('The name must not be empty or contain \\ / : * ? " < > |.');
            if (await exists(vscode.Uri.joinPath(target, withExt(value)))) return l10n.t('A file named {0} already exists here.', withExt(value));
            return undefined;
        }
    });
    if (!name) return;
    const uri = vscode.Uri.joinPath(target, withExt(name));
    if (await exists(uri)) {
        void vscode.window.showErrorMessage(l10n.t('A file named {0} already exists here.', withExt(name)));
        return;
    }
    try {
        await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(skeleton));
    } catch (error) {
        void vscode.window.showErrorMessage(l10n.t('Could not write {0}: {1}', uri.fsPath || uri.toString(), String(error)));
        return;
    }
    await withTabStops(await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri)), snippet);
}

/** The status bar item: «✔ 47/52 көрсеткіш» for the active .grant file. */
class StatusBar implements vscode.Disposable {
    private readonly item = vscode.window.createStatusBarItem('esep.status', vscode.StatusBarAlignment.Left, 50);
    private timer: ReturnType<typeof setTimeout> | undefined;
    private readonly subscriptions: vscode.Disposable[] = [];
    private generation = 0;

    constructor(private readonly client: BaseLanguageClient) {
        this.item.name = 'Esep';
        this.item.command = 'workbench.actions.view.problems';
        this.subscriptions.push(
            vscode.window.onDidChangeActiveTextEditor(() => this.schedule(0)),
            vscode.workspace.onDidChangeTextDocument(e => {
                if (e.document === vscode.window.activeTextEditor?.document) this.schedule(400);
            }),
            vscode.workspace.onDidChangeConfiguration(e => {
                if (e.affectsConfiguration(SETTINGS_SECTION)) this.schedule(600);
            }),
            // New diagnostics mean the server has built the file again: the roll-up may have changed.
            vscode.languages.onDidChangeDiagnostics(e => {
                const active = vscode.window.activeTextEditor?.document.uri.toString();
                if (active && e.uris.some(u => u.toString() === active)) this.schedule(100);
            })
        );
    }

    schedule(delay: number): void {
        if (this.timer) clearTimeout(this.timer);
        this.timer = setTimeout(() => void this.update(), delay);
    }

    private async update(): Promise<void> {
        const document = vscode.window.activeTextEditor?.document;
        const generation = ++this.generation;
        if (!document || document.languageId !== LANGUAGE_ID) {
            this.item.hide();
            return;
        }
        try {
            const status = await this.client.sendRequest<StatusResult | null>(STATUS_REQUEST, { uri: document.uri.toString() });
            if (generation !== this.generation) return;
            if (!status) {
                this.item.hide();
                return;
            }
            this.item.text = status.text;
            this.item.tooltip = status.tooltip;
            this.item.backgroundColor = status.errors ? new vscode.ThemeColor('statusBarItem.errorBackground')
                : status.short > 0 ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
            this.item.show();
        } catch {
            this.item.hide();
        }
    }

    dispose(): void {
        if (this.timer) clearTimeout(this.timer);
        this.item.dispose();
        for (const s of this.subscriptions) s.dispose();
    }
}

/** What the extension hands to other extensions (and to tests through the VS Code API): `activate()`'s result. */
export interface EsepApi {
    /** The status bar's text for a .grant document («✔ 93/102 көрсеткіш»), or undefined when it has no project. */
    statusText(uri: string): Promise<string | undefined>;
}

/**
 * Registers the commands and the status bar item, then starts the client.
 * The commands exist even when the server fails to start (they then say so).
 */
export async function startClient(context: vscode.ExtensionContext, client: BaseLanguageClient): Promise<EsepApi> {
    const statusBar = new StatusBar(client);
    context.subscriptions.push(
        vscode.commands.registerCommand('esep.generateReport', (arg?: unknown) => generate(client, 'final', arg)),
        vscode.commands.registerCommand('esep.generatePlan', (arg?: unknown) => generate(client, 'plan', arg)),
        vscode.commands.registerCommand('esep.newProject', (arg?: unknown) => newProject(context.extensionUri, arg)),
        vscode.commands.registerCommand('esep.exportExcel', (arg?: unknown) => exportExcel(client, arg)),
        statusBar,
        vscode.workspace.onDidChangeConfiguration(e => {
            if (e.affectsConfiguration(`${SETTINGS_SECTION}.language`)) void loadStrings(context.extensionUri);
        })
    );
    registerImport(context, client, uri => fillEmptyFile(context.extensionUri, uri));
    await client.start();
    statusBar.schedule(0);
    return {
        statusText: async (uri: string) => (await client.sendRequest<StatusResult | null>(STATUS_REQUEST, { uri }))?.text
    };
}

/** Client options common to the Node and the web client. */
export function clientOptions() {
    return {
        documentSelector: [{ language: LANGUAGE_ID }],
        synchronize: { configurationSection: SETTINGS_SECTION }
    };
}
