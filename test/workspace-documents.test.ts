/**
 * Two callers loading the same file at once (the workspace's first load and a request about the
 * file just opened) get one document; Langium's own getOrCreateDocument threw «… is already
 * present» for the second, and the server was left without a build (language/src/workspace-documents.ts).
 */
import { describe, expect, test } from 'vitest';
import { EmptyFileSystem, URI, type FileSystemNode, type FileSystemProvider } from 'langium';
import { createGrantServices } from '../language/src/grant-module.js';

const TEXT = 'жоба "Т" {\n    гранталушы: "А"\n}\n';

/** A file system whose one file takes a moment to read, as a real disk under load does. */
function slowFiles(ms: number): FileSystemProvider {
    const node = (uri: URI): FileSystemNode => ({ isFile: true, isDirectory: false, uri });
    const later = <T>(value: T) => new Promise<T>(resolve => setTimeout(() => resolve(value), ms));
    return {
        stat: async uri => node(uri),
        statSync: uri => node(uri),
        exists: async () => true,
        existsSync: () => true,
        readBinary: async () => later(new TextEncoder().encode(TEXT)),
        readBinarySync: () => new TextEncoder().encode(TEXT),
        readFile: async () => later(TEXT),
        readFileSync: () => TEXT,
        readDirectory: async () => [],
        readDirectorySync: () => []
    } as FileSystemProvider;
}

describe('loading the same file twice at once', () => {
    const uri = URI.file('/work/жоба.grant');

    test('two callers get one document, and it is the workspace\'s', async () => {
        const { shared } = createGrantServices({ ...EmptyFileSystem, fileSystemProvider: () => slowFiles(20) });
        const documents = shared.workspace.LangiumDocuments;
        const [a, b] = await Promise.all([documents.getOrCreateDocument(uri), documents.getOrCreateDocument(uri)]);
        expect(a).toBe(b);
        expect(documents.getDocument(uri)).toBe(a);
        expect(documents.all.toArray()).toHaveLength(1);
    });

    test('a document added while the file is read (the editor\'s) is the one returned', async () => {
        const { shared } = createGrantServices({ ...EmptyFileSystem, fileSystemProvider: () => slowFiles(20) });
        const documents = shared.workspace.LangiumDocuments;
        const loading = documents.getOrCreateDocument(uri);
        const opened = shared.workspace.LangiumDocumentFactory.fromString(TEXT, uri);
        documents.addDocument(opened);
        expect(await loading).toBe(opened);
        expect(documents.all.toArray()).toHaveLength(1);
    });
});
