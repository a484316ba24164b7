/**
 * What each form (the plan, the interim and the final report) requires of a project's
 * header: one list, read by the header rule and by the report before it is written.
 */
import type { Project } from '../generated/ast.js';
import type { ReportKind } from '../lsp/protocol.js';
import type { EvalProject } from './types.js';

export type { ReportKind };

export type HeaderField = 'grantee' | 'topic' | 'period' | 'head' | 'sum';

export interface HeaderRequirement {
    field: HeaderField;
    /** The keyword that writes it. */
    keyword: string;
    /** The forms that cannot be filled without it. */
    forms: readonly ReportKind[];
}

const ALL: readonly ReportKind[] = ['plan', 'interim', 'final'];
const REPORTS: readonly ReportKind[] = ['interim', 'final'];

export const HEADER_REQUIREMENTS: readonly HeaderRequirement[] = [
    { field: 'grantee', keyword: 'гранталушы', forms: ALL },
    { field: 'topic', keyword: 'тақырып', forms: ALL },
    { field: 'period', keyword: 'кезең', forms: ALL },
    { field: 'head', keyword: 'жетекші', forms: REPORTS },
    { field: 'sum', keyword: 'сома', forms: REPORTS }
];

/** The header fields the form `kind` cannot be filled without. */
export function requiredHeader(kind: ReportKind): HeaderRequirement[] {
    return HEADER_REQUIREMENTS.filter(r => r.forms.includes(kind));
}

/** The field is written (a blank string is not). */
export function hasHeaderField(project: Project, field: HeaderField): boolean {
    const value = project[field];
    return typeof value === 'string' ? value.trim().length > 0 : value !== undefined;
}

/** The grant sum can be printed in a report: one whole, non-negative number that reads. */
export function usableSum(ep: EvalProject): boolean {
    const n = ep.sum?.parts[0]?.n;
    return n !== undefined && Number.isInteger(n) && n >= 0 && !ep.sum?.errors.length;
}
