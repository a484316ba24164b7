/**
 * Builds the report model (model.ts) of one project from the evaluated model
 * (language/src/model.ts) and the official form (templates/forms). One builder
 * per form kind; every heading, column header and label comes from the form,
 * every number from the evaluated model.
 */
import type { AstNode } from 'langium';
import type { Activity, InfoWork, Presentation, Value } from '../../../language/src/generated/ast.js';
import { achieved, valueText, type EvalActivity, type EvalIndicator, type EvalProject } from '../../../language/src/model.js';
import { formatNumber, parseNumber } from '../../../language/src/values.js';
import { numberToWords, formatGrouped, spellable } from '../../../language/src/numwords.js';
import { t } from '../../../language/src/i18n.js';
import {
    ageRowId, categoryRowId, fill, getForm, hasSection, label, priorityDirections, section, templatePieces,
    type Form, type FormSection, type FormTable
} from './forms.js';
import { dotted, listLines, longDate, num, showValue, userText, valueUnit, writtenDate } from './display.js';
import {
    cell, heading, para, run,
    type Block, type BuiltReport, type Cell, type Chart, type ChartBar, type DeviationRow, type Inline,
    type ReportDoc, type ReportKind, type ReportLang, type Row, type Table
} from './model.js';

export interface BuildOptions {
    kind: ReportKind;
    lang: ReportLang;
}

/** Relative column widths by column id; tables may override. */
const WIDTH: Record<string, number> = {
    no: 4, activity: 18, period: 9, place: 11, participants: 8, category: 11, experts: 16, completeness: 16, appendix: 7,
    task: 12, result: 20, indicator: 22, plan: 10, fact: 10, topic: 13, content: 32, unit: 8, justification: 26,
    name: 20, position: 22, role: 18, contact: 12, note: 24, rationale: 14, goal: 12, tasks: 16, description: 16,
    sum: 7, body: 22, text: 48, letter: 20, direction: 30, duration: 12, before: 12, after: 12, growth: 12,
    duties: 28, workload: 10, channel: 11
};

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim().normalize('NFC');

/** The source text of a Value node, whitespace collapsed (learning outcomes, workload, proposal sums). */
const written = (v: Value | undefined) => (v ? collapse(valueText(v)) : '');

/** 1-based position of a node in the .grant file. */
function position(node: AstNode | undefined): { line: number; column: number } {
    const start = node?.$cstNode?.range.start;
    return start ? { line: start.line + 1, column: start.character + 1 } : { line: 1, column: 1 };
}

class Builder {
    readonly form: Form;
    readonly blocks: Block[] = [];
    readonly deviations: DeviationRow[] = [];
    readonly warnings: string[] = [];
    readonly footnotes: Record<number, string> = {};
    private footnotesUsed = new Set<string>();

    constructor(readonly project: EvalProject, readonly kind: ReportKind, readonly lang: ReportLang) {
        this.form = getForm(kind, lang);
    }

    L(key: string): string {
        return label(this.form, key);
    }

    push(...blocks: Block[]): void {
        this.blocks.push(...blocks);
    }

    private landscape = false;

    /** Wide tables (six columns or more) go on landscape pages. */
    orient(landscape: boolean): void {
        if (landscape === this.landscape) return;
        this.landscape = landscape;
        this.push({ type: 'orientation', landscape });
    }

    /** Is an indicator's period still running (interim report)? */
    running(ei: EvalIndicator): boolean {
        return this.kind === 'interim' && !ei.periodOver;
    }

    // -------------------------------------------------------------------
    // Tables from the form

    /** Header rows of a form table; footnote marks on the columns if asked. */
    headerRows(table: FormTable, withFootnotes = false): Row[] {
        const headerCell = (text: string, extra: Partial<Cell> = {}, footnote?: string): Cell => {
            const runs: Inline[] = [run(text, { bold: true })];
            if (footnote && withFootnotes) {
                const n = Number(footnote);
                runs.push(run('', { footnote: n }));
                this.footnotesUsed.add(footnote);
            }
            return cell(runs, { align: 'center', shade: 'header', ...extra });
        };
        const groups = table.headerGroups ?? [];
        if (!groups.length) {
            return [{ kind: 'header', cells: table.columns.map(c => headerCell(c.header, {}, c.footnote)) }];
        }
        const top: Cell[] = [];
        const bottom: Cell[] = [];
        for (const c of table.columns) {
            const group = groups.find(g => g.columns.includes(c.id));
            if (!group) {
                top.push(headerCell(c.header, { rowSpan: 2 }, c.footnote));
            } else {
                if (group.columns[0] === c.id) top.push(headerCell(group.header, { colSpan: group.columns.length }));
                bottom.push(headerCell(c.header, {}, c.footnote));
            }
        }
        return [{ kind: 'header', cells: top }, { kind: 'header', cells: bottom }];
    }

    table(formTable: FormTable, rows: Row[], opts: { widths?: Record<string, number>; dense?: boolean; footnotes?: boolean; keepTogether?: boolean } = {}): Table {
        const widths = formTable.columns.map(c => opts.widths?.[c.id] ?? WIDTH[c.id] ?? 12);
        return { type: 'table', widths, header: this.headerRows(formTable, opts.footnotes), rows, dense: opts.dense, keepTogether: opts.keepTogether };
    }

    /** A row spanning the whole table: task titles, group captions. */
    groupRow(formTable: FormTable, text: string): Row {
        return { kind: 'group', cells: [cell([run(text, { bold: true })], { colSpan: formTable.columns.length, shade: 'group' })] };
    }

    /** Cells of a data row in the order of the form's columns. */
    dataRow(formTable: FormTable, values: Record<string, Cell | string | undefined>): Row {
        const cells: Cell[] = [];
        for (const c of formTable.columns) {
            if (!(c.id in values)) { cells.push(cell('')); continue; }
            const v = values[c.id];
            if (v === undefined) continue; // covered by a rowSpan above
            cells.push(typeof v === 'string' ? cell(v) : v);
        }
        return { kind: 'data', cells };
    }

    /**
     * Marks a row with the line of `node` in the .grant file and, for an indicator, its verdict.
     * Only previews read these (a click on a row shows its line; short rows are highlighted).
     */
    from(row: Row, node: AstNode | undefined, ei?: EvalIndicator): Row {
        if (node?.$cstNode) row.line = position(node).line;
        if (ei && this.kind !== 'plan') {
            const status = ei.verdict.status;
            row.status = this.running(ei) && (status === 'unmet' || status === 'missing') ? 'running' : status;
        }
        return row;
    }

    sectionHeading(s: FormSection, level: 1 | 2 | 3 = 2): void {
        if (!s.heading) return;
        this.push(heading(level, s.heading, s.number));
    }

    paragraphs(text: string | undefined, style: 'normal' | 'small' = 'normal'): void {
        const lines = userText(text);
        if (!lines.length) {
            this.push(para(this.L('emptyCell'), { style }));
            return;
        }
        for (const line of lines) this.push(para(line, { style, align: 'justify' }));
    }

    // -------------------------------------------------------------------
    // Values

    plan(ei: EvalIndicator, dropUnit?: string): string {
        return showValue(ei.plan, this.form, { dropUnit });
    }

    /** The fact cell: the value, «орындалуда» while running, or the missing mark. */
    fact(ei: EvalIndicator, dropUnit?: string): Cell {
        const value = showValue(ei.fact, this.form, { dropUnit });
        const status = ei.verdict.status;
        if (this.running(ei) && (status === 'unmet' || status === 'missing')) {
            const runs: Inline[] = value ? [run(value), run(` (${this.L('statusInProgress')})`, { italic: true })]
                : [run(this.L('statusInProgress'), { italic: true })];
            return cell(runs);
        }
        if (!ei.fact) {
            if (this.kind === 'plan' || !ei.plan) return cell('');
            return cell([run(this.L('statusMissing'), { italic: true, color: 'C00000' })]);
        }
        if (status === 'unmet' || status === 'deviation') return cell([run(value, { color: 'C00000', bold: true })]);
        return cell(value);
    }

    /** Records the indicator in the deviations list when it deviates from the plan. */
    noteDeviation(ei: EvalIndicator, prefix: string): void {
        if (this.kind === 'plan' || !ei.plan || ei.plan.errors.length) return;
        if (this.running(ei)) return;
        const status = ei.verdict.status;
        const deviates = status === 'unmet' || status === 'deviation' || status === 'missing'
            || (!!ei.verdict.unitMismatch && !!ei.fact);
        if (!deviates) return;
        const pos = position(ei.node);
        this.deviations.push({
            name: collapse(prefix ? `${prefix} ${ei.name}` : ei.name),
            plan: this.plan(ei),
            fact: ei.fact ? showValue(ei.fact, this.form) : this.L('statusMissing'),
            justification: ei.deviation?.trim() ? collapse(ei.deviation) : undefined,
            ...pos
        });
    }

    narrative(key: string | undefined): string | undefined {
        if (!key) return undefined;
        for (const c of this.project.node.conclusions) {
            for (const e of c.entries) if (e.key === key && e.text.trim()) return e.text;
        }
        return undefined;
    }

    moneyText(): string {
        const n = this.project.sum?.parts[0]?.n;
        // A sum that cannot be spelled (negative, fractional, 10^15 or more) is printed as written.
        if (n === undefined || !spellable(n)) return this.project.sum ? showValue(this.project.sum, this.form) : '';
        return fill(this.L('moneyTemplate'), { digits: formatGrouped(n), words: numberToWords(n, this.lang), currency: this.L('currency') });
    }

    /** A label: value pair as two paragraphs, the way S001 prints the header. */
    field(labelText: string, value: string | string[]): void {
        this.push(para([run(labelText, { bold: true })], { style: 'field-label', keepNext: true }));
        const values = Array.isArray(value) ? value : [value];
        for (const v of values.length ? values : ['']) this.push(para(v || this.L('emptyCell'), { style: 'field-value' }));
    }

    footer(): Inline[] {
        return templatePieces(this.L('pageFooter')).map(p => typeof p === 'string' ? run(p)
            : p.name === 'page' ? run('', { field: 'page' }) : p.name === 'pages' ? run('', { field: 'pages' }) : run(`{${p.name}}`));
    }

    /** A template with `{pages}` as the page-count field. */
    withPagesField(template: string, extra: Partial<Inline> = {}): Inline[] {
        return templatePieces(template).map(p => typeof p === 'string' ? run(p, extra)
            : p.name === 'pages' ? run('', { ...extra, field: 'pages' }) : run(`{${p.name}}`, extra));
    }

    doc(title: string[]): ReportDoc {
        const name = collapse(this.project.name);
        return {
            kind: this.kind, lang: this.lang, title,
            blocks: this.blocks,
            footer: this.footer(),
            footnotes: this.footnotes,
            meta: { title: `${name}: ${title.join(' ')}`, subject: collapse(this.project.node.topic ?? name), creator: collapse(this.project.node.grantee ?? 'Esep') }
        };
    }

    result(title: string[]): BuiltReport {
        const unjustified = this.deviations.filter(d => !d.justification);
        return { doc: this.doc(title), deviations: this.deviations, unjustified, warnings: this.warnings };
    }

    /** Fills the footnote texts the header marks used. */
    collectFootnotes(): void {
        for (const s of this.form.sections) {
            for (const f of s.footnotes ?? []) if (this.footnotesUsed.has(f.ref)) this.footnotes[Number(f.ref)] = f.text;
        }
    }
}

// ===========================================================================
// Final and interim reports (S001 form)

function activityCells(b: Builder, ea: EvalActivity): Record<string, Cell | string> {
    const node = ea.node as Activity | Presentation | InfoWork;
    const participants = node.participants.map(g => num(parseNumber(g.count), b.form));
    const categories = node.participants.map(g => g.category ? collapse(g.category) : '');
    const experts = (node.experts ?? '').split(/;\s*/u).map(collapse).filter(Boolean);
    let completeness = userText(node.completeness);
    if (!completeness.length && ea.rollup.total > 0 && b.kind !== 'plan') {
        const pct = Math.round(achieved(ea.rollup) / ea.rollup.total * 100);
        completeness = [fill(b.L('completenessTemplate'), { percent: pct })];
    }
    return {
        no: ea.number ? `${ea.number}.` : '',
        activity: collapse(ea.title),
        period: writtenDate(node.period),
        place: collapse(node.place ?? node.channel ?? ''),
        participants: cell(participants.length ? participants.map(p => [run(p)]) : [[run('')]], { align: 'center' }),
        category: cell(categories.length ? categories.map(c => [run(c)]) : [[run('')]]),
        experts: cell(experts.length ? experts.map(e => [run(e)]) : [[run('')]]),
        completeness: cell(completeness.length ? completeness.map(c => [run(c)]) : [[run('')]]),
        appendix: node.appendix ? fill(b.L('appendixRef'), { n: collapse(node.appendix) }) : ''
    };
}

function buildActivities(b: Builder): void {
    const s = section(b.form, 'activities');
    b.sectionHeading(s, 1);
    const tbl = s.table!;
    const rows: Row[] = [];
    for (const task of b.project.tasks) {
        rows.push(b.from(b.groupRow(tbl, fill(b.L('taskRow'), { n: task.number, title: collapse(task.title) })), task.node));
        for (const ea of task.activities) rows.push(b.from(b.dataRow(tbl, activityCells(b, ea)), ea.node));
    }
    for (const p of b.project.presentations) {
        rows.push(b.from(b.groupRow(tbl, collapse(p.title)), p.node));
        rows.push(b.from(b.dataRow(tbl, { ...activityCells(b, p), no: '1.' }), p.node));
    }
    b.push(b.table(tbl, rows, { dense: true, widths: { no: 3, activity: 12, period: 7, place: 9, participants: 9, category: 10, experts: 17, completeness: 25, appendix: 8 } }));

    // Tables the seed prints inside the section 1 narrative.
    const members = b.project.node.councils.flatMap(c => c.members);
    if (members.length && hasSection(b.form, 'council')) {
        const cs = section(b.form, 'council');
        b.sectionHeading(cs, 3);
        b.push(b.table(cs.table!, members.map((m, i) => b.from(b.dataRow(cs.table!, {
            no: String(i + 1), name: collapse(m.name), position: collapse(m.position ?? '')
        }), m)), { widths: { no: 6, name: 34, position: 60 }, keepTogether: members.length <= 12 }));
    }
    const items = b.project.node.learning.flatMap(l => l.items);
    if (items.length && hasSection(b.form, 'learning')) {
        const ls = section(b.form, 'learning');
        b.sectionHeading(ls, 3);
        b.push(b.table(ls.table!, items.map((it, i) => b.from(b.dataRow(ls.table!, {
            no: String(i + 1), direction: collapse(it.name), duration: written(it.duration),
            before: cell(written(it.before), { align: 'center' }), after: cell(written(it.after), { align: 'center' }),
            growth: cell(written(it.growth), { align: 'center' })
        }), it)), { keepTogether: items.length <= 12 }));
    }
}

/** Plan-vs-fact bars of a set of indicators: the fact as a share of the plan. */
function chartBars(b: Builder, indicators: EvalIndicator[]): ChartBar[] {
    const bars: ChartBar[] = [];
    for (const ei of indicators) {
        const { plan, fact, verdict } = ei;
        if (!plan || !fact || plan.errors.length || fact.errors.length) continue;
        if (plan.parts.length !== 1 || fact.parts.length !== 1 || plan.per || verdict.unitMismatch) continue;
        if (plan.cmp === 'le' || !(plan.parts[0].n > 0)) continue;
        let status: ChartBar['status'];
        switch (verdict.status) {
            case 'met': case 'over': case 'unmet': case 'deviation': status = verdict.status; break;
            default: continue;
        }
        if (b.running(ei) && status === 'unmet') status = 'running';
        const ratio = fact.parts[0].n / plan.parts[0].n;
        if (!Number.isFinite(ratio)) continue;
        bars.push({ index: bars.length + 1, name: collapse(ei.name), plan: b.plan(ei), fact: showValue(fact, b.form), ratio, status, line: position(ei.node).line });
    }
    return bars;
}

function buildCharts(b: Builder): void {
    for (const task of b.project.tasks) {
        const bars = chartBars(b, task.activities.flatMap(a => a.indicators));
        if (!bars.length) continue;
        const chart: Chart = {
            type: 'chart',
            caption: fill(b.L('chartTitle'), { n: task.number, title: collapse(task.title) }),
            bars,
            legend: bars.map(bar => fill(b.L('chartItem'), { n: bar.index, name: bar.name, plan: bar.plan, fact: bar.fact })),
            note: b.L('chartNote'),
            planLabel: b.L('plan'),
            factLabel: b.L('fact')
        };
        b.push(chart);
    }
}

function buildPlanFact(b: Builder): void {
    const s = section(b.form, 'planFact');
    b.sectionHeading(s);
    const node = b.project.node;
    const fieldRows: Row[] = [];
    const fieldText: Record<string, string | undefined> = { goal: node.goal, achievedResult: node.achievedResult };
    for (const f of s.fields ?? []) {
        const lines = userText(fieldText[f]);
        fieldRows.push({
            kind: 'data', cells: [
                cell([run(b.L(f), { bold: true })]),
                cell(lines.length ? lines.map(l => [run(l)]) : [[run(b.L('emptyCell'))]])
            ]
        });
    }
    if (fieldRows.length) b.push({ type: 'table', widths: [25, 75], header: [], rows: fieldRows });

    const tbl = s.table!;
    const rows: Row[] = [];
    const activityRows = (ea: EvalActivity, taskCell: Cell | undefined, taskSpan: number, taskCovered: boolean): Row[] => {
        const out: Row[] = [];
        const inds = ea.indicators;
        const span = Math.max(1, inds.length);
        const title = `${ea.number ? `${ea.number}. ` : ''}${collapse(ea.title)}`;
        const result = userText((ea.node as Activity).result);
        for (let i = 0; i < span; i++) {
            const ei = inds[i];
            const values: Record<string, Cell | string | undefined> = {};
            if (i === 0) {
                values.task = taskCovered ? undefined : taskCell ? { ...taskCell, rowSpan: taskSpan } : '';
                values.activity = cell(title, { rowSpan: span });
                values.result = cell(result.length ? result.map(r => [run(r)]) : [[run('')]], { rowSpan: span });
            } else {
                values.task = undefined;
                values.activity = undefined;
                values.result = undefined;
            }
            if (ei) {
                values.indicator = collapse(ei.name);
                values.plan = cell(b.plan(ei), { align: 'center' });
                values.fact = { ...b.fact(ei), align: 'center' };
            } else {
                values.indicator = '';
                values.plan = '';
                values.fact = '';
            }
            out.push(b.from(b.dataRow(tbl, values), ei?.node ?? ea.node, ei));
            taskCovered = true;
        }
        return out;
    };
    for (const task of b.project.tasks) {
        const span = task.activities.reduce((n, a) => n + Math.max(1, a.indicators.length), 0);
        const taskCell = cell(`${task.number}. ${collapse(task.title)}`);
        let covered = false;
        if (!task.activities.length) {
            rows.push(b.from(b.dataRow(tbl, { task: taskCell }), task.node));
            continue;
        }
        for (const ea of task.activities) {
            rows.push(...activityRows(ea, taskCell, span, covered));
            covered = true;
        }
    }
    for (const p of b.project.presentations) {
        const span = Math.max(1, p.indicators.length);
        rows.push(...activityRows({ ...p, number: 0 }, cell(collapse(p.title)), span, false));
    }
    b.push(b.table(tbl, rows, { dense: true, widths: { task: 13, activity: 15, result: 22, indicator: 24, plan: 13, fact: 13 } }));
    buildCharts(b);
}

function buildInfoWork(b: Builder): void {
    const s = section(b.form, 'infoWork');
    b.sectionHeading(s);
    const tbl = s.table!;
    const rows: Row[] = [];
    let n = 0;
    for (const iw of b.project.infoWorks) {
        const publications = iw.publications.filter(p => b.kind !== 'interim' || !p.date || p.date <= b.project.reportDate);
        const units: EvalActivity[] = [iw.block, ...iw.activities];
        for (const ea of units) {
            const isBlock = ea === iw.block;
            if (!isBlock || ea.indicators.length || !iw.activities.length) n++;
            else continue;
            const node = ea.node as Activity | InfoWork;
            const content: Inline[][] = [];
            const result = userText(node.result);
            if (result.length) content.push(...result.map(r => [run(r)]));
            else if (isBlock) content.push([run(b.L('mediaPublishing'))]);
            if (node.channel) content.push([run(collapse(node.channel))]);
            if (isBlock && publications.length) {
                content.push([run(b.L('publicationList'), { bold: true })]);
                publications.forEach((p, i) => content.push([run(fill(b.L('publicationTemplate'), {
                    n: i + 1, outlet: collapse(p.outlet), title: collapse(p.title), date: p.date ? dotted(p.date) : collapse(p.node.date)
                }))]));
            }
            const inds = ea.indicators;
            const span = Math.max(1, inds.length);
            const topic = isBlock ? collapse(ea.title) : `${ea.number}. ${collapse(ea.title)}`;
            for (let i = 0; i < span; i++) {
                const ei = inds[i];
                const values: Record<string, Cell | string | undefined> = i === 0
                    ? { no: cell(`${n}.`, { rowSpan: span }), topic: cell(topic, { rowSpan: span }), content: cell(content.length ? content : [[run('')]], { rowSpan: span }) }
                    : { no: undefined, topic: undefined, content: undefined };
                if (ei) {
                    values.indicator = collapse(ei.name);
                    values.plan = b.plan(ei);
                    values.fact = b.fact(ei);
                } else {
                    values.indicator = ''; values.plan = ''; values.fact = '';
                }
                rows.push(b.from(b.dataRow(tbl, values), ei?.node ?? ea.node, ei));
            }
        }
    }
    if (!rows.length) rows.push(b.dataRow(tbl, {}));
    b.push(b.table(tbl, rows, { dense: true, widths: { no: 5, topic: 14, content: 41, indicator: 14, plan: 13, fact: 13 } }));
}

function buildImpact(b: Builder): void {
    const s = section(b.form, 'impact');
    b.sectionHeading(s, b.kind === 'plan' ? 1 : 2);
    const tbl = s.table!;
    const rows = b.project.impact.map((ei, i) => {
        const unit = valueUnit(ei.plan) ?? valueUnit(ei.fact) ?? '';
        return b.from(b.dataRow(tbl, {
            no: `${i + 1}`, indicator: collapse(ei.name), unit: cell(unit, { align: 'center' }),
            plan: cell(b.plan(ei, unit || undefined), { align: 'center' }),
            fact: { ...b.fact(ei, unit || undefined), align: 'center' }
        }), ei.node, ei);
    });
    if (!rows.length) rows.push(b.dataRow(tbl, {}));
    b.push(b.table(tbl, rows, { widths: { no: 5, indicator: 45, unit: 12, plan: 19, fact: 19 }, keepTogether: rows.length <= 12 }));
    const effect = b.narrative('әлеуметтік-экономикалық-әсер');
    if (effect) b.paragraphs(effect);
}

function buildDeviations(b: Builder): void {
    const s = section(b.form, 'deviations');
    b.sectionHeading(s);
    const text = b.narrative(s.grantKey);
    if (text) b.paragraphs(text);
    if (!b.deviations.length) {
        if (!text) b.push(para(b.L('deviationNone')));
        return;
    }
    const tbl = s.table!;
    const rows = b.deviations.map(d => {
        const justification = d.justification
            ? cell(d.justification)
            : cell([run(b.L('unjustifiedDeviation'), { bold: true, alert: true })], { shade: 'alert' });
        return { ...b.dataRow(tbl, {
            indicator: d.justification ? d.name : cell([run(d.name)], { shade: 'alert' }),
            plan: cell(d.plan, { align: 'center', shade: d.justification ? undefined : 'alert' }),
            fact: cell(d.fact, { align: 'center', shade: d.justification ? undefined : 'alert' }),
            justification
        }), line: d.line };
    });
    b.push(b.table(tbl, rows, { widths: { indicator: 36, plan: 16, fact: 16, justification: 32 }, keepTogether: rows.length <= 12 }));
}

function buildNarrative(b: Builder, id: string): void {
    const s = section(b.form, id);
    b.sectionHeading(s);
    b.paragraphs(b.narrative(s.grantKey));
}

function buildStatistics(b: Builder): void {
    const s = section(b.form, 'statistics');
    b.sectionHeading(s);
    const st = b.project.statistics;
    if (st?.total !== undefined) b.push(para(fill(b.L('participantsTotalSentence'), { total: formatNumber(st.total) })));
    for (const sub of s.subsections ?? []) {
        const values = new Map<string, number | undefined>();
        if (st) {
            values.set('total', st.total);
            if (sub.id === 'gender') { values.set('men', st.men); values.set('women', st.women); }
            if (sub.id === 'category') for (const c of st.categories) { const id = categoryRowId(c.key); if (id) values.set(id, c.count); }
            if (sub.id === 'age') for (const a of st.ages) { const id = ageRowId(a.key); if (id) values.set(id, a.count); }
        }
        const rows = sub.rows ?? [];
        b.push(para([run(sub.heading ?? '', { bold: true })], { keepNext: true }));
        // S001 prints labels in one row and counts in the next; with eleven categories that
        // breaks words on a portrait page, so each label gets a row of its own.
        b.push({
            type: 'table',
            widths: [76, 24],
            header: [],
            keepTogether: true,
            rows: rows.map((r, i) => ({
                kind: 'data' as const,
                cells: [
                    cell([run(r.label, { bold: i === 0 })], { shade: i === 0 ? 'header' : undefined }),
                    cell([run(num(values.get(r.id), b.form), { bold: i === 0 })], { align: 'center', shade: i === 0 ? 'header' : undefined })
                ]
            }))
        });
    }
}

function buildIndicatorsSection(b: Builder): void {
    const s = section(b.form, 'indicators');
    b.sectionHeading(s);
    for (const sub of s.subsections ?? []) {
        const text = userText(b.narrative(sub.grantKey));
        const first = text[0] ?? b.L('emptyCell');
        b.push(para([run(`${s.bullet ?? '·'} `), run(sub.heading ?? '', { bold: true }), run(` ${first}`)], { style: 'bullet', align: 'justify' }));
        for (const more of text.slice(1)) b.push(para(more, { align: 'justify', indent: 1 }));
    }
}

function buildPartners(b: Builder): void {
    const s = section(b.form, 'partners');
    b.sectionHeading(s);
    for (const line of s.intro ?? []) b.push(para([run(line, { italic: true })], { style: 'small', align: 'justify' }));
    const tbl = s.table!;
    const rows = b.project.node.partners.map(p => b.from(b.dataRow(tbl, {
        name: collapse(p.name), role: collapse(p.role ?? ''), contact: collapse(p.contact ?? ''), note: collapse(p.note ?? '')
    }), p));
    if (!rows.length) rows.push(b.dataRow(tbl, {}));
    b.push(b.table(tbl, rows, { widths: { name: 26, role: 26, contact: 16, note: 32 } }));
}

function buildProposals(b: Builder): void {
    const s = section(b.form, 'proposals');
    b.sectionHeading(s);
    const tbl = s.table!;
    const rows: Row[] = [];
    const directions = priorityDirections();
    const fold = (x: string) => collapse(x).toLowerCase().replace(/[;.]$/, '');
    b.project.node.proposals.forEach((p, i) => {
        const lines = (text: string | undefined) => {
            const l = listLines(text);
            return cell(l.length ? l.map(x => [run(x)]) : [[run('')]]);
        };
        rows.push(b.from(b.dataRow(tbl, {
            no: String(i + 1), name: collapse(p.name), rationale: lines(p.rationale), goal: lines(p.goal), tasks: lines(p.tasks),
            description: lines(p.description), sum: written(p.sum), place: collapse(p.place ?? ''), result: lines(p.result)
        }), p));
        if (s.directionPrompt) {
            const chosen = p.direction ? fold(p.direction) : undefined;
            const paragraphs: Inline[][] = [[run(s.directionPrompt, { italic: true })]];
            for (const d of directions.items) {
                const text = b.lang === 'kk' ? d.kk : d.ru;
                const isChosen = chosen !== undefined && (fold(text) === chosen || fold(d.kk) === chosen || chosen === d.key);
                paragraphs.push([run(`${isChosen ? '☒' : '☐'} ${d.key}) ${text}`, { bold: isChosen })]);
            }
            rows.push(b.from({ kind: 'data', cells: [cell(paragraphs, { colSpan: tbl.columns.length })] }, p));
        }
    });
    if (!rows.length) rows.push(b.dataRow(tbl, {}));
    b.push(b.table(tbl, rows, { dense: true, widths: { no: 3, name: 11, rationale: 14, goal: 12, tasks: 16, description: 16, sum: 7, place: 10, result: 11 } }));
}

function buildRecommendations(b: Builder): void {
    const s = section(b.form, 'recommendations');
    b.sectionHeading(s);
    const tbl = s.table!;
    const rows = b.project.node.recommendations.map(r => b.from(b.dataRow(tbl, {
        body: collapse(r.body), text: cell(userText(r.text).map(x => [run(x)])), letter: collapse(r.letter ?? '')
    }), r));
    if (!rows.length) rows.push(b.dataRow(tbl, {}));
    b.push(b.table(tbl, rows, { widths: { body: 28, text: 44, letter: 28 } }));
}

function buildReportSignature(b: Builder): void {
    const node = b.project.node;
    b.push(para(''));
    b.push(para([run(`${b.L('pagesTotal')} `, { bold: true }), ...b.withPagesField(b.L('pagesValue'), { bold: true })], { keepNext: true }));
    const head = node.head ? collapse(node.head) : '';
    const position = node.headPosition ? collapse(node.headPosition) : '';
    const headLine = head || position ? fill(b.L('headLine'), { position, name: head }).replace(/^:\s*/, '') : b.L('blankLine');
    b.push(para([run(headLine, { bold: true })], { keepNext: true }));
    b.push(para([run(b.L('headHint'), { hint: true })], { style: 'hint', keepNext: true }));
    const fillDate = node.fillDate ? writtenDate(node.fillDate) : b.L('blankLine');
    b.push({
        type: 'table', widths: [60, 40], header: [], borderless: true,
        rows: [{ kind: 'data', cells: [cell([run(`${b.L('fillDate')} ${fillDate}`)]), cell([run(b.L('stamp'), { bold: true })], { align: 'right' })] }]
    });
}

/** Every indicator that deviates from its plan, in document order, before any table is built. */
function collectDeviations(b: Builder): void {
    const p = b.project;
    for (const task of p.tasks) for (const ea of task.activities) for (const ei of ea.indicators) b.noteDeviation(ei, `${ea.label}.`);
    for (const pr of p.presentations) for (const ei of pr.indicators) b.noteDeviation(ei, '');
    for (const iw of p.infoWorks) {
        for (const ei of iw.block.indicators) b.noteDeviation(ei, '');
        for (const ea of iw.activities) for (const ei of ea.indicators) b.noteDeviation(ei, '');
    }
    for (const ei of p.impact) b.noteDeviation(ei, '');
}

function titleBlocks(b: Builder, title: string[]): void {
    for (const line of title) b.push(para([run(line, { bold: true })], { align: 'center', style: 'title' }));
}

function buildReport(b: Builder): BuiltReport {
    const node = b.project.node;
    const form = b.form;
    const title = form.title.map(collapse);
    collectDeviations(b);
    titleBlocks(b, title);
    for (const line of form.subtitle) {
        const start = b.project.period?.period?.start;
        b.push(para([run(fill(line, {
            periodStart: start ? longDate(start, form, b.lang) : b.L('blankLine'),
            reportDate: longDate(b.project.reportDate, form, b.lang)
        }), { italic: true })], { align: 'center', style: 'subtitle' }));
    }
    // Header: grantee, topic, sum.
    const header = section(form, 'header');
    const headerValues: Record<string, string> = {
        grantee: collapse(node.grantee ?? ''), topic: collapse(node.topic ?? ''), sum: b.moneyText()
    };
    for (const f of header.fields ?? []) b.field(b.L(f), headerValues[f] ?? '');

    for (const s of form.sections) {
        if (!s.parent && s.id !== 'signature') b.orient((s.table?.columns.length ?? 0) >= 6);
        switch (s.id) {
            case 'header': case 'council': case 'learning': case 'signature': break;
            case 'activities': buildActivities(b); break;
            case 'planFact': buildPlanFact(b); break;
            case 'infoWork': buildInfoWork(b); break;
            case 'impact': buildImpact(b); break;
            case 'deviations': buildDeviations(b); break;
            case 'statistics': buildStatistics(b); break;
            case 'indicators': buildIndicatorsSection(b); break;
            case 'partners': buildPartners(b); break;
            case 'proposals': buildProposals(b); break;
            case 'recommendations': buildRecommendations(b); break;
            default:
                if (s.heading) buildNarrative(b, s.id);
        }
    }
    b.orient(false);
    buildReportSignature(b);
    return b.result(title);
}

// ===========================================================================
// Plan: contract Appendix 3 (S002 form)

function planBlockHeading(b: Builder, s: FormSection): void {
    if (s.number) b.push(heading(1, fill(b.L('blockHeading'), { n: s.number })));
    if (s.heading) b.push(heading(s.number ? 2 : 1, s.heading));
}

function planHeader(b: Builder): void {
    const node = b.project.node;
    const s = section(b.form, 'header');
    planBlockHeading(b, s);
    const values: Record<string, string[]> = {
        grantee: [node.grantee ?? ''], priority: [node.priority ?? ''], topic: [node.topic ?? ''], goal: [node.goal ?? ''],
        territory: [node.territory ?? ''], targetGroup: [node.targetGroup ?? ''],
        period: [writtenDate(node.period)],
        expectedResults: node.expectedResults.map((r, i) => `${i + 1}. ${collapse(r)}`),
        partnersSummary: userText(node.partnersSummary).length > 1 || /^\d+\.\s/.test(collapse(node.partnersSummary ?? ''))
            ? userText(node.partnersSummary) : node.partnersSummary ? [`1. ${collapse(node.partnersSummary)}`] : ['']
    };
    const rows: Row[] = (s.fields ?? []).map(f => ({
        kind: 'data' as const,
        cells: [
            cell([run(b.L(f), { bold: true })]),
            cell((values[f] ?? ['']).map(v => [run(collapse(v) || b.L('emptyCell'))]))
        ]
    }));
    b.push({ type: 'table', widths: [32, 68], header: [], rows });
    for (const line of s.outro ?? []) b.push(para([run(line, { italic: true })], { style: 'small', align: 'justify' }));
}

function planTeam(b: Builder): void {
    const s = section(b.form, 'team');
    planBlockHeading(b, s);
    const members = b.project.node.teams.flatMap(t => t.members);
    for (const sub of s.subsections ?? []) {
        const kind = sub.id === 'staff' ? 'қызметкер' : 'маман';
        b.push(heading(3, sub.heading ?? ''));
        const tbl = sub.table!;
        const rows = members.filter(m => m.kind === kind).map(m => b.from(b.dataRow(tbl, {
            name: collapse(m.name), position: collapse(m.position ?? ''), contact: collapse(m.contact ?? ''),
            duties: collapse(m.duties ?? ''), workload: cell(written(m.workload), { align: 'center' })
        }), m));
        if (!rows.length) rows.push(b.dataRow(tbl, {}));
        b.push(b.table(tbl, rows, { widths: { name: 20, position: 16, contact: 15, duties: 37, workload: 12 } }));
    }
    for (const line of s.outro ?? []) b.push(para([run(line, { italic: true })], { style: 'small', align: 'justify' }));
}

/** Rows of a monitoring-plan table: an activity's cells merged over its indicators. */
function planActivityRows(b: Builder, tbl: FormTable, ea: EvalActivity, numbered: boolean): Row[] {
    const node = ea.node as Activity | Presentation | InfoWork;
    const inds = ea.indicators;
    const span = Math.max(1, inds.length);
    const rows: Row[] = [];
    const title = numbered && ea.number ? `${ea.number}. ${collapse(ea.title)}` : collapse(ea.title);
    for (let i = 0; i < span; i++) {
        const ei = inds[i];
        const values: Record<string, Cell | string | undefined> = i === 0 ? {
            activity: cell(title, { rowSpan: span }),
            place: cell(collapse(node.place ?? ''), { rowSpan: span }),
            channel: cell(collapse(node.channel ?? node.place ?? ''), { rowSpan: span }),
            period: cell(writtenDate(node.period), { rowSpan: span })
        } : { activity: undefined, place: undefined, channel: undefined, period: undefined };
        values.indicator = ei ? collapse(ei.name) : '';
        values.plan = cell(ei ? b.plan(ei) : '', { align: 'center' });
        rows.push(b.from(b.dataRow(tbl, values), ei?.node ?? ea.node));
    }
    return rows;
}

function planMonitoring(b: Builder): void {
    const s = section(b.form, 'monitoring');
    planBlockHeading(b, s);
    const tbl = s.table!;
    b.project.tasks.forEach((task, i) => {
        b.push(para([run(fill(b.L('taskRow'), { n: task.number, title: collapse(task.title) }), { bold: true })], { keepNext: true }));
        const rows = task.activities.flatMap(ea => planActivityRows(b, tbl, ea, true));
        if (!rows.length) rows.push(b.dataRow(tbl, {}));
        // The column notes are printed once, at the first table (as in S002).
        b.push(b.table(tbl, rows, { dense: true, footnotes: i === 0, widths: { activity: 27, place: 14, indicator: 25, plan: 17, period: 17 } }));
    });
}

function planPresentation(b: Builder): void {
    const s = section(b.form, 'presentation');
    b.sectionHeading(s, 2);
    const tbl = s.table!;
    const rows = b.project.presentations.flatMap(p => planActivityRows(b, tbl, { ...p, number: 1 }, true));
    if (!rows.length) rows.push(b.dataRow(tbl, {}));
    b.push(b.table(tbl, rows, { dense: true, widths: { activity: 27, place: 14, indicator: 25, plan: 17, period: 17 } }));
}

function planInfoWork(b: Builder): void {
    const s = section(b.form, 'infoWork');
    b.sectionHeading(s, 2);
    const tbl = s.table!;
    const rows: Row[] = [];
    for (const iw of b.project.infoWorks) {
        if (iw.block.indicators.length || !iw.activities.length) rows.push(...planActivityRows(b, tbl, iw.block, false));
        for (const ea of iw.activities) rows.push(...planActivityRows(b, tbl, ea, true));
    }
    if (!rows.length) rows.push(b.dataRow(tbl, {}));
    b.push(b.table(tbl, rows, { dense: true, footnotes: true, widths: { activity: 27, channel: 14, indicator: 25, plan: 17, period: 17 } }));
}

function planImpact(b: Builder): void {
    const s = section(b.form, 'impact');
    planBlockHeading(b, s);
    const tbl = s.table!;
    const rows = b.project.impact.map((ei, i) => {
        const unit = valueUnit(ei.plan) ?? '';
        return b.from(b.dataRow(tbl, {
            no: `${i + 1}.`, indicator: collapse(ei.name), unit: cell(unit, { align: 'center' }),
            plan: cell(b.plan(ei, unit || undefined), { align: 'center' })
        }), ei.node);
    });
    if (!rows.length) rows.push(b.dataRow(tbl, {}));
    b.push(b.table(tbl, rows, { widths: { no: 6, indicator: 56, unit: 16, plan: 22 }, keepTogether: rows.length <= 12 }));
}

function planSignature(b: Builder): void {
    const s = section(b.form, 'signature');
    const node = b.project.node;
    const left: Inline[][] = [
        [run(b.L('agreeWith'), { bold: true })],
        [run(collapse(node.grantee ?? ''))],
        [run(collapse(node.headPosition ?? ''))],
        [run(`${b.L('signLine')} ${collapse(node.head ?? '')}`)],
        [run(b.L('stampGrantee'), { bold: true })]
    ];
    const right: Inline[][] = [
        [run(b.L('agreed'), { bold: true })],
        [run(b.L('grantorLabel'), { bold: true })],
        [run(b.form.grantor)]
    ];
    (s.grantorSigners ?? []).forEach((signer, i) => {
        right.push([run(signer.position)]);
        right.push([run(b.L('signLine'))]);
        if (i === 0) right.push([run(b.L('stampGrantor'), { bold: true })]);
    });
    b.push(para(''));
    b.push({ type: 'table', widths: [50, 50], header: [], borderless: true, rows: [{ kind: 'data', cells: [cell(left), cell(right)] }] });
}

/**
 * The contract line of the preamble: the «шарт» value without the fixed lines
 * of the preamble (of either language); a blank template («202__ жылғы «___» …»)
 * becomes the blank of this form's language.
 */
function contractLine(b: Builder): string {
    let text = collapse(b.project.node.contract ?? '');
    const forms = [getForm('plan', 'kk'), getForm('plan', 'ru')];
    for (const form of forms) {
        for (const line of form.preamble) {
            if (line.includes('{contract}')) continue;
            const fixed = collapse(line);
            if (fixed && text.includes(fixed)) text = collapse(text.replace(fixed, ' '));
        }
    }
    if (!text || forms.some(f => collapse(f.labels.contractBlank ?? '') === text)) return b.L('contractBlank');
    return text;
}

function buildPlan(b: Builder): BuiltReport {
    for (const line of b.form.preamble) {
        b.push(para(fill(line, { contract: contractLine(b) }), { align: 'right', style: 'preamble' }));
    }
    const title = b.form.title.map(collapse);
    titleBlocks(b, title);
    for (const s of b.form.sections) {
        switch (s.id) {
            case 'header': planHeader(b); break;
            case 'team': planTeam(b); break;
            case 'monitoring': planMonitoring(b); break;
            case 'presentation': planPresentation(b); break;
            case 'infoWork': planInfoWork(b); break;
            case 'impact': planImpact(b); break;
            case 'signature': planSignature(b); break;
        }
    }
    b.collectFootnotes();
    return b.result(title);
}

// ===========================================================================

/** The report model of one evaluated project. */
export function buildReportModel(project: EvalProject, opts: BuildOptions): BuiltReport {
    const b = new Builder(project, opts.kind, opts.lang);
    const built = opts.kind === 'plan' ? buildPlan(b) : buildReport(b);
    if (built.unjustified.length) built.warnings.unshift(t('report.unjustified', { count: built.unjustified.length }));
    return built;
}
