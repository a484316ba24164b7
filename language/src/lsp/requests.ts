/**
 * The server side of Esep's custom requests (protocol.ts) and of the `esep`
 * settings. Shared by the Node server and the browser worker.
 */
import { DocumentState, URI, UriUtils, type LangiumDocument } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { Connection } from 'vscode-languageserver';
import type { GrantServices } from '../grant-module.js';
import { achieved, emptyRollup, mergeRollup, short, type Status } from '../model.js';
import { t } from '../i18n.js';
import { statusText } from './model-text.js';
import { markReportRequested } from '../required.js';
import { revalidateAll } from './settings.js';
import { guardRequest } from './safe-providers.js';
import { connectVersionedDiagnostics } from './live-build.js';
import {
    RENDER_PREVIEW_REQUEST, RENDER_REPORT_REQUEST, SETTINGS_SECTION, STATUS_REQUEST,
    type PreviewProblem, type RenderPreviewParams, type RenderPreviewResult, type RenderReportParams, type RenderReportResult,
    type ReportKind, type StatusParams, type StatusResult
} from './protocol.js';

/** Renders a project to .docx bytes; supplied by the report module. */
export type ReportRenderer = (document: LangiumDocument, options: Pick<RenderReportParams, 'kind' | 'lang' | 'review' | 'charts'>)
    => Promise<{ bytes: Uint8Array; projectName: string; fileName?: string; unjustified?: number; warnings?: string[] } | { errors: string[]; problems?: PreviewProblem[] }>;

/** Renders a project as the preview's HTML fragment; supplied by the report module (html.ts). */
export type PreviewRenderer = (document: LangiumDocument, options: { kind?: ReportKind; lang: RenderPreviewParams['lang'] })
    => { html: string; kind: ReportKind; title: string; projectName: string; unjustified: number; warnings: string[] }
        | { errors: PreviewProblem[]; kind?: ReportKind };

/**
 * The report module's renderers, a service of the language (`services.esep.Renderers`): the
 * server entries bind them with Langium's DI (server/src/report/module.ts); without them
 * `esep/renderReport` and `esep/renderPreview` answer that reports are unavailable.
 */
export interface ReportRenderers {
    report?: ReportRenderer;
    /** The .docx travels as text. */
    toBase64?: (bytes: Uint8Array) => string;
    preview?: PreviewRenderer;
}

async function documentFor(shared: LangiumSharedServices, uri: string, state: DocumentState): Promise<LangiumDocument | undefined> {
    const parsed = URI.parse(uri);
    const documents = shared.workspace.LangiumDocuments;
    const builder = shared.workspace.DocumentBuilder;
    if (!documents.hasDocument(parsed)) {
        if (!shared.workspace.TextDocuments.get(parsed.toString())) {
            // Not open in an editor (a preview restored after a reload asks before the editor
            // is back): read it from the file system, where there is one, and build it.
            try {
                const document = await documents.getOrCreateDocument(parsed);
                if (document.state < state) await builder.build([document], { validation: true });
                return document;
            } catch {
                return undefined;
            }
        }
        // Just opened in the editor: the build that adds it is on its way.
        await new Promise<void>(resolve => {
            const timer = setTimeout(() => { listener.dispose(); resolve(); }, 5000);
            const listener = builder.onDocumentPhase(DocumentState.Parsed, doc => {
                if (UriUtils.equals(doc.uri, parsed)) { clearTimeout(timer); listener.dispose(); resolve(); }
            });
        });
        if (!documents.hasDocument(parsed)) return undefined;
    }
    const document = await documents.getOrCreateDocument(parsed);
    if (document.state < state) await builder.waitUntil(state, parsed);
    return document;
}

/** Errors of the document: its validation's when it has been validated, else its syntax errors. */
function errorCount(document: LangiumDocument): number {
    if (document.diagnostics) return document.diagnostics.filter(d => d.severity === 1).length;
    const r = document.parseResult;
    return r.lexerErrors.length + r.parserErrors.length + (r.lexerReport?.diagnostics.filter(d => (d.severity ?? 'error') === 'error').length ?? 0);
}

const TOOLTIP_ORDER: Status[] = ['unmet', 'deviation', 'missing', 'unverifiable', 'noPlan'];

/** The status-bar roll-up of one document (every project in it). */
export async function statusOf(shared: LangiumSharedServices, grant: GrantServices, params: StatusParams): Promise<StatusResult | null> {
    const document = await documentFor(shared, params.uri, DocumentState.Parsed);
    if (!document) return null;
    const model = grant.model.Evaluator.get(document);
    if (model.projects.length === 0) {
        const errors = errorCount(document);
        return {
            text: errors ? t('lsp.statusbar.textErrors', { achieved: 0, total: 0, errors }) : t('lsp.statusbar.noProject'),
            tooltip: t('lsp.statusbar.noProject'), achieved: 0, total: 0, short: 0, errors
        };
    }
    const total = emptyRollup();
    const lines: string[] = [];
    for (const project of model.projects) {
        mergeRollup(total, project.rollup);
        lines.push(t('lsp.statusbar.title', { name: project.name, achieved: achieved(project.rollup), total: project.rollup.total }));
    }
    for (const status of TOOLTIP_ORDER) {
        if (total[status]) lines.push(t('lsp.statusbar.line', { status: statusText(status), count: total[status] }));
    }
    // The mark: ✖ while the file has errors, ⚠ while targets are unmet or deviations unjustified, else ✔.
    const errors = errorCount(document);
    const shortCount = short(total);
    const counts = { achieved: achieved(total), total: total.total, errors };
    if (errors) lines.push(t('lsp.statusbar.errors', { count: errors }));
    // Nothing to be proud of yet: a new plan says what is still to come, not ✔.
    const noFacts = !model.projects.some(p => p.hasFacts);
    if (!errors && noFacts) lines.push(t('lsp.statusbar.noFactsHint'));
    return {
        text: t(errors ? 'lsp.statusbar.textErrors' : shortCount ? 'lsp.statusbar.textShort'
            : total.total === 0 ? 'lsp.statusbar.textNoIndicators' : noFacts ? 'lsp.statusbar.textNoFacts' : 'lsp.statusbar.text', counts),
        tooltip: lines.join('\n'),
        achieved: achieved(total),
        total: total.total,
        short: shortCount,
        errors
    };
}

/**
 * `esep/renderReport`: asks the registered renderer, which decides what
 * stops a report (syntax errors, missing header fields) and says so in `errors`.
 */
export async function renderReport(shared: LangiumSharedServices, grant: GrantServices, params: RenderReportParams): Promise<RenderReportResult> {
    const document = await documentFor(shared, params.uri, DocumentState.Validated);
    if (!document) return { errors: [t('report.noDocument', { uri: params.uri })] };
    const { report: reportRenderer, toBase64: encodeBase64 } = grant.esep.Renderers;
    if (!reportRenderer || !encodeBase64) return { errors: [t('lsp.report.unavailable')] };
    try {
        const result = await reportRenderer(document, { kind: params.kind, lang: params.lang, review: params.review === true, charts: params.charts === true });
        if ('errors' in result) {
            // From now on what the report needs and lacks is an error on its line, not a hint.
            if (markReportRequested(document.uri.toString())) {
                // A document no editor holds (the CLI, tests) has no text to re-read: it stays as checked.
                shared.workspace.DocumentBuilder.update([document.uri], []).catch(() => undefined);
            }
            return result;
        }
        return { data: encodeBase64(result.bytes), projectName: result.projectName, fileName: result.fileName, unjustified: result.unjustified, warnings: result.warnings };
    } catch (error) {
        return { errors: [t('lsp.report.failed', { reason: error instanceof Error ? error.message : String(error) })] };
    }
}

/**
 * `esep/renderPreview`: waits for the edits already received (the workspace
 * lock's pending builds), then renders the validated document. The answer
 * carries the document version it shows, so the client can drop stale ones.
 */
export async function renderPreview(shared: LangiumSharedServices, grant: GrantServices, params: RenderPreviewParams): Promise<RenderPreviewResult> {
    await shared.workspace.WorkspaceLock.read(() => undefined);
    const document = await documentFor(shared, params.uri, DocumentState.Validated);
    if (!document) return { errors: [{ line: 1, column: 1, message: t('report.noDocument', { uri: params.uri }) }] };
    const version = document.textDocument.version;
    const previewRenderer = grant.esep.Renderers.preview;
    if (!previewRenderer) return { errors: [{ line: 1, column: 1, message: t('lsp.report.unavailable') }], version };
    try {
        return { ...previewRenderer(document, { kind: params.kind, lang: params.lang }), version };
    } catch (error) {
        return { errors: [{ line: 1, column: 1, message: t('lsp.report.failed', { reason: error instanceof Error ? error.message : String(error) }) }], version };
    }
}

/**
 * Wires the custom requests and the `esep` settings to a connection. Call it
 * before `startLanguageServer`.
 */
export function connectEsep(connection: Connection, shared: LangiumSharedServices, grant: GrantServices): void {
    connectVersionedDiagnostics(connection, shared);
    // An exception is logged and answered like «nothing to show» / «nothing written» (safe-providers.ts).
    connection.onRequest(STATUS_REQUEST, guardRequest(STATUS_REQUEST, shared,
        (params: StatusParams) => statusOf(shared, grant, params), (): StatusResult | null => null));
    connection.onRequest(RENDER_REPORT_REQUEST, guardRequest(RENDER_REPORT_REQUEST, shared,
        (params: RenderReportParams) => renderReport(shared, grant, params),
        (error): RenderReportResult => ({ errors: [t('lsp.report.failed', { reason: error instanceof Error ? error.message : String(error) })] })));
    connection.onRequest(RENDER_PREVIEW_REQUEST, guardRequest(RENDER_PREVIEW_REQUEST, shared,
        (params: RenderPreviewParams) => renderPreview(shared, grant, params),
        (error): RenderPreviewResult => ({ errors: [{ line: 1, column: 1, message: t('lsp.report.failed', { reason: error instanceof Error ? error.message : String(error) }) }] })));

    const configuration = shared.workspace.ConfigurationProvider;
    configuration.onConfigurationSectionUpdate(async update => {
        if (update.section !== SETTINGS_SECTION) return;
        if (!grant.esep.Settings.update(update.configuration)) return;
        await revalidateAll(shared);
        // Lenses and hints are pulled by the client: ask it to pull again.
        connection.sendRequest('workspace/codeLens/refresh').catch(() => undefined);
        connection.sendRequest('workspace/inlayHint/refresh').catch(() => undefined);
        connection.sendRequest('workspace/semanticTokens/refresh').catch(() => undefined);
    });
    // The first values: asked for once the client is ready (later changes arrive by didChangeConfiguration).
    shared.lsp.LanguageServer.onInitialized(async () => {
        try {
            await configuration.ready;
            const [esep] = await connection.workspace.getConfiguration([{ section: SETTINGS_SECTION }]);
            configuration.updateConfiguration({ settings: { [SETTINGS_SECTION]: esep ?? {} } });
        } catch {
            // A client without workspace/configuration: the defaults stay.
        }
    });
}
