/**
 * Builds the report model (../model.ts) of one project from the evaluated model
 * (language/src/model.ts) and the official form (templates/forms). One builder
 * per form kind, one file per form section; every heading, column header and label
 * comes from the form, every number from the evaluated model.
 */
import { t } from '../../../../language/src/i18n.js';
import type { EvalProject } from '../../../../language/src/model.js';
import type { BuiltReport } from '../document.js';
import { Builder, type BuildOptions } from './builder.js';
import { buildReport } from './report.js';
import { buildPlan } from './plan.js';
import { gatherTasks, type TaskRun, type TaskSource } from './task-source.js';

export type { BuildOptions } from './builder.js';
export type { TaskRun, TaskSource } from './task-source.js';

/** The report model of one evaluated project. */
export function buildReportModel(project: EvalProject, opts: BuildOptions): BuiltReport {
    const b = new Builder(project, opts.kind, opts.lang, { review: opts.review, charts: opts.charts });
    gatherTasks(b, { tasks: project.tasks, first: 0 });
    return finish(b, opts);
}

/**
 * The report model of a project whose top-level tasks come in runs (a big file read in pieces):
 * `project` is the rest of the file. `gather` is called with each run of tasks first (in the
 * order of the file); the model's per-task rows are then made while it is written.
 */
export function reportModelBuilder(project: EvalProject, opts: BuildOptions, source: TaskSource): {
    gather: (run: TaskRun) => void; build: () => BuiltReport;
} {
    const b = new Builder(project, opts.kind, opts.lang, { review: opts.review, charts: opts.charts }, source);
    return { gather: run => gatherTasks(b, run), build: () => finish(b, opts) };
}

function finish(b: Builder, opts: BuildOptions): BuiltReport {
    const built = opts.kind === 'plan' ? buildPlan(b) : buildReport(b);
    if (built.unjustified.length) built.warnings.unshift(t('report.unjustified', { count: built.unjustified.length }));
    return built;
}
