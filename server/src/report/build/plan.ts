/** The plan: contract Appendix 3 (S002 form). */
import type { EvalActivity } from '../../../../language/src/model.js';
import { fill, getForm, section, type FormSection, type FormTable } from '../forms.js';
import { userText, valueUnit, writtenDate } from '../display.js';
import { cell, heading, para, run, type Block, type BuiltReport, type Cell, type Inline, type Row } from '../document.js';
import { collapse, written, type Builder } from './builder.js';
import { titleBlocks } from './report.js';
import { appendAll } from '../../../../language/src/arrays.js';
import { pushTaskBlocks } from './task-source.js';

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
    const inds = ea.indicators;
    const span = Math.max(1, inds.length);
    const rows: Row[] = [];
    const title = numbered && ea.number ? `${ea.number}. ${b.text(ea.title, ea.titleRu)}` : b.text(ea.title, ea.titleRu);
    for (let i = 0; i < span; i++) {
        const ei = inds[i];
        const values: Record<string, Cell | string | undefined> = i === 0 ? {
            activity: cell(title, { rowSpan: span }),
            place: cell(collapse(ea.place ?? ''), { rowSpan: span }),
            channel: cell(collapse(ea.channel ?? ea.place ?? ''), { rowSpan: span }),
            period: cell(writtenDate(ea.node.period), { rowSpan: span })
        } : { activity: undefined, place: undefined, channel: undefined, period: undefined };
        values.indicator = ei ? b.indicatorName(ei) : '';
        values.plan = cell(ei ? b.plan(ei) : '', { align: 'center' });
        rows.push(b.from(b.dataRow(tbl, values), ei?.node ?? ea.node));
    }
    return rows;
}

function planMonitoring(b: Builder): void {
    const s = section(b.form, 'monitoring');
    planBlockHeading(b, s);
    const tbl = s.table!;
    // Made in runs while the .docx is written, the first table comes after the footnotes are
    // collected: its column notes are marked used now.
    if (!b.source.all && b.taskFacts.tasks > 0) b.headerRows(tbl, true);
    // Now, or a run of tasks at a time while the .docx is written (task-source.ts).
    pushTaskBlocks(b, taskRun => {
        const out: Block[] = [];
        taskRun.tasks.forEach((task, k) => {
            out.push(para([run(fill(b.L('taskRow'), { n: task.number, title: b.text(task.title, task.titleRu) }), { bold: true })], { keepNext: true }));
            const rows = task.activities.flatMap(ea => planActivityRows(b, tbl, ea, true));
            if (!rows.length) rows.push(b.dataRow(tbl, {}));
            // The column notes are printed once, at the first table (as in S002).
            out.push(b.table(tbl, rows, { dense: true, footnotes: taskRun.first + k === 0, widths: { activity: 27, place: 14, indicator: 25, plan: 17, period: 17 } }));
        });
        return out;
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
        if (iw.block.indicators.length || !iw.activities.length) appendAll(rows, planActivityRows(b, tbl, iw.block, false));
        for (const ea of iw.activities) appendAll(rows, planActivityRows(b, tbl, ea, true));
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
            no: `${i + 1}.`, indicator: b.indicatorName(ei), unit: cell(unit, { align: 'center' }),
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
    // The grantor's signatories written in the file (`келісуші "Аты-жөні" лауазымы: "…"`), as in
    // S002; without them, the form's positions with blank names.
    const written = node.signatories.map(sg => ({ position: collapse(sg.position ?? ''), name: collapse(sg.name ?? '') }));
    const signers = written.length ? written : (s.grantorSigners ?? []).map(sg => ({ position: sg.position, name: '' }));
    signers.forEach((signer, i) => {
        if (signer.position) right.push([run(signer.position)]);
        right.push([run(signer.name ? `${b.L('signLine')} ${signer.name}` : b.L('signLine'))]);
        if (i === 0) right.push([run(b.L('stampGrantor'), { bold: true })]);
        if (i < signers.length - 1) right.push([run('')]);
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

export function buildPlan(b: Builder): BuiltReport {
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
