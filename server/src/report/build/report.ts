/** The final and interim reports (S001 form): the sections in the form's order. */
import { fill, section } from '../forms.js';
import { longDate } from '../display.js';
import { para, run, type BuiltReport } from '../document.js';
import { collapse, type Builder } from './builder.js';
import { buildActivities } from './activities.js';
import { buildPlanFact } from './plan-fact.js';
import { buildInfoWork } from './info-work.js';
import { buildImpact } from './impact.js';
import { buildDeviations, collectDeviations } from './deviations.js';
import { buildIndicatorsSection, buildNarrative } from './narrative.js';
import { buildStatistics } from './statistics.js';
import { buildPartners } from './partners.js';
import { buildProposals } from './proposals.js';
import { buildRecommendations } from './recommendations.js';
import { buildReportSignature } from './signature.js';
import { buildReview } from './review.js';

export function titleBlocks(b: Builder, title: string[]): void {
    for (const line of title) b.push(para([run(line, { bold: true })], { align: 'center', style: 'title' }));
}

export function buildReport(b: Builder): BuiltReport {
    const node = b.project.node;
    const form = b.form;
    const title = form.title.map(collapse);
    collectDeviations(b);
    titleBlocks(b, title);
    for (const line of form.subtitle) {
        const start = b.project.period?.period?.start;
        b.push(para([run(fill(line, {
            periodStart: start ? longDate(start, form, b.lang) : b.L('blankLine'),
            reportDate: longDate(b.project.reportDate, form, b.lang)
        }), { italic: true })], { align: 'center', style: 'subtitle' }));
    }
    // Header: grantee, topic, sum.
    const header = section(form, 'header');
    const headerValues: Record<string, string> = {
        grantee: collapse(node.grantee ?? ''), topic: collapse(node.topic ?? ''), sum: b.moneyText()
    };
    for (const f of header.fields ?? []) b.field(b.L(f), headerValues[f] ?? '');

    for (const s of form.sections) {
        // Wide tables go on landscape pages; so do the statistics, whose eleven categories run across.
        if (!s.parent && s.id !== 'signature') b.orient((s.table?.columns.length ?? 0) >= 6 || s.id === 'statistics');
        switch (s.id) {
            case 'header': case 'council': case 'learning': case 'signature': break;
            case 'activities': buildActivities(b); break;
            case 'planFact': buildPlanFact(b); break;
            case 'infoWork': buildInfoWork(b); break;
            case 'impact': buildImpact(b); break;
            case 'deviations': buildDeviations(b); break;
            case 'statistics': buildStatistics(b); break;
            case 'indicators': buildIndicatorsSection(b); break;
            case 'partners': buildPartners(b); break;
            case 'proposals': buildProposals(b); break;
            case 'recommendations': buildRecommendations(b); break;
            default:
                if (s.heading) buildNarrative(b, s.id);
        }
    }
    b.orient(false);
    buildReportSignature(b);
    if (b.options.review) buildReview(b);
    return b.result(title);
}
