/**
 * The language server as a web worker (VS Code for the Web). Bundled to
 * out/server-browser.js; no file system: documents come from the client.
 */
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { EmptyFileSystem } from 'langium';
import { startLanguageServer } from 'langium/lsp';
import { createGrantServices } from '../../language/src/grant-module.js';
import { connectEsep } from '../../language/src/lsp/requests.js';
import { ReportModule } from './report/module.js';
import { connectPortfolio } from './portfolio/requests.js';
import { connectLiveCompletion } from '../../language/src/lsp/live-build.js';
import { countingIncoming } from '../../language/src/lsp/incoming.js';
import { connectImport } from './import/requests.js';
import { setPdfLoader, type PdfLib } from './import/pdf-lib.js';

// The worker's global scope is the message port (typed as a Worker: the project compiles with the DOM lib).
const port = self as unknown as Worker;

const messageReader = new BrowserMessageReader(port);
const messageWriter = new BrowserMessageWriter(port);
const connection = createConnection(messageReader, messageWriter, countingIncoming());
const { shared, Grant } = createGrantServices({ connection, ...EmptyFileSystem }, ReportModule);
connectEsep(connection, shared, Grant);
connectImport(connection, Grant);
// The PDF library is out/pdf-reader.js beside this worker script (one copy for both servers).
setPdfLoader(async () => {
    const scope = self as unknown as { importScripts(url: string): void; location: { href: string }; EsepPdfReader?: PdfLib };
    scope.importScripts(new URL('pdf-reader.js', scope.location.href).href);
    if (!scope.EsepPdfReader) throw new Error('out/pdf-reader.js did not load');
    return scope.EsepPdfReader;
});
connectPortfolio(connection, shared, Grant);
startLanguageServer(shared);
// After Langium's handlers: completion answers from the last parse instead of waiting for the next one.
connectLiveCompletion(connection, shared, Grant);
