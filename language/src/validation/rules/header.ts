/** Header rules: required fields, how they are written, priority and territory, duplicates, numbering. */
import { AstUtils, type ValidationAcceptor } from 'langium';
import type { Project } from '../../generated/ast.js';
import { t, type MessageKey } from '../../i18n.js';
import { formatDate } from '../../dates.js';
import { HEADER_REQUIREMENTS, headerFieldState, isReportStage, numberedTasks, numberRange, type EvalProject, type HeaderField, type NumberedTask, type ReportKind } from '../../model.js';
import vocabulary from '../../../../templates/vocabulary.json' with { type: 'json' };
import { closest, foldForMatch } from '../../text-utils.js';
import type { RuleContext, Severity, Where } from '../rule-context.js';
import { checkHeaderDuplicates } from './duplicates.js';

const FIELD_LABEL: Record<HeaderField, MessageKey> = {
    grantee: 'field.grantee', topic: 'field.topic', period: 'field.period', head: 'field.head', sum: 'field.sum'
};

const REGIONS: string[] = vocabulary.regions.map(r => r.kk);
const PRIORITIES: string[] = vocabulary.priorityDirections.items.map(i => i.kk);
// Folded once: folding each list again on every check of a header cost ~0.1 ms per keystroke.
const FOLDED_REGIONS: string[] = REGIONS.map(foldForMatch);
const FOLDED_PRIORITIES: string[] = PRIORITIES.map(foldForMatch);

/**
 * The file has a syntax error, where a line the parser could not place may hold a field that
 * then only looks missing. In a piece of a big file, an error in another piece counts too
 * (model/pieces.ts).
 */
export function hasSyntaxErrors(project: Project, ep: EvalProject | undefined): boolean {
    return AstUtils.getDocument(project).parseResult.parserErrors.length > 0 || !!ep?.piece?.elsewhere.parseErrors;
}

export function checkHeader(ctx: RuleContext, project: Project, accept: ValidationAcceptor): void {
    const ep = ctx.projectOf(project);
    const hasFacts = ep?.hasFacts ?? false;
    // A field the form of this stage needs is an error; one only the report needs is a warning on a plan.
    const form: ReportKind = ep && isReportStage(ep) ? 'final' : 'plan';
    // While the file has syntax errors a field may only look missing: say nothing about it yet.
    const broken = hasSyntaxErrors(project, ep);
    for (const { field, keyword, forms } of HEADER_REQUIREMENTS) {
        // An empty line (`гранталушы: ""`) is the to-fill rule's (rules/to-fill.ts): a hint while the project runs.
        if (headerFieldState(project, field) === 'missing' && !broken) {
            const severity: Severity = forms.includes(form) ? 'error' : 'warning';
            ctx.report(accept, severity, 'V-REQ-01', 'V-REQ-01', { field: t(FIELD_LABEL[field]), keyword },
                { node: project, property: 'name' }, { field, keyword });
        }
    }
    for (const [prop, label] of [['grantee', 'field.grantee'], ['topic', 'field.topic'], ['priority', 'field.priority']] as const) {
        const value = project[prop];
        if (!value) continue;
        const v = value.trim();
        const where = { node: project, property: prop };
        if (/^[«"“].*[»"”]$/su.test(v) && !/[«"“]/u.test(v.slice(1, -1).replace(/«[^»]*»/gu, ''))) {
            ctx.report(accept, 'warning', 'V-REQ-02', 'V-REQ-02.quotes', { field: t(label) }, where);
        } else if (/[.]$/u.test(v)) {
            ctx.report(accept, 'warning', 'V-REQ-02', 'V-REQ-02.dot', { field: t(label) }, where);
        } else {
            const first = v.replace(/^[«"“\s]+/u, '')[0];
            if (first && first.toLowerCase() === first && first.toUpperCase() !== first && prop !== 'priority') {
                ctx.report(accept, 'warning', 'V-REQ-02', 'V-REQ-02.capital', { field: t(label) }, where);
            }
        }
    }
    if (project.priority) {
        const folded = foldForMatch(project.priority.replace(/[.;]$/u, ''));
        if (!FOLDED_PRIORITIES.includes(folded)) {
            const suggestion = closest(project.priority, PRIORITIES);
            if (suggestion) {
                ctx.report(accept, 'warning', 'V-REQ-03', 'V-REQ-03', { suggestion }, { node: project, property: 'priority' }, { suggestion });
            } else {
                ctx.report(accept, 'warning', 'V-REQ-03', 'V-REQ-03.none', { list: PRIORITIES.length }, { node: project, property: 'priority' });
            }
        }
    }
    if (project.territory) {
        const folded = foldForMatch(project.territory);
        const known = FOLDED_REGIONS.some(r => folded.includes(r)) || folded.includes('қазақстан') || folded.includes('республика');
        if (!known) {
            const suggestion = closest(project.territory, REGIONS);
            if (suggestion) {
                ctx.report(accept, 'warning', 'V-REG-01', 'V-REG-01', { text: project.territory, suggestion },
                    { node: project, property: 'territory' }, { suggestion });
            }
        }
    }
    checkHeaderDuplicates(ctx, project, accept);
    if (hasFacts && !project.fillDate) {
        ctx.report(accept, 'warning', 'V-REQ-09', 'V-REQ-09', {}, { node: project, property: 'name' });
    }
    if (ep?.period?.period && ep.period.period.start > ep.period.period.end && project.period) {
        ctx.report(accept, 'error', 'V-DATE-01', 'V-DATE-01',
            { start: formatDate(ep.period.period.start), end: formatDate(ep.period.period.end) }, { node: project.period });
    }
}


export function checkNumbering(ctx: RuleContext, project: Project, accept: ValidationAcceptor): void {
    const ep = ctx.projectOf(project);
    if (!ep) return;
    // Numbers that are unique are the contract's numbers, in whatever order the report groups
    // them: only a number used twice (V-NUM-01) or a gap (V-NUM-02) is a finding.
    // A task of another piece of a big file (model/pieces.ts) is found by where its number stands.
    const numberAt = (item: NumberedTask): Where => 'node' in item ? { node: item.node, property: 'number' } : { node: project, at: numberRange(item) };
    const check = (items: readonly NumberedTask[], what: MessageKey, scope: 'tasks' | 'activities') => {
        const written = items.filter(i => i.numberWritten);
        if (written.length === 0) return;
        const seen = new Set<number>();
        let duplicated = false;
        for (const item of written) {
            if (seen.has(item.number)) {
                duplicated = true;
                ctx.report(accept, 'warning', 'V-NUM-01', 'V-NUM-01', { what: t(what), n: item.number }, numberAt(item), { scope });
            }
            seen.add(item.number);
        }
        if (duplicated) return;
        let highest = 0;
        for (const n of seen) if (n > highest) highest = n;
        const missing: number[] = [];
        for (let n = 1; n < highest && missing.length < 6; n++) if (!seen.has(n)) missing.push(n);
        if (!missing.length) return;
        // On the first item whose number comes after the first gap.
        const after = written.filter(i => i.number > missing[0]).sort((a, b) => a.number - b.number)[0];
        ctx.report(accept, 'warning', 'V-NUM-02', 'V-NUM-02.gap', { what: t(what), missing: missing.join(', ') }, numberAt(after), { scope });
    };
    check(numberedTasks(ep), 'what.task', 'tasks');
    for (const task of ep.tasks) check(task.activities, 'what.activity', 'activities');
}
