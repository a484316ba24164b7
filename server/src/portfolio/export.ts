/**
 * `esep export` and «Esep: Export to Excel»: one file's indicators as a workbook (Indicators
 * first, then the Projects row and the Findings), or its whole evaluated model as JSON.
 * No file system (Node and browser worker).
 */
import type { LangiumDocument } from 'langium';
import type { GrantServices } from '../../../language/src/grant-module.js';
import type { Lang } from '../../../language/src/i18n.js';
import { withDocument, type Services } from './evaluate.js';
import { exportJson } from './json.js';
import { L } from './labels.js';
import { rowsOf } from './rows.js';
import { findingsSheet, indicatorsSheet, projectsSheet } from './sheets.js';
import { writeXlsx } from './xlsx.js';
import type { ZipCodec } from './zip.js';

/** The workbook of a built document (the editor's own, or one loaded for the command line). */
export function workbookOf(document: LangiumDocument, grant: GrantServices, file: string, lang: Lang, generatedAt: string, codec?: ZipCodec): Uint8Array {
    const model = grant.model.Evaluator.get(document);
    const rows = rowsOf(file, document, model, L('problem.noProject', lang));
    const title = model.projects.map(p => p.name).join(', ') || file;
    return writeXlsx([indicatorsSheet(rows.indicators, lang), projectsSheet(rows.projects, lang), findingsSheet(rows.findings, lang)],
        { title, created: generatedAt.replace(/\.\d+Z$/, 'Z'), codec });
}

export function documentJsonOf(document: LangiumDocument, grant: GrantServices, file: string, lang: Lang, generatedAt: string): object {
    const model = grant.model.Evaluator.get(document);
    const rows = rowsOf(file, document, model, L('problem.noProject', lang));
    return exportJson(file, model, rows, { generatedAt, lang });
}

export function exportWorkbook(services: Services, text: string, file: string, lang: Lang, generatedAt: string, path?: string, codec?: ZipCodec): Promise<Uint8Array> {
    return withDocument(services, text, path, document => workbookOf(document, services.Grant, file, lang, generatedAt, codec));
}

export function exportDocument(services: Services, text: string, file: string, lang: Lang, generatedAt: string, path?: string): Promise<object> {
    return withDocument(services, text, path, document => documentJsonOf(document, services.Grant, file, lang, generatedAt));
}
