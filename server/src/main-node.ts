/**
 * The language server for VS Code (and any LSP client) on Node, over IPC or
 * stdio. Bundled to out/server.cjs; esbuild puts the Object.groupBy /
 * Map.groupBy polyfill for Node 20 at the very top of the bundle (banner).
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { SafeNodeFileSystem } from './node-files.js';
import { startLanguageServer } from 'langium/lsp';
import { createGrantServices } from '../../language/src/grant-module.js';
import { connectEsep } from '../../language/src/lsp/requests.js';
import { ReportModule } from './report/module.js';
import { connectPortfolio } from './portfolio/requests.js';
import { connectLiveCompletion } from '../../language/src/lsp/live-build.js';
import { countingIncoming } from '../../language/src/lsp/incoming.js';
import { connectImport } from './import/requests.js';
import { setPdfLoader, type PdfLib } from './import/pdf-lib.js';

const connection = createConnection(ProposedFeatures.all, countingIncoming());
// Last line of defence (the providers and requests are guarded in language/src/lsp/safe-providers.ts):
// a promise nobody awaits that rejects, or an exception thrown from a timer, would end the process.
// It is logged on the client's output channel and the server keeps serving.
const keepServing = (what: string) => (error: unknown) => {
    try {
        connection.console.error(`Esep: ${what}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    } catch {
        // The connection is gone: nothing to tell.
    }
};
process.on('unhandledRejection', keepServing('unhandled rejection'));
process.on('uncaughtException', keepServing('uncaught exception'));
const { shared, Grant } = createGrantServices({ connection, ...SafeNodeFileSystem }, ReportModule);
connectEsep(connection, shared, Grant);
connectImport(connection, Grant);
// The PDF library is out/pdf-reader.js beside this bundle (one copy for both servers). The package
// is "type": "module", so Node would take a .js for ESM: the script is loaded as a module and read from the global it sets.
setPdfLoader(async () => {
    // A literal path, resolved beside out/server.cjs; the script sets its global as it does in the worker.
    await import('./pdf-reader.js');
    const lib = (globalThis as { EsepPdfReader?: PdfLib }).EsepPdfReader;
    if (!lib) throw new Error('out/pdf-reader.js did not load');
    return lib;
});
connectPortfolio(connection, shared, Grant);
startLanguageServer(shared);
// After Langium's handlers: completion answers from the last parse instead of waiting for the next one.
connectLiveCompletion(connection, shared, Grant);
