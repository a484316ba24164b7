/**
 * What the recogniser found in a plan document, before it is written as
 * .grant text: the project's fields, team, tasks with their activities and
 * indicators (values as written), Block IV, where each came from, and the
 * reader's doubts (notes that become V-IMPORT-… diagnostics on the draft).
 */

/** Where in the source something was: table and row, a paragraph, or a page. */
export interface Source {
    table?: number;
    row?: number;
    paragraph?: number;
    page?: number;
}

export type NoteCode =
    | 'V-IMPORT-01'   // a table whose header was not recognised: its rows are at the end
    | 'V-IMPORT-02'   // a cell's indicators and planned values differ in number
    | 'V-IMPORT-03'   // a planned value that cannot be read as a value
    | 'V-IMPORT-04'   // a period that cannot be read, or without a year
    | 'V-IMPORT-05'   // text that could not be placed (the block at the end)
    | 'V-IMPORT-06'   // tracked changes: insertions taken, deletions dropped
    | 'V-IMPORT-07'   // a table row with planned values but no activity
    | 'V-IMPORT-08'   // a report: a cell's indicators and facts differ in number
    | 'V-IMPORT-09';  // a report: a statistics or participants cell that is not a number

export interface Note {
    code: NoteCode;
    src: Source;
    /** Positional details, written after the source in the draft's comment. */
    args: string[];
}

export interface ImpIndicator { name: string; plan?: string; fact?: string; src: Source; notes: Note[] }

export interface ImpActivity {
    number?: number;
    title: string;
    place?: string;
    period?: string;
    /** A final report's section 1: participants (count and category, as written), experts, appendix, result. */
    participants?: { count: string; category?: string }[];
    experts?: string;
    appendix?: string;
    result?: string;
    completeness?: string;
    /** Information work in a final report: its publications («1. Qazvolunteer.kz «…» 15.08.2020ж.»). */
    publications?: { date: string; outlet: string; title: string }[];
    /** A final report's account of the activity (its `сипаттама:`), paragraph by paragraph; a table as «| … |» rows. */
    narrative?: string[];
    indicators: ImpIndicator[];
    src: Source;
    notes: Note[];
}

export interface ImpTask { number?: number; title: string; activities: ImpActivity[]; src: Source; notes: Note[]; narrative?: string[] }

export interface ImpMember {
    kind: 'қызметкер' | 'маман';
    name: string;
    position?: string;
    contact?: string;
    duties?: string;
    workload?: string;
    src: Source;
}

export interface ImpImpact { name: string; plan?: string; fact?: string; src: Source; notes: Note[] }

export interface ImpInfoWork { title: string; self?: ImpActivity; activities: ImpActivity[]; src: Source }

export type HeaderKey = 'grantee' | 'priority' | 'topic' | 'goal' | 'territory' | 'targetGroup' | 'period' | 'sum' | 'contract' | 'partners';

/** Participant statistics of a final report: numbers as written; keys as `статистика` writes them. */
export interface ImpStatistics {
    total?: string;
    men?: string;
    women?: string;
    categories: { key: string; count: string }[];
    ages: { key: string; count: string }[];
    src: Source;
}

export interface ImpPartner { name: string; role?: string; contact?: string; note?: string; src: Source }

export interface ImportedPlan {
    header: Partial<Record<HeaderKey, { text: string; src: Source }>>;
    expectedResults: string[];
    head?: string;
    headPosition?: string;
    team: ImpMember[];
    tasks: ImpTask[];
    presentations: ImpActivity[];
    /** Information work: blocks with their own indicators (`self`) and/or numbered activities. */
    infoWorks: ImpInfoWork[];
    impact: ImpImpact[];
    /** A final report's extras (seeds 000/001): participant statistics and partners. */
    statistics?: ImpStatistics;
    partnerList: ImpPartner[];
    /** What the document was: a signed plan or a final report (facts, statistics, partners). */
    kind?: 'plan' | 'report';
    /** A final report's «Жобадан қол жеткізілген нәтиже». */
    achievedResult?: string;
    /** A final report's narrative sections, by their `қорытынды` key. */
    conclusions: { key: string; text: string }[];
    /** A final report's page count («Есеп беттерінің жалпы саны: 35 бет»). */
    pages?: string;
    /** Notes about the whole document (tracked changes, the header). */
    notes: Note[];
    /** Text the reader could not place, with where it was. */
    unplaced: { text: string; src: Source }[];
}

export function emptyPlan(): ImportedPlan {
    return { header: {}, expectedResults: [], team: [], tasks: [], presentations: [], infoWorks: [], impact: [], partnerList: [], conclusions: [], notes: [], unplaced: [] };
}

/** Tasks, activities and (indicator, plan) pairs: what a person would count to check the import. */
export function countPlan(plan: ImportedPlan): { tasks: number; activities: number; pairs: number; facts: number } {
    const acts = [...plan.tasks.flatMap(t => t.activities), ...plan.presentations, ...plan.infoWorks.flatMap(w => [...(w.self ? [w.self] : []), ...w.activities])];
    return {
        tasks: plan.tasks.length,
        activities: acts.length,
        pairs: acts.reduce((n, a) => n + a.indicators.filter(i => i.plan !== undefined).length, 0),
        facts: acts.reduce((n, a) => n + a.indicators.filter(i => i.fact !== undefined).length, 0)
    };
}
