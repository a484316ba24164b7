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
    | { text: string; counts: { tasks: number; activities: number; pairs: number; notes: number; unplaced: number } }
    | { error: string };
