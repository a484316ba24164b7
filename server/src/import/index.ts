/**
 * Import: a signed plan (Appendix 3) or a previous final report, as .docx or
 * PDF bytes, becomes a draft .grant text. No file system here: the CLI and the
 * language server's request handler read and write the files.
 */
import type { NeutralDocument } from './document.js';
import { ImportError } from './document.js';
import { readDocx } from './docx.js';
import { emitDraft, type DraftLexer } from './emit.js';
import { countPlan, type ImportedPlan } from './plan.js';
import { recognizePlan } from './recognize.js';
import { isFinalReport, recognizeReport } from './report.js';
import { sniff } from './zip.js';

export { ImportError } from './document.js';
export type { ImportErrorKind } from './document.js';

export interface ImportResult {
    /** The draft .grant text. */
    text: string;
    plan: ImportedPlan;
    format: 'docx' | 'pdf';
    /** A signed plan, or a previous final report (its facts, statistics and partners come over too). */
    kind: 'plan' | 'report';
    counts: { tasks: number; activities: number; pairs: number; facts: number; notes: number; unplaced: number };
}

/** Reads the document into the neutral model (PDF through pdf.ts, loaded only when needed). */
export async function readDocument(bytes: Uint8Array): Promise<NeutralDocument> {
    const kind = sniff(bytes);
    if (kind === 'docx') return readDocx(bytes);
    const { readPdf } = await import('./pdf.js');
    return readPdf(bytes);
}

export async function importDocument(bytes: Uint8Array, sourceName: string, lexer: DraftLexer): Promise<ImportResult> {
    const doc = await readDocument(bytes);
    if (!doc.blocks.some(b => b.kind === 'table' || b.para.text.trim())) throw new ImportError('empty');
    const kind = isFinalReport(doc) ? 'report' : 'plan';
    const plan = kind === 'report' ? recognizeReport(doc) : recognizePlan(doc);
    const counts = countPlan(plan);
    if (counts.activities === 0 && !plan.header.grantee && !plan.header.topic && plan.team.length === 0 && !plan.partnerList.length && !plan.statistics) {
        throw new ImportError('notAPlan');
    }
    const text = emitDraft(plan, lexer, sourceName);
    const notes = (text.match(/\/\/ ⚠ V-IMPORT-/g) ?? []).length;
    return { text, plan, format: doc.format, kind, counts: { ...counts, notes, unplaced: plan.unplaced.length } };
}
