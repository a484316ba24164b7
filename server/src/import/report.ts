/**
 * A previous final report (the form of seeds 000/001, and the report Esep
 * writes) in a neutral document: the header (grantee, topic, sum, goal), the
 * tasks and activities of section 1 merged with the plan-against-fact table
 * (indicators with plan AND fact, as written), information work, the impact
 * table, participant statistics, partners, the narrative sections and the
 * signature. What it cannot place is kept with where it was.
 */
import { cellText, type Block, type NeutralDocument, type Table } from './document.js';
import { readImpactRows } from './impact.js';
import { clean, headerLabel, isBoilerplate, taskHeading } from './labels.js';
import type { MonitoringItem } from './monitoring.js';
import { emptyPlan, type HeaderKey, type ImpActivity, type ImportedPlan, type ImpTask, type Source } from './plan.js';
import { CONCLUSION_HEADINGS, countText, isReportBoilerplate, isReportTitle, statisticsRow, type StatisticsRow } from './report-labels.js';
import { readPartnersTable, readReportTable, readStatisticsTable, reportHeader } from './report-tables.js';
import { appendAll } from '../../../language/src/arrays.js';

/** Whether a document is a final (or interim) report rather than a plan: its title, or a table of facts. */
export function isFinalReport(doc: NeutralDocument): boolean {
    let seen = 0;
    for (const b of doc.blocks) {
        if (b.kind === 'p') {
            if (seen < 40 && isReportTitle(b.para.text) && !taskHeading(b.para.text)) return true;
            seen++;
            continue;
        }
        const h = reportHeader(b.table);
        if (h && (h.cols.fact !== undefined || h.kind === 'activities')) return true;
    }
    return false;
}

const ACHIEVED = /^(жобадан\s+қол\s+жеткізілген\s+нәтиже|достигнутый\s+результат)/iu;
const words = (s: string) => clean(s).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

class ReportRecognizer {
    readonly plan = emptyPlan();
    private label: { key: HeaderKey | 'achieved'; src: Source } | undefined;
    private conclusion: { key: string; text: string } | undefined;
    private mode: 'tasks' | 'presentation' | 'infoWork' = 'tasks';
    private task: ImpTask | undefined;
    /** Activities a table has already filled (a second table merges into the others). */
    private touched = new Set<ImpActivity>();
    private paragraphNo = 0;
    private afterPages = false;
    /** Tasks and activities of a report written as paragraphs only (seed 000): used when no table gives any. */
    private readonly prose: ImpTask[] = [];
    /** A statistics row's label just read: its count may follow as the next paragraph. */
    private statLabel: StatisticsRow | undefined;
    /** The task or activity whose account the paragraphs under «1 міндет. …» / «1 іс-шара. …» are. */
    private story: ImpTask | ImpActivity | undefined;

    run(doc: NeutralDocument): ImportedPlan {
        this.plan.kind = 'report';
        if (doc.trackedChanges) this.plan.notes.push({ code: 'V-IMPORT-06', src: {}, args: [String(doc.trackedChanges)] });
        for (const block of doc.blocks) this.blockOf(block);
        this.endConclusion();
        if (!this.plan.tasks.length && this.prose.length) this.plan.tasks = this.prose;
        return this.plan;
    }

    private blockOf(block: Block): void {
        if (block.kind === 'table') {
            this.label = undefined;
            this.endConclusion();
            this.table(block.table);
            return;
        }
        this.paragraphNo++;
        this.paragraph(block.para.text, block.para.num, { paragraph: this.paragraphNo, page: block.para.page });
    }

    // -------------------------------------------------------------------
    // Paragraphs: header labels, narrative sections, prose tasks, the signature

    private paragraph(raw: string, num: string | undefined, src: Source): void {
        const text = clean(raw);
        if (!text) { this.label = undefined; return; }
        if (isReportTitle(text) && this.paragraphNo < 10) return;
        // A statistics label and its count on the next line (a PDF's two-column table read as text).
        const stat = this.statLabel;
        this.statLabel = undefined;
        const count = stat ? countText(text) : undefined;
        if (stat && count !== undefined) { if (count !== 'none') this.statistic(stat, count, src); return; }
        if (this.plan.tasks.length && text.length < 120 && !/\d{3}/.test(text)) this.statLabel = statisticsRow(text);
        if (this.statLabel) return;
        const heading = CONCLUSION_HEADINGS.find(h => h.re.test(text));
        if (heading) {
            this.endConclusion();
            this.label = undefined;
            this.story = undefined;
            // The heading ends at its question mark («…қалай жалғасады?») or at its first colon.
            const question = text.search(/\?(\s|$)/u);
            const colon = text.indexOf(':');
            const end = question >= 0 && question < 400 ? question : colon;
            this.conclusion = { key: heading.key, text: end >= 0 ? text.slice(end + 1).trim() : '' };
            return;
        }
        if (isReportBoilerplate(text) || isBoilerplate(text)) { this.endConclusion(); this.label = undefined; this.story = undefined; return; }
        const pages = /^(есеп\s+беттерінің\s+жалпы\s+саны|общее\s+количество\s+страниц)\s*:?\s*(\d+)/iu.exec(text);
        if (pages) { this.endConclusion(); this.afterPages = true; this.plan.pages = pages[2]; return; }
        if (this.afterPages && !this.plan.head) {
            const head = /^(.{2,150}?)\s*:\s*(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,3})$/u.exec(text);
            if (head) { this.plan.head = head[2]; this.plan.headPosition = head[1]; return; }
        }
        if (this.conclusion) { this.conclusion.text = clean(`${this.conclusion.text} ${text}`); return; }
        const found = this.plan.tasks.length === 0 ? headerLabel(text) : undefined;
        if (found && found.key !== 'expected') {
            // «Label: value» on one line is whole; a label alone takes the paragraphs under it.
            this.label = found.value ? undefined : { key: found.key, src };
            if (found.value) this.headerValue(found.key, found.value, src);
            return;
        }
        if (ACHIEVED.test(text)) {
            this.label = { key: 'achieved', src };
            const colon = text.indexOf(':');
            if (colon >= 0 && text.slice(colon + 1).trim()) this.headerValue('achieved', text.slice(colon + 1), src);
            return;
        }
        if (this.label && !taskHeading(text)) { this.headerValue(this.label.key, text, src); return; }
        this.label = undefined;
        if (this.proseHeading(text, num, src)) return;
        if (this.story) { (this.story.narrative ??= []).push(text); return; }
        this.plan.unplaced.push({ text, src });
    }

    private headerValue(key: HeaderKey | 'achieved', value: string, src: Source): void {
        const text = clean(value);
        if (!text || text === '—' || text === '-') return;
        if (key === 'achieved') { this.plan.achievedResult = this.plan.achievedResult ? `${this.plan.achievedResult} ${text}` : text; return; }
        const prev = this.plan.header[key];
        this.plan.header[key] = { text: prev ? `${prev.text} ${text}` : text, src: prev?.src ?? src };
    }

    private endConclusion(): void {
        const c = this.conclusion;
        this.conclusion = undefined;
        if (c?.text) this.plan.conclusions.push({ key: c.key, text: c.text });
    }

    /** «1. міндет. …» and «№1 әрекет. …» / «1 іс-шара. …» paragraphs (a report written as prose). */
    private proseHeading(text: string, num: string | undefined, src: Source): boolean {
        const task = taskHeading(text, num);
        if (task) {
            // «…қатыстыру;»: the list's punctuation, not the title's.
            const own: ImpTask = { number: task.number, title: task.title.replace(/\s*[;,]$/u, ''), activities: [], src, notes: [] };
            this.prose.push(own);
            // The account of a task the tables gave (or of this prose task).
            this.story = this.plan.tasks.length ? this.findTask(task.number, task.title.replace(/[.;,]$/u, '')) : own;
            this.task = this.plan.tasks.length ? (this.story as ImpTask | undefined) : undefined;
            return true;
        }
        // «№1 әрекет. …», «1 іс-шара. …», «Мероприятие 1. …»
        const act = /^(?:№?\s*(\d+)\s*[-.]?\s*(?:әрекет|іс-шара|мероприятие|действие)|(?:іс-шара|мероприятие|действие)\s*№?\s*(\d+))\s*[.:]\s*(.+)$/iu.exec(text);
        const last = this.prose[this.prose.length - 1];
        if (act && last) {
            const own: ImpActivity = { number: Number(act[1] ?? act[2]), title: act[3], indicators: [], src, notes: [] };
            last.activities.push(own);
            const title = words(act[3].replace(/[.;,]$/u, ''));
            this.story = this.plan.tasks.length
                ? this.task?.activities.find(a => words(a.title) === title) ?? this.task?.activities.find(a => a.number === own.number)
                : own;
            return true;
        }
        return false;
    }

    // -------------------------------------------------------------------
    // Tables

    private table(table: Table): void {
        const first = table.rows.findIndex(r => r.cells.some(c => cellText(c)));
        if (first < 0) return;
        if (this.headerTable(table)) { this.story = undefined; return; }
        const header = reportHeader(table);
        if (header || readStatisticsTable(table) || readPartnersTable(table)) this.story = undefined;
        if (header?.kind === 'impact') {
            const c = header.cols;
            appendAll(this.plan.impact, readImpactRows(table, header.first + header.rows - 1, { name: c.indicator, unit: c.unit, plan: c.plan, fact: c.fact }));
            return;
        }
        if (header) {
            this.touched = new Set();
            if (header.kind === 'infoWork') this.mode = 'infoWork';
            const { items, notes } = readReportTable(table, header);
            appendAll(this.plan.notes, notes);
            this.items(items, header.kind);
            if (header.kind === 'infoWork') this.mode = 'tasks';
            return;
        }
        const stats = readStatisticsTable(table);
        if (stats) {
            for (const { row, count } of stats.rows) this.statistic(row, count, { table: table.index });
            appendAll(this.plan.notes, stats.bad);
            return;
        }
        const partners = readPartnersTable(table);
        if (partners) { appendAll(this.plan.partnerList, partners); return; }
        table.rows.forEach((r, i) => {
            const text = r.cells.filter(c => !c.merged).map(cellText).filter(Boolean).join(' | ');
            if (!text || isBoilerplate(text)) return;
            // A table inside an activity's account (the expert council, the learning results): its rows, as the account writes tables.
            if (this.story) (this.story.narrative ??= []).push(`| ${r.cells.filter(c => !c.merged).map(cellText).join(' | ')} |`);
            else this.plan.unplaced.push({ text, src: { table: table.index, row: i + 1 } });
        });
    }

    private statistic(row: StatisticsRow, count: string, src: Source): void {
        const s = (this.plan.statistics ??= { categories: [], ages: [], src });
        if (row.kind === 'total') s.total ??= count;
        else if (row.kind === 'men') s.men ??= count;
        else if (row.kind === 'women') s.women ??= count;
        else {
            const key = 'key' in row ? row.key : '';
            const list = row.kind === 'category' ? s.categories : s.ages;
            if (!list.some(e => e.key === key)) list.push({ key, count });
        }
    }

    /** The header as a table: a label cell with its value beside it or under it. */
    private headerTable(table: Table): boolean {
        const cells = table.rows.flatMap(r => r.cells.filter(c => !c.merged));
        const labels = cells.filter(c => { const l = headerLabel(cellText(c)); return (l && l.key !== 'expected') || ACHIEVED.test(cellText(c)); });
        if (labels.length < 2 || labels.length * 3 < cells.filter(c => cellText(c)).length) return false;
        this.label = undefined;
        table.rows.forEach((row, r) => {
            for (const c of row.cells) {
                if (c.merged) continue;
                const src: Source = { table: table.index, row: r + 1 };
                const text = cellText(c);
                if (!text) continue;
                const found = headerLabel(text);
                if (found && found.key !== 'expected') {
                    this.label = { key: found.key, src };
                    if (found.value) this.headerValue(found.key, found.value, src);
                } else if (ACHIEVED.test(text)) {
                    this.label = { key: 'achieved', src };
                } else if (this.label) {
                    this.headerValue(this.label.key, text, src);
                } else this.plan.unplaced.push({ text, src });
            }
        });
        this.label = undefined;
        return true;
    }

    private items(items: MonitoringItem[], kind: string): void {
        for (const item of items) {
            if (item.kind === 'unplaced') this.plan.unplaced.push({ text: item.text, src: item.src });
            else if (item.kind === 'section') this.mode = item.section;
            else if (item.kind === 'task') {
                this.mode = 'tasks';
                this.task = this.findTask(item.number, item.title);
                if (!this.task) {
                    this.task = { number: item.number, title: clean(item.title), activities: [], src: item.src, notes: [] };
                    this.plan.tasks.push(this.task);
                }
            } else this.activity(item.activity, kind);
        }
    }

    private findTask(number: number | undefined, title: string): ImpTask | undefined {
        const t = words(title);
        return this.plan.tasks.find(k => (number !== undefined && k.number === number) || (t && words(k.title) === t));
    }

    /** A table's activity: merged into the same activity another table gave, or added. */
    private activity(a: ImpActivity, kind: string): void {
        if (this.mode === 'presentation') { this.plan.presentations.push(a); return; }
        if (this.mode === 'infoWork' || kind === 'infoWork') {
            this.plan.infoWorks.push({ title: a.title, self: a, activities: [], src: a.src });
            return;
        }
        if (!this.task) {
            this.task = { title: '', activities: [], src: a.src, notes: [] };
            this.plan.tasks.push(this.task);
        }
        const t = words(a.title);
        const same = this.task.activities.find(e => !this.touched.has(e) && ((t && words(e.title) === t) || (a.number !== undefined && e.number === a.number)));
        if (!same) { this.task.activities.push(a); this.touched.add(a); return; }
        this.touched.add(same);
        same.number ??= a.number;
        same.period ??= a.period;
        same.place ??= a.place;
        same.participants ??= a.participants;
        same.experts ??= a.experts;
        same.appendix ??= a.appendix;
        same.result ??= a.result;
        same.completeness ??= a.completeness;
        appendAll(same.indicators, a.indicators);
        appendAll(same.notes, a.notes);
    }
}

export function recognizeReport(doc: NeutralDocument): ImportedPlan {
    return new ReportRecognizer().run(doc);
}
