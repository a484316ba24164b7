/**
 * «Esep: Export to Excel»: the server builds the workbook of the .grant file (its indicators,
 * its project row, its findings; headers in the esep.language), the client writes it next to
 * the file through vscode.workspace.fs (desktop and VS Code for the Web), asking before it
 * replaces a file that is already there.
 */
import * as vscode from 'vscode';
import * as l10n from '@vscode/l10n';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { EXPORT_EXCEL_REQUEST, type ExportExcelParams, type ExportExcelResult } from '../../language/src/lsp/protocol.js';
import { askOverwrite, base64ToBytes, exists, freeName, writeAtomically } from './files.js';
import { targetDocument } from './pick-grant.js';
import { configuredLanguage } from './ui-language.js';

export async function exportExcel(client: BaseLanguageClient, arg: unknown): Promise<vscode.Uri | undefined> {
    const document = await targetDocument(arg);
    if (!document) return undefined;
    const params: ExportExcelParams = { uri: document.uri.toString(), lang: configuredLanguage() };
    let result: ExportExcelResult;
    try {
        result = await vscode.window.withProgress(
            { location: vscode.ProgressLocation.Notification, title: l10n.t('Esep: exporting to Excel…') },
            () => client.sendRequest<ExportExcelResult>(EXPORT_EXCEL_REQUEST, params)
        );
    } catch (error) {
        void vscode.window.showErrorMessage(l10n.t('Esep did not answer ({0}). Try again; if it keeps happening, reload the window (command «Developer: Reload Window»).', String(error)));
        return undefined;
    }
    if ('errors' in result) {
        void vscode.window.showErrorMessage(l10n.t('Nothing was written.') + ' ' + result.errors.join(' '));
        return undefined;
    }
    const folder = vscode.Uri.joinPath(document.uri, '..');
    const base = result.fileName.replace(/\.xlsx$/i, '');
    let target = vscode.Uri.joinPath(folder, result.fileName);
    let overwrite = false;
    if (await exists(target)) {
        const choice = await askOverwrite(result.fileName, l10n.t('Replace it, or save the new one under another name?'));
        if (choice === 'overwrite') overwrite = true;
        else if (choice === 'rename') target = await freeName(folder, base, '.xlsx');
        else return undefined;
    }
    try {
        await writeAtomically(target, base64ToBytes(result.data), overwrite);
    } catch (error) {
        void vscode.window.showErrorMessage(l10n.t('Could not write {0}: {1}', target.fsPath || target.toString(), String(error)));
        return undefined;
    }
    const fileName = target.path.split('/').pop() ?? target.toString();
    // A spreadsheet opens in its own program: only a file on this machine can be handed to it.
    const open = l10n.t('Open');
    const reveal = l10n.t('Reveal in Explorer');
    const actions = target.scheme === 'file' ? [open, reveal] : [reveal];
    void vscode.window.showInformationMessage(l10n.t('Saved {0}.', fileName), ...actions).then(choice => {
        if (choice === open) void vscode.env.openExternal(target);
        else if (choice === reveal) void vscode.commands.executeCommand(target.scheme === 'file' ? 'revealFileInOS' : 'revealInExplorer', target);
    });
    return target;
}
