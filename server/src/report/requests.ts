/**
 * The language server side of «Generate report»: the custom request
 * `esep/renderReport`. Shared by the Node server and the browser worker
 * (no Node APIs: the .docx travels as base64).
 *
 * Params:  { uri, kind?: 'final' | 'plan' | 'interim', lang?: 'kk' | 'ru' }
 * Answer:  { ok: true, data: <base64 .docx>, fileName, unjustified, warnings }
 *        | { ok: false, errors: [{ line, column, message, code }] }
 */
import { DocumentState, URI, type LangiumDocument } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { Connection } from 'vscode-languageserver';
import type { GrantServices } from '../../../language/src/grant-module.js';
import { t } from '../../../language/src/i18n.js';
import { toBase64 } from './base64.js';
import { isReportKind, isReportLang, type ReportProblem } from './prepare.js';
import { renderReport } from './render.js';
import type { ReportKind, ReportLang } from './model.js';

export const RENDER_REPORT = 'esep/renderReport';

export interface RenderReportParams {
    uri: string;
    kind?: ReportKind;
    lang?: ReportLang;
}

export type RenderReportResponse =
    | { ok: true; data: string; fileName: string; unjustified: number; warnings: string[] }
    | { ok: false; errors: ReportProblem[] };

const problem = (message: string, code = 'report'): ReportProblem => ({ line: 1, column: 1, message, code });

async function documentOf(shared: LangiumSharedServices, uri: string): Promise<LangiumDocument | undefined> {
    const parsed = URI.parse(uri);
    const documents = shared.workspace.LangiumDocuments;
    const known = documents.hasDocument(parsed);
    let document: LangiumDocument;
    try {
        document = await documents.getOrCreateDocument(parsed);
    } catch {
        return undefined;
    }
    if (document.state < DocumentState.Validated) {
        if (known) await shared.workspace.DocumentBuilder.waitUntil(DocumentState.Validated, parsed);
        else await shared.workspace.DocumentBuilder.build([document], { validation: true });
    }
    return document;
}

/** Answers one `esep/renderReport` request. */
export async function handleRenderReport(shared: LangiumSharedServices, grant: GrantServices, params: RenderReportParams): Promise<RenderReportResponse> {
    const kind = params.kind ?? 'final';
    const lang = params.lang ?? 'kk';
    if (!isReportKind(kind)) return { ok: false, errors: [problem(t('report.badKind', { kind: String(kind) }))] };
    if (!isReportLang(lang)) return { ok: false, errors: [problem(t('report.badLang', { lang: String(lang) }))] };
    const document = await documentOf(shared, params.uri);
    if (!document) return { ok: false, errors: [problem(t('report.noDocument', { uri: params.uri }))] };
    try {
        const result = await renderReport(document, grant, { kind, lang });
        if (!result.ok) return result;
        return { ok: true, data: toBase64(result.bytes), fileName: result.fileName, unjustified: result.unjustified.length, warnings: result.warnings };
    } catch (e) {
        return { ok: false, errors: [problem(t('report.renderFailed', { reason: e instanceof Error ? e.message : String(e) }))] };
    }
}

/** Registers `esep/renderReport` on a connection. Call it before the server starts listening. */
export function registerReportRequests(connection: Connection, shared: LangiumSharedServices, grant: GrantServices): void {
    connection.onRequest(RENDER_REPORT, (params: RenderReportParams) => handleRenderReport(shared, grant, params));
}

/**
 * The same renderer in the shape of language/src/lsp/requests.ts's
 * `registerReportRenderer` hook: bytes and project name, or error lines.
 */
export function reportRendererFor(grant: GrantServices) {
    return async (document: LangiumDocument, options: { kind?: string; lang?: string }):
        Promise<{ bytes: Uint8Array; projectName: string; fileName: string; warnings?: string[] } | { errors: string[] }> => {
        const kind = isReportKind(options.kind) ? options.kind : 'final';
        const lang = isReportLang(options.lang) ? options.lang : 'kk';
        const result = await renderReport(document, grant, { kind, lang });
        if (!result.ok) return { errors: result.errors.map(e => `${e.line}:${e.column}: ${e.message}`) };
        return { bytes: result.bytes, projectName: result.projectName, fileName: result.fileName, warnings: result.warnings };
    };
}
