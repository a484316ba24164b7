/** Participant statistics (V-SUM-01…04, V-SUM-11, V-KEY-01, V-XSTAT-01). */
import { GrammarUtils, type AstNode, type ValidationAcceptor } from 'langium';
import type { Statistics } from '../../generated/ast.js';
import { t } from '../../i18n.js';
import { formatNumber, statisticsConsistency } from '../../model.js';
import categories from '../../../../templates/categories.json' with { type: 'json' };
import { closest } from '../../text-utils.js';
import type { RuleContext } from '../rule-context.js';

const CATEGORY_KEYS = categories.socialCategories.map(c => c.grantKey);
const AGE_KEYS = categories.ageBrackets.map(a => a.grantKey);

export function checkStatistics(ctx: RuleContext, stats: Statistics, accept: ValidationAcceptor): void {
    const ep = ctx.projectOf(stats);
    const es = ep?.statistics;
    if (!es || es.node !== stats) return;
    const total = es.total;
    // Parts that add up to 100 where the total is not: percentages written for counts.
    const pctNote = (sum: number) => (sum === 100 && total !== 100 ? t('V-SUM.percent') : '');
    for (const [value, prop] of [[es.total, 'total'], [es.men, 'men'], [es.women, 'women']] as const) {
        if (value !== undefined && !Number.isInteger(value)) {
            ctx.report(accept, 'error', 'V-SUM-04', 'V-SUM-04', { value: formatNumber(value) }, { node: stats, property: prop });
        }
    }
    const sums = statisticsConsistency(es, ep);
    if (sums.gender === false && total !== undefined && es.men !== undefined && es.women !== undefined) {
        const sum = sums.genderSum!;
        const msg = t('V-SUM-01', { men: formatNumber(es.men), women: formatNumber(es.women), sum: formatNumber(sum), total: formatNumber(total) }) + pctNote(sum);
        ctx.reportMessage(accept, 'error', 'V-SUM-01', msg, { node: stats, property: 'total' }, { sum, total, group: 'gender', percent: sum === 100, counts: [es.men, es.women] });
    }
    const group = (entries: { key: string; count?: number; node: AstNode }[], known: string[], code: 'V-SUM-02' | 'V-SUM-03', groupName: 'category' | 'age',
        adds: boolean | undefined, sum: number | undefined) => {
        for (const e of entries) {
            if (e.count !== undefined && !Number.isInteger(e.count)) {
                ctx.report(accept, 'error', 'V-SUM-04', 'V-SUM-04', { value: formatNumber(e.count) }, { node: e.node, property: 'count' });
            }
            if (e.key !== undefined && !known.includes(e.key)) {
                const suggestion = closest(e.key, known) ?? known[0];
                ctx.report(accept, 'error', 'V-KEY-01', 'V-KEY-01', { text: e.key, suggestion, list: known.join(', ') },
                    { node: e.node, property: code === 'V-SUM-02' ? 'key' : undefined }, { suggestion });
            }
        }
        if (adds !== false || total === undefined || sum === undefined) return;
        const values = entries.map(e => e.count ?? 0);
        const msg = t(code, { sum: formatNumber(sum), total: formatNumber(total) }) + pctNote(sum);
        ctx.reportMessage(accept, 'error', code, msg, { node: stats, property: 'total' }, { sum, total, group: groupName, percent: sum === 100, counts: values });
    };
    group(es.categories, CATEGORY_KEYS, 'V-SUM-02', 'category', sums.categories, sums.categorySum);
    group(es.ages.map(a => ({ key: a.key, count: a.count, node: a.node })), AGE_KEYS, 'V-SUM-03', 'age', sums.ages, sums.ageSum);
    if (es.ages.length > 0) {
        const present = new Set(es.ages.map(a => a.key));
        const missing = AGE_KEYS.filter(k => !present.has(k));
        if (missing.length) {
            const keyword = GrammarUtils.findNodeForKeyword(stats.$cstNode, 'жасы');
            ctx.report(accept, 'warning', 'V-SUM-03', 'V-SUM-03.missing', { missing: missing.join(', ') },
                { node: stats, range: keyword ? { start: keyword.offset, end: keyword.end } : undefined });
        }
    }
    // V-XSTAT-01: pupils of 13–16 are children.
    const teens = es.ages.find(a => a.key === '13-16')?.count;
    const children = es.categories.find(c => c.key === 'балалар')?.count;
    if (teens !== undefined && children !== undefined && children < teens) {
        const node = es.categories.find(c => c.key === 'балалар')!.node;
        ctx.report(accept, 'warning', 'V-XSTAT-01', 'V-XSTAT-01', { age: formatNumber(teens), children: formatNumber(children) }, { node, property: 'count' });
    }
    // V-SUM-11: statistics total against the direct beneficiaries.
    if (sums.directAgrees === false) {
        ctx.report(accept, 'warning', 'V-SUM-11', 'V-SUM-11', { total: formatNumber(total!), direct: formatNumber(sums.direct!) }, { node: stats, property: 'total' });
    }
}
