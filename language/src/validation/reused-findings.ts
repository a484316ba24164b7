/**
 * The findings of an activity checked at the version before, taken again while the user types
 * elsewhere. At each keystroke one block is parsed again (incremental-parse.ts) and the model
 * takes again the activities the edit did not touch (model/reused.ts); checking every other
 * activity of a 10 000-line file again was most of what was left of a keystroke's checks.
 *
 * An activity's findings — those its own checks and the checks of the nodes inside it report —
 * are taken again only when:
 *  - it is the same syntax node and the model's reading of it is the same object (model/reused.ts
 *    took it again: nothing inside it was parsed again, same number, label, period and report date);
 *  - what those checks read outside the activity is the same (`outsideDigest`): each project's
 *    stage, report date, period and grant sum, the settings, the language of the messages and the
 *    categories of checks asked for;
 *  - it names no evidence file (`дәлел:`: the file system may have changed);
 *  - every finding lay inside the activity, and it starts at the same column (only whole lines
 *    moved: the findings move by as many lines as the activity did).
 * Only the language server turns this on (lsp/live-build.ts); a document checked once (CLI,
 * benchmark) checks everything.
 */
import type { AstNode } from 'langium';
import type { Diagnostic, Range } from 'vscode-languageserver';
import type { EvalActivity, EvaluatedFile } from '../model.js';

interface Kept {
    activity: EvalActivity;
    outside: string;
    line: number;
    character: number;
    findings: Diagnostic[];
}

const kept = new WeakMap<AstNode, Kept>();

/** How often findings were taken again (tests and the benchmark read it). */
export const reusedFindings = { checked: 0, reused: 0 };

/** What the checks of nodes inside an activity read outside it, as one string. */
export function outsideDigest(model: EvaluatedFile, settings: unknown, language: string, categories: readonly string[] | undefined): string {
    const projects = model.projects.map(p => [
        p.stage, p.reportDate, p.reportDateSource, p.period?.period?.start, p.period?.period?.end, p.sum?.raw, p.hasFacts
    ].join('|'));
    return JSON.stringify([projects, settings, language, categories ?? null]);
}

/** An activity whose findings may be kept: an Activity node that names no evidence file. */
export function mayKeep(node: AstNode): boolean {
    return node.$type === 'Activity' && (node as { evidence?: string }).evidence === undefined;
}

/** The findings kept for this activity, moved to where it stands now; undefined when it must be checked. */
export function keptFindings(node: AstNode, activity: EvalActivity | undefined, outside: string): Diagnostic[] | undefined {
    reusedFindings.checked++;
    const entry = kept.get(node);
    const start = node.$cstNode?.range.start;
    if (!entry || !activity || !start || entry.activity !== activity || entry.outside !== outside
        || entry.character !== start.character) return undefined;
    reusedFindings.reused++;
    const lines = start.line - entry.line;
    if (lines === 0) return entry.findings.map(copy);
    const move = (r: Range): Range => ({
        start: { line: r.start.line + lines, character: r.start.character },
        end: { line: r.end.line + lines, character: r.end.character }
    });
    return entry.findings.map(d => ({ ...copy(d), range: move(d.range) }));
}

function copy(d: Diagnostic): Diagnostic {
    return { ...d, range: { start: { ...d.range.start }, end: { ...d.range.end } } };
}

/** Keeps the findings the checks of `node` and the nodes inside it reported, when all lie inside it. */
export function keepFindings(node: AstNode, activity: EvalActivity | undefined, outside: string, findings: Diagnostic[]): void {
    const cst = node.$cstNode;
    if (!cst || !activity) return;
    const { start, end } = cst.range;
    const inside = (r: Range) => (r.start.line > start.line || (r.start.line === start.line && r.start.character >= start.character))
        && (r.end.line < end.line || (r.end.line === end.line && r.end.character <= end.character));
    if (!findings.every(d => inside(d.range))) {
        kept.delete(node);
        return;
    }
    kept.set(node, { activity, outside, line: start.line, character: start.character, findings: findings.map(copy) });
}
