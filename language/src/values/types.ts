/** The shapes of a parsed value expression (docs: value forms). */
export type Comparator = 'ge' | 'eq' | 'le' | 'gt' | 'approx';

export interface ValuePart {
    n: number;
    /** Canonical unit (docs/kk/language.md «Бірліктер»), '%' for percentages. */
    unit?: string;
    /** The unit as written. */
    unitRaw?: string;
    unitSource: 'value' | 'indicator' | 'none';
    /** Offsets of the number in the raw text. */
    start: number;
    end: number;
    /** How the number is written: digits before the fraction, the separator of its groups of three, its decimal mark. */
    intDigits: number;
    group?: string;
    decimal?: ',' | '.';
}

export interface SubValue {
    cmp: Comparator;
    n: number;
    unit?: string;
    label?: string;
}

/** A problem in the text of a value, with offsets relative to the raw text. */
export interface ValueIssue {
    code: ValueIssueCode;
    start: number;
    end: number;
    /** Words of the message; `suggestion`, when there is one, is also what the quick fix writes. */
    data?: Record<string, string | number>;
}

export type ValueIssueCode =
    | 'empty'               // nothing but punctuation
    | 'no-number'           // no number at all
    | 'bad-number'          // a number that cannot be read
    | 'ambiguous-unit'      // A2: «10/1 скриншот»
    | 'fact-comparator'     // a fact that says «кемінде»
    | 'words-mismatch'      // «5 (алты)»
    | 'negative'            // a negative count
    | 'thousands-or-fraction' // «5.344», «5,344»: a fraction as read, or a thousands group as often meant
    | 'letter-for-digit';   // «1О»: the letter О typed for a zero

export interface ParsedValue {
    raw: string;
    cmp: Comparator;
    cmpExplicit: boolean;
    parts: ValuePart[];
    per?: { scope: string; raw: string };
    covers?: SubValue;
    ofWhich: SubValue[];
    attrs: Record<string, string | number>;
    /** The number repeated in words: «15 337 100 (он бес миллион …)». */
    words?: { text: string; value?: number };
    isMoney: boolean;
    isPercent: boolean;
    errors: ValueIssue[];
    warnings: ValueIssue[];
}

export interface ValueContext {
    /** The indicator's name: units of `a/b` parts and the meaning of `(k)` come from it. */
    indicatorName?: string;
    role?: 'plan' | 'fact';
}
