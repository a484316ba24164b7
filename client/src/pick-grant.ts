/**
 * The .grant document a command is about: the clicked file, the active editor's, else one found
 * or picked elsewhere.
 */
import * as vscode from 'vscode';
import * as l10n from '@vscode/l10n';

export const LANGUAGE_ID = 'grant';

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

/**
 * The .grant document a command is about when no .grant editor is active — the command was run
 * from the walkthrough, the Welcome page or another panel: the one .grant editor on screen, else
 * the workspace's only .grant file, else the one the user picks. Undefined when there is none
 * (or the user cancels): the caller then says «Open a .grant file first.».
 */
export async function grantDocumentElsewhere(languageId: string): Promise<vscode.TextDocument | undefined> {
    const visible = (vscode.window.visibleTextEditors ?? []).map(e => e.document).filter(d => d.languageId === languageId);
    const distinct = [...new Map(visible.map(d => [d.uri.toString(), d])).values()];
    if (distinct.length === 1) return distinct[0];
    const files = await Promise.resolve(vscode.workspace.findFiles?.('**/*.grant', '**/node_modules/**', 200)).catch(() => undefined) ?? [];
    if (files.length === 0) return undefined;
    if (files.length === 1) return vscode.workspace.openTextDocument(files[0]);
    const items = files
        .map(uri => ({ label: vscode.workspace.asRelativePath(uri), uri }))
        .sort((a, b) => a.label.localeCompare(b.label));
    const picked = await vscode.window.showQuickPick(items, { title: l10n.t('Which project?'), placeHolder: l10n.t('Choose a .grant file') });
    return picked ? vscode.workspace.openTextDocument(picked.uri) : undefined;
}
