/**
 * The JSON documents: the portfolio (`esep summary -o x.json`) and one project's whole evaluated
 * model (`esep export --format json`). Both are described by docs/export-schema.json; bump
 * SCHEMA_VERSION on any change that is not a new optional field.
 */
import type { Lang } from '../../../language/src/i18n.js';
import {
    isJustified, needsJustification, projectStage, publicationMonths, ratioOf, statisticsConsistency, valueText, type StatisticsConsistency,
    type EvalActivity, type EvalIndicator, type EvalProject, type EvaluatedFile
} from '../../../language/src/model.js';
import { displayValue, type ParsedValue } from '../../../language/src/model.js';
import type { FileRows } from './rows.js';
import type { Portfolio } from './sheets.js';
import { printable } from '../terminal.js';
import { appendRows, joinPieces, MemorySpool, type Piece, type Spool } from './spool.js';

export const SCHEMA_VERSION = 1;
export const SCHEMA_ID = 'https://esep.kz/schema/export-schema.json';

export interface SummaryMeta {
    generatedAt: string;
    lang: Lang;
    reportDate?: string;
    files: number;
}

type ListKey = 'projects' | 'indicators' | 'findings';
const LISTS: ListKey[] = ['projects', 'indicators', 'findings'];

/**
 * The portfolio document built file by file: each row becomes its JSON line at once (the rows
 * are not kept; their lines wait in the spool). The header is pretty-printed, the rows one per line.
 */
export class PortfolioJsonBuilder {
    constructor(private readonly spool: Spool = new MemorySpool()) {}

    add(rows: Portfolio): void {
        for (const key of LISTS) {
            // Control and direction characters as JSON escapes: the document is safe on a terminal too.
            appendRows(this.spool, key, rows[key].map(r => '    ' + printable(JSON.stringify(r))), ',\n');
        }
    }

    /** The document in order, the lists' rows as parts of the spool. */
    pieces(meta: SummaryMeta): Piece[] {
        const head = JSON.stringify({ $schema: SCHEMA_ID, format: 'esep-portfolio', schemaVersion: SCHEMA_VERSION, ...meta }, null, 2).slice(0, -2);
        const pieces: Piece[] = [head];
        LISTS.forEach((key, k) => {
            const open = `,\n  "${key}": [`;
            const close = k === LISTS.length - 1 ? '\n}\n' : '';
            if (this.spool.has(key)) pieces.push(`${open}\n`, { part: key }, `\n  ]${close}`);
            else pieces.push(`${open}]${close}`);
        });
        return pieces;
    }

    /** The document as one string (a spool in memory). */
    finish(meta: SummaryMeta): string {
        return joinPieces(this.pieces(meta), this.spool);
    }
}

export function portfolioJson(p: Portfolio, meta: SummaryMeta): object {
    const builder = new PortfolioJsonBuilder();
    builder.add(p);
    return JSON.parse(builder.finish(meta));
}

function clean(s: string | undefined): string | undefined {
    const v = s?.replace(/\s+/g, ' ').trim();
    return v ? v : undefined;
}

function valueJson(v: ParsedValue | undefined): object | undefined {
    if (!v) return undefined;
    return {
        text: displayValue(v),
        comparator: v.cmp,
        parts: v.parts.map(p => ({ n: p.n, unit: p.unit })),
        ofWhich: v.ofWhich.length ? v.ofWhich.map(s => ({ n: s.n, unit: s.unit, label: s.label })) : undefined,
        per: v.per?.raw,
        money: v.isMoney || undefined,
        percent: v.isPercent || undefined,
        readable: v.errors.length === 0
    };
}

function indicatorJson(ei: EvalIndicator): object {
    return {
        name: clean(ei.name) ?? '',
        line: (ei.node.$cstNode?.range.start.line ?? 0) + 1,
        plan: valueJson(ei.plan),
        fact: valueJson(ei.fact),
        status: ei.verdict.status,
        ratio: ratioOf(ei),
        parts: ei.verdict.parts.length ? ei.verdict.parts.map(p => ({ status: p.status, plan: p.plan, fact: p.fact, unit: p.unit })) : undefined,
        unitMismatch: ei.verdict.unitMismatch ? true : undefined,
        periodOver: ei.periodOver,
        needsJustification: needsJustification(ei),
        justified: isJustified(ei),
        justification: clean(ei.deviation),
        note: clean(ei.node.note)
    };
}

function activityJson(ea: EvalActivity): object {
    const node = ea.node;
    const period = ea.period?.period;
    return {
        number: ea.number,
        label: ea.label || undefined,
        title: clean(ea.title) ?? '',
        period: period ? { start: period.start, end: period.end } : undefined,
        place: clean('place' in node ? node.place : undefined),
        channel: clean('channel' in node ? node.channel : undefined),
        participants: ea.participants,
        result: clean(node.result),
        completeness: clean(node.completeness),
        indicators: ea.indicators.map(indicatorJson)
    };
}

/** The consistency as the schema (version 1) has it: whether each group adds up, not its sum. */
function consistencyJson(c: StatisticsConsistency): object {
    return { total: c.total, gender: c.gender, categories: c.categories, ages: c.ages };
}

export function projectJson(ep: EvalProject, rows: FileRows | undefined): object {
    const n = ep.node;
    const period = ep.period?.period;
    const stats = ep.statistics;
    const pubs = publicationMonths(ep);
    const row = rows?.projects.find(r => r.project === ep.name);
    return {
        name: ep.name,
        grantee: clean(n.grantee),
        topic: clean(n.topic),
        priority: clean(n.priority),
        goal: clean(n.goal),
        region: clean(n.territory),
        targetGroup: clean(n.targetGroup),
        contract: clean(n.contract),
        head: clean(n.head),
        period: period ? { start: period.start, end: period.end } : undefined,
        sum: ep.sum ? { text: displayValue(ep.sum), amount: ep.sum.errors.length ? undefined : ep.sum.parts[0]?.n } : undefined,
        reportDate: ep.reportDate,
        reportDateSource: ep.reportDateSource,
        stage: projectStage(ep),
        team: n.teams.flatMap(t => t.members).map(m => ({
            kind: m.kind === 'қызметкер' ? 'staff' : 'contracted',
            name: clean(m.name) ?? '', position: clean(m.position), contact: clean(m.contact), duties: clean(m.duties),
            workload: m.workload ? clean(valueText(m.workload)) : undefined
        })),
        tasks: ep.tasks.map(t => ({ number: t.number, title: clean(t.title) ?? '', activities: t.activities.map(activityJson) })),
        infoWork: ep.infoWorks.map(iw => ({
            ...activityJson(iw.block),
            activities: iw.activities.map(activityJson),
            publications: iw.publications.map(p => ({ date: p.date, outlet: clean(p.outlet) ?? '', title: clean(p.title) ?? '' }))
        })),
        presentations: ep.presentations.map(activityJson),
        impact: ep.impact.map(indicatorJson),
        statistics: stats ? {
            total: stats.total, men: stats.men, women: stats.women,
            categories: stats.categories.map(c => ({ key: c.key, count: c.count })),
            ages: stats.ages.map(a => ({ key: a.key, from: a.from, to: a.to, count: a.count })),
            consistency: consistencyJson(statisticsConsistency(stats))
        } : undefined,
        publications: pubs,
        partners: n.partners.map(p => ({ name: clean(p.name) ?? '', role: clean(p.role), contact: clean(p.contact), note: clean(p.note) })),
        rollup: ep.rollup,
        summary: row,
        findings: rows?.findings.filter(f => f.project === ep.name)
    };
}

export function exportJson(file: string, model: EvaluatedFile, rows: FileRows, meta: { generatedAt: string; lang: Lang }): object {
    return {
        $schema: SCHEMA_ID,
        format: 'esep-project',
        schemaVersion: SCHEMA_VERSION,
        ...meta,
        file,
        projects: model.projects.map(ep => projectJson(ep, rows)),
        findings: rows.findings
    };
}
