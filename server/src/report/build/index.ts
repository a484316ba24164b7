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

export type { BuildOptions } from './builder.js';

/** The report model of one evaluated project. */
export function buildReportModel(project: EvalProject, opts: BuildOptions): BuiltReport {
    const b = new Builder(project, opts.kind, opts.lang, { review: opts.review, charts: opts.charts });
    const built = opts.kind === 'plan' ? buildPlan(b) : buildReport(b);
    if (built.unjustified.length) built.warnings.unshift(t('report.unjustified', { count: built.unjustified.length }));
    return built;
}
