/**
 * The report model (document.ts) as HTML, for the live preview beside the editor:
 * the same blocks the .docx writer (docx.ts) turns into Word, from the same
 * builder and forms, so the preview shows what the .docx will say.
 *
 * The result is a fragment (`<article class="esep-report">…</article>`), not a
 * page: the VS Code client puts it into its webview page with the content
 * security policy. It carries no scripts, no style attributes (the policy
 * forbids them: looks are classes for the preview's stylesheet), no URLs;
 * every text is escaped. Rows, chart bars and legend lines carry the line of
 * the .grant file they come from (`data-line`, 1-based), and indicator rows
 * their verdict (`status-unmet` …, short ones also `short`).
 *
 * No Node APIs: it runs in the Node server and in the browser worker.
 */
import type { LangiumDocument } from 'langium';
import type { GrantServices } from '../../../language/src/grant-module.js';
import { formFor, type EvalProject } from '../../../language/src/model.js';
import type { Block, Cell, Chart, Heading, Inline, Paragraph, ReportDoc, ReportKind, Row, Table } from './document.js';
import { isReportKind, isReportLang, prepareReport } from './prepare.js';
import { renderChartSvg } from './svg.js';

/** Text for HTML: `& < > " '` escaped (safe in text and in double- or single-quoted attributes). */
export function escapeHtml(s: string): string {
    return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

const esc = escapeHtml;

function classes(...names: Array<string | false | 0 | undefined>): string {
    const list = names.filter(Boolean);
    return list.length ? ` class="${list.join(' ')}"` : '';
}

function inline(i: Inline): string {
    if (i.footnote !== undefined) return `<sup class="fn-ref">${i.footnote}</sup>`;
    // Page numbers belong to printed pages; the preview has none.
    if (i.field) return `<span class="field field-${i.field}">…</span>`;
    if (!i.text) return '';
    const cls = classes(
        i.bold && 'b', i.italic && 'i', i.hint && 'hint', i.alert && 'alert', i.emphasis === 'short' && 'short-fact'
    );
    const text = esc(i.text.normalize('NFC'));
    const inner = i.superscript ? `<sup>${text}</sup>` : text;
    return cls ? `<span${cls}>${inner}</span>` : inner;
}

const inlines = (runs: Inline[]) => runs.map(inline).join('');

function paragraph(p: Paragraph): string {
    const style = p.style ?? 'normal';
    const body = inlines(p.runs);
    const cls = classes(`p-${style}`, p.align && `a-${p.align}`, p.indent && `indent-${Math.min(3, p.indent)}`);
    return `<p${cls}>${body || '&nbsp;'}</p>`;
}

function heading(h: Heading): string {
    const text = h.number ? `${h.number}. ${h.text}` : h.text;
    return `<h${h.level} class="h">${esc(text)}</h${h.level}>`;
}

function cellHtml(c: Cell, tag: 'td' | 'th', shortFact = false): string {
    const attrs: string[] = [];
    if ((c.colSpan ?? 1) > 1) attrs.push(`colspan="${c.colSpan}"`);
    if ((c.rowSpan ?? 1) > 1) attrs.push(`rowspan="${c.rowSpan}"`);
    const cls = classes(c.align && `a-${c.align}`, c.shade && `shade-${c.shade}`, (c.rowSpan ?? 1) > 1 && 'span', shortFact && 'short-fact');
    const body = c.paragraphs.map(runs => `<div class="cp">${inlines(runs) || ''}</div>`).join('');
    return `<${tag}${attrs.length ? ' ' + attrs.join(' ') : ''}${cls}>${body}</${tag}>`;
}

function rowHtml(r: Row, header: boolean): string {
    const attrs: string[] = [];
    if (r.line !== undefined) attrs.push(`data-line="${r.line}"`);
    if (r.status) attrs.push(`data-status="${r.status}"`);
    const cls = classes(`row-${r.kind}`, r.status && `status-${r.status}`, r.emphasis === 'short' && 'short',
        r.cells.some(c => c.shade === 'alert') && 'alert-row');
    const tag = header ? 'th' : 'td';
    // A short row's fact (its last cell) is marked here, in the preview; the .docx prints it plain.
    const short = r.emphasis === 'short';
    return `<tr${cls}${attrs.length ? ' ' + attrs.join(' ') : ''}>${r.cells.map((c, i) => cellHtml(c, tag, short && i === r.cells.length - 1)).join('')}</tr>`;
}

function table(t: Table, landscape: boolean): string {
    const total = t.widths.reduce((a, b) => a + b, 0) || 1;
    const cols = t.widths.map(w => `<col width="${(Math.round((w / total) * 1000) / 10)}%">`).join('');
    const head = t.header.length ? `<thead>${t.header.map(r => rowHtml(r, true)).join('')}</thead>` : '';
    const body = `<tbody>${t.rows.map(r => rowHtml(r, false)).join('')}</tbody>`;
    const cls = classes('t', t.dense && 'dense', t.borderless && 'borderless');
    return `<div class="table-wrap${landscape ? ' landscape' : ''}"><table${cls}><colgroup>${cols}</colgroup>${head}${body}</table></div>`;
}

function chart(c: Chart): string {
    const key = `<p class="chart-key"><span class="key key-plan">■</span> ${esc(c.planLabel)} (100%) `
        + `<span class="key key-met">■</span><span class="key key-over">■</span><span class="key key-unmet">■</span> ${esc(c.factLabel)}</p>`;
    const legend = c.legend.map((line, i) => {
        const bar = c.bars[i];
        const attrs = bar?.line !== undefined ? ` data-line="${bar.line}"` : '';
        return `<li${classes(bar && `status-${bar.status}`)}${attrs}>${esc(line)}</li>`;
    }).join('');
    const note = c.note ? `<p class="chart-note">${esc(c.note)}</p>` : '';
    return `<figure class="chart"><figcaption>${esc(c.caption)}</figcaption>`
        + `<div class="chart-picture">${renderChartSvg(c)}</div>${key}<ol class="chart-legend">${legend}</ol>${note}</figure>`;
}

function block(b: Block, landscape: boolean): string {
    switch (b.type) {
        case 'paragraph': return paragraph(b);
        case 'heading': return heading(b);
        case 'table': return table(b, landscape);
        case 'chart': return chart(b);
        case 'pageBreak': return '<hr class="page-break">';
        case 'orientation': return '';
        case 'streamed': throw new Error('a report read in pieces is written by the bounded .docx writer only');
    }
}

/** The report model as an HTML fragment. */
export function reportToHtml(doc: ReportDoc): string {
    const out: string[] = [];
    let landscape = false;
    for (const b of doc.blocks) {
        if (b.type === 'orientation') landscape = b.landscape;
        out.push(block(b, landscape));
    }
    const notes = Object.entries(doc.footnotes).sort((a, b) => Number(a[0]) - Number(b[0]));
    if (notes.length) {
        out.push(`<section class="footnotes"><hr><ol>${notes.map(([n, text]) => `<li value="${Number(n)}">${esc(text)}</li>`).join('')}</ol></section>`);
    }
    return `<article class="esep-report kind-${doc.kind}" lang="${doc.lang}" data-kind="${doc.kind}">${out.join('\n')}</article>`;
}

// ---------------------------------------------------------------------------
// The renderer the language server registers for `esep/renderPreview`.

/**
 * The form a project is best previewed in: the plan when no fact is written
 * yet, the interim report while the project period runs, else the final report.
 */
export function previewKind(project: EvalProject | undefined): ReportKind {
    return formFor(project);
}

export type PreviewRendering =
    | { html: string; kind: ReportKind; title: string; projectName: string; unjustified: number; warnings: string[] }
    | { errors: Array<{ line: number; column: number; message: string }>; kind: ReportKind };

/** The preview of a document: the HTML, or the problems that stop the form from being filled. */
export function previewRendererFor(grant: GrantServices) {
    return (document: LangiumDocument, options: { kind?: string; lang?: string }): PreviewRendering => {
        const kind = isReportKind(options.kind) ? options.kind : previewKind(grant.model.Evaluator.get(document).projects[0]);
        const lang = isReportLang(options.lang) ? options.lang : 'kk';
        // The preview is where review aids belong: it shows the charts and the review appendix.
        const prepared = prepareReport(document, grant, { kind, lang, review: kind !== 'plan', charts: kind !== 'plan' });
        if (!prepared.ok) return { errors: prepared.errors.map(e => ({ line: e.line, column: e.column, message: e.message })), kind };
        const doc = prepared.built.doc;
        return {
            html: reportToHtml(doc), kind, title: doc.meta.title, projectName: prepared.project.name,
            unjustified: prepared.built.unjustified.length, warnings: prepared.built.warnings
        };
    };
}
