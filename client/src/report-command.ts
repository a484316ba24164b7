/**
 * «Make the report» and «Make the plan»: where the .docx may go (the `esep.report.outputFolder`
 * setting, never outside the workspace nor through a link), the server's render, the choice
 * when the file exists, the atomic write, and the problems that stopped it.
 */
import * as vscode from 'vscode';
import * as l10n from '@vscode/l10n';
import type { BaseLanguageClient } from 'vscode-languageclient';
import {
    RENDER_REPORT_REQUEST, SETTINGS_SECTION, type RenderReportParams, type RenderReportResult, type ReportKind
} from '../../language/src/lsp/protocol.js';
import { targetDocument } from './pick-grant.js';
import { configuredLanguage } from './ui-language.js';
import { askOverwrite, base64ToBytes, dirname, exists, freeName, isInside, safeFileName, writeAtomically } from './files.js';

/** Where reports may be written: the workspace folder of the .grant file, else the file's own folder. */
function reportRoot(source: vscode.Uri): vscode.Uri {
    return vscode.workspace.getWorkspaceFolder(source)?.uri ?? dirname(source);
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

export async function generate(client: BaseLanguageClient, kind: ReportKind, arg: unknown): Promise<void> {
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
        const choice = await askOverwrite(`${base}.docx`, l10n.t('Replace it, or save the new one under another name?'));
        if (choice === 'overwrite') overwrite = true;
        else if (choice === 'rename') target = await freeName(folder, base, '.docx');
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
