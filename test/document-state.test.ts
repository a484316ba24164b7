/**
 * A request about a document waits for its build even when another build has meanwhile brought
 * the workspace to the state the request needs. Langium answered «Document state of … is
 * IndexedReferences, requiring Validated, but workspace state is already Validated» and the
 * request failed (seen as a failed textDocument/codeAction in an end-to-end run with the
 * report preview open); GrantDocumentBuilder.awaitDocumentState waits for the document instead.
 */
import { describe, expect, test } from 'vitest';
import { DocumentState, EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import { createGrantServices } from '../language/src/grant-module.js';

const TEXT = 'жоба "Т" {\n    гранталушы: "А"\n}\n';

describe('a request during two interleaved builds', () => {
    test('waits for its own document\'s validation, and gets it', async () => {
        const { shared } = createGrantServices(EmptyFileSystem);
        const factory = shared.workspace.LangiumDocumentFactory;
        const documents = shared.workspace.LangiumDocuments;
        const builder = shared.workspace.DocumentBuilder;
        const slow = factory.fromString(TEXT, URI.parse('memory:///slow.grant'));
        const other = factory.fromString(TEXT, URI.parse('memory:///other.grant'));
        documents.addDocument(slow);
        documents.addDocument(other);

        // The slow document's validation waits for a gate, as an await inside the checks lets other work in.
        let open!: () => void;
        const gate = new Promise<void>(resolve => { open = resolve; });
        const inner = builder as unknown as { validate(doc: LangiumDocument, token: unknown): Promise<void> };
        const validate = inner.validate.bind(builder);
        let reached!: () => void;
        const atValidation = new Promise<void>(resolve => { reached = resolve; });
        inner.validate = async (doc, token) => {
            if (doc === slow) { reached(); await gate; }
            return validate(doc, token);
        };

        const slowBuild = builder.build([slow], { validation: true });
        await atValidation;
        expect(slow.state).toBe(DocumentState.IndexedReferences);
        // Another build runs to its end meanwhile: the workspace says «Validated».
        await builder.build([other], { validation: true });
        expect(other.state).toBe(DocumentState.Validated);

        const request = builder.waitUntil(DocumentState.Validated, slow.uri);
        const settled = { value: 'pending' as string };
        request.then(() => { settled.value = 'resolved'; }, (e: Error) => { settled.value = `rejected: ${e.message}`; });
        await new Promise(resolve => setTimeout(resolve, 20));
        expect(settled.value).toBe('pending');

        open();
        await slowBuild;
        await expect(request).resolves.toEqual(slow.uri);
        expect(slow.state).toBe(DocumentState.Validated);
        expect(slow.diagnostics).toBeDefined();
    });
});
