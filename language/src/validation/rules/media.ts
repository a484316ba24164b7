/** Information work: publications, evidence paths, publications per month, partners listed (V-MEDIA-01/02, V-DATE-03, V-PATH-01/02, V-SUM-10, V-REQ-12). */
import { AstUtils, type AstNode, type LangiumDocument, type ValidationAcceptor } from 'langium';
import type { Activity, InfoWork, Project, Publication } from '../../generated/ast.js';
import { formatNumber, publicationMonths, singleFact } from '../../model.js';
import { formatDate } from '../../dates.js';
import type { RuleContext } from '../rule-context.js';
import { checkActivityPeriod } from './dates.js';
import { isOutsidePath, judgeEvidence } from '../../evidence.js';
import { monthName } from '../../month-names.js';
import { periodEnded } from '../../model.js';

export { isOutsidePath };

/**
 * `дәлел:` — the evidence folder or file. It must stay inside the project folder
 * (no absolute paths, no «..»); on a real file system it should exist.
 */
export function checkEvidence(ctx: RuleContext, activity: Activity, accept: ValidationAcceptor): Promise<void> | void {
    // Synchronous unless the file system has to be asked (the validator awaits only promises).
    const path = activity.evidence?.trim();
    if (activity.evidence === undefined) return;
    const where = { node: activity, property: 'evidence' };
    if (!path || isOutsidePath(path)) {
        ctx.report(accept, 'error', 'V-PATH-01', 'V-PATH-01', { path: activity.evidence }, where);
        return;
    }
    const doc = AstUtils.getDocument(activity);
    if (doc.uri.scheme !== 'file') return;
    return checkEvidenceExists(ctx, doc, path, accept, where);
}

async function checkEvidenceExists(ctx: RuleContext, doc: LangiumDocument, path: string, accept: ValidationAcceptor, where: { node: AstNode; property: string }): Promise<void> {
    // Through symlinks too (evidence.ts): a link inside the folder that leads out of it is outside.
    const verdict = await judgeEvidence(ctx.services.shared.workspace.FileSystemProvider, doc.uri, path);
    if (verdict.kind === 'missing') ctx.report(accept, 'warning', 'V-PATH-02', 'V-PATH-02', { path }, where);
    if (verdict.kind === 'outside') ctx.report(accept, 'error', 'V-PATH-01', 'V-PATH-01.link', { path }, where);
}

export function checkInfoWork(ctx: RuleContext, block: InfoWork, accept: ValidationAcceptor): void {
    const ep = ctx.projectOf(block);
    const iw = ep?.infoWorks.find(i => i.block.node === block); // few blocks per project
    if (!ep || !iw) return;
    checkActivityPeriod(ctx, iw.block, ep, accept);
    // V-SUM-10: listed publications against the fact of the posts indicator.
    const listed = iw.publications.length;
    if (listed > 0) {
        const posts = iw.block.indicators.find(i => i.role === 'publications' && singleFact(i) !== undefined);
        const fact = posts?.fact?.parts[0]?.n;
        if (posts && fact !== undefined && fact !== listed && posts.node.fact) {
            ctx.report(accept, 'warning', 'V-SUM-10', 'V-SUM-10', { listed, name: posts.name, fact: formatNumber(fact) }, { node: posts.node.fact });
        }
    }
}

export function checkPublication(ctx: RuleContext, publication: Publication, accept: ValidationAcceptor): void {
    const ep = ctx.projectOf(publication);
    if (!publication.outlet?.trim() || !publication.title?.trim()) {
        ctx.report(accept, 'error', 'V-MEDIA-02', 'V-MEDIA-02', {}, { node: publication });
    }
    const date = ctx.model(publication).publicationOf.get(publication)?.date;
    if (!date) {
        ctx.report(accept, 'error', 'value', 'value.bad-date', { text: publication.date }, { node: publication, property: 'date' });
        return;
    }
    const period = ep?.period?.period;
    if (!ep || !period) return;
    const last = ep.reportDate > period.end ? ep.reportDate : period.end;
    if (date < period.start || date > last) {
        ctx.report(accept, 'warning', 'V-DATE-03', 'V-DATE-03',
            { date: formatDate(date), pstart: formatDate(period.start), pend: formatDate(last) }, { node: publication, property: 'date' });
    }
}

export function checkProjectRules(ctx: RuleContext, project: Project, accept: ValidationAcceptor): void {
    const ep = ctx.projectOf(project);
    if (!ep) return;
    // V-MEDIA-01: ≥ 2 publications in every month of the period that is over by the report date.
    const dated = ep.infoWorks.some(i => i.publications.some(p => p.date));
    if (dated && ep.period?.period) {
        const months = publicationMonths(ep);
        if (months.short.length) {
            const count = new Map(months.months.map(m => [m.month, m.count]));
            const names = months.short.map(m => `${monthName(m)} (${count.get(m) ?? 0})`).join(', ');
            const block = ep.infoWorks.find(i => i.publications.length)?.block.node ?? project;
            // Once the period is over the months cannot be made up: an error on the final report.
            ctx.report(accept, periodEnded(ep) ? 'error' : 'warning', 'V-MEDIA-01', 'V-MEDIA-01', { months: names }, { node: block, property: 'title' });
        }
    }
    // V-REQ-12: partners listed against the Block IV partner count.
    if (project.partners.length > 0) {
        const row = ep.impact.find(i => i.role === 'partners' && singleFact(i) !== undefined);
        const fact = row?.fact?.parts[0]?.n;
        if (row && fact !== undefined && fact !== project.partners.length && row.node.fact) {
            ctx.report(accept, 'warning', 'V-REQ-12', 'V-REQ-12', { listed: project.partners.length, name: row.name, fact: formatNumber(fact) }, { node: row.node.fact });
        }
    }
}
