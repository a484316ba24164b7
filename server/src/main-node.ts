/**
 * The language server for VS Code (and any LSP client) on Node, over IPC or
 * stdio. Bundled to out/server.cjs; esbuild puts the Object.groupBy /
 * Map.groupBy polyfill for Node 20 at the very top of the bundle (banner).
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { NodeFileSystem } from 'langium/node';
import { startLanguageServer } from 'langium/lsp';
import { createGrantServices } from '../../language/src/grant-module.js';
import { connectEsep, registerPreviewRenderer, registerReportRenderer } from '../../language/src/lsp/requests.js';
import { reportRendererFor } from './report/requests.js';
import { toBase64 } from './report/base64.js';
import { previewRendererFor } from './report/html.js';

const connection = createConnection(ProposedFeatures.all);
const { shared, Grant } = createGrantServices({ connection, ...NodeFileSystem });
registerReportRenderer(reportRendererFor(Grant), toBase64);
registerPreviewRenderer(previewRendererFor(Grant));
connectEsep(connection, shared, Grant);
startLanguageServer(shared);
