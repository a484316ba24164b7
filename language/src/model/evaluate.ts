/**
 * Evaluation: the AST read once into plan/fact verdicts, resolved periods, counts and
 * statistics, rolled up indicator → activity → task → project (the types in types.ts).
 */
import { isCompositeCstNode, type AstNode, type CstNode } from 'langium';
import type {
    Activity, DatePoint, DateRange, GrantFile, Indicator, InfoWork, Presentation, Project,
    Publication, Recommendation, Value
} from '../generated/ast.js';
import { judge, parseNumber, parseValue, type ParsedValue } from '../values/index.js';
import {
    parseDatePoint, parseDottedDate, resolveRange, splitMonthRange, todayISO,
    type DateProblem, type DateSpec, type ISODate
} from '../dates.js';
import { addToRollup, emptyRollup, mergeRollup } from './rollup.js';
import { perCountOf, withMentions } from './per-count.js';
import { roleOf } from './roles.js';
import { projectStage } from './predicates.js';
import { narrativePieces } from '../narrative.js';
import { isPlaceholder } from './forms.js';
import { keepActivity, keptActivity } from './reused.js';
import type {
    EvalActivity, EvalIndicator, EvalPeriod, EvalProject, EvalPublication, EvalTask, EvaluatedFile, EvaluationOptions,
    IndicatorSection
} from './types.js';

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
    const name = node.name ?? '';
    const plan = node.plan ? parseValue(valueText(node.plan), { indicatorName: node.name, role: 'plan' }) : undefined;
    // `факт: ""` is a place kept for the fact, not a fact.
    const fact = node.fact && !isPlaceholder(node.fact) ? parseValue(valueText(node.fact), { indicatorName: node.name, role: 'fact' }) : undefined;
    if (node.plan && plan) values.set(node.plan, plan);
    if (node.fact && fact) values.set(node.fact, fact);
    // An indicator is final once its activity's period (else the project's) is over.
    const end = owner?.period?.period?.end ?? projectEnd;
    return {
        node, name, plan, fact,
        verdict: judge(plan, fact),
        deviation: node.deviation,
        ru: { name: node.nameRu, plan: node.planRu, fact: node.factRu },
        justified: !!node.deviation?.trim(),
        section, role: roleOf(name, plan, fact), owner,
        periodOver: end !== undefined && end <= reportDate
    };
}

/**
 * A per-unit plan («кемінде 5 (әр кездесуден)») is judged against n × the units the file
 * counts (per-count.ts), once the other indicators of its activity are read.
 */
function judgePerUnit(ea: EvalActivity, projectPeriod: EvalPeriod | undefined): void {
    for (const ei of ea.indicators) {
        if (!ei.plan?.per || ei.plan.errors.length) continue;
        const perCount = perCountOf(ei.plan, {
            period: ea.period?.period ?? projectPeriod?.period,
            participants: ea.participants,
            siblings: ea.indicators.filter(o => o !== ei),
            texts: [ea.result, ea.completeness?.text]
        });
        if (!perCount) continue;
        ei.perCount = perCount;
        ei.verdict = judge(ei.plan, ei.fact, { perCount: perCount.n });
    }
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
        indicators: [], rollup: emptyRollup(), values, hasFacts: false, stage: 'plan',
        pages: node.pages ? count(node.pages) : undefined
    };
    if (node.sum) {
        project.sum = parseValue(valueText(node.sum), { role: 'plan' });
        values.set(node.sum, project.sum);
    }

    // What an activity's reading depends on besides its own text (reused.ts).
    const context = `${contextYear}|${reportDate}|${period?.period?.start}|${projectEnd}`;
    const activityOf = (act: Activity | Presentation | InfoWork, number: number, numberWritten: boolean, label: string,
        section: IndicatorSection, task?: EvalTask): EvalActivity => {
        if (options.keepReadings === false) return readActivity(act, number, numberWritten, label, section, task);
        const key = `${number}|${numberWritten}|${label}|${section}|${context}`;
        const kept = keptActivity(act, key, task, values);
        if (kept) return kept;
        const ea = readActivity(act, number, numberWritten, label, section, task);
        keepActivity(act, key, ea);
        return ea;
    };
    const readActivity = (act: Activity | Presentation | InfoWork, number: number, numberWritten: boolean, label: string,
        section: IndicatorSection, task?: EvalTask): EvalActivity => {
        const participantGroups = act.participants.map(g => ({ node: g, count: count(g.count), written: g.count, category: g.category }));
        const ea: EvalActivity = {
            node: act, number, numberWritten, label,
            title: act.title ?? '',
            period: evalPeriod(act.period, contextYear),
            indicators: [], rollup: emptyRollup(),
            participants: participantGroups.reduce((sum, g) => sum + (g.count ?? 0), 0),
            participantGroups,
            place: act.place, channel: act.channel, result: act.result, experts: act.experts, evidence: act.evidence,
            appendix: act.appendix,
            completeness: 'completeness' in act && act.completeness !== undefined
                ? { text: act.completeness, claimsFull: /100\s*%/u.test(act.completeness) } : undefined,
            task,
            narrative: narrativePieces(act),
            titleRu: 'titleRu' in act ? act.titleRu : undefined
        };
        for (const ind of act.indicators) ea.indicators.push(evalIndicator(ind, section, ea, values, reportDate, projectEnd));
        judgePerUnit(ea, period);
        for (const ei of ea.indicators) addToRollup(ea.rollup, ei.verdict.status);
        return ea;
    };

    node.tasks.forEach((taskNode, ti) => {
        // In a piece of a big file, a task's place counts the tasks of the pieces before (model/pieces.ts).
        const number = count(taskNode.number) ?? ti + 1 + (options.piece?.tasksBefore ?? 0);
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
    // Each list (one block's indicators) stands in document order already; only where two lists
    // meet can the order break (perf: the offsets of every indicator were read before).
    let ordered = true;
    let lastEnd = -Infinity;
    const add = (list: EvalIndicator[]) => {
        if (list.length === 0) return;
        if (ordered) {
            ordered = lastEnd <= startOffset(list[0].node);
            lastEnd = startOffset(list[list.length - 1].node);
        }
        for (const i of list) all.push(i);
    };
    for (const t of project.tasks) for (const a of t.activities) add(a.indicators);
    for (const iw of project.infoWorks) {
        add(iw.block.indicators);
        for (const a of iw.activities) add(a.indicators);
    }
    for (const p of project.presentations) add(p.indicators);
    add(project.impact);
    // Document order (impact may come before the tasks): nothing is sorted when the blocks
    // already stand in that order; else each offset is read once.
    if (ordered) {
        project.indicators = all;
    } else {
        const offsets = all.map(i => startOffset(i.node));
        project.indicators = all.map((_, k) => k).sort((a, b) => offsets[a] - offsets[b] || a - b).map(k => all[k]);
    }
    for (const i of all) addToRollup(project.rollup, i.verdict.status);
    // A piece of a big file: a fact in another piece makes the project's stage too (model/pieces.ts).
    project.hasFacts = all.some(i => i.fact) || !!options.piece?.elsewhere.hasFacts;
    if (options.piece) project.piece = options.piece;
    project.stage = projectStage(project);
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
        projects = withMentions(() => file.projects.map(p => evaluateProject(p, options, values)));
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
    const model: EvaluatedFile = { projects, values, indicatorOf, activityOf, publicationOf, projectOf };
    if (options.piece) model.piece = options.piece;
    return model;
}

/** All activities of a project, tasks first, then information work and presentations. */
export function allActivities(p: EvalProject): EvalActivity[] {
    return [
        ...p.tasks.flatMap(t => t.activities),
        ...p.infoWorks.flatMap(iw => [iw.block, ...iw.activities]),
        ...p.presentations
    ];
}

/** The problems of the date points of a range the model has no period for (read the same way as every period). */
export function datePointProblems(range: DateRange): { node: DatePoint; problem: DateProblem }[] {
    const out: { node: DatePoint; problem: DateProblem }[] = [];
    for (const point of [range.start, range.end]) {
        if (!point) continue;
        const r = parseDatePoint(point.parts);
        if (r.problem) out.push({ node: point, problem: r.problem });
    }
    return out;
}

/** A letter of recommendation: «25 қараша 2020 жыл. №52 хат» or «25.11.2020 №52» → its number and date. */
export function letterOf(rec: Recommendation): { text?: string; hasNumber: boolean; date?: ISODate } {
    const text = rec.letter?.trim();
    if (!text) return { hasNumber: false };
    return { text, hasNumber: /№\s*\d+/u.test(text), date: letterDate(text) };
}

function letterDate(text: string): ISODate | undefined {
    const dotted = /(\d{1,2}\.\d{1,2}\.\d{4})/u.exec(text);
    if (dotted) {
        const r = parseDatePoint([dotted[1]]);
        return r.spec ? `${r.spec.year}-${String(r.spec.month).padStart(2, '0')}-${String(r.spec.day).padStart(2, '0')}` : undefined;
    }
    const m = /(\d{1,2})\s+([\p{L}]+)\s+(\d{4})/u.exec(text);
    if (!m) return undefined;
    const r = parseDatePoint([m[1], m[2], m[3]]);
    return r.spec?.year ? `${r.spec.year}-${String(r.spec.month).padStart(2, '0')}-${String(r.spec.day ?? 1).padStart(2, '0')}` : undefined;
}
