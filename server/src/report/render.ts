/**
 * The report pipeline: document → checks → report model → .docx bytes.
 * Used by the CLI (cli/report.ts) and the language server (requests.ts).
 * No Node APIs.
 */
import type { LangiumDocument } from 'langium';
import type { GrantServices } from '../../../language/src/grant-module.js';
import { renderDocx } from './docx.js';
import type { BuiltReport, DeviationRow, ReportDoc, ReportKind, ReportLang } from './document.js';
import { prepareReport, type ReportProblem } from './prepare.js';

export interface RenderOptions {
    kind: ReportKind;
    lang: ReportLang;
    review?: boolean;
    charts?: boolean;
}

/** The file-format step; the CLI tests replace it to simulate a failure. */
export type DocWriter = (doc: ReportDoc) => Promise<Uint8Array>;

export type RenderResult =
    | {
        ok: true;
        bytes: Uint8Array;
        /** Suggested file name, safe for file systems. */
        fileName: string;
        projectName: string;
        built: BuiltReport;
        unjustified: DeviationRow[];
        warnings: string[];
        /** Error-level validation findings (the report is written anyway). */
        errorCount: number;
    }
    | { ok: false; errors: ReportProblem[] };

export async function renderReport(document: LangiumDocument, grant: GrantServices, options: RenderOptions,
    write: DocWriter = renderDocx): Promise<RenderResult> {
    const prepared = prepareReport(document, grant, options);
    if (!prepared.ok) return prepared;
    const bytes = await write(prepared.built.doc);
    return {
        ok: true, bytes, fileName: prepared.fileName, projectName: prepared.project.name, built: prepared.built,
        unjustified: prepared.built.unjustified, warnings: prepared.built.warnings, errorCount: prepared.errorCount
    };
}
