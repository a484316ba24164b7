/**
 * The read model: what a .grant file means, evaluated once per document version.
 * Every consumer (validation, hover, lens, inlay hints, status, report, preview,
 * import checks, portfolio) reads these fields and the predicates next to them
 * (predicates.ts) and never reads a value, a count or a date on its own.
 */
import type { AstNode } from 'langium';
import type {
    Activity, DatePoint, DateRange, Impact, Indicator, InfoWork, ParticipantGroup, Presentation, Project,
    Publication, Statistics, Task, Value
} from '../generated/ast.js';
import type { ParsedValue, Verdict } from '../values/index.js';
import type { DateProblem, ISODate, Period } from '../dates.js';
import type { Rollup } from './rollup.js';
import type { NarrativePiece } from '../narrative.js';
import type { PieceOptions } from './pieces.js';

export type IndicatorSection = 'activity' | 'info' | 'presentation' | 'impact';

/**
 * What an indicator counts, where a rule compares it with something else in the file:
 * the participants of its activity (V-PF-10), the publications listed (V-SUM-10), the
 * partners listed (V-REQ-12), the direct beneficiaries of the statistics (V-SUM-11), money.
 */
/** `staff`, `specialists`: Block IV's counts of the team's two kinds (`қызметкер`, `маман`). */
export type IndicatorRole = 'participants' | 'publications' | 'partners' | 'beneficiaries' | 'staff' | 'specialists' | 'money' | 'other';

export interface EvalIndicator {
    node: Indicator;
    name: string;
    plan?: ParsedValue;
    fact?: ParsedValue;
    verdict: Verdict;
    deviation?: string;
    /** Russian texts written beside the name and values (`орысша:`), for the Russian report. */
    ru: { name?: string; plan?: string; fact?: string };
    /** A justification is written («ауытқу: …» not blank). */
    justified: boolean;
    section: IndicatorSection;
    role: IndicatorRole;
    /** The activity (or info-work / presentation block) the indicator belongs to. */
    owner?: EvalActivity;
    /** The owner's period is over by the report date: a missing or unmet fact is final. */
    periodOver: boolean;
    /** For a per-unit plan («кемінде 5 (әр кездесуден)»): how many units the file says there are, and where that comes from. */
    perCount?: PerCount;
}

export interface PerCount {
    n: number;
    /** months of the period, participants of the activity, an indicator counting them, or «N кездесу» in the activity's text. */
    source: 'months' | 'participants' | 'indicator' | 'text';
}

export interface EvalPeriod {
    node: DateRange;
    period?: Period;
    problems: { node: DatePoint; problem: DateProblem }[];
    /** Written without a year and no project period to take it from (V-DATE-04). */
    yearUnknown: boolean;
}

export interface EvalParticipantGroup {
    node: ParticipantGroup;
    /** The count as a number (undefined when it cannot be read). */
    count?: number;
    /** The count as written. */
    written: string;
    category?: string;
}

/** «толықтығы: "100% орындалды. …"» */
export interface Completeness {
    text: string;
    /** The text claims the activity is done in full («100%»). */
    claimsFull: boolean;
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
    /** The participants written, all groups together. */
    participants: number;
    participantGroups: EvalParticipantGroup[];
    place?: string;
    channel?: string;
    result?: string;
    experts?: string;
    appendix?: string;
    evidence?: string;
    completeness?: Completeness;
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

/**
 * Where a project stands on its report date: `finished` once its period is over (as an
 * indicator's `periodOver`), `running` once the period has started or any fact is written,
 * `plan` before that.
 */
export type ProjectStage = 'plan' | 'running' | 'finished';

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
    /** The page count written (`беттер: 35`), when it reads as a number. */
    pages?: number;
    /** Some indicator has a fact. */
    hasFacts: boolean;
    stage: ProjectStage;
    /** Read as one piece of a big file (model/pieces.ts): its role, and what the other pieces hold. */
    piece?: PieceOptions;
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
    /** Read as one piece of a big file (model/pieces.ts). */
    piece?: PieceOptions;
}

export interface EvaluationOptions {
    /** Overrides «today» when the project has no `есеп-күні` (setting `esep.reportDate`, CLI). */
    reportDate?: ISODate;
    now?: Date;
    /**
     * Keep each activity's reading for the next version of the document (model/reused.ts);
     * default on. Off where every document is read once (the command line): there the kept
     * readings only cost — each one holds its syntax tree until a full collection (1 000
     * projects in `esep summary`: ~100 MB more at the peak).
     */
    keepReadings?: boolean;
    /** The document is one piece of a big file (model/pieces.ts). */
    piece?: PieceOptions;
}
