/**
 * The custom requests between the VS Code client and the Esep language
 * server. No imports: the client bundle takes these names and types without
 * pulling in Langium.
 */

/**
 * The V8 options the desktop language server is started with (client/src/extension.ts; the
 * benchmark starts its servers with the same). A young generation of 8 MB a semi-space instead
 * of V8's default: a server that has opened a 10 000-line file holds ~45 MB less (the nursery
 * V8 grows while the file is parsed is never given back), for no measurable cost in the time
 * from a keystroke to its diagnostics or completion (bench/README.md, «Memory»).
 */
export const SERVER_EXEC_ARGV: readonly string[] = ['--max-semi-space-size=8'];

/** `esep/status`: the roll-up of a document, for the status bar. */
export const STATUS_REQUEST = 'esep/status';

export interface StatusParams {
    uri: string;
}

export interface StatusResult {
    /** «✔ 47/52 көрсеткіш» (⚠ while targets are unmet, ✖ with errors), in the server's language. */
    text: string;
    /** One line per project, then one per status that is not «met». */
    tooltip: string;
    achieved: number;
    total: number;
    /** Indicators short of plan (unmet and deviating). */
    short: number;
    /** Error diagnostics of the document (the mark is ✖ while there are any). */
    errors?: number;
}

/** `esep/renderReport`: the .docx of a plan or report, as base64. */
export const RENDER_REPORT_REQUEST = 'esep/renderReport';

export type ReportKind = 'final' | 'plan' | 'interim';

/** The languages Esep speaks (messages, hovers, the CLI); reports are written in kk or ru. */
export type Lang = 'kk' | 'ru' | 'en';

export interface RenderReportParams {
    uri: string;
    kind: ReportKind;
    lang: Lang;
    /** A review appendix after the form (setting `esep.report.review`). */
    review?: boolean;
    /** Plan-vs-fact charts of comparable counts (setting `esep.report.charts`). */
    charts?: boolean;
}

export type RenderReportResult =
    | { data: string; projectName: string; fileName?: string; unjustified?: number; warnings?: string[] }
    /** Why nothing was written; `problems` are the same, each at its line (1-based) of the document asked about. */
    | { errors: string[]; problems?: PreviewProblem[] };

/**
 * `esep/renderPreview`: the report as an HTML fragment (server/src/report/html.ts)
 * for the preview beside the editor, from the same report model as the .docx.
 * Without `kind` the server picks the form: the plan while no fact is written,
 * the interim report within the project period, else the final report.
 */
export const RENDER_PREVIEW_REQUEST = 'esep/renderPreview';

export interface RenderPreviewParams {
    uri: string;
    kind?: ReportKind;
    lang: Lang;
}

/** A problem that stops the form from being filled (1-based line and column). */
export interface PreviewProblem {
    line: number;
    column: number;
    message: string;
}

export type RenderPreviewResult =
    | { html: string; kind: ReportKind; title: string; projectName: string; unjustified: number; warnings: string[]; version?: number }
    | { errors: PreviewProblem[]; kind?: ReportKind; version?: number };

/** The `esep.*` settings the client reads too. */
export const SETTINGS_SECTION = 'esep';

/** `esep/exportExcel`: one file's indicators, project row and findings as .xlsx (base64), headers in `lang`. */
export const EXPORT_EXCEL_REQUEST = 'esep/exportExcel';

export interface ExportExcelParams {
    uri: string;
    lang: Lang;
}

export type ExportExcelResult = { data: string; fileName: string } | { errors: string[] };

/**
 * `esep/importPlan`: the client sends a .docx/.pdf's bytes (base64) and its
 * name; the server answers with the draft .grant text or one clear line.
 * The import core runs in the server (Node or the browser worker), like the
 * report writer; the client reads and writes the files.
 */
export const IMPORT_PLAN_REQUEST = 'esep/importPlan';

export interface ImportPlanParams {
    data: string;
    fileName: string;
}

export type ImportPlanResult =
    | { text: string; kind?: 'plan' | 'report'; counts: { tasks: number; activities: number; pairs: number; facts?: number; notes: number; unplaced: number } }
    | { error: string };
