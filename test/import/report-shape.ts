/**
 * What a person compares between a final report and the draft imported from
 * it: tasks, activities (place, participants), indicators with plan and fact,
 * information work, impact, participant statistics, partners and the header —
 * read from .grant text with the language's own parser. Numbers are compared
 * with their digit groups joined («5 344» is «5344»), texts with whitespace
 * collapsed.
 */
import type { Activity, Indicator, InfoWork, Project } from '../../language/src/generated/ast.js';
import { norm } from './shape-of.js';

const str = (s: string | undefined) => norm(s?.replace(/^"|"$/g, ''));
/** A value as written, with digit groups joined: the report prints «5 344» for «5344». */
export const digits = (s: string | undefined) => norm(s).replace(/(\d)[ \u00A0](?=\d{3}\b)/g, '$1');
const value = (n: { $cstNode?: { text: string } } | undefined) => (n ? digits(n.$cstNode?.text) : undefined);

export interface Triple { name: string; plan?: string; fact?: string }
export interface ReportActivity {
    number?: string;
    title: string;
    place?: string;
    period?: string;
    participants: string[];
    experts?: string;
    result?: string;
    indicators: Triple[];
}
export interface ReportShape {
    header: { grantee?: string; topic?: string; sum?: string; goal?: string };
    tasks: { number?: string; title: string; activities: ReportActivity[] }[];
    infoWorks: { title: string; result?: string; indicators: Triple[]; publications: string[] }[];
    impact: Triple[];
    statistics: { total?: string; men?: string; women?: string; categories: [string, string][]; ages: [string, string][] };
    partners: { name: string; role?: string; contact?: string; note?: string }[];
}

const triple = (i: Indicator): Triple => ({ name: str(i.name), plan: value(i.plan), fact: value(i.fact) });

function activity(a: Activity): ReportActivity {
    return {
        number: a.number,
        title: str(a.title),
        place: a.place !== undefined ? str(a.place) : undefined,
        period: a.period ? norm(a.period.$cstNode?.text) : undefined,
        participants: a.participants.map(p => `${digits(p.count)}${p.category ? ` ${str(p.category)}` : ''}`),
        experts: a.experts !== undefined ? str(a.experts) : undefined,
        result: a.result !== undefined ? str(a.result) : undefined,
        indicators: a.indicators.map(triple)
    };
}

export function reportShapeOf(project: Project): ReportShape {
    const st = project.statistics[0];
    return {
        header: {
            grantee: project.grantee && str(project.grantee), topic: project.topic && str(project.topic),
            sum: project.sum && digits(project.sum.$cstNode?.text), goal: project.goal && str(project.goal)
        },
        tasks: project.tasks.map(t => ({ number: t.number, title: str(t.title), activities: t.activities.map(activity) })),
        infoWorks: project.infoWorks.map((w: InfoWork) => ({
            title: str(w.title), result: w.result !== undefined ? str(w.result) : undefined, indicators: w.indicators.map(triple),
            // «7.11.2020» and «07.11.2020» are one date.
            publications: w.publicationLists.flatMap(l => l.items).map(p => `${p.date.replace(/^0/, '')} ${str(p.outlet)} «${str(p.title)}»`)
        })),
        impact: project.impacts.flatMap(i => i.indicators).map(triple),
        statistics: {
            total: st?.total && digits(st.total), men: st?.men && digits(st.men), women: st?.women && digits(st.women),
            categories: (st?.categories ?? []).map(c => [c.key, digits(c.count)]),
            ages: (st?.ages ?? []).map(a => [`${a.from}${a.orOlder ? '+' : `-${a.to}`}`, digits(a.count)])
        },
        partners: project.partners.map(p => ({
            name: str(p.name), role: p.role && str(p.role), contact: p.contact && str(p.contact), note: p.note && str(p.note)
        }))
    };
}

export const triples = (s: ReportShape) => s.tasks.flatMap(t => t.activities.flatMap(a => a.indicators.map(i => `${i.name} ⇒ ${i.plan} ⇒ ${i.fact}`)));
