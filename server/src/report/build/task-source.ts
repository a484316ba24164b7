/**
 * Where the report's per-task parts take their tasks from (issue 13, item 8). A file read whole
 * gives all its tasks at once; a big file read in pieces (server/src/cli/piecewise/report.ts)
 * gives them a run at a time, each run alive only until the next. The sections make their rows
 * and blocks of a run of tasks with the same functions either way: read whole, they are made
 * now, into the model; read in pieces, the model holds a stream that makes them while the .docx
 * is written (docx-stream.ts), so only one run's rows are alive at a time.
 *
 * What the document-wide parts need of every task (the deviations list, the review's rows, whether
 * any task has an account or a chart) is gathered from each run before the report is built
 * (`gatherTasks`), the same way for both.
 */
import type { EvalTask } from '../../../../language/src/model.js';
import type { Block, Runs } from '../document.js';
import type { Builder } from './builder.js';
import { chartSelections } from './charts.js';
import { unverifiableRow, type ReviewRow } from './review-rows.js';

/** A run of top-level tasks, in document order; `first`: how many tasks of the file stand before it. */
export interface TaskRun {
    tasks: readonly EvalTask[];
    first: number;
}

export interface TaskSource {
    /** Every top-level task at once (a file read whole); undefined when they come in runs. */
    readonly all?: readonly EvalTask[];
    /** The runs of tasks in order; a run is valid until the next is asked for. */
    runs(): AsyncIterable<TaskRun>;
}

/** The tasks of a project read whole: one run. */
export function wholeTasks(tasks: readonly EvalTask[]): TaskSource {
    return {
        all: tasks,
        async *runs() {
            yield { tasks, first: 0 };
        }
    };
}

/** What the document-wide parts read of every task. */
export interface TaskFacts {
    /** How many top-level tasks there are. */
    tasks: number;
    /** Some task or activity has an account (`баяндама`): the activities section prints them. */
    narratives: boolean;
    /** Some task has a chart (with `--charts`). */
    charts: boolean;
    /** The tasks' indicators the review lists as not comparable, with their offsets (document order). */
    unverifiable: (ReviewRow & { offset: number })[];
}

export const noTaskFacts = (): TaskFacts => ({ tasks: 0, narratives: false, charts: false, unverifiable: [] });

/**
 * Gathers what the document-wide parts need of a run of tasks: the deviations (into the
 * builder's list, in document order), the review's rows, whether accounts and charts are there.
 * Called on every run, in order, before the report is built.
 */
export function gatherTasks(b: Builder, run: TaskRun): void {
    const facts = b.taskFacts;
    facts.tasks += run.tasks.length;
    for (const task of run.tasks) {
        if (task.narrative.length || task.activities.some(a => a.narrative.length)) facts.narratives = true;
        for (const ea of task.activities) for (const ei of ea.indicators) b.noteDeviation(ei, `${ea.label}.`);
        if (b.options.review && b.kind !== 'plan') {
            for (const ea of task.activities) for (const ei of ea.indicators) {
                const row = unverifiableRow(b, ei);
                if (row) facts.unverifiable.push({ ...row, offset: ei.node.$cstNode?.offset ?? 0 });
            }
        }
    }
    if (b.options.charts && b.kind !== 'plan' && chartSelections(run.tasks, b.kind).length) facts.charts = true;
}

/** Rows or blocks made of the tasks: now (all tasks at once), or as a stream (in runs). */
export function ofTasks<T>(b: Builder, make: (run: TaskRun) => T[]): { now: T[]; stream?: Runs<T> } {
    const source = b.source;
    if (source.all) return { now: make({ tasks: source.all, first: 0 }) };
    return {
        now: [],
        stream: async function* () {
            for await (const run of source.runs()) yield make(run);
        }
    };
}

/** Blocks made of the tasks, appended to the document: now, or as a stream. */
export function pushTaskBlocks(b: Builder, make: (run: TaskRun) => Block[]): void {
    const { now, stream } = ofTasks(b, make);
    if (stream) b.push({ type: 'streamed', runs: stream });
    else b.pushAll(now);
}
