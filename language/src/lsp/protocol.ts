/**
 * The custom requests between the VS Code client and the Esep language
 * server. No imports: the client bundle takes these names and types without
 * pulling in Langium.
 */

/** `esep/status`: the roll-up of a document, for the status bar. */
export const STATUS_REQUEST = 'esep/status';

export interface StatusParams {
    uri: string;
}

export interface StatusResult {
    /** «✔ 47/52 көрсеткіш», in the server's language. */
    text: string;
    /** One line per project, then one per status that is not «met». */
    tooltip: string;
    achieved: number;
    total: number;
    /** Indicators short of plan (unmet and deviating). */
    short: number;
}

/** `esep/renderReport`: the .docx of a plan or report, as base64. */
export const RENDER_REPORT_REQUEST = 'esep/renderReport';

export type ReportKind = 'final' | 'plan' | 'interim';

export interface RenderReportParams {
    uri: string;
    kind: ReportKind;
    lang: 'kk' | 'ru' | 'en';
}

export type RenderReportResult =
    | { data: string; projectName: string; fileName?: string; unjustified?: number; warnings?: string[] }
    | { errors: string[] };

/** The `esep.*` settings the client reads too. */
export const SETTINGS_SECTION = 'esep';
