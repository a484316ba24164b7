/**
 * The report renderer in the shape of language/src/lsp/requests.ts's
 * `registerReportRenderer` hook, used by the Node server and the browser worker
 * (no Node APIs: the .docx travels as base64).
 */
import type { LangiumDocument } from 'langium';
import type { GrantServices } from '../../../language/src/grant-module.js';
import { isReportKind, isReportLang } from './prepare.js';
import { renderReport } from './render.js';

/** Bytes, the suggested file name and the unjustified count — or error lines with positions. */
export function reportRendererFor(grant: GrantServices) {
    return async (document: LangiumDocument, options: { kind?: string; lang?: string; review?: boolean; charts?: boolean }):
        Promise<{ bytes: Uint8Array; projectName: string; fileName: string; unjustified: number; warnings?: string[] } | { errors: string[]; problems: { line: number; column: number; message: string }[] }> => {
        const kind = isReportKind(options.kind) ? options.kind : 'final';
        const lang = isReportLang(options.lang) ? options.lang : 'kk';
        const result = await renderReport(document, grant, { kind, lang, review: options.review === true, charts: options.charts === true });
        if (!result.ok) {
            return {
                errors: result.errors.map(e => `${e.line}:${e.column}: ${e.message}`),
                problems: result.errors.map(e => ({ line: e.line, column: e.column, message: e.message }))
            };
        }
        return { bytes: result.bytes, projectName: result.projectName, fileName: result.fileName, unjustified: result.unjustified.length, warnings: result.warnings };
    };
}
