/**
 * What the Node and the web extension share: the commands, the status bar item, and the client's
 * options. The commands' own files: report-command.ts, new-project.ts, export-excel.ts, import.ts.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { SETTINGS_SECTION, STATUS_REQUEST, type StatusResult } from '../../language/src/lsp/protocol.js';
import { LANGUAGE_ID } from './pick-grant.js';
import { loadStrings } from './ui-language.js';
import { generate } from './report-command.js';
import { fillEmptyFile, newProject } from './new-project.js';
import { StatusBar } from './status-bar.js';
import { registerImport } from './import.js';
import { exportExcel } from './export-excel.js';

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
