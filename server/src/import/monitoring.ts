/**
 * Block III: the monitoring tables. Columns are found by their header words
 * (labels.ts), in any order; an activity's cells may be merged over several
 * rows (one indicator a row, as Esep writes it) or hold its indicators as
 * parallel paragraphs (one activity a row, as people type it). A row that
 * spans the table and names a task starts that task (one big table).
 */
import { cellText, type Cell, type Para, type Row, type Table } from './document.js';
import { clean, isInfoWorkHeading, isPresentationHeading, leadingNumber, monitoringColumn, taskHeading, type MonitoringColumn } from './labels.js';
import type { ImpActivity, ImpIndicator, Note, Source } from './plan.js';
import { maxOf } from '../../../language/src/arrays.js';

export type Columns = Partial<Record<MonitoringColumn, number>>;

/** The columns a header row names, or undefined when it is not a monitoring header. */
export function monitoringHeader(row: Row): Columns | undefined {
    const cols: Columns = {};
    for (const cell of row.cells) {
        const kind = monitoringColumn(cellText(cell));
        if (kind && cols[kind] === undefined) cols[kind] = cell.col;
    }
    const found = (['activity', 'place', 'indicator', 'plan', 'period'] as const).filter(k => cols[k] !== undefined).length;
    return cols.indicator !== undefined && cols.plan !== undefined && found >= 3 ? cols : undefined;
}

export function cellAt(row: Row, col: number | undefined): Cell | undefined {
    if (col === undefined) return undefined;
    return row.cells.find(c => c.col <= col && col < c.col + c.span);
}

/** Lines of a cell: its paragraphs, line breaks inside them split, empty spacers dropped. */
export function lines(cell: Cell | undefined): Para[] {
    if (!cell) return [];
    const out: Para[] = [];
    for (const p of cell.paras) {
        for (const part of p.text.split('\n')) {
            const text = clean(part);
            if (text) out.push({ ...p, text });
        }
    }
    return out;
}

/** A name and value written in one cell: «Жарияланымдар – кемінде 10», «Қатысушылар: 30». */
function splitNameValue(text: string): { name: string; value: string } | undefined {
    const m = /^(.*?\p{L}.*?)\s+[–—-]\s+(.*\d.*)$/u.exec(text) ?? /^(.*?\p{L}[^:]*):\s*(.*\d.*)$/u.exec(text);
    return m ? { name: m[1].trim(), value: m[2].trim() } : undefined;
}

/** What a monitoring table gives: activities in order, and rows that start a task or a section. */
export type MonitoringItem =
    | { kind: 'activity'; activity: ImpActivity }
    | { kind: 'task'; number?: number; title: string; src: Source }
    | { kind: 'section'; section: 'presentation' | 'infoWork'; title: string; src: Source }
    | { kind: 'unplaced'; text: string; src: Source };

export interface MonitoringResult {
    items: MonitoringItem[];
    /** Planned values with no indicator, and similar leftovers. */
    notes: Note[];
}

/**
 * Reads a monitoring table whose header is row `headerRow`. `page` (PDF) is added to every source.
 * `alignByHeight`: the PDF reader's cells pair indicators and plans by line height, not count.
 */
export function readMonitoringTable(table: Table, headerRow: number, cols: Columns, page?: number): MonitoringResult {
    const items: MonitoringItem[] = [];
    const notes: Note[] = [];
    const width = maxOf(table.rows.map(r => r.cells.reduce((n, c) => Math.max(n, c.col + c.span), 0)));
    let current: ImpActivity | undefined;
    const headerText = table.rows[headerRow].cells.map(cellText).join('|');
    for (let r = headerRow + 1; r < table.rows.length; r++) {
        const row = table.rows[r];
        const src: Source = { table: table.index, row: r + 1, page };
        const texts = row.cells.map(cellText);
        if (texts.every(t => !t)) continue;
        if (texts.join('|') === headerText) continue; // a header repeated after a page break
        const filled = row.cells.filter(c => cellText(c));
        // A row with one text across the table: a task heading or a section title.
        if (filled.length === 1 && (filled[0].span >= Math.min(3, width) || row.cells.length === 1)) {
            const text = cellText(filled[0]);
            const task = taskHeading(text, filled[0].paras[0]?.num);
            if (task) items.push({ kind: 'task', number: task.number, title: task.title, src });
            else if (isPresentationHeading(text)) items.push({ kind: 'section', section: 'presentation', title: text, src });
            else if (isInfoWorkHeading(text)) items.push({ kind: 'section', section: 'infoWork', title: text, src });
            else items.push({ kind: 'unplaced', text, src });
            current = undefined;
            continue;
        }
        const activityCell = cellAt(row, cols.activity);
        const activityText = cellText(activityCell);
        if (activityCell && activityText && !activityCell.merged) {
            const head = activityCell.paras.find(p => clean(p.text));
            const { number, rest } = leadingNumber(activityText, head?.num);
            current = { number, title: rest, indicators: [], src, notes: [] };
            items.push({ kind: 'activity', activity: current });
        }
        const names = lines(cellAt(row, cols.indicator));
        const plans = lines(cellAt(row, cols.plan));
        if (!current) {
            if (!names.length && !plans.length) {
                items.push({ kind: 'unplaced', text: texts.filter(Boolean).join(' | '), src });
                continue;
            }
            current = { title: '', indicators: [], src, notes: [{ code: 'V-IMPORT-07', src, args: [] }] };
            items.push({ kind: 'activity', activity: current });
        }
        const place = cellAt(row, cols.place);
        if (current.place === undefined && cellText(place)) current.place = cellText(place);
        const period = cellAt(row, cols.period);
        if (current.period === undefined && cellText(period)) current.period = cellText(period);
        pair(current, names, plans, src, cols.plan === cols.indicator);
    }
    return { items, notes };
}

/**
 * The planned values with each one a page break cut in two joined again («Парақшаның» | «Скрины 1»:
 * the part before the break holds no number, the part after does), when there are exactly as many
 * page breaks inside the cell as it has values more than the indicators beside it. Undefined
 * otherwise. (A name cut so goes on in lower case or after a text that cannot end there: the PDF
 * reader joins those itself, pdf-text.ts paragraphs.)
 */
export function joinPageSplits(plans: Para[], names: Para[]): Para[] | undefined {
    const extra = plans.length - names.length;
    if (extra <= 0) return undefined;
    const breaks: number[] = [];
    for (let i = 1; i < plans.length; i++) {
        const before = plans[i - 1].page, after = plans[i].page;
        if (before !== undefined && after !== undefined && after > before) breaks.push(i);
    }
    if (breaks.length !== extra || !breaks.every(i => !/\d/.test(plans[i - 1].text) && /\d/.test(plans[i].text))) return undefined;
    const out: Para[] = [];
    for (let i = 0; i < plans.length; i++) {
        if (breaks.includes(i)) out[out.length - 1] = { ...out[out.length - 1], text: `${out[out.length - 1].text} ${plans[i].text}` };
        else out.push(plans[i]);
    }
    return out;
}

function pair(activity: ImpActivity, names: Para[], plans: Para[], src: Source, sameCell: boolean): void {
    const add = (name: string, plan: string | undefined, notes: Note[] = []) => {
        const indicator: ImpIndicator = { name, plan, src, notes };
        activity.indicators.push(indicator);
        return indicator;
    };
    if (!sameCell && names.length === plans.length) {
        names.forEach((n, i) => add(n.text, plans[i].text));
        return;
    }
    // Name and value in one cell, nothing in the plan column.
    if (!plans.length || sameCell) {
        const split = names.map(n => splitNameValue(n.text));
        if (names.length && split.every(Boolean)) {
            split.forEach(s => add(s!.name, s!.value));
            return;
        }
    }
    // PDF: a value that a page break cut in two is one again, when that is exactly what makes the
    // two cells agree in number.
    const joined = joinPageSplits(plans, names);
    if (joined) {
        names.forEach((name, i) => add(name.text, joined[i].text));
        return;
    }
    // PDF: paragraphs carry their heights; a plan belongs to the indicator it starts beside.
    if (names.every(n => n.y !== undefined) && plans.every(p => p.y !== undefined) && names.length && plans.length) {
        const byName = new Map<number, string[]>();
        const orphans: string[] = [];
        for (const p of plans) {
            let best = -1;
            for (let i = 0; i < names.length; i++) if (names[i].y! <= p.y! + 3) best = i;
            if (best < 0) orphans.push(p.text);
            else byName.set(best, [...(byName.get(best) ?? []), p.text]);
        }
        const mismatch = orphans.length > 0 || [...byName.values()].some(v => v.length > 1);
        names.forEach((n, i) => add(n.text, byName.get(i)?.join(' ')));
        if (mismatch || names.length !== plans.length) {
            activity.notes.push({ code: 'V-IMPORT-02', src, args: [String(names.length), String(plans.length)] });
        }
        return;
    }
    const n = Math.min(names.length, plans.length);
    for (let i = 0; i < n; i++) add(names[i].text, plans[i].text);
    for (let i = n; i < names.length; i++) add(names[i].text, undefined);
    for (let i = n; i < plans.length; i++) add('?', plans[i].text);
    activity.notes.push({ code: 'V-IMPORT-02', src, args: [String(names.length), String(plans.length)] });
}
