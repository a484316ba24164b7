/**
 * From a built Langium document to a report: refuses what the form cannot be
 * filled from (syntax errors, missing header fields), else builds the report
 * model. Shared by the CLI and the language server (Node and browser worker):
 * no Node APIs.
 */
import { GrammarUtils, type AstNode, type LangiumDocument } from 'langium';
import type { GrantFile, Project } from '../../../language/src/generated/ast.js';
import type { GrantServices } from '../../../language/src/grant-module.js';
import { requiredHeader, usableSum, type EvalProject, type HeaderField } from '../../../language/src/model.js';
import { t, type MessageKey } from '../../../language/src/i18n.js';
import { flatten } from '../diagnostics.js';
import { isPlaceholder, TITLE_KEYWORD, unfilledActivitiesOf, unfilledHeader, unfilledPlans, unfilledTitlesOf, type Unfilled } from '../../../language/src/required.js';
import { buildReportModel } from './build/index.js';
import type { BuiltReport, ReportKind, ReportLang } from './document.js';

export interface ReportProblem {
    line: number;
    column: number;
    message: string;
    code: string;
}

export interface PrepareOptions {
    kind: ReportKind;
    lang: ReportLang;
    /** A review appendix after the form (see build/review.ts). */
    review?: boolean;
    /** Plan-vs-fact charts of comparable counts (see build/charts.ts). */
    charts?: boolean;
}

export type Prepared =
    | { ok: true; project: EvalProject; built: BuiltReport; fileName: string; errorCount: number }
    | { ok: false; errors: ReportProblem[] };

export const REPORT_KINDS: readonly ReportKind[] = ['final', 'plan', 'interim'];
export const REPORT_LANGS: readonly ReportLang[] = ['kk', 'ru'];

export function isReportKind(v: unknown): v is ReportKind {
    return typeof v === 'string' && (REPORT_KINDS as readonly string[]).includes(v);
}

export function isReportLang(v: unknown): v is ReportLang {
    return typeof v === 'string' && (REPORT_LANGS as readonly string[]).includes(v);
}

function at(node: AstNode | undefined): { line: number; column: number } {
    const start = node?.$cstNode?.range.start;
    return start ? { line: start.line + 1, column: start.character + 1 } : { line: 1, column: 1 };
}

/**
 * What the form cannot be filled from: missing or empty header fields (the model's list of what
 * each form needs) and empty plans, each at its own line — the same items the editor marks
 * (language/src/required.ts).
 */
export function headerProblems(project: Project, evaluated: EvalProject, kind: ReportKind): ReportProblem[] {
    return [
        ...unfilledProblems(unfilledHeader(project, kind), project, evaluated, kind),
        ...orderedProblems(project, evaluated, kind).map(p => p.problem),
        ...sumProblems(project, evaluated, kind)
    ];
}

/** The problems of these items (see `headerProblems`). */
export function unfilledProblems(items: readonly Unfilled[], project: Project, evaluated: EvalProject, kind: ReportKind): ReportProblem[] {
    const problems: ReportProblem[] = [];
    const kindName = t(KIND_LABEL[kind]);
    for (const item of items) {
        if (item.kind === 'activity') {
            const node = GrammarUtils.findNodeForProperty(item.node.$cstNode, item.property);
            const title = item.node.title?.trim() || labelOf(evaluated, item.node) || '…';
            problems.push({
                ...(node ? { line: node.range.start.line + 1, column: node.range.start.character + 1 } : at(item.node)),
                code: 'V-REQ-06', message: t('report.emptyActivityField', { kind: kindName, title, field: t(`activityField.${item.field}`), keyword: item.keyword })
            });
            continue;
        }
        if (item.kind === 'title') {
            const node = GrammarUtils.findNodeForProperty(item.node.$cstNode, item.property);
            problems.push({
                ...(node ? { line: node.range.start.line + 1, column: node.range.start.character + 1 } : at(item.node)),
                code: 'V-REQ-15', message: t('report.emptyTitle', { kind: kindName, what: t(`titled.${item.node.$type}`).toLowerCase(), keyword: TITLE_KEYWORD[item.node.$type] })
            });
            continue;
        }
        if (item.kind === 'plan') {
            problems.push({ ...at(item.node), code: 'V-REQ-05', message: t('report.emptyPlan', { kind: kindName, name: item.indicator.name || '…' }) });
            continue;
        }
        const field = t(FIELD_LABEL[item.field]);
        if (item.kind === 'missing') {
            problems.push({ ...at(project), code: 'V-REQ-01', message: t('report.missingField', { kind: kindName, field, keyword: item.keyword }) });
        } else {
            const node = item.property ? GrammarUtils.findNodeForProperty(project.$cstNode, item.property) : item.node.$cstNode;
            const start = node?.range.start;
            problems.push({
                ...(start ? { line: start.line + 1, column: start.character + 1 } : at(project)),
                code: 'V-REQ-01', message: t('report.emptyField', { kind: kindName, field, keyword: item.keyword })
            });
        }
    }
    return problems;
}

/** A sum that is written but cannot be printed (words, a fraction): the same code as any unreadable value. */
export function sumProblems(project: Project, evaluated: EvalProject, kind: ReportKind): ReportProblem[] {
    if (requiredHeader(kind).some(r => r.field === 'sum') && project.sum && !isPlaceholder(project.sum) && !usableSum(evaluated)) {
        return [{ ...at(project.sum), code: 'value', message: t('report.badSum', { text: project.sum.$cstNode?.text ?? '' }) }];
    }
    return [];
}

/**
 * Empty plans and activities' empty places, in the order they are written, each with its offset
 * in the file (a big file read in pieces merges those of its pieces by it).
 */
export function orderedProblems(project: Project, evaluated: EvalProject, kind: ReportKind): { offset: number; problem: ReportProblem }[] {
    const items = [...unfilledTitlesOf(project), ...unfilledActivitiesOf(project), ...unfilledPlans(evaluated.indicators.map(i => i.node))];
    const offset = (u: Unfilled) => (u.kind === 'activity' || u.kind === 'title' ? GrammarUtils.findNodeForProperty(u.node.$cstNode, u.property) : u.node.$cstNode)?.offset ?? 0;
    const placed = items.map(item => ({ item, offset: offset(item) })).sort((a, b) => a.offset - b.offset);
    const problems = unfilledProblems(placed.map(p => p.item), project, evaluated, kind);
    return placed.map((p, i) => ({ offset: p.offset, problem: problems[i] }));
}

/** «1.2»: the activity's number as the report prints it. */
function labelOf(evaluated: EvalProject, node: AstNode): string | undefined {
    for (const task of evaluated.tasks) for (const ea of task.activities) if (ea.node === node) return ea.label;
    for (const ea of evaluated.presentations) if (ea.node === node) return ea.label;
    for (const info of evaluated.infoWorks) for (const ea of [info.block, ...info.activities]) if (ea.node === node) return ea.label;
    return undefined;
}

const KIND_LABEL: Record<ReportKind, MessageKey> = { plan: 'report.kind.plan', final: 'report.kind.final', interim: 'report.kind.interim' };
const FIELD_LABEL: Record<HeaderField, MessageKey> = {
    grantee: 'report.field.grantee', topic: 'report.field.topic', period: 'report.field.period', head: 'report.field.head', sum: 'report.field.sum'
};

const FILE_LABEL: Record<ReportKind, MessageKey> = { plan: 'report.file.plan', final: 'report.file.final', interim: 'report.file.interim' };

/** A file name for the report: «Birgemiz-Bilim-қорытынды-есеп.docx». Safe on Windows, macOS and Linux. */
export function reportFileName(projectName: string, kind: ReportKind, lang: ReportLang): string {
    const safe = (s: string) => s.normalize('NFC')
        .replace(/[\u0000-\u001f\u007f<>:"/\\|?*«»“”„'`]/g, ' ')
        .replace(/[\s.]+/g, ' ').trim()
        .replace(/\s+/g, '-')
        .replace(/-+/g, '-')
        .replace(/^-|-$/g, '');
    const name = safe(projectName).slice(0, 80).replace(/-$/, '') || 'esep';
    return `${name}-${t(FILE_LABEL[kind], {}, lang)}.docx`;
}

/**
 * Checks the document and builds the report model of its first project.
 * Syntax errors and missing header fields refuse; validation findings do not
 * (the report is the user's draft): unjustified deviations are marked inside.
 */
export function prepareReport(document: LangiumDocument, grant: GrantServices, options: PrepareOptions): Prepared {
    const syntax = flatten(document.uri.fsPath || document.uri.toString(), document)
        .filter(d => d.severity === 'error' && (d.code === 'parse' || d.code === 'link'))
        .map(d => ({ line: d.line, column: d.column, message: d.message, code: d.code }));
    if (syntax.length) return { ok: false, errors: syntax };
    const file = document.parseResult.value as GrantFile;
    const model = grant.model.Evaluator.get(document);
    const project = model.projects[0];
    if (!project) return { ok: false, errors: [{ line: 1, column: 1, message: t('report.noProject'), code: 'report' }] };
    const header = headerProblems(file.projects[0], project, options.kind);
    if (header.length) return { ok: false, errors: header };
    const built = buildReportModel(project, options);
    if (model.projects.length > 1) built.warnings.push(t('report.severalProjects', { count: model.projects.length, name: project.name }));
    const errorCount = (document.diagnostics ?? []).filter(d => d.severity === 1).length;
    countedErrors(built, errorCount);
    return { ok: true, project, built, fileName: reportFileName(project.name, options.kind, options.lang), errorCount };
}

/** The warning of a report built from a file with validation errors. */
export function countedErrors(built: BuiltReport, errorCount: number): void {
    if (errorCount) built.warnings.push(t('report.validationErrors', { count: errorCount }));
}
