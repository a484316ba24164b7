/**
 * A project's shape for import tests: what a person would compare between a
 * source plan and the draft — tasks, activities (place, period), (indicator,
 * plan) pairs, the team and Block IV — read from .grant text with the
 * language's own parser. Texts are compared with whitespace collapsed.
 * (No test helpers here: bench/import.ts uses it too.)
 */
import type { AstNode } from 'langium';
import type { Activity, Indicator, Presentation, Project } from '../../language/src/generated/ast.js';

export const norm = (s: string | undefined) => (s ?? '').normalize('NFC').replace(/\s+/g, ' ').trim();
const src = (n: AstNode | undefined) => norm(n?.$cstNode?.text);
const str = (s: string | undefined) => norm(s?.replace(/^"|"$/g, ''));

export interface ShapeActivity { number?: string; title: string; place?: string; period?: string; pairs: [string, string][] }
export interface Shape {
    header: Record<string, string | undefined>;
    expected: string[];
    head?: string;
    headPosition?: string;
    team: { kind: string; name: string; position?: string; contact?: string; duties?: string; workload?: string }[];
    tasks: { number?: string; title: string; activities: ShapeActivity[] }[];
    presentations: ShapeActivity[];
    infoWorks: { title: string; self: ShapeActivity; activities: ShapeActivity[] }[];
    impact: [string, string][];
}

function activity(a: Activity | Presentation): ShapeActivity {
    return {
        number: 'number' in a ? a.number : undefined,
        title: str(a.title),
        place: a.place !== undefined ? str(a.place) : a.channel !== undefined ? str(a.channel) : undefined,
        period: a.period ? src(a.period) : undefined,
        pairs: a.indicators.map((i: Indicator) => [str(i.name), src(i.plan)])
    };
}

export function shapeOf(project: Project): Shape {
    return {
        header: {
            grantee: str(project.grantee), priority: str(project.priority), topic: str(project.topic), goal: str(project.goal),
            territory: str(project.territory), targetGroup: str(project.targetGroup), period: src(project.period),
            contract: str(project.contract), partners: str(project.partnersSummary), sum: project.sum ? src(project.sum) : undefined
        },
        expected: project.expectedResults.map(str),
        head: project.head ? str(project.head) : undefined,
        headPosition: project.headPosition ? str(project.headPosition) : undefined,
        team: project.teams.flatMap(t => t.members).map(m => ({
            kind: m.kind, name: str(m.name), position: m.position ? str(m.position) : undefined, contact: m.contact ? str(m.contact) : undefined,
            duties: m.duties ? str(m.duties) : undefined, workload: m.workload ? src(m.workload) : undefined
        })),
        tasks: project.tasks.map(t => ({ number: t.number, title: str(t.title), activities: t.activities.map(activity) })),
        presentations: project.presentations.map(activity),
        infoWorks: project.infoWorks.map(w => ({ title: str(w.title), self: activity(w as unknown as Activity), activities: w.activities.map(activity) })),
        impact: project.impacts.flatMap(i => i.indicators).map(i => [str(i.name), src(i.plan)])
    };
}

/** Every activity of a shape, in order (tasks, presentations, information work). */
export function allActivities(s: Shape): ShapeActivity[] {
    return [...s.tasks.flatMap(t => t.activities), ...s.presentations, ...s.infoWorks.flatMap(w => [...(w.self.pairs.length ? [w.self] : []), ...w.activities])];
}

export function allPairs(s: Shape): string[] {
    return allActivities(s).flatMap(a => a.pairs.map(([n, p]) => `${n} ⇒ ${p}`));
}
