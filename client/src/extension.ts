/**
 * The Esep extension on the desktop: starts the bundled language server
 * (out/server.cjs) over IPC for .grant files and registers the commands.
 */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { clientOptions, startClient, type EsepApi } from './common.js';
import { loadStrings } from './ui-language.js';
import { SERVER_EXEC_ARGV } from '../../language/src/lsp/protocol.js';
import { registerPreview } from './preview.js';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<EsepApi> {
    await loadStrings(context.extensionUri);
    const module = context.asAbsolutePath('out/server.cjs');
    const serverOptions: ServerOptions = {
        run: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_EXEC_ARGV] } },
        debug: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_EXEC_ARGV, '--nolazy', '--inspect=6009'] } }
    };
    client = new LanguageClient('esep', 'Esep', serverOptions, clientOptions());
    registerPreview(context, client, () => loadStrings(context.extensionUri));
    return startClient(context, client);
}

export async function deactivate(): Promise<void> {
    await client?.stop();
    client = undefined;
}
