/**
 * The portfolio's rows, read from the evaluated model of one file: a Projects row per project,
 * an Indicators row per indicator, a Findings row per diagnostic. Every figure is the model's
 * (verdicts, ratios, stage, publications rule, statistics); nothing here reads a value again.
 * Runs in Node and in a browser worker (no file system).
 */
import type { LangiumDocument } from 'langium';
import {
    achieved, isJustified, needsJustification, projectStage, publicationMonths, ratioOf,
    statisticsConsistency, type EvalIndicator, type EvalProject, type EvaluatedFile, type ProjectStage
} from '../../../language/src/model.js';
import type { Status } from '../../../language/src/model.js';
import { displayValue } from '../../../language/src/model.js';
import { flatten, type FlatDiagnostic, type SeverityName } from '../diagnostics.js';

export interface ProjectRow {
    file: string;
    project: string;
    grantee?: string;
    topic?: string;
    region?: string;
    priority?: string;
    periodStart?: string;
    periodEnd?: string;
    grantSum?: number;
    reportDate?: string;
    stage?: ProjectStage;
    planned: number;
    withFact: number;
    met: number;
    over: number;
    /** Short of plan: unmet counts and money off plan. */
    unmet: number;
    unverifiable: number;
    missing: number;
    /** (met + over) / planned; undefined without planned indicators. */
    percentMet?: number;
    unjustified: number;
    publications: number;
    /** Months of the period (up to the report date) with fewer than two publications, 'YYYY-MM'. */
    publicationShortMonths: string[];
    publicationMonths: number;
    participants?: number;
    genderConsistent?: boolean;
    ageConsistent?: boolean;
    categoryConsistent?: boolean;
    errors: number;
    warnings: number;
    infos: number;
    readyToAccept: boolean;
    /** Why the file gave no project: unreadable, not parsed, empty. */
    problem?: string;
}

export interface IndicatorRow {
    file: string;
    project: string;
    line: number;
    section: EvalIndicator['section'];
    task?: number;
    /** «1.2», or the number within an information-work block. */
    activity?: string;
    activityTitle?: string;
    indicator: string;
    planText?: string;
    factText?: string;
    target?: number;
    fact?: number;
    unit?: string;
    ratio?: number;
    status: Status;
    periodOver: boolean;
    needsJustification: boolean;
    justification?: string;
}

export interface FindingRow {
    file: string;
    project?: string;
    line: number;
    column: number;
    code: string;
    severity: SeverityName;
    message: string;
}

/** What one file gives the portfolio. */
export interface FileRows {
    file: string;
    projects: ProjectRow[];
    indicators: IndicatorRow[];
    findings: FindingRow[];
}

function lineOf(node: { $cstNode?: { range: { start: { line: number } } } }): number {
    return (node.$cstNode?.range.start.line ?? 0) + 1;
}

/** Whitespace but a plain space, two spaces, a space at either end: what `text` has to tidy. */
const UNTIDY = /[^\S ]| {2}|^ | $/;

/** The text on one line, its runs of whitespace one space, none at the ends; none for empty. */
function text(s: string | undefined): string | undefined {
    if (!s) return undefined;
    // Most names and titles are tidy already: kept as they are, without a copy made.
    if (!UNTIDY.test(s)) return s;
    const v = s.replace(/\s+/g, ' ').trim();
    return v ? v : undefined;
}

/** `activityTitle`: the owner's title as `text` gives it (rowsOf tidies it once for all its indicators). */
export function indicatorRow(file: string, ep: EvalProject, ei: EvalIndicator, activityTitle = text(ei.owner?.title)): IndicatorRow {
    const { plan, fact, verdict } = ei;
    const part = verdict.parts[0];
    return {
        file,
        project: ep.name,
        line: lineOf(ei.node),
        section: ei.section,
        task: ei.owner?.task?.number,
        activity: ei.owner?.label || undefined,
        activityTitle,
        indicator: text(ei.name) ?? '',
        planText: plan ? displayValue(plan) : undefined,
        factText: fact ? displayValue(fact) : undefined,
        target: plan && !plan.errors.length ? part?.plan ?? plan.parts[0]?.n : undefined,
        fact: fact && !fact.errors.length ? part?.fact ?? fact.parts[0]?.n : undefined,
        unit: part?.unit ?? plan?.parts[0]?.unit ?? fact?.parts[0]?.unit,
        ratio: ratioOf(ei),
        status: verdict.status,
        periodOver: ei.periodOver,
        needsJustification: needsJustification(ei),
        justification: text(ei.deviation)
    };
}

/** The project a diagnostic belongs to: the last one starting at or before its line (else the first). */
function projectAt(line: number, starts: number[]): number {
    let best = 0;
    for (let k = 0; k < starts.length; k++) if (starts[k] <= line) best = k;
    return best;
}

export function projectRow(file: string, ep: EvalProject, findings: FindingRow[]): ProjectRow {
    const node = ep.node;
    const r = ep.rollup;
    const planned = r.total - r.noPlan;
    const stats = statisticsConsistency(ep.statistics);
    const pubs = publicationMonths(ep);
    const unjustified = ep.indicators.filter(i => needsJustification(i) && !isJustified(i)).length;
    const count = (s: SeverityName) => findings.filter(f => f.severity === s).length;
    const errors = count('error');
    const period = ep.period?.period;
    const stage = projectStage(ep);
    return {
        file,
        project: ep.name,
        grantee: text(node.grantee),
        topic: text(node.topic),
        region: text(node.territory),
        priority: text(node.priority),
        periodStart: period?.start,
        periodEnd: period?.end,
        grantSum: ep.sum && !ep.sum.errors.length ? ep.sum.parts[0]?.n : undefined,
        reportDate: ep.reportDate,
        stage,
        planned,
        withFact: ep.indicators.filter(i => i.fact).length,
        met: r.met,
        over: r.over,
        unmet: r.unmet + r.deviation,
        unverifiable: r.unverifiable,
        missing: r.missing,
        percentMet: planned > 0 ? achieved(r) / planned : undefined,
        unjustified,
        publications: pubs.count,
        publicationMonths: pubs.months.length,
        publicationShortMonths: pubs.short,
        participants: stats.total,
        genderConsistent: stats.gender,
        ageConsistent: stats.ages,
        categoryConsistent: stats.categories,
        errors,
        warnings: count('warning'),
        infos: count('info'),
        // A report to accept: the period is over, nothing wrong, every deviation justified.
        readyToAccept: stage === 'finished' && errors === 0 && unjustified === 0
    };
}

/** A file that gave no project: one row that says why, with its errors counted. */
export function problemRow(file: string, problem: string, findings: FindingRow[] = []): ProjectRow {
    const count = (s: SeverityName) => findings.filter(f => f.severity === s).length;
    return {
        file, project: '', planned: 0, withFact: 0, met: 0, over: 0, unmet: 0, unverifiable: 0, missing: 0,
        unjustified: 0, publications: 0, publicationMonths: 0, publicationShortMonths: [],
        errors: Math.max(1, count('error')), warnings: count('warning'), infos: count('info'),
        readyToAccept: false, problem
    };
}

/**
 * The rows of one evaluated document. `noProject` is the reason given when the file holds no
 * project (its parse errors are its findings then).
 */
export function rowsOf(file: string, document: LangiumDocument, model: EvaluatedFile, noProject: string): FileRows {
    const starts = model.projects.map(ep => lineOf(ep.node));
    const flat: FlatDiagnostic[] = flatten(file, document);
    const owner = flat.map(d => projectAt(d.line, starts));
    const findings: FindingRow[] = flat.map((d, k) => ({
        file, project: model.projects[owner[k]]?.name, line: d.line, column: d.column, code: d.code, severity: d.severity, message: d.message
    }));
    if (model.projects.length === 0) {
        return { file, projects: [problemRow(file, noProject, findings)], indicators: [], findings };
    }
    const projects = model.projects.map((ep, p) => projectRow(file, ep, findings.filter((_, k) => owner[k] === p)));
    // An activity's indicators follow one another: its title is tidied once, and is one string.
    let activity: EvalIndicator['owner'] | null = null;
    let title: string | undefined;
    const indicators = model.projects.flatMap(ep => ep.indicators.map(ei => {
        if (ei.owner !== activity) {
            activity = ei.owner;
            title = text(activity?.title);
        }
        return indicatorRow(file, ep, ei, title);
    }));
    return { file, projects, indicators, findings };
}
