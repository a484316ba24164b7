/**
 * How the server keeps up with a user typing in a big file.
 *
 * Langium rebuilds a document on every change and cancels the build of the
 * change before: when one build (parse + checks) takes longer than the pause
 * between two keystrokes, no build ever finishes while the user types, no
 * squiggle is published, and every request that waits for the document (all
 * of them, completion included) waits until typing stops — seconds, on a
 * 4 000-line file on a busy machine. Here instead:
 *
 *  - Builds are coalesced, not cancelled: a change that arrives while a build
 *    runs waits for it, and the next build takes every change made meanwhile.
 *    A keystroke's squiggles come at most about two builds later, however fast
 *    the typing (`GrantDocumentUpdateHandler`).
 *  - A build starts a moment after the change (`BUILD_DELAY_MS`), so the
 *    completion the editor asks right after a keystroke is answered before the
 *    parse takes the thread.
 *  - Completion does not wait for the build: it reads the text as it is now and
 *    the syntax tree of the last parse (completion.ts maps the tree's places
 *    onto the new text), `connectLiveCompletion`.
 *  - Diagnostics say which version of the document they are of
 *    (`publishDiagnostics.version`), so a client can tell fresh ones from late ones.
 */
import { DocumentState, URI, isOperationCancelled, type LangiumDocument } from 'langium';
import { DefaultDocumentUpdateHandler, type LangiumSharedServices } from 'langium/lsp';
import { LSPErrorCodes, ResponseError, type CancellationToken, type CompletionParams, type Connection, type PublishDiagnosticsParams } from 'vscode-languageserver';
import type { GrantServices } from '../grant-module.js';

/** Milliseconds between a change and the build it starts (when no build is running). */
export const BUILD_DELAY_MS = 15;

export class GrantDocumentUpdateHandler extends DefaultDocumentUpdateHandler {
    private readonly changed = new Map<string, URI>();
    private readonly deleted = new Map<string, URI>();
    private running = false;
    private timer: ReturnType<typeof setTimeout> | undefined;
    /** The delay of the next build; tests set 0. */
    delay = BUILD_DELAY_MS;

    protected override fireDocumentUpdate(changed: URI[], deleted: URI[]): void {
        for (const uri of changed) {
            this.deleted.delete(uri.toString());
            this.changed.set(uri.toString(), uri);
        }
        for (const uri of deleted) {
            this.changed.delete(uri.toString());
            this.deleted.set(uri.toString(), uri);
        }
        this.schedule();
    }

    private schedule(): void {
        if (this.running || this.timer) return;
        this.timer = setTimeout(() => {
            this.timer = undefined;
            void this.flush();
        }, this.delay);
    }

    private async flush(): Promise<void> {
        this.running = true;
        const changed = [...this.changed.values()];
        const deleted = [...this.deleted.values()];
        this.changed.clear();
        this.deleted.clear();
        try {
            await this.workspaceManager.ready;
            await this.workspaceLock.write(token => this.documentBuilder.update(changed, deleted, token));
        } catch (error) {
            if (!isOperationCancelled(error)) console.error('Esep: a document update failed:', error);
        } finally {
            this.running = false;
            if (this.changed.size || this.deleted.size) this.schedule();
        }
    }
}

/**
 * `publishDiagnostics` with the version of the text they were computed from
 * (Langium's diagnostics handler sends none). Call before startLanguageServer.
 */
export function connectVersionedDiagnostics(connection: Connection, shared: LangiumSharedServices): void {
    const parsed = new Map<string, number>();
    shared.workspace.DocumentBuilder.onDocumentPhase(DocumentState.Parsed, document => {
        // The parse has just read this text document (no message is handled between the two).
        const version = shared.workspace.TextDocuments?.get(document.uri.toString())?.version;
        if (version === undefined) parsed.delete(document.uri.toString());
        else parsed.set(document.uri.toString(), version);
    });
    shared.workspace.DocumentBuilder.onUpdate((_changed, deleted) => {
        for (const uri of deleted) parsed.delete(uri.toString());
    });
    const send = connection.sendDiagnostics.bind(connection);
    connection.sendDiagnostics = (params: PublishDiagnosticsParams) =>
        send(params.version === undefined && parsed.has(params.uri) ? { ...params, version: parsed.get(params.uri) } : params);
}

/**
 * Completion answered from the text as it is and the last parse of it,
 * without waiting for the build the last keystroke started. Only a document
 * never parsed yet (just opened) is waited for. Call after startLanguageServer
 * (it replaces Langium's completion handler).
 */
export function connectLiveCompletion(connection: Connection, shared: LangiumSharedServices, grant: GrantServices): void {
    const documents = shared.workspace.LangiumDocuments;
    const builder = shared.workspace.DocumentBuilder;
    connection.onCompletion(async (params: CompletionParams, token: CancellationToken) => {
        const uri = URI.parse(params.textDocument.uri);
        try {
            let document: LangiumDocument | undefined = documents.getDocument(uri);
            if (!document || !document.parseResult.value.$cstNode) {
                await shared.workspace.WorkspaceManager.ready;
                await builder.waitUntil(DocumentState.Parsed, uri, token);
                document = documents.getDocument(uri);
            }
            if (!document || !shared.ServiceRegistry.hasServices(uri)) return null;
            return (await grant.lsp.CompletionProvider?.getCompletion(document, params, token)) ?? null;
        } catch (error) {
            if (isOperationCancelled(error)) return new ResponseError(LSPErrorCodes.RequestCancelled, 'The request has been cancelled.');
            if (error instanceof ResponseError) return error;
            throw error;
        }
    });
}
