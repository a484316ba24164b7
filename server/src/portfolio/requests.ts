/**
 * `esep/exportExcel` (protocol.ts): the workbook of an open document, built by the same
 * code as `esep export`, sent as base64 for the client to write with vscode.workspace.fs
 * (so it works in VS Code for the Web too). Used by the Node server and the browser worker.
 */
import { DocumentState, URI, UriUtils } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { Connection } from 'vscode-languageserver';
import type { GrantServices } from '../../../language/src/grant-module.js';
import { isLang } from '../../../language/src/i18n.js';
import { EXPORT_EXCEL_REQUEST, type ExportExcelParams, type ExportExcelResult } from '../../../language/src/lsp/protocol.js';
import { toBase64 } from '../report/base64.js';
import { workbookOf } from './export.js';
import { L } from './labels.js';

export async function exportExcel(shared: LangiumSharedServices, grant: GrantServices, params: ExportExcelParams): Promise<ExportExcelResult> {
    const lang = isLang(params.lang) ? params.lang : 'kk';
    const uri = URI.parse(params.uri);
    // The edits already received are built first (the workspace lock's pending builds).
    await shared.workspace.WorkspaceLock.read(() => undefined);
    const documents = shared.workspace.LangiumDocuments;
    let document = documents.getDocument(uri);
    try {
        if (!document) {
            document = await documents.getOrCreateDocument(uri);
            await shared.workspace.DocumentBuilder.build([document], { validation: true });
        } else if (document.state < DocumentState.Validated) {
            await shared.workspace.DocumentBuilder.waitUntil(DocumentState.Validated, uri);
        }
    } catch (error) {
        return { errors: [L('problem.cannotRead', lang, { reason: error instanceof Error ? error.message : String(error) })] };
    }
    const name = UriUtils.basename(uri);
    try {
        const bytes = workbookOf(document, grant, name, lang, new Date().toISOString());
        return { data: toBase64(bytes), fileName: `${name.replace(/\.grant$/i, '')}.xlsx` };
    } catch (error) {
        return { errors: [L('problem.crashed', lang, { reason: error instanceof Error ? error.message : String(error) })] };
    }
}

/** Registers the request on the server's connection (one line in each server entry). */
export function connectPortfolio(connection: Connection, shared: LangiumSharedServices, grant: GrantServices): void {
    connection.onRequest(EXPORT_EXCEL_REQUEST, (params: ExportExcelParams) => exportExcel(shared, grant, params));
}
