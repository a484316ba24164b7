/**
 * The Esep extension in VS Code for the Web: the language server runs as a
 * web worker (out/server-browser.js).
 */
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { clientOptions, startClient, type EsepApi } from './common.js';
import { loadStrings } from './ui-language.js';
import { registerPreview } from './preview.js';

let client: LanguageClient | undefined;

/**
 * The URL to start the server worker from. An extension served over http(s)
 * (vscode.dev, github.dev: the marketplace's CDN) or from a local folder is
 * started from its own URL. One installed on a remote server (code-server,
 * a codespace in the browser) has a `vscode-remote:` location, which VS Code's
 * web worker host refuses for workers («Creating workers from remote
 * extensions is currently not supported»): its script is read through
 * workspace.fs and started from a blob URL.
 */
export async function serverWorkerUrl(extensionUri: vscode.Uri): Promise<string> {
    const script = vscode.Uri.joinPath(extensionUri, 'out/server-browser.js');
    if (script.scheme === 'http' || script.scheme === 'https' || script.scheme === 'file') return script.toString(true);
    const bytes = await vscode.workspace.fs.readFile(script);
    return URL.createObjectURL(new Blob([new Uint8Array(bytes)], { type: 'text/javascript' }));
}

export async function activate(context: vscode.ExtensionContext): Promise<EsepApi> {
    await loadStrings(context.extensionUri);
    const worker = new Worker(await serverWorkerUrl(context.extensionUri));
    client = new LanguageClient('esep', 'Esep', worker, clientOptions());
    registerPreview(context, client, () => loadStrings(context.extensionUri));
    return startClient(context, client);
}

export async function deactivate(): Promise<void> {
    await client?.stop();
    client = undefined;
}
