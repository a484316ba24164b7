/**
 * What a report cannot be written without: ONE list, read by the live check
 * (language/src/validation/rules/to-fill.ts) and by the report's refusal
 * (server/src/report/prepare.ts), so the editor marks exactly the lines the
 * «Generate report» command names.
 *
 * A field is missing when its line is not there, empty when the line is there
 * with nothing in it: `гранталушы: ""`, `жоспар: ""` (the new-project
 * skeleton's placeholders). Empty fields are hints while the project runs and
 * errors once a report has been asked for (`markReportRequested`).
 */
import type { AstNode } from 'langium';
import type { Indicator, Project, Value } from './generated/ast.js';

export type RequiredKind = 'plan' | 'final' | 'interim';
export type HeaderField = 'grantee' | 'topic' | 'period' | 'sum' | 'head';

/** Header fields each form cannot do without. */
export const REQUIRED_HEADER: Record<RequiredKind, readonly HeaderField[]> = {
    plan: ['grantee', 'topic', 'period'],
    final: ['grantee', 'topic', 'period', 'sum', 'head'],
    interim: ['grantee', 'topic', 'period', 'sum', 'head']
};

export const HEADER_KEYWORD: Record<HeaderField, string> = {
    grantee: 'гранталушы', topic: 'тақырып', period: 'кезең', sum: 'сома', head: 'жетекші'
};

/** A value written as an empty placeholder: `жоспар: ""`. */
export function isPlaceholder(value: Value | undefined): boolean {
    if (!value) return false;
    const text = (value as Value & { $text?: string }).$text ?? value.$cstNode?.text ?? value.tokens.join(' ');
    return /^\s*(""|“”)\s*$/u.test(text);
}

export type Unfilled =
    | { kind: 'missing'; field: HeaderField; node: Project }
    | { kind: 'empty'; field: HeaderField; node: AstNode; property?: string }
    | { kind: 'plan'; indicator: Indicator; node: Value };

/** The header fields `kind` needs that are missing or empty, in the order of the list. */
export function unfilledHeader(project: Project, kind: RequiredKind): Unfilled[] {
    const out: Unfilled[] = [];
    for (const field of REQUIRED_HEADER[kind]) {
        if (field === 'period' || field === 'sum') {
            const node = project[field];
            if (!node) out.push({ kind: 'missing', field, node: project });
            else if (field === 'sum' && isPlaceholder(project.sum)) out.push({ kind: 'empty', field, node });
        } else {
            const value = project[field];
            if (value === undefined) out.push({ kind: 'missing', field, node: project });
            else if (!value.trim()) out.push({ kind: 'empty', field, node: project, property: field });
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

const requested = new Set<string>();

/** A report was asked for this document: empty fields are errors from now on. */
export function markReportRequested(uri: string): boolean {
    const fresh = !requested.has(uri);
    requested.add(uri);
    return fresh;
}

export function reportRequested(uri: string): boolean {
    return requested.has(uri);
}
