/**
 * Loading .grant text into Langium documents outside an editor (CLI, tests,
 * benchmarks). No file system access here: callers hand in the text.
 */
import { URI, type LangiumDocument } from 'langium';
import type { GrantFile } from '../../language/src/generated/ast.js';
import type { GrantServices } from '../../language/src/grant-module.js';
import type { LangiumSharedServices } from 'langium/lsp';

let counter = 0;

export async function loadDocument(shared: LangiumSharedServices, _grant: GrantServices, text: string, path?: string): Promise<LangiumDocument<GrantFile>> {
    const uri = path ? URI.file(path) : URI.parse(`memory:///doc${++counter}.grant`);
    const documents = shared.workspace.LangiumDocuments;
    if (documents.hasDocument(uri)) documents.deleteDocument(uri);
    const document = shared.workspace.LangiumDocumentFactory.fromString<GrantFile>(text, uri);
    documents.addDocument(document);
    await shared.workspace.DocumentBuilder.build([document], { validation: true });
    return document;
}
