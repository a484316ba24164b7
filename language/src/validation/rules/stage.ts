/** Where a project stands in time, for the severities of the rules. */
import type { EvalProject } from '../../model.js';

/**
 * The project's period is over by the report date: the report is the final one and what is
 * missing can no longer be made up. The operator treats a missing fact, a month with fewer
 * than two publications and a decomposed letter as errors then (warnings while it runs).
 * The report date must be given (`есеп-күні:`, the esep.reportDate setting, --report-date):
 * «today» alone does not make an old file a final report.
 */
export function periodEnded(ep: EvalProject): boolean {
    const end = ep.period?.period?.end;
    return end !== undefined && ep.reportDateSource !== 'today' && end < ep.reportDate;
}
