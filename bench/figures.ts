/**
 * The benchmark's table: every section (bench/main.ts's own, bench/typing.ts, and
 * the sections other files register in bench/sections.ts) adds its figures here,
 * with a target where there is one; main.ts prints them and writes them as JSON.
 */

export type Status = 'PASS' | 'MISS' | 'INFO' | 'N/A';

export interface Figure {
    id: string;
    group: string;
    label: string;
    value: number | null;
    unit: string;
    /** «≤ 1.3», «< 1000»; empty for information only. */
    target: string;
    status: Status;
    note?: string;
    samples?: number;
    /** The half-width of the median's 95 % interval (`spread`), printed as «± x». */
    spread?: number;
}

export interface Target {
    op: '<=' | '<';
    limit: number;
}

export const figures: Figure[] = [];

export function figure(id: string, group: string, label: string, value: number | null | undefined, unit: string,
    target?: Target, extra: { note?: string; samples?: number; spread?: number } = {}): void {
    let status: Status = 'INFO';
    if (value === null || value === undefined || !Number.isFinite(value)) status = 'N/A';
    else if (target) status = (target.op === '<=' ? value <= target.limit : value < target.limit) ? 'PASS' : 'MISS';
    figures.push({
        id, group, label, value: value === null || value === undefined || !Number.isFinite(value) ? null : round(value), unit,
        target: target ? `${target.op === '<=' ? '≤' : '<'} ${target.limit}` : '', status, ...extra,
        spread: extra.spread === undefined || !Number.isFinite(extra.spread) ? undefined : round(extra.spread)
    });
}

export function round(n: number): number {
    return Math.abs(n) >= 100 ? Math.round(n * 10) / 10 : Math.round(n * 1000) / 1000;
}

export function median(xs: number[]): number {
    const s = [...xs].sort((a, b) => a - b);
    if (s.length === 0) return NaN;
    const mid = s.length >> 1;
    return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Nearest-rank percentile. */
export function percentile(xs: number[], p: number): number {
    const s = [...xs].sort((a, b) => a - b);
    if (s.length === 0) return NaN;
    return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}

export const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/**
 * The spread of a median: the half-width of its 95 % confidence interval,
 * 1.57 × the interquartile range ÷ √n (McGill's notch). «1.21 ± 0.02» says the
 * median of that many rounds is known to about 0.02; more rounds narrow it.
 */
export function spread(xs: number[]): number {
    if (xs.length < 2) return Infinity;
    return (1.57 * (percentile(xs, 75) - percentile(xs, 25))) / Math.sqrt(xs.length);
}

export const log = (...parts: unknown[]) => console.error('bench:', ...parts);
export const sleep = (ms: number) => new Promise(r => setTimeout(r, ms));

/** The table as printed: figure, value, target, PASS/MISS; a blank line between groups. */
export function table(rows: Figure[] = figures): string {
    const cells = rows.map(f => [
        f.label,
        f.value === null ? 'n/a' : `${f.value}${f.spread === undefined ? '' : ` ±${f.spread}`} ${f.unit}`,
        f.target ? `${f.target} ${f.unit}` : '',
        f.status === 'INFO' ? '' : f.status
    ]);
    const head = ['Figure', 'Value', 'Target', ''];
    const widths = head.map((h, i) => Math.max(h.length, ...cells.map(r => r[i].length)));
    const line = (r: string[]) => r.map((c, i) => (i === 1 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ').trimEnd();
    const out = [line(head), widths.map(w => '-'.repeat(w)).join('  ')];
    let group = '';
    rows.forEach((f, i) => {
        if (f.group !== group && i > 0) out.push('');
        group = f.group;
        out.push(line(cells[i]));
    });
    return out.join('\n');
}
