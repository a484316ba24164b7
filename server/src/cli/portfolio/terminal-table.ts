/**
 * `esep summary` to a terminal, without `-o`: one line per project under a header — whether the
 * report can be accepted, the project's stage, the share of its indicators met, its errors and
 * unjustified deviations — then what the mark means and how to get the full tables. A file that
 * gave no project is a line with the reason (then no legend where no project was read). Columns
 * are padded to their widest cell.
 */
import type { Lang } from '../../../../language/src/i18n.js';
import { L, stageWord } from '../../portfolio/labels.js';
import type { ProjectRow } from '../../portfolio/rows.js';

/** A shell word: quoted when it holds a space or a quote. */
function shellWord(s: string): string {
    return /^[\w@%+=:,./-]+$/u.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}

export function terminalTable(projects: ProjectRow[], inputs: string[], lang: Lang): string[] {
    const header = [L('term.ready', lang), L('term.stage', lang), L('term.percent', lang), L('term.metOfPlanned', lang), L('term.errors', lang),
        L('term.unjustified', lang), `${L('col.file', lang)} — ${L('col.project', lang)}`];
    const rows: string[][] = [];
    const problems: string[] = [];
    for (const r of projects) {
        if (r.problem) {
            problems.push(`✘ ${r.file}: ${r.problem}`);
            continue;
        }
        rows.push([
            r.readyToAccept ? '✔' : '✘',
            r.stage ? stageWord(r.stage, lang) : '',
            r.percentMet === undefined ? '—' : `${Math.round(r.percentMet * 100)}%`,
            `${r.met + r.over}/${r.planned}`,
            String(r.errors),
            String(r.unjustified),
            `${r.file} — ${r.project}`
        ]);
    }
    const lines: string[] = [];
    if (rows.length) {
        // The mark's column is as wide as its header; numbers stand right, texts left; the last column runs free.
        const widths = header.map((h, k) => Math.max(h.length, ...rows.map(r => r[k].length)));
        const right = new Set([2, 3, 4, 5]);
        const line = (cells: string[]) => cells.map((c, k) => (k === cells.length - 1 ? c : right.has(k) ? c.padStart(widths[k]) : c.padEnd(widths[k]))).join('  ').trimEnd();
        lines.push(line(header));
        for (const r of rows) lines.push(line(r));
    }
    for (const p of problems) lines.push(p);
    // The mark and the full tables mean something only where a project was read.
    if (!rows.length) return lines;
    lines.push('');
    lines.push(L('term.legend', lang));
    lines.push(L('term.more', lang, { inputs: inputs.map(shellWord).join(' ') }));
    return lines;
}
