/**
 * Hover tables of the blocks that add things up: a learning row (its results and post less pre),
 * the participant statistics (each group's sum against the total), the project's publications
 * by month (against the two-a-month rule) and the team (each kind against Block IV's plan). The figures and the
 * verdicts are the model's (model/learning.ts, model/readouts.ts), the ones the rules report on.
 */
import type { LearningItem, Value } from '../generated/ast.js';
import { t } from '../i18n.js';
import {
    displayValue, formatNumber, learningOutcome, PUBLICATIONS_PER_MONTH, statisticsConsistency, type EvalProject, type EvalStatistics, type LearningResult, type ParsedValue,
    type PublicationMonths, type TeamCount
} from '../model.js';
import { monthName } from '../month-names.js';

/** Text for a markdown table cell: one line, no markup. */
export function cell(text: string): string {
    return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ').replace(/([*_`[\]<>])/g, '\\$1');
}

function table(title: string, rows: [string, string][]): string {
    return `${title}\n\n${['| | |', '|---|---|', ...rows.map(([k, v]) => `| ${k} | ${v} |`)].join('\n')}`;
}

/** A learning row: its results as written, and the growth against post less pre. */
export function learningMarkdown(item: LearningItem, values: Map<Value, ParsedValue>): string {
    const none = t('lsp.hover.none');
    const o = learningOutcome(item, values);
    const written = (r: LearningResult | undefined) => (r ? cell(displayValue(r.parsed)) : none);
    const difference = o.measuresDiffer ? t('lsp.hover.learning.twoMeasures')
        : o.difference === undefined ? none
        : `${formatNumber(o.difference)}${o.unit === '%' ? '%' : ''}`
            + (o.growthAgrees === true ? ` — ${t('lsp.hover.learning.agrees')}` : o.growthAgrees === false ? ` — ${t('lsp.hover.learning.differs')}` : '');
    return table(`**${t('lsp.hover.learning')}:** ${cell(item.name)}`, [
        [t('lsp.hover.learning.before'), written(o.before)],
        [t('lsp.hover.learning.after'), written(o.after)],
        [t('lsp.hover.learning.growth'), written(o.growth)],
        [t('lsp.hover.learning.difference'), difference]
    ]);
}

/** The statistics: the total, and each group's sum against it. */
export function statisticsMarkdown(es: EvalStatistics, ep: EvalProject): string {
    const c = statisticsConsistency(es, ep);
    const none = t('lsp.hover.none');
    const verdict = (sum: number | undefined, adds: boolean | undefined) => sum === undefined ? none
        : formatNumber(sum) + (adds === true ? ` — ${t('lsp.hover.stats.adds')}` : adds === false ? ` — ${t('lsp.hover.stats.differs', { total: formatNumber(c.total!) })}` : '');
    const gender = c.genderSum === undefined ? none : `${formatNumber(es.men!)} + ${formatNumber(es.women!)} = ${verdict(c.genderSum, c.gender)}`;
    return table(`**${t('lsp.hover.stats')}**`, [
        [t('lsp.hover.stats.total'), c.total === undefined ? none : formatNumber(c.total)],
        [t('lsp.hover.stats.gender'), gender],
        [t('lsp.hover.stats.categories'), verdict(c.categorySum, c.categories)],
        [t('lsp.hover.stats.ages'), verdict(c.ageSum, c.ages)],
        // Block IV's direct beneficiaries, where the project counts them (V-SUM-11).
        ...(c.direct === undefined ? [] : [[t('lsp.hover.stats.direct'), verdict(c.direct, c.directAgrees)] as [string, string]])
    ]);
}

/** The project's publications month by month, up to the report date, against the two-a-month rule (V-MEDIA-01). */
export function publicationsMarkdown(pm: PublicationMonths): string {
    const title = `**${t('lsp.hover.pubs', { count: pm.count, min: PUBLICATIONS_PER_MONTH })}**`;
    if (pm.months.length === 0) return `${title}\n\n${t('lsp.hover.pubs.noPeriod')}`;
    return table(title, pm.months.map(m => [monthName(m.month), `${m.count} ${m.count >= PUBLICATIONS_PER_MONTH ? '✔' : '✘'}`]));
}

/** The team: the staff and the specialists named, each against Block IV's planned count (V-REQ-04). */
export function teamMarkdown(counts: TeamCount[]): string {
    return table(`**${t('lsp.hover.team')}**`, counts.map(c => {
        const plan = c.plan?.plan ? cell(displayValue(c.plan.plan)) : undefined;
        const verdict = plan === undefined ? t('lsp.hover.team.noPlan')
            : t('lsp.hover.team.plan', { plan }) + (c.agrees === true ? ' ✔' : c.agrees === false ? ' ✘' : '');
        return [t(c.role === 'staff' ? 'lsp.hover.team.staff' : 'lsp.hover.team.specialists'), `${c.rows} — ${verdict}`];
    }));
}
