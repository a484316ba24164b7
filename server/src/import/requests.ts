/**
 * The server side of `esep/importPlan` (protocol.ts), for the Node server
 * and the browser worker alike (no Node APIs: the bytes come as base64).
 */
import type { Connection } from 'vscode-languageserver';
import type { GrantServices } from '../../../language/src/grant-module.js';
import { t, type MessageKey } from '../../../language/src/i18n.js';
import { ImportError, importDocument } from './index.js';
import { IMPORT_PLAN_REQUEST, type ImportPlanParams, type ImportPlanResult } from '../../../language/src/lsp/protocol.js';

function fromBase64(data: string): Uint8Array {
    const binary = atob(data);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
}

export async function importPlan(grant: GrantServices, params: ImportPlanParams): Promise<ImportPlanResult> {
    const file = params.fileName;
    try {
        const result = await importDocument(fromBase64(params.data), file, grant.parser.Lexer);
        return { text: result.text, kind: result.kind, counts: result.counts };
    } catch (e) {
        if (e instanceof ImportError) return { error: t(`import.error.${e.kind}` as MessageKey, { file }) };
        return { error: t('import.failed', { file, reason: e instanceof Error ? e.message : String(e) }) };
    }
}

export function connectImport(connection: Connection, grant: GrantServices): void {
    connection.onRequest(IMPORT_PLAN_REQUEST, (params: ImportPlanParams) => importPlan(grant, params));
}
