/**
 * The tables of a final report (seeds 000/001, and the report Esep writes):
 * section 1's activities (period, place, participants, experts, completeness,
 * appendix), the plan-against-fact table (task, activity, result, indicator,
 * plan, fact), information work, participant statistics and partners.
 * Columns are found by their header words (report-labels.ts), over one or two
 * header rows («Жоспарланған көрсеткіштер деңгейі» over «жоспар | факт»).
 */
import { cellText, type Cell, type Row, type Table } from './document.js';
import { clean, isInfoWorkHeading, isPresentationHeading, leadingNumber, taskHeading } from './labels.js';
import { cellAt, type MonitoringItem } from './monitoring.js';
import type { ImpActivity, ImpPartner, Note, Source } from './plan.js';
import { countText, partnerColumn, reportColumn, statisticsRow, type ReportColumn, type StatisticsRow } from './report-labels.js';
import { maxOf } from '../../../language/src/arrays.js';

export type ReportColumns = Partial<Record<ReportColumn, number>>;
export type ReportTableKind = 'planFact' | 'infoWork' | 'activities' | 'impact';

export interface ReportHeader { kind: ReportTableKind; cols: ReportColumns; first: number; rows: number }

function classify(row: Row, into: ReportColumns, override: boolean): number {
    let found = 0;
    for (const cell of row.cells) {
        if (cell.merged) continue;
        const kind = reportColumn(cellText(cell));
        if (!kind) continue;
        found++;
        if (override || into[kind] === undefined) into[kind] = cell.col;
    }
    return found;
}

/** The header of a report table among its first rows, and what the table is. */
export function reportHeader(table: Table): ReportHeader | undefined {
    const first = table.rows.findIndex(r => r.cells.some(c => cellText(c)));
    if (first < 0) return undefined;
    for (let h = first; h < Math.min(first + 2, table.rows.length); h++) {
        const cols: ReportColumns = {};
        if (classify(table.rows[h], cols, false) < 3) continue;
        let rows = 1;
        // A second header row: short words only («жоспар», «факт»), no numbers.
        const next = table.rows[h + 1];
        const own = next?.cells.filter(c => !c.merged && cellText(c)) ?? [];
        if (own.length && own.every(c => cellText(c).length <= 40 && !/\d/.test(cellText(c)) && reportColumn(cellText(c)))) {
            classify(next, cols, true);
            rows = 2;
        }
        const kind: ReportTableKind | undefined =
            cols.indicator !== undefined && cols.unit !== undefined && (cols.plan !== undefined || cols.fact !== undefined) ? 'impact'
                : cols.indicator !== undefined && cols.content !== undefined ? 'infoWork'
                    : cols.indicator !== undefined && (cols.plan !== undefined || cols.fact !== undefined) && (cols.activity !== undefined || cols.task !== undefined) ? 'planFact'
                        : cols.activity !== undefined && cols.indicator === undefined
                            && [cols.participants, cols.completeness, cols.appendix, cols.experts].some(c => c !== undefined) ? 'activities'
                            : undefined;
        if (kind) return { kind, cols, first: h, rows };
    }
    return undefined;
}

/** Lines of a cell with their position among its paragraphs (empty spacers count, so alignment can use them). */
function indexedLines(cell: Cell | undefined): Line[] {
    const out: Line[] = [];
    let i = 0;
    for (const p of cell?.paras ?? []) {
        for (const part of p.text.split('\n')) {
            const text = clean(part);
            if (text) out.push({ text, i, y: p.y });
            i++;
        }
    }
    return out;
}

/** A line of a cell: its text, its place among the cell's paragraphs, and (PDF) its height on the page. */
interface Line { text: string; i: number; y?: number }

/**
 * The value of each name from a parallel column: one for one when the counts agree, else by the
 * runs between empty spacers, else each value to the name it starts beside (and a doubt).
 */
function align(names: Line[], values: Line[]): { values: (string | undefined)[]; doubt: boolean } {
    if (!values.length) return { values: names.map(() => undefined), doubt: false };
    if (values.length === names.length) return { values: values.map(v => v.text), doubt: false };
    // PDF: a value belongs to the name it starts beside.
    if (names.every(n => n.y !== undefined) && values.every(v => v.y !== undefined)) {
        const out: (string | undefined)[] = names.map(() => undefined);
        let orphan = false;
        for (const v of values) {
            let best = -1;
            names.forEach((n, k) => { if (n.y! <= v.y! + 3) best = k; });
            if (best < 0) { orphan = true; best = 0; }
            out[best] = out[best] === undefined ? v.text : `${out[best]} ${v.text}`;
        }
        return { values: out, doubt: orphan || out.some(v => v === undefined) };
    }
    const runs: { text: string; i: number }[] = [];
    values.forEach((v, k) => {
        if (k > 0 && v.i === values[k - 1].i + 1) runs[runs.length - 1].text += ' ' + v.text;
        else runs.push({ ...v });
    });
    if (runs.length === names.length) return { values: runs.map(r => r.text), doubt: false };
    const out: (string | undefined)[] = names.map(() => undefined);
    for (const r of runs) {
        let best = 0;
        names.forEach((n, k) => { if (n.i <= r.i) best = k; });
        out[best] = out[best] === undefined ? r.text : `${out[best]} ${r.text}`;
    }
    return { values: out, doubt: true };
}

function pairTriple(activity: ImpActivity, row: Row, cols: ReportColumns, src: Source): void {
    const nameCell = cellAt(row, cols.indicator);
    if (nameCell?.merged) return;
    let names = indexedLines(nameCell);
    const plans = cols.plan !== undefined ? indexedLines(cellAt(row, cols.plan)) : [];
    const facts = cols.fact !== undefined ? indexedLines(cellAt(row, cols.fact)) : [];
    if (!names.length && !plans.length && !facts.length) return;
    if (!names.length) names = [{ text: '?', i: 0 }];
    const p = align(names, plans);
    const f = align(names, facts);
    names.forEach((n, k) => activity.indicators.push({ name: n.text, plan: p.values[k], fact: f.values[k], src, notes: [] }));
    if (p.doubt || names[0].text === '?') activity.notes.push({ code: 'V-IMPORT-02', src, args: [String(names.length), String(plans.length)] });
    if (f.doubt) activity.notes.push({ code: 'V-IMPORT-08', src, args: [String(names.length), String(facts.length)] });
}

/** Participants «21 ¶ 378» beside «Волонтерлер ¶ Қатысушылар»: counts with their categories. */
function participants(activity: ImpActivity, row: Row, header: Row, cols: ReportColumns, src: Source, notes: Note[]): void {
    const counts = indexedLines(cellAt(row, cols.participants)).map(l => l.text);
    if (!counts.length) return;
    const cats = indexedLines(cellAt(row, cols.category)).map(l => l.text);
    const list: { count: string; category?: string }[] = [];
    for (let k = 0; k < counts.length; k++) {
        const count = countText(counts[k]);
        if (count === 'none') continue;
        if (count === undefined) { notes.push({ code: 'V-IMPORT-09', src, args: [cellText(cellAt(header, cols.participants)), counts[k]] }); return; }
        const category = k === counts.length - 1 && cats.length > counts.length ? cats.slice(k).join(' ') : cats[k];
        list.push({ count, category });
    }
    if (list.length) activity.participants = list;
}

function headingOf(text: string, num: string | undefined, src: Source): MonitoringItem {
    if (isPresentationHeading(text)) return { kind: 'section', section: 'presentation', title: text, src };
    if (isInfoWorkHeading(text)) return { kind: 'section', section: 'infoWork', title: text, src };
    const task = taskHeading(text, num);
    if (task) return { kind: 'task', number: task.number, title: task.title, src };
    const { number, rest } = leadingNumber(text, num);
    return { kind: 'task', number, title: rest, src };
}

/** «4. «Орал өңірі» газеті «Өңір волонтерлері…» 09.09.2020ж.»: number, outlet, «title», date. */
const PUBLICATION = /^\d{1,3}[.)]\s*(.+?)\s+«(.+)»\s*(\d{1,2}\.\d{2}\.\d{4})\s*(?:ж\.?|г\.?)?$/u;

/** An information-work content cell: its publications, and the rest as the result («БАҚ ақпарат жариялау. Баннер - 5»). */
function readContent(activity: ImpActivity, cell: Cell): void {
    const rest: string[] = [];
    const publications: { date: string; outlet: string; title: string }[] = [];
    for (const { text } of indexedLines(cell)) {
        const m = PUBLICATION.exec(text);
        if (m) publications.push({ outlet: m[1], title: m[2], date: m[3] });
        else if (!/^(пост,?\s+мақала|публикаци)[^:]*:$/iu.test(text)) rest.push(text);
    }
    if (rest.length) activity.result = rest.join(' ');
    if (publications.length) activity.publications = publications;
}

/** The plan-against-fact, information-work and section-1 tables: tasks and activities in order. */
export function readReportTable(table: Table, header: ReportHeader): { items: MonitoringItem[]; notes: Note[] } {
    const { cols } = header;
    const items: MonitoringItem[] = [];
    const notes: Note[] = [];
    const width = maxOf(table.rows.map(r => r.cells.reduce((n, c) => Math.max(n, c.col + c.span), 0)));
    const headerText = table.rows[header.first].cells.map(cellText).join('|');
    let current: ImpActivity | undefined;
    let inInfo = header.kind === 'infoWork';
    for (let r = header.first + header.rows; r < table.rows.length; r++) {
        const row = table.rows[r];
        const src: Source = { table: table.index, row: r + 1 };
        const texts = row.cells.map(cellText);
        if (texts.every(t => !t) || texts.join('|') === headerText) continue;
        const filled = row.cells.filter(c => cellText(c) && !c.merged);
        // A row with one text across the table (in a PDF, the text sits in its first column): a heading.
        const heading = filled.length === 1 && (filled[0].span >= Math.min(3, width) || row.cells.length === 1
            || (filled[0].col === 0 && width >= 3 && !!taskHeading(cellText(filled[0]))));
        if (heading) {
            items.push(headingOf(cellText(filled[0]), filled[0].paras[0]?.num, src));
            current = undefined;
            continue;
        }
        if (items.length && items[items.length - 1].kind === 'section') inInfo = (items[items.length - 1] as { section: string }).section === 'infoWork';
        const taskCell = cellAt(row, cols.task);
        // Under an information-work heading the task column holds the row's number («1.»), not a task.
        const numberOnly = /^\d{1,3}[.)]?$/u.test(cellText(taskCell));
        if (taskCell && !taskCell.merged && cellText(taskCell) && !numberOnly) {
            items.push(headingOf(cellText(taskCell), taskCell.paras[0]?.num, src));
            current = undefined;
        }
        const actCell = cellAt(row, cols.activity);
        if (actCell && !actCell.merged && cellText(actCell)) {
            const numCell = cellAt(row, cols.number) ?? (numberOnly ? taskCell : undefined);
            const own = leadingNumber(cellText(actCell), actCell.paras.find(p => clean(p.text))?.num);
            const number = own.number ?? (numCell ? leadingNumber(cellText(numCell) + ' x').number : undefined);
            current = { number, title: own.rest, indicators: [], src, notes: [] };
            items.push({ kind: 'activity', activity: current });
        }
        if (!current) {
            const orphan = [cols.indicator, cols.plan, cols.fact].some(c => cellText(cellAt(row, c)));
            if (!orphan) {
                const text = texts.filter(Boolean).join(' | ');
                if (text) items.push({ kind: 'unplaced', text, src });
                continue;
            }
            current = { title: '', indicators: [], src, notes: [{ code: 'V-IMPORT-07', src, args: [] }] };
            items.push({ kind: 'activity', activity: current });
        }
        const first = (col: number | undefined) => {
            const c = cellAt(row, col);
            return c && !c.merged ? cellText(c) || undefined : undefined;
        };
        current.period ??= first(cols.period);
        current.place ??= first(cols.place);
        current.experts ??= indexedLines(cellAt(row, cols.experts)).map(l => l.text).join('; ') || undefined;
        current.completeness ??= first(cols.completeness);
        current.appendix ??= first(cols.appendix);
        if (inInfo) {
            // Information work: what was published, and the list of publications.
            const content = cellAt(row, cols.content ?? cols.result);
            if (content && !content.merged && current.result === undefined) readContent(current, content);
        } else current.result ??= first(cols.result);
        if (current.participants === undefined && cols.participants !== undefined) participants(current, row, table.rows[header.first], cols, src, notes);
        if (cols.indicator !== undefined) pairTriple(current, row, cols, src);
    }
    return { items, notes };
}

/** A statistics table: labels across with the counts in the row under them, or labels down beside their counts. */
export function readStatisticsTable(table: Table): { rows: { row: StatisticsRow; count: string; src: Source }[]; bad: Note[] } | undefined {
    const out: { row: StatisticsRow; count: string; src: Source }[] = [];
    const bad: Note[] = [];
    const take = (label: string, value: string, src: Source) => {
        const row = statisticsRow(label);
        if (!row) return false;
        const count = countText(value);
        if (count === undefined) bad.push({ code: 'V-IMPORT-09', src, args: [clean(label), clean(value)] });
        else if (count !== 'none') out.push({ row, count, src });
        return true;
    };
    let labelled = 0;
    for (let r = 0; r + 1 < table.rows.length; r++) {
        const labels = table.rows[r].cells.filter(c => statisticsRow(cellText(c)));
        if (labels.length < 2) continue;
        const values = table.rows[r + 1];
        // The row under the labels holds counts (or «-»), not more text.
        const counts = labels.filter(c => countText(cellText(cellAt(values, c.col))) !== undefined).length;
        if (counts * 2 < labels.length) continue;
        for (const c of labels) if (take(cellText(c), cellText(cellAt(values, c.col)), { table: table.index, row: r + 2 })) labelled++;
        r++;
    }
    if (!labelled) {
        table.rows.forEach((row, r) => {
            const cells = row.cells.filter(c => cellText(c));
            if (cells.length >= 2 && take(cellText(cells[0]), cellText(cells[cells.length - 1]), { table: table.index, row: r + 1 })) labelled++;
        });
    }
    return labelled >= 2 ? { rows: out, bad } : undefined;
}

/** The partners table: name, role, contact, note. */
export function readPartnersTable(table: Table): ImpPartner[] | undefined {
    const first = table.rows.findIndex(r => r.cells.some(c => cellText(c)));
    if (first < 0) return undefined;
    const cols = new Map<string, number>();
    for (const c of table.rows[first].cells) {
        const kind = partnerColumn(cellText(c));
        if (kind && !cols.has(kind)) cols.set(kind, c.col);
    }
    if (!cols.has('name') || !cols.has('role') || cols.size < 3) return undefined;
    const at = (row: Row, key: string) => cellText(cellAt(row, cols.get(key))) || undefined;
    const out: ImpPartner[] = [];
    for (let r = first + 1; r < table.rows.length; r++) {
        const row = table.rows[r];
        const name = at(row, 'name');
        if (!name) continue;
        out.push({ name, role: at(row, 'role'), contact: at(row, 'contact'), note: at(row, 'note'), src: { table: table.index, row: r + 1 } });
    }
    return out;
}
