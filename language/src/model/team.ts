/**
 * The team (Block II, `команда { қызметкер … маман … }`) against Block IV's planned counts of
 * staff and of engaged specialists: how many of each kind are named, and whether that is what
 * the plan's row says, read with its comparator («кемінде 5»: five or more). V-REQ-04 and the
 * team's hover both ask here.
 */
import type { Project } from '../generated/ast.js';
import { lowerCase } from '../fast-case.js';
import type { EvalIndicator, EvalProject } from './types.js';

export interface TeamCount {
    role: 'staff' | 'specialists';
    /** The member kind that counts for the row. */
    kind: 'қызметкер' | 'маман';
    /** Members of that kind named in the team blocks. */
    rows: number;
    /** Block IV's row for the role, with a plan. */
    plan?: EvalIndicator;
    /** The count against the plan: undefined with no row or a plan that is not one number. */
    agrees?: boolean;
}

const KINDS = [['staff', 'қызметкер'], ['specialists', 'маман']] as const;

/** The plan's number, read with its comparator, against the rows named. */
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

/** Each kind's count against its Block IV row; none when the project names no team. */
export function teamCounts(project: Project, ep: EvalProject): TeamCount[] {
    if (!project.teams.length) return [];
    const members = project.teams.flatMap(team => team.members);
    return KINDS.map(([role, kind]) => {
        const rows = members.filter(m => m.kind !== undefined && lowerCase(m.kind) === kind).length;
        const plan = ep.impact.find(i => i.role === role && i.plan !== undefined);
        return { role, kind, rows, plan, agrees: plan ? agrees(rows, plan) : undefined };
    });
}
