/**
 * The Esep extension in VS Code for the Web: the language server runs as a
 * web worker (out/server-browser.js).
 */
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { clientOptions, loadStrings, startClient } from './common.js';
import { registerPreview } from './preview.js';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
    await loadStrings(context.extensionUri);
    const worker = new Worker(vscode.Uri.joinPath(context.extensionUri, 'out/server-browser.js').toString(true));
    client = new LanguageClient('esep', 'Esep', worker, clientOptions());
    registerPreview(context, client, () => loadStrings(context.extensionUri));
    await startClient(context, client);
}

export async function deactivate(): Promise<void> {
    await client?.stop();
    client = undefined;
}
