/**
 * What a report cannot be written without, as the editor and the report's refusal both see it:
 * the header fields of language/src/model/forms.ts (the ONE list of what each form needs) that
 * are missing or empty, and the plans left as empty placeholders. The live check
 * (language/src/validation/rules/to-fill.ts) marks exactly the lines «Generate report» names
 * (server/src/report/prepare.ts).
 *
 * Empty fields are hints while the project runs and errors once a report has been asked for
 * (`markReportRequested`).
 */
import { AstUtils, type AstNode } from 'langium';
import { isActivity, isIndicator, isInfoWork, isPresentation, isTask, type Activity, type Indicator, type InfoWork, type Presentation, type Project, type Task, type Value } from './generated/ast.js';
import { headerFieldState, isPlaceholder, requiredHeader, type HeaderField, type ReportKind } from './model/forms.js';

export { isPlaceholder };

export type Unfilled =
    | { kind: 'missing'; field: HeaderField; keyword: string; node: Project }
    | { kind: 'empty'; field: HeaderField; keyword: string; node: AstNode; property?: string }
    | { kind: 'plan'; indicator: Indicator; node: Value }
    | { kind: 'activity'; field: ActivityField; keyword: string; node: Activity | Presentation | InfoWork; property: ActivityField }
    | { kind: 'title'; node: Titled; property: 'name' | 'title' };

/** What has a title or a name the forms print: the project, its tasks, activities and indicators. */
export type Titled = Project | Task | Activity | Presentation | InfoWork | Indicator;

/** The activity fields every form prints, written as an empty placeholder (`орны: ""`). */
export type ActivityField = 'place' | 'channel';
const ACTIVITY_FIELDS: readonly { field: ActivityField; keyword: string }[] = [
    { field: 'place', keyword: 'орны' },
    { field: 'channel', keyword: 'арна' }
];

/** The header fields `kind` needs that are missing or empty, in the order of the list. */
export function unfilledHeader(project: Project, kind: ReportKind): Unfilled[] {
    const out: Unfilled[] = [];
    for (const { field, keyword } of requiredHeader(kind)) {
        const state = headerFieldState(project, field);
        if (state === 'missing') out.push({ kind: 'missing', field, keyword, node: project });
        else if (state === 'empty') {
            out.push(field === 'sum' || field === 'period'
                ? { kind: 'empty', field, keyword, node: project[field] as AstNode }
                : { kind: 'empty', field, keyword, node: project, property: field });
        }
    }
    return out;
}

/** Indicators whose plan is the empty placeholder. */
export function unfilledPlans(indicators: Iterable<Indicator>): Unfilled[] {
    const out: Unfilled[] = [];
    for (const indicator of indicators) {
        if (indicator.plan && isPlaceholder(indicator.plan)) out.push({ kind: 'plan', indicator, node: indicator.plan });
    }
    return out;
}

/** Activities (presentations, information work) whose `орны:` or `арна:` is written empty. */
export function unfilledActivities(activities: Iterable<Activity | Presentation | InfoWork>): Unfilled[] {
    const out: Unfilled[] = [];
    for (const node of activities) {
        for (const { field, keyword } of ACTIVITY_FIELDS) {
            const value = node[field];
            if (value !== undefined && !value.trim()) out.push({ kind: 'activity', field, keyword, node, property: field });
        }
    }
    return out;
}

/** The empty places and channels of every activity of `project`, in the order they are written. */
export function unfilledActivitiesOf(project: Project): Unfilled[] {
    return unfilledActivities(AstUtils.streamAst(project).filter((n): n is Activity | Presentation | InfoWork => isActivity(n) || isPresentation(n) || isInfoWork(n)));
}

/** The keyword that writes each titled thing, for «… тырнақшасының ішіне атауын жазыңыз». */
export const TITLE_KEYWORD: Record<Titled['$type'], string> = {
    Project: 'жоба', Task: 'міндет', Activity: 'іс-шара', Presentation: 'презентация', InfoWork: 'ақпараттық-жұмыс', Indicator: 'көрсеткіш'
};

/** `іс-шара 1 ""`, `көрсеткіш ""`: the title still to write (the new-project skeleton's placeholders). */
export function unfilledTitle(node: Titled): Unfilled | undefined {
    const property = node.$type === 'Project' || node.$type === 'Indicator' ? 'name' : 'title';
    const value = (node as { name?: string; title?: string })[property];
    return value !== undefined && !value.trim() ? { kind: 'title', node, property } : undefined;
}

/** Every title of `project` still to write, in the order written. */
export function unfilledTitlesOf(project: Project): Unfilled[] {
    const out: Unfilled[] = [];
    for (const node of AstUtils.streamAst(project)) {
        if (node === project || isTask(node) || isActivity(node) || isPresentation(node) || isInfoWork(node) || isIndicator(node)) {
            const item = unfilledTitle(node as Titled);
            if (item) out.push(item);
        }
    }
    return out;
}

const requested = new Set<string>();

/** A report was asked for this document: empty fields are errors from now on. Returns whether that is new. */
export function markReportRequested(uri: string): boolean {
    const fresh = !requested.has(uri);
    requested.add(uri);
    return fresh;
}

export function reportRequested(uri: string): boolean {
    return requested.has(uri);
}
