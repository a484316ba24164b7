/**
 * What each form (the plan, the interim and the final report) requires of a project's
 * header: one list, read by the header rule and by the report before it is written.
 */
import type { NarrativeEntry, Project, Value } from '../generated/ast.js';
import type { ReportKind } from '../lsp/protocol.js';
import { lowerCase } from '../fast-case.js';
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

/** A closing section of the report (`қорытынды { тұрақтылық: "…" }`). */
export type ClosingKey = NarrativeEntry['key'];

/**
 * The closing sections the final report cannot be handed in without, in the form's order: the
 * justification of deviations, items 2 and 3, and the three bullets of item 5. The partners'
 * analysis (item 6) is asked «if any» (`бар болса`), so it may be left out.
 */
export const REQUIRED_CLOSING: readonly ClosingKey[] = [
    'ауытқу', 'мақсатқа-жету', 'өзгерістер', 'нақты-нәтижелер', 'ұзақ-мерзімді-әсер', 'тұрақтылық'
];

/**
 * `written` once some `қорытынды` block has the section with a text; `empty` when it is there
 * with nothing in it (`тұрақтылық: ""`); else `missing`.
 */
export function closingState(project: Project, key: ClosingKey): 'written' | 'empty' | 'missing' {
    let state: 'empty' | 'missing' = 'missing';
    for (const block of project.conclusions) {
        for (const entry of block.entries) {
            // Keywords may be written with capitals («Тұрақтылық»).
            if (entry.key === undefined || lowerCase(entry.key) !== key) continue;
            if (entry.text?.trim()) return 'written';
            state = 'empty';
        }
    }
    return state;
}

/** The field is written (a blank string is not). */
export function hasHeaderField(project: Project, field: HeaderField): boolean {
    return headerFieldState(project, field) === 'written';
}

/**
 * `missing`: no line for it; `empty`: the line is there with nothing in it (`гранталушы: ""`,
 * `сома: ""` — the new-project skeleton's placeholders); else `written`.
 */
export function headerFieldState(project: Project, field: HeaderField): 'written' | 'empty' | 'missing' {
    const value = project[field];
    if (value === undefined) return 'missing';
    if (typeof value === 'string') return value.trim() ? 'written' : 'empty';
    return field === 'sum' && isPlaceholder(project.sum) ? 'empty' : 'written';
}

/** A value written as an empty placeholder: `жоспар: ""`. */
export function isPlaceholder(value: Value | undefined): boolean {
    if (!value) return false;
    const text = (value as Value & { $text?: string }).$text ?? value.$cstNode?.text ?? value.tokens.join(' ');
    // Asked of every value, and almost every value starts with something else than a quote:
    // its first character that is not a space or a line end says so, with no search of the rest.
    let i = 0;
    while (i < text.length && text.charCodeAt(i) <= 32) i++;
    const c = text.charCodeAt(i);
    if (c !== 34 /* " */ && c !== 0x201C /* “ */ && !(c > 127 && /\s/.test(text[i]))) return false;
    return /^\s*(""|“”)\s*$/u.test(text);
}

/** The grant sum can be printed in a report: one whole, non-negative number that reads. */
export function usableSum(ep: EvalProject): boolean {
    const n = ep.sum?.parts[0]?.n;
    return n !== undefined && Number.isInteger(n) && n >= 0 && !ep.sum?.errors.length;
}
