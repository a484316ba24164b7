/**
 * One file's text → its portfolio rows, through the same services the editor uses (parse,
 * validation, the evaluated model). The document is dropped afterwards: a batch keeps rows,
 * never the syntax trees. No file system here (Node and browser worker).
 */
import { URI, type LangiumDocument } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { GrantServices } from '../../../language/src/grant-module.js';
import type { Lang } from '../../../language/src/i18n.js';
import { L } from './labels.js';
import { rowsOf, type FileRows } from './rows.js';

export interface Services {
    shared: LangiumSharedServices;
    Grant: GrantServices;
}

let counter = 0;

/** Builds (parses and validates) the text as a document, hands it to `use`, and drops it. */
export async function withDocument<T>(services: Services, text: string, path: string | undefined,
    use: (document: LangiumDocument) => T): Promise<T> {
    const { shared } = services;
    const uri = path ? URI.file(path) : URI.parse(`memory:///portfolio-${++counter}.grant`);
    const documents = shared.workspace.LangiumDocuments;
    if (documents.hasDocument(uri)) documents.deleteDocument(uri);
    const document = shared.workspace.LangiumDocumentFactory.fromString(text, uri);
    documents.addDocument(document);
    try {
        await shared.workspace.DocumentBuilder.build([document], { validation: true });
        return use(document);
    } finally {
        // Through the builder, so every per-document cache (the evaluated model holds the whole
        // syntax tree) hears of the deletion; deleting from LangiumDocuments alone kept them all.
        await shared.workspace.DocumentBuilder.update([], [uri]);
    }
}

/**
 * The rows of one file's text. `file` is the name shown in the tables; `path` makes the document's URI.
 * The rows are a copy that owns its strings: a name or a title read from the file is a slice
 * of the file's whole text in V8, and a batch that keeps a thousand project rows would keep a
 * thousand file texts with them (about 100 MB for 1 000 files of 90 KB).
 */
export async function rowsOfText(services: Services, text: string, file: string, lang: Lang, path?: string): Promise<FileRows> {
    return withDocument(services, text, path, document =>
        structuredClone(rowsOf(file, document, services.Grant.model.Evaluator.get(document), L('problem.noProject', lang))));
}
