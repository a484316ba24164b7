/**
 * V-REQ-04: the team (Block II, `команда { қызметкер … маман … }`) lists everyone Block IV counts:
 * as many `қызметкер` as the staff row plans, as many `маман` as the specialists row plans
 * («Грантты іске асыруға қатысатын … барлық … көрсету қажет»). The plan is compared, not a fact:
 * the team is the plan's, and the final report has no team table. The counts: model/team.ts.
 */
import type { ValidationAcceptor } from 'langium';
import type { Project } from '../../generated/ast.js';
import { displayValue, teamCounts } from '../../model.js';
import type { RuleContext } from '../rule-context.js';

export function checkTeam(ctx: RuleContext, project: Project, accept: ValidationAcceptor): void {
    // No team written: nothing to compare (a report's file may leave Block II out).
    if (!project.teams.length) return;
    const ep = ctx.projectOf(project);
    if (!ep) return;
    for (const count of teamCounts(project, ep)) {
        const row = count.plan;
        if (count.agrees !== false || !row?.node.plan) continue;
        const key = count.role === 'staff' ? 'V-REQ-04.staff' : 'V-REQ-04.specialists';
        ctx.report(accept, 'warning', 'V-REQ-04', key, { rows: count.rows, name: row.name, plan: displayValue(row.plan!) }, { node: row.node.plan });
    }
}
