/**
 * Empty placeholders (`гранталушы: ""`, `жоспар: ""`) of what the report needs, each on its own
 * line: a hint while the project runs, an error once a report has been asked for. The list is
 * language/src/required.ts, the same one the report's refusal reads.
 */
import { AstUtils, type ValidationAcceptor } from 'langium';
import type { Activity, Indicator, InfoWork, Presentation, Project } from '../../generated/ast.js';
import { t, type MessageKey } from '../../i18n.js';
import { reportRequested, TITLE_KEYWORD, unfilledActivities, unfilledHeader, unfilledPlans, unfilledTitle, type Titled } from '../../required.js';
import type { RuleContext, Severity } from '../rule-context.js';

function severityFor(node: Titled): Severity {
    return reportRequested(AstUtils.getDocument(node).uri.toString()) ? 'error' : 'hint';
}

export function checkHeaderToFill(ctx: RuleContext, project: Project, accept: ValidationAcceptor): void {
    const severity = severityFor(project);
    for (const item of unfilledHeader(project, 'final')) {
        if (item.kind !== 'empty') continue;
        const where = item.property ? { node: project, property: item.property } : { node: item.node };
        ctx.report(accept, severity, 'V-REQ-01', item.property ? 'V-REQ-01.empty' : 'V-REQ-01.emptyValue',
            { field: t(`field.${item.field}` as MessageKey), keyword: item.keyword }, where as never,
            { field: item.field, keyword: item.keyword });
    }
}

export function checkPlanToFill(ctx: RuleContext, indicator: Indicator, accept: ValidationAcceptor): void {
    for (const item of unfilledPlans([indicator])) {
        ctx.report(accept, severityFor(indicator), 'V-REQ-05', 'V-REQ-05.empty', { name: indicator.name || '…' }, { node: item.node });
    }
}

/** `орны: ""`, `арна: ""`: the same hint (an error once a report is asked for) as the header's empty fields. */
export function checkActivityToFill(ctx: RuleContext, activity: Activity | Presentation | InfoWork, accept: ValidationAcceptor): void {
    for (const item of unfilledActivities([activity])) {
        if (item.kind !== 'activity') continue;
        ctx.report(accept, severityFor(activity), 'V-REQ-06', 'V-REQ-06.empty',
            { title: activityName(ctx, activity), field: t(`activityField.${item.field}`), keyword: item.keyword },
            { node: activity, property: item.property });
    }
}

/** The activity as the user reads it: its title, or «1.2» while the title is still empty. */
export function activityName(ctx: RuleContext, activity: Activity | Presentation | InfoWork): string {
    const ea = ctx.model(activity).activityOf.get(activity);
    return activity.title?.trim() || ea?.label || '…';
}

/** `міндет 1 ""`, `көрсеткіш ""`: the title still to write — the same hint as every empty field. */
export function checkTitleToFill(ctx: RuleContext, node: Titled, accept: ValidationAcceptor): void {
    const item = unfilledTitle(node);
    if (item?.kind !== 'title') return;
    ctx.report(accept, severityFor(node), 'V-REQ-15', 'V-REQ-15.empty',
        { what: t(`titled.${node.$type}`), keyword: TITLE_KEYWORD[node.$type] }, { node, property: item.property });
}
