/**
 * A file's rows as they cross from a worker thread to the batch's thread (batch.ts). A message
 * is a structured clone: every object is written with the names of its keys, and read back key
 * by key, and every row repeats the file's name and its project's. An Indicators row and a
 * Findings row travel instead as an array of their values in a fixed order, without the file
 * (the message says it once) and with the project as an index into the file's project names:
 * some 40 % fewer bytes, and a reading several times cheaper for the thread that writes the
 * output. The rows that come out are the rows that went in (test/portfolio-packed.test.ts).
 */
import type { FileRows, FindingRow, IndicatorRow } from '../../portfolio/rows.js';

/** The values of an Indicators row, in this order, the project as an index (see `names`). */
type PackedIndicator = [
    project: number, line: number, section: IndicatorRow['section'], task: number | undefined, activity: string | undefined,
    activityTitle: string | undefined, indicator: string, planText: string | undefined, factText: string | undefined,
    target: number | undefined, fact: number | undefined, unit: string | undefined, ratio: number | undefined,
    status: IndicatorRow['status'], periodOver: boolean, needsJustification: boolean, justification: string | undefined
];

/** The values of a Findings row; project -1: none. */
type PackedFinding = [project: number, line: number, column: number, code: string, severity: FindingRow['severity'], message: string];

export interface PackedRows {
    file: string;
    /** Kept whole: one or two a file, and the batch keeps them to the end. */
    projects: FileRows['projects'];
    /** The project names the rows point at. */
    names?: string[];
    indicators: PackedIndicator[];
    findings: PackedFinding[];
}

export function packRows(rows: FileRows): PackedRows {
    const names: string[] = [];
    const index = new Map<string, number>();
    const nameOf = (name: string | undefined): number => {
        if (name === undefined) return -1;
        let k = index.get(name);
        if (k === undefined) {
            k = names.length;
            names.push(name);
            index.set(name, k);
        }
        return k;
    };
    const indicators = rows.indicators.map((r): PackedIndicator => [
        nameOf(r.project), r.line, r.section, r.task, r.activity, r.activityTitle, r.indicator, r.planText, r.factText,
        r.target, r.fact, r.unit, r.ratio, r.status, r.periodOver, r.needsJustification, r.justification
    ]);
    const findings = rows.findings.map((r): PackedFinding => [nameOf(r.project), r.line, r.column, r.code, r.severity, r.message]);
    return { file: rows.file, projects: rows.projects, names, indicators, findings };
}

/** The rows again; a key that was absent comes back undefined. */
export function unpackRows(packed: PackedRows): FileRows {
    const { file } = packed;
    const names = packed.names ?? [];
    const indicators = packed.indicators.map((v): IndicatorRow => ({
        file, project: names[v[0]], line: v[1], section: v[2], task: v[3], activity: v[4], activityTitle: v[5],
        indicator: v[6], planText: v[7], factText: v[8], target: v[9], fact: v[10], unit: v[11], ratio: v[12],
        status: v[13], periodOver: v[14], needsJustification: v[15], justification: v[16]
    }));
    const findings = packed.findings.map((v): FindingRow => ({
        file, project: v[0] < 0 ? undefined : names[v[0]], line: v[1], column: v[2], code: v[3], severity: v[4], message: v[5]
    }));
    return { file, projects: packed.projects, indicators, findings };
}
