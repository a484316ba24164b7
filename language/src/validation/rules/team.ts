/**
 * V-REQ-04: the team (Block II, `команда { қызметкер … маман … }`) lists everyone Block IV counts:
 * as many `қызметкер` as the staff row plans, as many `маман` as the specialists row plans
 * («Грантты іске асыруға қатысатын … барлық … көрсету қажет»). The plan is compared, not a fact:
 * the team is the plan's, and the final report has no team table.
 */
import type { ValidationAcceptor } from 'langium';
import type { Project } from '../../generated/ast.js';
import { displayValue, type EvalIndicator } from '../../model.js';
import type { RuleContext } from '../rule-context.js';
import { lowerCase } from '../../fast-case.js';

/** The team rows a plan asks for: its number, read with its comparator («кемінде 5»: five or more). */
function agrees(rows: number, row: EvalIndicator): boolean | undefined {
    const n = row.plan?.parts[0]?.n;
    if (n === undefined || row.plan!.errors.length) return undefined;
    switch (row.plan!.cmp) {
        case 'ge': return rows >= n;
        case 'gt': return rows > n;
        case 'le': return rows <= n;
        default: return rows === n;
    }
}

export function checkTeam(ctx: RuleContext, project: Project, accept: ValidationAcceptor): void {
    // No team written: nothing to compare (a report's file may leave Block II out).
    if (!project.teams.length) return;
    const ep = ctx.projectOf(project);
    if (!ep) return;
    const members = project.teams.flatMap(team => team.members);
    for (const [role, kind, key] of [['staff', 'қызметкер', 'V-REQ-04.staff'], ['specialists', 'маман', 'V-REQ-04.specialists']] as const) {
        const row = ep.impact.find(i => i.role === role && i.plan !== undefined);
        if (!row?.node.plan) continue;
        const rows = members.filter(m => m.kind !== undefined && lowerCase(m.kind) === kind).length;
        if (agrees(rows, row) !== false) continue;
        ctx.report(accept, 'warning', 'V-REQ-04', key, { rows, name: row.name, plan: displayValue(row.plan!) }, { node: row.node.plan });
    }
}
