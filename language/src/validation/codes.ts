/**
 * The rule codes, one table, and the data each code's diagnostic carries (in
 * `diagnostic.data`, with `code`). The rules report through it and the quick fixes
 * read it back through `issueOf`: a new code or a new field is a type error until
 * both sides agree.
 */
import type { Diagnostic } from 'vscode-languageserver';
import type { MessageKey } from '../i18n.js';
import type { HeaderField, ValueIssue } from '../model.js';
import type { DateProblem } from '../dates.js';

/** A replacement the user can accept as it is. */
export interface Suggestion { suggestion: string }

/** A group of statistics whose counts do not add up to the total. */
export interface StatisticsSum {
    sum: number;
    total: number;
    group: 'gender' | 'category' | 'age';
    /** The counts add up to 100: they were written as percentages. */
    percent: boolean;
    /** The group's counts, in the order written (the fix scales them to the total). */
    counts: number[];
}

type None = Record<never, never>;

export interface IssueDataByCode {
    /**
     * A value or date that cannot be read; a suggestion only for a number's words that disagree
     * with its digits (the words the digits make).
     */
    value: Partial<Suggestion>;
    'V-DATE-01': None; 'V-DATE-02': None; 'V-DATE-03': None; 'V-DATE-04': None; 'V-DATE-06': None;
    'V-DUP': None;
    'V-FMT-01': None; 'V-FMT-02': Suggestion; 'V-FMT-03': Suggestion; 'V-FMT-05': None; 'V-FMT-06': None; 'V-FMT-07': Suggestion; 'V-FMT-08': None;
    'V-KEY-01': Suggestion;
    'V-MEDIA-01': None; 'V-MEDIA-02': None;
    'V-NUM-01': { scope: 'tasks' | 'activities' }; 'V-NUM-02': { scope: 'tasks' | 'activities' };
    'V-PATH-01': None; 'V-PATH-02': None;
    'V-PF-01': None; 'V-PF-02': None; 'V-PF-03': None; 'V-PF-04': { indicator?: string };
    /** `embedded`: the value is written in the indicator's name (the user decides which is right). */
    'V-PF-05': { embedded?: boolean };
    'V-PF-06': None; 'V-PF-07': None; 'V-PF-08': None; 'V-PF-10': None; 'V-PF-11': None;
    'V-REG-01': Suggestion;
    'V-REQ-01': { field: HeaderField; keyword: string }; 'V-REQ-02': None; 'V-REQ-03': Partial<Suggestion>;
    'V-REQ-04': None; 'V-REQ-05': None; 'V-REQ-06': None; 'V-REQ-07': None;
    /** `missing`: the closing sections not written at all (the fix adds them, empty, to fill in). */
    'V-REQ-08': { missing?: string[] };
    'V-REQ-09': None; 'V-REQ-11': None; 'V-REQ-10': None; 'V-REQ-12': None; 'V-REQ-15': None;
    'V-SUM-01': StatisticsSum; 'V-SUM-02': StatisticsSum; 'V-SUM-03': Partial<StatisticsSum>; 'V-SUM-04': None;
    /** No suggestion when the results cannot be compared (one a percentage, the other not). */
    'V-SUM-09': Partial<Suggestion>; 'V-SUM-10': None; 'V-SUM-11': None; 'V-SUM-12': None;
    'V-XREF-01': Suggestion; 'V-XREF-03': Partial<Suggestion>; 'V-XREF-04': None; 'V-XSTAT-01': None;
}

export type RuleCode = keyof IssueDataByCode;

const CODES: Record<RuleCode, true> = {
    value: true, 'V-DATE-01': true, 'V-DATE-02': true, 'V-DATE-03': true, 'V-DATE-04': true, 'V-DATE-06': true, 'V-DUP': true,
    'V-FMT-01': true, 'V-FMT-02': true, 'V-FMT-03': true, 'V-FMT-05': true, 'V-FMT-06': true, 'V-FMT-07': true, 'V-FMT-08': true, 'V-KEY-01': true,
    'V-MEDIA-01': true, 'V-MEDIA-02': true, 'V-NUM-01': true, 'V-NUM-02': true, 'V-PATH-01': true, 'V-PATH-02': true,
    'V-PF-01': true, 'V-PF-02': true, 'V-PF-03': true, 'V-PF-04': true, 'V-PF-05': true, 'V-PF-06': true, 'V-PF-07': true,
    'V-PF-08': true, 'V-PF-10': true, 'V-PF-11': true, 'V-REG-01': true, 'V-REQ-01': true, 'V-REQ-02': true, 'V-REQ-03': true, 'V-REQ-04': true, 'V-REQ-05': true,
    'V-REQ-06': true, 'V-REQ-07': true, 'V-REQ-08': true, 'V-REQ-09': true, 'V-REQ-11': true, 'V-REQ-10': true, 'V-REQ-12': true, 'V-REQ-15': true, 'V-SUM-01': true, 'V-SUM-02': true,
    'V-SUM-03': true, 'V-SUM-04': true, 'V-SUM-09': true, 'V-SUM-10': true, 'V-SUM-11': true, 'V-SUM-12': true, 'V-XREF-01': true, 'V-XREF-03': true, 'V-XREF-04': true,
    'V-XSTAT-01': true
};

export const RULE_CODES: readonly RuleCode[] = Object.keys(CODES) as RuleCode[];

export function isRuleCode(value: unknown): value is RuleCode {
    return typeof value === 'string' && Object.hasOwn(CODES, value);
}

/** A diagnostic's data: its code and that code's fields. */
export type Issue<C extends RuleCode = RuleCode> = { [K in C]: { code: K } & IssueDataByCode[K] }[C];

/** The rule data of a diagnostic this server made (undefined for any other). */
export function issueOf(diagnostic: Pick<Diagnostic, 'data' | 'code'>): Issue | undefined {
    const data = diagnostic.data as { code?: unknown } | undefined;
    const code = data?.code ?? diagnostic.code;
    if (!isRuleCode(code)) return undefined;
    return { ...(data ?? {}), code } as Issue;
}

/** The message of each problem in a value's text (code `value`). */
export const VALUE_ISSUE_KEY: Record<ValueIssue['code'], MessageKey> = {
    empty: 'value.empty', 'no-number': 'value.no-number', 'bad-number': 'value.bad-number', 'ambiguous-unit': 'value.ambiguous-unit',
    'fact-comparator': 'value.fact-comparator', 'words-mismatch': 'value.words-mismatch', negative: 'value.negative',
    'thousands-or-fraction': 'value.thousands-or-fraction', 'letter-for-digit': 'value.letter-for-digit'
};

/** The message of each problem in a date (code `value`). */
export const DATE_PROBLEM_KEY: Record<DateProblem['code'], MessageKey> = {
    'bad-date': 'value.bad-date', 'bad-month': 'value.bad-month', 'bad-form': 'value.bad-form'
};
