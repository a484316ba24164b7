/**
 * Langium's documents of the workspace, with one race closed. `getOrCreateDocument` reads a file
 * that is not loaded yet and then adds it; while it waits on the file, another caller can add the
 * same document — the workspace's first load and a request about the file just opened in the
 * editor (Langium answers such a request beside a running build) — and Langium's add then throws
 * «A document with the URI … is already present». Thrown inside the workspace's start-up, it left
 * the server without a build: no squiggles, lenses or hovers for the file the user had just opened
 * (seen once in an end-to-end run). Here the caller that comes second gets the document the first
 * one added.
 */
import { DefaultLangiumDocuments, type LangiumDocument, type URI } from 'langium';
import type { CancellationToken } from 'vscode-languageserver';

export class GrantLangiumDocuments extends DefaultLangiumDocuments {
    override async getOrCreateDocument(uri: URI, cancellationToken?: CancellationToken): Promise<LangiumDocument> {
        const present = this.getDocument(uri);
        if (present) return present;
        const document = await this.langiumDocumentFactory.fromUri(uri, cancellationToken);
        // Added by someone else while the file was read: that one is the workspace's.
        const added = this.getDocument(uri);
        if (added) return added;
        this.addDocument(document);
        return document;
    }
}
