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
    | 'V-IMPORT-07';  // a table row with planned values but no activity

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
    indicators: ImpIndicator[];
    src: Source;
    notes: Note[];
}

export interface ImpTask { number?: number; title: string; activities: ImpActivity[]; src: Source; notes: Note[] }

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

export interface ImpStatistics { total?: string; men?: string; women?: string }

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
    partnerList: { name: string; role?: string; src: Source }[];
    /** Notes about the whole document (tracked changes, the header). */
    notes: Note[];
    /** Text the reader could not place, with where it was. */
    unplaced: { text: string; src: Source }[];
}

export function emptyPlan(): ImportedPlan {
    return { header: {}, expectedResults: [], team: [], tasks: [], presentations: [], infoWorks: [], impact: [], partnerList: [], notes: [], unplaced: [] };
}

/** Tasks, activities and (indicator, plan) pairs: what a person would count to check the import. */
export function countPlan(plan: ImportedPlan): { tasks: number; activities: number; pairs: number } {
    const acts = [...plan.tasks.flatMap(t => t.activities), ...plan.presentations, ...plan.infoWorks.flatMap(w => [...(w.self ? [w.self] : []), ...w.activities])];
    return {
        tasks: plan.tasks.length,
        activities: acts.length,
        pairs: acts.reduce((n, a) => n + a.indicators.filter(i => i.plan !== undefined).length, 0)
    };
}
