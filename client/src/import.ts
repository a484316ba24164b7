/**
 * «Esep: Import plan from Word/PDF…»: the signed plan (a .docx or .pdf in the
 * workspace, or picked from disk) becomes a draft .grant next to it, which
 * opens beside with its diagnostics. The server does the reading (the same
 * code as `esep import`); this file reads and writes through
 * `vscode.workspace.fs`, so it works in VS Code for the Web too.
 *
 * Entry points: the command palette, the Explorer's context menu on .docx/.pdf
 * files, and a CodeLens on an empty .grant file (the draft then fills it).
 */
import * as vscode from 'vscode';
import * as l10n from '@vscode/l10n';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { IMPORT_PLAN_REQUEST, type ImportPlanResult } from '../../language/src/lsp/protocol.js';
import { askOverwrite, exists, freeName } from './files.js';


function toBase64(bytes: Uint8Array): string {
    let binary = '';
    // Byte by byte: a spread of the file's bytes into one call would overflow the stack on a large file.
    for (let i = 0; i < bytes.length; i++) binary += String.fromCharCode(bytes[i]);
    return btoa(binary);
}

const baseName = (uri: vscode.Uri) => uri.path.split('/').pop() ?? uri.path;

/** The plan to import: the workspace's .docx/.pdf files first (what a person has), then «Browse…». */
async function pickSource(): Promise<vscode.Uri | undefined> {
    const found = await vscode.workspace.findFiles('**/*.{docx,pdf,DOCX,PDF}', '**/{node_modules,.git,out}/**', 200);
    const browse = l10n.t('Browse…');
    type Item = vscode.QuickPickItem & { uri?: vscode.Uri };
    const items: Item[] = found
        .sort((a, b) => a.path.localeCompare(b.path))
        .map(uri => ({ label: baseName(uri), description: vscode.workspace.asRelativePath(uri.with({ path: uri.path.replace(/\/[^/]*$/, '') })), uri }));
    items.push({ label: `$(folder-opened) ${browse}` });
    const choice = items.length > 1
        ? await vscode.window.showQuickPick(items, { title: l10n.t('Esep: Import plan from Word/PDF…'), placeHolder: l10n.t('The signed plan (Appendix 3) as .docx or .pdf') })
        : items[0];
    if (!choice) return undefined;
    if (choice.uri) return choice.uri;
    const picked = await vscode.window.showOpenDialog({
        canSelectMany: false, title: l10n.t('Esep: Import plan from Word/PDF…'),
        filters: { [l10n.t('Plan (Word, PDF)')]: ['docx', 'pdf'] },
        defaultUri: vscode.workspace.workspaceFolders?.[0]?.uri
    });
    return picked?.[0];
}

/** Where the draft goes: next to the source; an existing non-empty file only with the user's yes. */
async function targetFor(source: vscode.Uri): Promise<vscode.Uri | undefined> {
    const folder = vscode.Uri.joinPath(source, '..');
    const base = baseName(source).replace(/\.[^.]+$/, '');
    const target = vscode.Uri.joinPath(folder, `${base}.grant`);
    if (!(await exists(target))) return target;
    const content = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
    if (!content.trim()) return target;
    const choice = await askOverwrite(`${base}.grant`, l10n.t('Replace it with the imported draft, or save the draft under another name?'));
    if (choice === 'overwrite') return target;
    if (choice === 'rename') return freeName(folder, base, '.grant');
    return undefined;
}

export async function importPlanCommand(client: BaseLanguageClient, arg?: unknown): Promise<void> {
    // From the CodeLens of an empty .grant file: that file receives the draft.
    let into: vscode.TextDocument | undefined;
    let source: vscode.Uri | undefined;
    if (arg instanceof vscode.Uri && /\.grant$/i.test(arg.path)) into = await vscode.workspace.openTextDocument(arg);
    else if (arg instanceof vscode.Uri) source = arg;
    source ??= await pickSource();
    if (!source) return;
    let bytes: Uint8Array;
    try {
        bytes = await vscode.workspace.fs.readFile(source);
    } catch (error) {
        void vscode.window.showErrorMessage(l10n.t('Could not read {0}: {1}', baseName(source), String(error)));
        return;
    }
    let result: ImportPlanResult;
    try {
        result = await vscode.window.withProgress(
            { location: vscode.ProgressLocation.Notification, title: l10n.t('Esep: importing {0}…', baseName(source)) },
            () => client.sendRequest<ImportPlanResult>(IMPORT_PLAN_REQUEST, { data: toBase64(bytes), fileName: baseName(source!) })
        );
    } catch (error) {
        void vscode.window.showErrorMessage(l10n.t('Esep did not answer ({0}). Try again; if it keeps happening, reload the window (command «Developer: Reload Window»).', String(error)));
        return;
    }
    if ('error' in result) {
        void vscode.window.showErrorMessage(result.error);
        return;
    }
    let document: vscode.TextDocument;
    if (into && !into.getText().trim()) {
        const edit = new vscode.WorkspaceEdit();
        edit.replace(into.uri, new vscode.Range(0, 0, into.lineCount, 0), result.text);
        await vscode.workspace.applyEdit(edit);
        await into.save();
        document = into;
    } else {
        const target = await targetFor(source);
        if (!target) return;
        try {
            await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(result.text));
        } catch (error) {
            void vscode.window.showErrorMessage(l10n.t('Could not write {0}: {1}', target.fsPath || target.toString(), String(error)));
            return;
        }
        document = await vscode.workspace.openTextDocument(target);
    }
    // Beside the editor in use; in the first column when none is open.
    const column = vscode.window.activeTextEditor && vscode.window.activeTextEditor.document !== document ? vscode.ViewColumn.Beside : vscode.ViewColumn.Active;
    await vscode.window.showTextDocument(document, { viewColumn: column, preview: false });
    const c = result.counts;
    const problems = l10n.t('Show problems');
    const message = result.kind === 'report'
        ? c.notes
            ? l10n.t('Draft made from the final report {0}: {1} tasks, {2} activities, {3} indicators with a plan, {4} with a fact. Check the {5} lines marked ⚠ against the source.',
                baseName(source), c.tasks, c.activities, c.pairs, c.facts ?? 0, c.notes)
            : l10n.t('Draft made from the final report {0}: {1} tasks, {2} activities, {3} indicators with a plan, {4} with a fact. Read it through against the source.',
                baseName(source), c.tasks, c.activities, c.pairs, c.facts ?? 0)
        : c.notes
        ? l10n.t('Draft made from {0}: {1} tasks, {2} activities, {3} indicators with a plan. Check the {4} lines marked ⚠ against the source.',
            baseName(source), c.tasks, c.activities, c.pairs, c.notes)
        : l10n.t('Draft made from {0}: {1} tasks, {2} activities, {3} indicators with a plan. Read it through against the source.',
            baseName(source), c.tasks, c.activities, c.pairs);
    void vscode.window.showInformationMessage(message, problems).then(choice => {
        if (choice === problems) void vscode.commands.executeCommand('workbench.actions.view.problems');
    });
}

/** On an empty .grant file: «Import plan from Word/PDF…» above the first line. */
class EmptyFileLens implements vscode.CodeLensProvider {
    provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
        if (document.getText().trim()) return [];
        const range = new vscode.Range(0, 0, 0, 0);
        return [
            new vscode.CodeLens(range, { title: `$(cloud-download) ${l10n.t('Import plan from Word/PDF…')}`, command: 'esep.importPlan', arguments: [document.uri] }),
            new vscode.CodeLens(range, { title: l10n.t('New project from the template'), command: 'esep.fillSkeleton', arguments: [document.uri] })
        ];
    }
}

/** `fillEmpty`: what «New project» writes (client/src/new-project.ts), put into the empty file `uri`. */
export function registerImport(context: vscode.ExtensionContext, client: BaseLanguageClient, fillEmpty: (uri: vscode.Uri) => Promise<void>): void {
    context.subscriptions.push(
        vscode.commands.registerCommand('esep.importPlan', (arg?: unknown) => importPlanCommand(client, arg)),
        vscode.commands.registerCommand('esep.fillSkeleton', (uri: vscode.Uri) => fillEmpty(uri)),
        vscode.languages.registerCodeLensProvider({ language: 'grant' }, new EmptyFileLens())
    );
}

