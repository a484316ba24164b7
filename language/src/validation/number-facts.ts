/**
 * What the number-format rule (V-FMT-02, V-FMT-03: rules/writing.ts) reads: how the numbers of
 * the file's values are written — the first grouped number and its separator, the first decimal
 * comma, the long numbers written ungrouped and the decimals written with a point. A piece of a
 * big file hands its own on to the frame (model/pieces.ts), where the rule reads them all in the
 * order the model reads a whole file's values: the header's sum first, then the tasks, then the rest.
 */
import type { Value } from '../generated/ast.js';
import type { ParsedValue, RemoteNumberFacts } from '../model.js';
import { positionAt, type Where } from './rule-context.js';

/** A number in a value of this document (offsets in the value's text), or of another piece (a range). */
export type Spot = { text: string } & ({ value: Value; start: number; end: number } | { range: NonNullable<Where['at']> });

export interface NumberFacts {
    separator?: string;
    grouped?: string;
    comma?: string;
    ungrouped: Spot[];
    points: Spot[];
}

/** The facts of `values` (in the map's order), of those `take` accepts when given. */
export function numberFacts(values: ReadonlyMap<Value, ParsedValue>, take?: (value: Value) => boolean): NumberFacts {
    const facts: NumberFacts = { ungrouped: [], points: [] };
    // forEach and an index: no [key, value] pair and no iterator made per value.
    values.forEach((parsed, value) => {
        if (take && !take(value)) return;
        const parts = parsed.parts;
        for (let k = 0; k < parts.length; k++) {
            const part = parts[k];
            if (part.group !== undefined) {
                if (!facts.separator) { facts.separator = part.group; facts.grouped = parsed.raw.slice(part.start, part.end); }
            } else if (part.intDigits >= 5) {
                facts.ungrouped.push({ value, start: part.start, end: part.end, text: parsed.raw.slice(part.start, part.end) });
            }
            if (part.decimal === ',') facts.comma ??= parsed.raw.slice(part.start, part.end);
            // «5.344» may be 5 344: the value's own warning says so, and a comma would not mend it.
            else if (part.decimal === '.' && !isThousandsLike(parsed, part.start)) facts.points.push({ value, start: part.start, end: part.end, text: parsed.raw.slice(part.start, part.end) });
        }
    });
    return facts;
}

function isThousandsLike(parsed: ParsedValue, start: number): boolean {
    return parsed.warnings.some(w => w.code === 'thousands-or-fraction' && w.start === start);
}

/** `a`'s values come before `b`'s: the first separator and comma are `a`'s when it has one. */
export function joinNumberFacts(a: NumberFacts | RemoteNumberFacts, b: NumberFacts | RemoteNumberFacts): NumberFacts {
    const out: NumberFacts = { ungrouped: [], points: [] };
    const first = a.separator ? a : b;
    if (first.separator) { out.separator = first.separator; out.grouped = first.grouped; }
    out.comma = a.comma ?? b.comma;
    for (const list of [a.ungrouped, b.ungrouped]) for (const s of list) out.ungrouped.push(s);
    for (const list of [a.points, b.points]) for (const s of list) out.points.push(s);
    return out;
}

/** The facts as another piece reads them: each number's place in lines and columns (its tree is let go). */
export function remoteNumberFacts(facts: NumberFacts): RemoteNumberFacts {
    const remote = (s: Spot) => ({ text: s.text, range: 'range' in s ? s.range : rangeOf(s) });
    return { separator: facts.separator, grouped: facts.grouped, comma: facts.comma, ungrouped: facts.ungrouped.map(remote), points: facts.points.map(remote) };
}

function rangeOf(s: { value: Value; start: number; end: number }): NonNullable<Where['at']> {
    const offset = s.value.$cstNode?.offset ?? 0;
    return { start: positionAt(s.value, offset + s.start), end: positionAt(s.value, offset + s.end) };
}

/** Where the rule reports a number. */
export function spotWhere(s: Spot, fallback: Where['node']): Where {
    if ('range' in s) return { node: fallback, at: s.range };
    const offset = s.value.$cstNode?.offset ?? 0;
    return { node: s.value, range: { start: offset + s.start, end: offset + s.end } };
}
