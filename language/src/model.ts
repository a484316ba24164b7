/**
 * The evaluated project model: the AST read once into plan/fact verdicts,
 * resolved periods and statistics, rolled up indicator → activity → task →
 * project. Diagnostics, hover, CodeLens and the report all read this model;
 * none of them reads a value or a date on its own.
 */
import { isCompositeCstNode, type AstNode, type CstNode } from 'langium';
import type {
    Activity, DatePoint, DateRange, GrantFile, Impact, Indicator, InfoWork, Presentation, Project,
    Publication, Statistics, Task, Value
} from './generated/ast.js';
import { narrativePieces, type NarrativePiece } from './narrative.js';
import { parseNumber, parseValue, verdictOf, type ParsedValue, type Status, type Verdict } from './values/index.js';
import {
    monthsOf, parseDatePoint, parseDottedDate, resolveRange, splitMonthRange, todayISO,
    type DateProblem, type DateSpec, type ISODate, type Period
} from './dates.js';

export interface Rollup {
    total: number;
    met: number;
    over: number;
    unmet: number;
    deviation: number;
    unverifiable: number;
    missing: number;
    noPlan: number;
}

export function emptyRollup(): Rollup {
    return { total: 0, met: 0, over: 0, unmet: 0, deviation: 0, unverifiable: 0, missing: 0, noPlan: 0 };
}

export function addToRollup(r: Rollup, status: Status): void {
    r.total++;
    r[status]++;
}

export function mergeRollup(into: Rollup, from: Rollup): void {
    for (const k of Object.keys(into) as (keyof Rollup)[]) into[k] += from[k];
}

/** Indicators that reached their target (met or over-achieved). */
export function achieved(r: Rollup): number {
    return r.met + r.over;
}

export type IndicatorSection = 'activity' | 'info' | 'presentation' | 'impact';

export interface EvalIndicator {
    node: Indicator;
    name: string;
    plan?: ParsedValue;
    fact?: ParsedValue;
    verdict: Verdict;
    deviation?: string;
    /** Russian texts written beside the name and values (`орысша:`), for the Russian report. */
    ru: { name?: string; plan?: string; fact?: string };
    section: IndicatorSection;
    /** The activity (or info-work / presentation block) the indicator belongs to. */
    owner?: EvalActivity;
    /** The owner's period is over by the report date: a missing or unmet fact is final. */
    periodOver: boolean;
}

export interface EvalPeriod {
    node: DateRange;
    period?: Period;
    problems: { node: DatePoint; problem: DateProblem }[];
    /** Written without a year and no project period to take it from (V-DATE-04). */
    yearUnknown: boolean;
}

export interface EvalActivity {
    node: Activity | Presentation | InfoWork;
    /** The number as written, or its place in order when not written. */
    number: number;
    numberWritten: boolean;
    /** «1.2» — task number and activity number. */
    label: string;
    title: string;
    period?: EvalPeriod;
    indicators: EvalIndicator[];
    rollup: Rollup;
    participants: number;
    task?: EvalTask;
    /** The account of the activity in the grantee's words, in the order written (language/src/narrative.ts). */
    narrative: NarrativePiece[];
    /** The title's Russian text (`орысша:`), when written. */
    titleRu?: string;
}

export interface EvalTask {
    node: Task;
    number: number;
    numberWritten: boolean;
    title: string;
    activities: EvalActivity[];
    rollup: Rollup;
    /** The account of the task in the grantee's words, in the order written. */
    narrative: NarrativePiece[];
    titleRu?: string;
}

export interface EvalPublication {
    node: Publication;
    date?: ISODate;
    outlet: string;
    title: string;
}

export interface EvalInfoWork {
    block: EvalActivity;
    activities: EvalActivity[];
    publications: EvalPublication[];
}

export interface EvalStatistics {
    node: Statistics;
    total?: number;
    men?: number;
    women?: number;
    categories: { key: string; count?: number; node: AstNode }[];
    ages: { key: string; from: number; to?: number; count?: number; node: AstNode }[];
    /** The grantee's own words about the statistics (`сипаттама:`), printed before the tables. */
    narrative: NarrativePiece[];
}

export interface EvalProject {
    node: Project;
    name: string;
    period?: EvalPeriod;
    /** The date «now» means for this project: its `есеп-күні`, the configured date, or today. */
    reportDate: ISODate;
    reportDateSource: 'field' | 'setting' | 'today';
    sum?: ParsedValue;
    tasks: EvalTask[];
    infoWorks: EvalInfoWork[];
    presentations: EvalActivity[];
    impact: EvalIndicator[];
    impactBlocks: Impact[];
    statistics?: EvalStatistics;
    /** Every indicator of the project, in document order. */
    indicators: EvalIndicator[];
    rollup: Rollup;
    values: Map<Value, ParsedValue>;
}

export interface EvaluatedFile {
    projects: EvalProject[];
    /** Every value of the file, read once. */
    values: Map<Value, ParsedValue>;
    indicatorOf: Map<Indicator, EvalIndicator>;
    /** Activities, info-work blocks and presentations by their AST node. */
    activityOf: Map<AstNode, EvalActivity>;
    publicationOf: Map<Publication, EvalPublication>;
    /** The project each project node evaluates to. */
    projectOf: Map<Project, EvalProject>;
}

export interface EvaluationOptions {
    /** Overrides «today» when the project has no `есеп-күні` (setting `esep.reportDate`, CLI). */
    reportDate?: ISODate;
    now?: Date;
}

/** The source text of a Value node: what the user wrote, for values.ts to read. */
export function valueText(value: Value): string {
    // Kept by the parser (parser.ts); a node made otherwise reads its CST.
    return (value as Value & { $text?: string }).$text ?? value.$cstNode?.text ?? value.tokens.join(' ');
}

/** Date points read during one `evaluate` call, by their text (a file repeats the same few periods). */
let datePoints: Map<string, { spec?: DateSpec; problem?: DateProblem }> | undefined;

function readDatePoint(node: DatePoint): { spec?: DateSpec; problem?: DateProblem } {
    if (!datePoints) return parseDatePoint(node.parts);
    const key = node.parts.join('\u0000');
    let read = datePoints.get(key);
    if (!read) {
        read = parseDatePoint(node.parts);
        datePoints.set(key, read);
    }
    return read;
}

function evalPeriod(node: DateRange | undefined, contextYear: number | undefined): EvalPeriod | undefined {
    if (!node) return undefined;
    const problems: EvalPeriod['problems'] = [];
    let startSpec: DateSpec | undefined;
    let endSpec: DateSpec | undefined;
    // «наурыз-қараша» written as one word.
    const single = node.start && !node.end && node.start.parts.length === 1 ? splitMonthRange(node.start.parts[0]) : undefined;
    if (single) {
        startSpec = parseDatePoint([single[0]]).spec;
        endSpec = parseDatePoint([single[1]]).spec;
    } else {
        const s = node.start ? readDatePoint(node.start) : undefined;
        if (s?.problem && node.start) problems.push({ node: node.start, problem: s.problem });
        startSpec = s?.spec;
        if (node.end) {
            const e = readDatePoint(node.end);
            if (e.problem) problems.push({ node: node.end, problem: e.problem });
            endSpec = e.spec;
        }
    }
    if (!startSpec) return { node, problems, yearUnknown: false };
    const period = resolveRange(startSpec, endSpec, contextYear);
    return { node, period, problems, yearUnknown: !period && problems.length === 0 };
}

function evalIndicator(node: Indicator, section: IndicatorSection, owner: EvalActivity | undefined,
    values: Map<Value, ParsedValue>, reportDate: ISODate, projectEnd?: ISODate): EvalIndicator {
    const plan = node.plan ? parseValue(valueText(node.plan), { indicatorName: node.name, role: 'plan' }) : undefined;
    const fact = node.fact ? parseValue(valueText(node.fact), { indicatorName: node.name, role: 'fact' }) : undefined;
    if (node.plan && plan) values.set(node.plan, plan);
    if (node.fact && fact) values.set(node.fact, fact);
    // An indicator is final once its activity's period (else the project's) is over.
    const end = owner?.period?.period?.end ?? projectEnd;
    return {
        node, name: node.name ?? '', plan, fact,
        verdict: verdictOf(plan, fact),
        deviation: node.deviation,
        ru: { name: node.nameRu, plan: node.planRu, fact: node.factRu },
        section, owner,
        periodOver: end !== undefined && end <= reportDate
    };
}

function count(text: string | undefined): number | undefined {
    return text === undefined ? undefined : parseNumber(text);
}

/** Reads one project. */
export function evaluateProject(node: Project, options: EvaluationOptions = {}, values = new Map<Value, ParsedValue>()): EvalProject {
    const fieldDate = node.reportDate ? readDatePoint(node.reportDate).spec : undefined;
    const period = evalPeriod(node.period, undefined);
    const contextYear = period?.period ? Number(period.period.start.slice(0, 4)) : undefined;
    let reportDate: ISODate;
    let reportDateSource: EvalProject['reportDateSource'];
    if (fieldDate && fieldDate.year !== undefined && fieldDate.day !== undefined) {
        reportDate = `${fieldDate.year}-${String(fieldDate.month).padStart(2, '0')}-${String(fieldDate.day).padStart(2, '0')}`;
        reportDateSource = 'field';
    } else if (options.reportDate && parseDottedDate(options.reportDate.split('-').reverse().join('.'))) {
        reportDate = options.reportDate;
        reportDateSource = 'setting';
    } else {
        reportDate = todayISO(options.now);
        reportDateSource = 'today';
    }

    const projectEnd = period?.period?.end;
    const project: EvalProject = {
        node, name: node.name ?? '', period, reportDate, reportDateSource,
        tasks: [], infoWorks: [], presentations: [], impact: [], impactBlocks: node.impacts,
        indicators: [], rollup: emptyRollup(), values
    };
    if (node.sum) {
        project.sum = parseValue(valueText(node.sum), { role: 'plan' });
        values.set(node.sum, project.sum);
    }

    const activityOf = (act: Activity | Presentation | InfoWork, number: number, numberWritten: boolean, label: string,
        section: IndicatorSection, task?: EvalTask): EvalActivity => {
        const ea: EvalActivity = {
            node: act, number, numberWritten, label,
            title: act.title ?? '',
            period: evalPeriod(act.period, contextYear),
            indicators: [], rollup: emptyRollup(),
            participants: act.participants.reduce((sum, g) => sum + (count(g.count) ?? 0), 0),
            task,
            narrative: narrativePieces(act),
            titleRu: 'titleRu' in act ? act.titleRu : undefined
        };
        for (const ind of act.indicators) {
            const ei = evalIndicator(ind, section, ea, values, reportDate, projectEnd);
            ea.indicators.push(ei);
            addToRollup(ea.rollup, ei.verdict.status);
        }
        return ea;
    };

    node.tasks.forEach((taskNode, ti) => {
        const number = count(taskNode.number) ?? ti + 1;
        const task: EvalTask = {
            node: taskNode, number, numberWritten: taskNode.number !== undefined,
            title: taskNode.title ?? '', activities: [], rollup: emptyRollup(),
            narrative: narrativePieces(taskNode), titleRu: taskNode.titleRu
        };
        taskNode.activities.forEach((actNode, ai) => {
            const an = count(actNode.number) ?? ai + 1;
            const ea = activityOf(actNode, an, actNode.number !== undefined, `${number}.${an}`, 'activity', task);
            task.activities.push(ea);
            mergeRollup(task.rollup, ea.rollup);
        });
        project.tasks.push(task);
    });

    for (const iw of node.infoWorks) {
        const block = activityOf(iw, 0, false, '', 'info');
        const activities = iw.activities.map((a, ai) => activityOf(a, count(a.number) ?? ai + 1, a.number !== undefined, String(count(a.number) ?? ai + 1), 'info'));
        const publications: EvalPublication[] = iw.publicationLists.flatMap(list => list.items).map(p => ({
            node: p, date: p.date ? parseDottedDate(p.date) : undefined, outlet: p.outlet ?? '', title: p.title ?? ''
        }));
        project.infoWorks.push({ block, activities, publications });
    }
    node.presentations.forEach((p, i) => project.presentations.push(activityOf(p, i + 1, false, String(i + 1), 'presentation')));

    for (const block of node.impacts) {
        for (const ind of block.indicators) project.impact.push(evalIndicator(ind, 'impact', undefined, values, reportDate, projectEnd));
    }

    const stats = node.statistics[0];
    if (stats) {
        project.statistics = {
            node: stats,
            total: count(stats.total), men: count(stats.men), women: count(stats.women),
            categories: stats.categories.map(c => ({ key: c.key ?? '', count: count(c.count), node: c })),
            ages: stats.ages.map(a => ({
                key: a.orOlder ? `${count(a.from)}+` : `${count(a.from)}-${count(a.to)}`,
                from: count(a.from) ?? 0, to: a.orOlder ? undefined : count(a.to), count: count(a.count), node: a
            })),
            narrative: narrativePieces({ narratives: stats.narratives, learning: [], councils: [] })
        };
    }

    // Every indicator in document order, and the project roll-up.
    // (Appended one by one: a spread into push() of a long list overflows the stack.)
    const all: EvalIndicator[] = [];
    const add = (list: EvalIndicator[]) => { for (const i of list) all.push(i); };
    for (const t of project.tasks) for (const a of t.activities) add(a.indicators);
    for (const iw of project.infoWorks) {
        add(iw.block.indicators);
        for (const a of iw.activities) add(a.indicators);
    }
    for (const p of project.presentations) add(p.indicators);
    add(project.impact);
    // Document order (impact may come before the tasks): each offset is read once, and nothing
    // is sorted when the blocks already stand in that order.
    const offsets = all.map(i => startOffset(i.node));
    let ordered = true;
    for (let k = 1; ordered && k < offsets.length; k++) ordered = offsets[k - 1] <= offsets[k];
    project.indicators = ordered ? all
        : all.map((_, k) => k).sort((a, b) => offsets[a] - offsets[b] || a - b).map(k => all[k]);
    for (const i of all) addToRollup(project.rollup, i.verdict.status);
    return project;
}

/**
 * Where a node starts, for ordering: the offset of its CST node's first token (a comment just
 * before it may count as its start, which keeps the order). CstNode.offset gets there through
 * getters and iterators at every level; this walks straight down.
 */
function startOffset(node: AstNode): number {
    let cst: CstNode | undefined = node.$cstNode;
    while (cst && isCompositeCstNode(cst)) cst = cst.content[0];
    return cst?.offset ?? 0;
}

/** Reads a whole file. Cheap enough to run once per document version. */
export function evaluate(file: GrantFile, options: EvaluationOptions = {}): EvaluatedFile {
    const values = new Map<Value, ParsedValue>();
    datePoints = new Map();
    let projects: EvalProject[];
    try {
        projects = file.projects.map(p => evaluateProject(p, options, values));
    } finally {
        datePoints = undefined;
    }
    const indicatorOf = new Map<Indicator, EvalIndicator>();
    const activityOf = new Map<AstNode, EvalActivity>();
    const publicationOf = new Map<Publication, EvalPublication>();
    const projectOf = new Map<Project, EvalProject>();
    for (const p of projects) {
        projectOf.set(p.node, p);
        for (const i of p.indicators) indicatorOf.set(i.node, i);
        for (const a of allActivities(p)) activityOf.set(a.node, a);
        for (const iw of p.infoWorks) for (const pub of iw.publications) publicationOf.set(pub.node, pub);
    }
    return { projects, values, indicatorOf, activityOf, publicationOf, projectOf };
}

/** All activities of a project, tasks first, then information work and presentations. */
export function allActivities(p: EvalProject): EvalActivity[] {
    return [
        ...p.tasks.flatMap(t => t.activities),
        ...p.infoWorks.flatMap(iw => [iw.block, ...iw.activities]),
        ...p.presentations
    ];
}

// ---------------------------------------------------------------------------
// Read-outs of a project as a whole (portfolio, export): what each figure means is decided here.

/** Where a project stands on its report date. */
export type ProjectStage = 'plan' | 'running' | 'finished';

/**
 * `finished` once the period is over on the report date (as an indicator's `periodOver`);
 * `running` once the period has started or any fact is written; `plan` before that.
 */
export function projectStage(ep: EvalProject): ProjectStage {
    const period = ep.period?.period;
    if (period && period.end <= ep.reportDate) return 'finished';
    if ((period && period.start <= ep.reportDate) || ep.indicators.some(i => i.fact)) return 'running';
    return 'plan';
}

/** Short of plan: a count below its target, or money off its plan (the roll-ups' «жетпейді»). */
export function isShortOfPlan(status: Status): boolean {
    return status === 'unmet' || status === 'deviation';
}

/** fact / plan of the deciding part, when plan and fact could be compared. */
export function ratioOfPlan(ei: EvalIndicator): number | undefined {
    if (ei.verdict.status === 'unverifiable') return undefined;
    const r = ei.verdict.ratio;
    return r === undefined || !Number.isFinite(r) ? undefined : r;
}

/**
 * The report must justify this indicator (V-PF-03): once its period is over, a fact short of
 * plan, money off plan, a fact in another unit, or no fact at all.
 */
export function needsJustification(ei: EvalIndicator): boolean {
    if (!ei.plan || ei.plan.errors.length || !ei.periodOver) return false;
    const s = ei.verdict.status;
    return isShortOfPlan(s) || s === 'missing' || (!!ei.fact && !!ei.verdict.unitMismatch);
}

export function isJustified(ei: EvalIndicator): boolean {
    return !!ei.deviation?.trim();
}

/** Publications by calendar month against the two-a-month rule (V-MEDIA-01), up to the report date. */
export interface PublicationMonths {
    count: number;
    /** Months of the period up to the report date ('YYYY-MM'), each with its publications. */
    months: { month: string; count: number }[];
    /** The months with fewer than two. */
    short: string[];
}

export const PUBLICATIONS_PER_MONTH = 2;

export function publicationMonths(ep: EvalProject): PublicationMonths {
    const pubs = ep.infoWorks.flatMap(i => i.publications);
    const perMonth = new Map<string, number>();
    for (const p of pubs) if (p.date) perMonth.set(p.date.slice(0, 7), (perMonth.get(p.date.slice(0, 7)) ?? 0) + 1);
    const period = ep.period?.period;
    const reportMonth = ep.reportDate.slice(0, 7);
    const months = period ? monthsOf(period).filter(m => m <= reportMonth).map(month => ({ month, count: perMonth.get(month) ?? 0 })) : [];
    return { count: pubs.length, months, short: months.filter(m => m.count < PUBLICATIONS_PER_MONTH).map(m => m.month) };
}

/** Do the statistics' parts add up to their total (V-SUM-01…03)? undefined: nothing to compare. */
export interface StatisticsConsistency {
    total?: number;
    gender?: boolean;
    categories?: boolean;
    ages?: boolean;
}

export function statisticsConsistency(es: EvalStatistics | undefined): StatisticsConsistency {
    if (!es) return {};
    const total = es.total;
    const sums = (values: (number | undefined)[]) => values.reduce<number>((a, b) => a + (b ?? 0), 0);
    return {
        total,
        gender: total === undefined || es.men === undefined || es.women === undefined ? undefined : es.men + es.women === total,
        categories: total === undefined || es.categories.length === 0 ? undefined : sums(es.categories.map(c => c.count)) === total,
        ages: total === undefined || es.ages.length === 0 ? undefined : sums(es.ages.map(a => a.count)) === total
    };
}
