/**
 * The builder every form section writes into: the form's labels, tables made from the
 * form's columns, the fact cell, the deviations list, footnotes.
 */
import type { AstNode } from 'langium';
import type { Value } from '../../../../language/src/generated/ast.js';
import {
    hasReadablePlan, inProgress, isRunning, isShortOrMissing, valueText, type EvalIndicator, type EvalProject
} from '../../../../language/src/model.js';
import { numberToWords, formatGrouped, spellable } from '../../../../language/src/numwords.js';
import { fill, getForm, label, templatePieces, type Form, type FormSection, type FormTable } from '../forms.js';
import { showValue, userText } from '../display.js';
import {
    cell, heading, para, run,
    type Block, type BuiltReport, type Cell, type DeviationRow, type Inline, type ReportDoc, type ReportKind, type ReportLang, type Row, type Table
} from '../document.js';
import { appendAll } from '../../../../language/src/arrays.js';
import { collapse } from '../../../../language/src/text-utils.js';
import { noTaskFacts, wholeTasks, type TaskFacts, type TaskSource } from './task-source.js';

export interface BuildOptions {
    kind: ReportKind;
    lang: ReportLang;
    /**
     * A review appendix after the form: deviations without a justification, facts not written
     * (CLI `--review`, setting `esep.report.review`). The form itself never carries these marks.
     */
    review?: boolean;
    /** Plan-vs-fact charts of comparable counts after the plan/fact table (CLI `--charts`, setting `esep.report.charts`). */
    charts?: boolean;
}

/** Relative column widths by column id; tables may override. */
const WIDTH: Record<string, number> = {
    no: 4, activity: 18, period: 9, place: 11, participants: 8, category: 11, experts: 16, completeness: 16, appendix: 7,
    task: 12, result: 20, indicator: 22, plan: 10, fact: 10, topic: 13, content: 32, unit: 8, justification: 26,
    name: 20, position: 22, role: 18, contact: 12, note: 24, rationale: 14, goal: 12, tasks: 16, description: 16,
    sum: 7, body: 22, text: 48, letter: 20, direction: 30, duration: 12, before: 12, after: 12, growth: 12,
    duties: 28, workload: 10, channel: 11
};

export { collapse };

/** The source text of a Value node, whitespace collapsed (learning outcomes, workload, proposal sums). */
export const written = (v: Value | undefined) => (v ? collapse(valueText(v)) : '');

/** 1-based position of a node in the .grant file. */
export function position(node: AstNode | undefined): { line: number; column: number } {
    const start = node?.$cstNode?.range.start;
    return start ? { line: start.line + 1, column: start.character + 1 } : { line: 1, column: 1 };
}

export class Builder {
    readonly form: Form;
    readonly blocks: Block[] = [];
    readonly deviations: DeviationRow[] = [];
    readonly warnings: string[] = [];
    readonly footnotes: Record<number, string> = {};
    private footnotesUsed = new Set<string>();
    /** What the document-wide parts read of every task (task-source.ts, `gatherTasks`). */
    readonly taskFacts: TaskFacts = noTaskFacts();

    /**
     * `project`: the project; its top-level tasks come from `source` (a big file read in pieces:
     * `project` is then the rest of the file, and the tasks come in runs).
     */
    constructor(readonly project: EvalProject, readonly kind: ReportKind, readonly lang: ReportLang,
        readonly options: Pick<BuildOptions, 'review' | 'charts'> = {}, readonly source: TaskSource = wholeTasks(project.tasks)) {
        this.form = getForm(kind, lang);
    }

    /** A title or name in the report's language: its Russian text (`орысша:`) in a Russian report when written. */
    text(kk: string | undefined, ru?: string): string {
        return collapse(this.lang === 'ru' && ru?.trim() ? ru : kk ?? '');
    }

    /** An indicator's name in the report's language. */
    indicatorName(ei: EvalIndicator): string {
        return this.text(ei.name, ei.ru.name);
    }

    L(key: string): string {
        return label(this.form, key);
    }

    push(...blocks: Block[]): void {
        appendAll(this.blocks, blocks);
    }

    /** Appends a list of any length (a spread into push() overflows the stack on long ones). */
    pushAll(blocks: Iterable<Block>): void {
        appendAll(this.blocks, blocks);
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
        return this.kind === 'interim' && isRunning(ei);
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
            row.status = inProgress(ei, this.kind) ? 'running' : ei.verdict.status;
            if (row.status !== 'running' && isShortOrMissing(row.status)) row.emphasis = 'short';
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

    /** The plan as written, or its Russian text (`орысша:`) in a Russian report. */
    plan(ei: EvalIndicator, dropUnit?: string): string {
        if (this.lang === 'ru' && ei.ru.plan?.trim()) return collapse(ei.ru.plan);
        return showValue(ei.plan, this.form, { dropUnit });
    }

    factText(ei: EvalIndicator, dropUnit?: string): string {
        if (this.lang === 'ru' && ei.ru.fact?.trim()) return collapse(ei.ru.fact);
        return showValue(ei.fact, this.form, { dropUnit });
    }

    /**
     * The fact cell: the value as written, or «орындалуда» while an interim report's period runs.
     * No colour, no «факт көрсетілмеген»: the form is the grantee's document; what is short or
     * missing is said in the review appendix, the preview and the diagnostics.
     */
    fact(ei: EvalIndicator, dropUnit?: string): Cell {
        const value = this.factText(ei, dropUnit);
        if (inProgress(ei, this.kind)) {
            const runs: Inline[] = value ? [run(value), run(` (${this.L('statusInProgress')})`, { italic: true })]
                : [run(this.L('statusInProgress'), { italic: true })];
            return cell(runs);
        }
        return cell(value);
    }

    /**
     * Records the indicator in the deviations list when its fact falls short of the plan or is
     * missing. What cannot be compared (a percentage plan against a count) and an over-achievement
     * whose unit changed are not deviations.
     */
    noteDeviation(ei: EvalIndicator, prefix: string): void {
        if (this.kind === 'plan' || !hasReadablePlan(ei) || this.running(ei) || !isShortOrMissing(ei.verdict.status)) return;
        const pos = position(ei.node);
        this.deviations.push({
            name: collapse(prefix ? `${prefix} ${this.indicatorName(ei)}` : this.indicatorName(ei)),
            plan: this.plan(ei),
            fact: ei.fact ? this.factText(ei) : this.L('statusMissing'),
            factMissing: !ei.fact || undefined,
            justification: ei.justified && ei.deviation ? collapse(ei.deviation) : undefined,
            ...pos
        });
    }

    /** A closing section's text (`қорытынды { … }`), its Russian text in a Russian report when written. */
    narrative(key: string | undefined): string | undefined {
        if (!key) return undefined;
        for (const c of this.project.node.conclusions) {
            for (const e of c.entries) {
                if (e.key !== key || !e.text.trim()) continue;
                return this.lang === 'ru' && e.textRu?.trim() ? e.textRu : e.text;
            }
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
