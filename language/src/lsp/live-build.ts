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
 *  - Before a build starts, the messages the editor has already sent are read
 *    (incoming.ts): its changes join the build instead of each waiting for one.
 *  - Builds are coalesced, not cancelled: a change that arrives while a build
 *    runs queues the next build at once (requests and previews wait for it),
 *    the running one finishes, and the next takes every change made meanwhile.
 *    A keystroke's squiggles come at most about two builds later, however fast
 *    the typing (`GrantDocumentUpdateHandler`, with workspace-lock.ts).
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
import { GrantWorkspaceLock } from './workspace-lock.js';
import { takeWaitingMessages } from './incoming.js';
import { GrantDocumentFactory } from '../document-factory.js';
import { isProvisional } from '../incremental-parse.js';
import { GrantDocumentBuilder, GrantDocumentValidator } from '../validation/fast-validation.js';

/** How long typing must pause before a provisional parse is replaced by a parse of the whole text. */
const PAUSE_MS = 300;
/** How long a build waits for the messages the editor sends right after a change. */
const FIRST_MESSAGES_MS = 2;

export class GrantDocumentUpdateHandler extends DefaultDocumentUpdateHandler {
    private readonly changed = new Map<string, URI>();
    /** Documents whose last parse is provisional, with the timer of their whole parse. */
    private readonly exact = new Map<string, ReturnType<typeof setTimeout>>();
    private readonly deleted = new Map<string, URI>();
    /** A build is queued that has not taken the changes yet: it will take these too. */
    private queued = false;
    private readonly documents: LangiumSharedServices['workspace']['LangiumDocuments'];
    private readonly texts: LangiumSharedServices['workspace']['TextDocuments'] | undefined;

    constructor(services: LangiumSharedServices) {
        super(services);
        const factory = services.workspace.LangiumDocumentFactory;
        // While the user types, a block with a syntax error is parsed alone (incremental-parse.ts).
        if (factory instanceof GrantDocumentFactory) factory.provisional = true;
        this.documents = services.workspace.LangiumDocuments;
        this.texts = services.workspace.TextDocuments;
        // Between the parse and the checks, the messages that came meanwhile are read: a completion asked
        // while a keystroke's build runs is answered then, not after the checks (10–20 ms on 10 000 lines).
        services.workspace.DocumentBuilder.onBuildPhase(DocumentState.IndexedReferences, () => takeWaitingMessages(20));
    }

    /** The user changed the text: document-wide requests wait for a pause in typing (workspace-lock.ts). */
    override didChangeContent(change: Parameters<DefaultDocumentUpdateHandler['didChangeContent']>[0]): void {
        if (this.workspaceLock instanceof GrantWorkspaceLock) this.workspaceLock.noteChange();
        super.didChangeContent(change);
    }

    protected override fireDocumentUpdate(changed: URI[], deleted: URI[]): void {
        this.reuseFindings();
        for (const uri of [...changed, ...deleted]) {
            clearTimeout(this.exact.get(uri.toString()));
            this.exact.delete(uri.toString());
        }
        for (const uri of changed) {
            this.deleted.delete(uri.toString());
            this.changed.set(uri.toString(), uri);
            // Requests for this document wait for the build from now on: until it starts (it first reads
            // the messages already sent), the tree is of the text before this change.
            const document = this.documents.getDocument(uri);
            if (document && document.state > DocumentState.Changed) {
                if (this.documentBuilder instanceof GrantDocumentBuilder) this.documentBuilder.markChanged(document);
                else this.documentBuilder.resetToState(document, DocumentState.Changed);
            }
        }
        for (const uri of deleted) {
            this.changed.delete(uri.toString());
            this.deleted.set(uri.toString(), uri);
        }
        if (this.queued) return;
        this.queued = true;
        const build = async (token: CancellationToken) => {
            // The editor sends a keystroke's change and its completion request one after the other: a
            // moment's wait lets the request in before the parse, which would otherwise keep it waiting.
            // Not for a document just opened: requests about it fail until the build has added it.
            if ([...this.changed.values()].every(uri => this.documents.hasDocument(uri))) {
                await new Promise(resolve => setTimeout(resolve, FIRST_MESSAGES_MS));
            }
            // The changes and cancellations already sent join this build (incoming.ts).
            await takeWaitingMessages();
            this.queued = false;
            const changedNow = [...this.changed.values()];
            const deletedNow = [...this.deleted.values()];
            this.changed.clear();
            this.deleted.clear();
            await this.documentBuilder.update(changedNow, deletedNow, token);
            this.parseWholeOnPause(changedNow);
        };
        const lock = this.workspaceLock;
        this.workspaceManager.ready
            // Queued behind a running build, which finishes (Langium's lock would cancel it).
            .then(() => (lock instanceof GrantWorkspaceLock ? lock.queueWrite(build, false) : lock.write(build)))
            .catch(error => {
                this.queued = false;
                if (!isOperationCancelled(error)) console.error('Esep: a document update failed:', error);
            });
    }

    /** While the user types, the findings of activities an edit did not touch are kept (validation/reused-findings.ts). */
    private reuseFindings(): void {
        for (const services of this.serviceRegistry.all) {
            const validator = services.validation.DocumentValidator;
            if (validator instanceof GrantDocumentValidator) validator.reuseFindings = true;
        }
    }

    /** A provisional parse is followed, once typing pauses, by a parse of the whole text and its checks. */
    private parseWholeOnPause(uris: URI[]): void {
        for (const uri of uris) {
            const key = uri.toString();
            const document = this.documents.getDocument(uri);
            if (!document || !isProvisional(document.parseResult) || this.exact.has(key)) continue;
            const version = this.texts?.get(key)?.version;
            this.exact.set(key, setTimeout(() => {
                this.exact.delete(key);
                // The timer may be late (a long build, a busy machine) and a keystroke already sent but not
                // read yet: read what has arrived first, and parse whole only if the text is still the same.
                void takeWaitingMessages().then(() => {
                    if (this.exact.has(key) || this.texts?.get(key)?.version !== version) return;
                    if (this.documents.getDocument(uri)?.parseResult === document.parseResult) this.fireDocumentUpdate([uri], []);
                });
            }, PAUSE_MS));
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
    let previous: Promise<unknown> = Promise.resolve();
    connection.sendDiagnostics = (params: PublishDiagnosticsParams) => {
        const versioned = params.version === undefined && parsed.has(params.uri) ? { ...params, version: parsed.get(params.uri) } : params;
        // A completion asked while these were computed goes out first: its list is what the user waits
        // for, and the diagnostics of a big file take a while to write (half a megabyte on 10 000 lines).
        // In order: a publication never overtakes an earlier one.
        const sent = previous.then(() => takeWaitingMessages()).then(() => Promise.allSettled([...answering])).then(() => send(versioned));
        previous = sent.catch(() => undefined);
        return sent;
    };
}

/** The completions being answered now (`connectLiveCompletion`). */
const answering = new Set<Promise<unknown>>();

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
            const answer = Promise.resolve(grant.lsp.CompletionProvider?.getCompletion(document, params, token));
            answering.add(answer);
            const done = () => { answering.delete(answer); };
            answer.then(done, done);
            const list = (await answer) ?? null;
            return list;
        } catch (error) {
            if (isOperationCancelled(error)) return new ResponseError(LSPErrorCodes.RequestCancelled, 'The request has been cancelled.');
            if (error instanceof ResponseError) return error;
            throw error;
        }
    });
}
