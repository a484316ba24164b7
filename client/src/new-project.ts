/**
 * «New project»: a new .grant file from the template (templates/skeletons), with its tab stops;
 * and the same skeleton put into an empty .grant file.
 */
import * as vscode from 'vscode';
import * as l10n from '@vscode/l10n';
import { fillSkeleton } from './skeleton.js';
import { LANGUAGE_ID } from './pick-grant.js';
import { dirname, exists } from './files.js';

const SKELETON = 'templates/skeletons/project.kk.grant';

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
export async function fillEmptyFile(extensionUri: vscode.Uri, uri: vscode.Uri): Promise<void> {
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

export async function newProject(extensionUri: vscode.Uri, arg: unknown): Promise<void> {
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
