/** Read-outs of a project as a whole (portfolio, export, the rules on publications and statistics). */
import { monthsOf } from '../dates.js';
import type { EvalProject, EvalStatistics } from './types.js';

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
    /** Men and women together, with both written. */
    genderSum?: number;
    /** The categories' counts together (a count not read is none), with a category written. */
    categorySum?: number;
    /** The age brackets' counts together, likewise. */
    ageSum?: number;
    /** Block IV's fact of direct beneficiaries (V-SUM-11 compares it with the total), when the project has it. */
    direct?: number;
    /** The total against that fact: undefined with either missing. */
    directAgrees?: boolean;
}

/** The statistics' sums, and with the project the total against its direct beneficiaries. */
export function statisticsConsistency(es: EvalStatistics | undefined, ep?: EvalProject): StatisticsConsistency {
    if (!es) return {};
    const direct = ep?.impact.find(i => i.role === 'beneficiaries')?.fact?.parts[0]?.n;
    const total = es.total;
    const sums = (values: (number | undefined)[]) => values.reduce<number>((a, b) => a + (b ?? 0), 0);
    const genderSum = es.men === undefined || es.women === undefined ? undefined : es.men + es.women;
    const categorySum = es.categories.length === 0 ? undefined : sums(es.categories.map(c => c.count));
    const ageSum = es.ages.length === 0 ? undefined : sums(es.ages.map(a => a.count));
    return {
        total,
        genderSum,
        categorySum,
        ageSum,
        gender: total === undefined || genderSum === undefined ? undefined : genderSum === total,
        categories: total === undefined || categorySum === undefined ? undefined : categorySum === total,
        ages: total === undefined || ageSum === undefined ? undefined : ageSum === total,
        direct,
        directAgrees: total === undefined || direct === undefined ? undefined : direct === total
    };
}
