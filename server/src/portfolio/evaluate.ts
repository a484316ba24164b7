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
 * A name or a title in the rows is a slice of the file's whole text (in V8): whoever keeps rows
 * or strings of many files keeps copies that own their characters (`structuredClone`, as a
 * worker's message is), else it keeps every file's text with them (about 100 MB for 1 000
 * files of 90 KB).
 */
export async function rowsOfText(services: Services, text: string, file: string, lang: Lang, path?: string): Promise<FileRows> {
    return withDocument(services, text, path, document =>
        rowsOf(file, document, services.Grant.model.Evaluator.get(document), L('problem.noProject', lang)));
}
