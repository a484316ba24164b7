/**
 * A file's rows as they cross from a worker thread to the batch's thread (batch.ts). A message
 * is a structured clone: every object is written with the names of its keys, and read back key
 * by key, every string is written and read again each time it occurs, and every row repeats the
 * file's name. An Indicators row and a Findings row travel instead as an array of their values
 * in a fixed order, without the file (the message says it once), and the values a file repeats
 * (its project's name, an activity's number and title, a section, a status, a unit, a plan as
 * written, a finding's code and severity) as indexes into the file's table of such strings,
 * each written once: about half the bytes, and a reading several times cheaper for the thread
 * that writes the output, which then also meets each repeated string as one string. The rows
 * that come out are the rows that went in (test/portfolio-packed.test.ts).
 */
import type { FileRows, FindingRow, IndicatorRow } from '../../portfolio/rows.js';

/** A string of the file's table (`strings`), or -1 for none. */
type Ref = number;

/** The values of an Indicators row, in this order; the repeated ones as Refs. */
type PackedIndicator = [
    project: Ref, line: number, section: Ref, task: number | undefined, activity: Ref,
    activityTitle: Ref, indicator: string, planText: Ref, factText: Ref,
    target: number | undefined, fact: number | undefined, unit: Ref, ratio: number | undefined,
    status: Ref, periodOver: boolean, needsJustification: boolean, justification: string | undefined
];

/** The values of a Findings row. */
type PackedFinding = [project: Ref, line: number, column: number, code: Ref, severity: Ref, message: string];

export interface PackedRows {
    file: string;
    /** Kept whole: one or two a file, and the batch keeps them to the end. */
    projects: FileRows['projects'];
    /** The strings the rows point at, each once. */
    strings: string[];
    indicators: PackedIndicator[];
    findings: PackedFinding[];
}

export function packRows(rows: FileRows): PackedRows {
    const strings: string[] = [];
    const index = new Map<string, number>();
    const ref = (s: string | undefined): Ref => {
        if (s === undefined) return -1;
        let k = index.get(s);
        if (k === undefined) {
            k = strings.length;
            strings.push(s);
            index.set(s, k);
        }
        return k;
    };
    const indicators = rows.indicators.map((r): PackedIndicator => [
        ref(r.project), r.line, ref(r.section), r.task, ref(r.activity), ref(r.activityTitle), r.indicator, ref(r.planText),
        ref(r.factText), r.target, r.fact, ref(r.unit), r.ratio, ref(r.status), r.periodOver, r.needsJustification, r.justification
    ]);
    const findings = rows.findings.map((r): PackedFinding => [ref(r.project), r.line, r.column, ref(r.code), ref(r.severity), r.message]);
    return { file: rows.file, projects: rows.projects, strings, indicators, findings };
}

/** The rows again; a value that was absent comes back undefined. */
export function unpackRows(packed: PackedRows): FileRows {
    const { file, strings } = packed;
    const at = (k: Ref): string | undefined => (k < 0 ? undefined : strings[k]);
    const indicators = packed.indicators.map((v): IndicatorRow => ({
        file, project: strings[v[0]], line: v[1], section: strings[v[2]] as IndicatorRow['section'], task: v[3], activity: at(v[4]),
        activityTitle: at(v[5]), indicator: v[6], planText: at(v[7]), factText: at(v[8]), target: v[9], fact: v[10], unit: at(v[11]),
        ratio: v[12], status: strings[v[13]] as IndicatorRow['status'], periodOver: v[14], needsJustification: v[15], justification: v[16]
    }));
    const findings = packed.findings.map((v): FindingRow => ({
        file, project: at(v[0]), line: v[1], column: v[2], code: strings[v[3]], severity: strings[v[4]] as FindingRow['severity'], message: v[5]
    }));
    return { file, projects: packed.projects, indicators, findings };
}
