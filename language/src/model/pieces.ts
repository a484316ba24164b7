/**
 * A file too big to hold as one syntax tree is read in pieces (the command line,
 * server/src/cli/piecewise/): the frame (the header and everything that is not a top-level
 * task) and runs of tasks, each parsed as a small document at its place in the file. Each
 * piece is evaluated and validated by the same model and rules as a whole file; what a rule
 * needs from the rest of the file comes in here, compact, and the few rules that read the whole
 * document read it through the functions below — which, for a file read whole, give exactly what
 * the model holds.
 */
import type { AstNode } from 'langium';
import type { Range } from 'vscode-languageserver';
import type { EvalIndicator, EvalProject } from './types.js';
import { isShort } from './predicates.js';

/** A task's number and where it is written (a number token stands on one line). */
export interface NumberedAt {
    number: number;
    numberWritten: boolean;
    line?: number;
    character?: number;
    endCharacter?: number;
}

/** A number written in a value, as the number-format rule reads it (validation/number-facts.ts). */
export interface NumberSpot {
    text: string;
    range: Range;
}

/** The number formats used in the values of other pieces, in the order the model reads values. */
export interface RemoteNumberFacts {
    separator?: string;
    grouped?: string;
    comma?: string;
    ungrouped: NumberSpot[];
    points: NumberSpot[];
}

/** What the other pieces of the file hold. */
export interface Elsewhere {
    /** Some indicator elsewhere has a fact (the project's stage, checkHeader). */
    hasFacts: boolean;
    /** A syntax error elsewhere (checkHeader says nothing about missing fields then). */
    parseErrors: boolean;
    /** Every top-level task, in document order (the frame's numbering check). */
    tasks: NumberedAt[];
    /** The indicators short of their plan, in document order (the frame's conclusion check). */
    short: { offset: number; name: string }[];
    /** The number formats of the tasks' values (the frame's number-format check). */
    numbers?: RemoteNumberFacts;
}

export interface PieceOptions {
    /**
     * `tasks`: a run of top-level tasks read with the header; the rules of the whole document
     * are the frame's. `frame`: everything but the top-level tasks.
     */
    role: 'tasks' | 'frame';
    /** Top-level tasks before the piece's first one: a task without a number is numbered by its place in the file. */
    tasksBefore: number;
    elsewhere: Elsewhere;
}

export const NOTHING_ELSEWHERE: Elsewhere = { hasFacts: false, parseErrors: false, tasks: [], short: [] };

/** A task whose number the numbering rule reads: a task of this document, or one of another piece. */
export type NumberedTask = { number: number; numberWritten: boolean; node: AstNode } | NumberedAt;

/**
 * The top-level tasks whose numbers are checked against one another here: all of them for a
 * whole file and for the frame (from the other pieces), none for a run of tasks (the frame
 * checks them; the activities inside each task are still checked in its piece).
 */
export function numberedTasks(ep: EvalProject): readonly NumberedTask[] {
    const piece = ep.piece;
    if (!piece) return ep.tasks;
    return piece.role === 'tasks' ? [] : piece.elsewhere.tasks;
}

/** Where a task's number stands when the task is in another piece. */
export function numberRange(task: NumberedAt): Range | undefined {
    if (task.line === undefined || task.character === undefined || task.endCharacter === undefined) return undefined;
    return { start: { line: task.line, character: task.character }, end: { line: task.line, character: task.endCharacter } };
}

/** The indicators short of their plan, in document order, by name (the conclusion's «no deviation» claim). */
export function shortIndicators(ep: EvalProject): readonly { name: string }[] {
    const own = ep.indicators.filter(i => isShort(i.verdict.status));
    const remote = ep.piece?.role === 'frame' ? ep.piece.elsewhere.short : undefined;
    if (!remote?.length) return own;
    const out: { name: string }[] = [];
    let k = 0;
    for (const r of remote) {
        while (k < own.length && offsetOf(own[k]) < r.offset) out.push(own[k++]);
        out.push(r);
    }
    while (k < own.length) out.push(own[k++]);
    return out;
}

function offsetOf(i: EvalIndicator): number {
    return i.node.$cstNode?.offset ?? 0;
}
