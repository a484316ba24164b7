/**
 * The portfolio as one self-contained HTML page for people without a spreadsheet: the same three
 * tables as the workbook, sortable by a click on a header, and a plan-vs-fact bar per project.
 * No external resource (a Content-Security-Policy forbids any); every text is escaped.
 */
import type { Lang } from '../../../language/src/i18n.js';
import { appendAll } from '../../../language/src/arrays.js';
import { formatNumber } from '../../../language/src/model.js';
import { L } from './labels.js';
import type { FileRows, ProjectRow } from './rows.js';
import { cellText } from './csv.js';
import { FINDINGS, INDICATORS, PROJECTS, tableCells, tableColumns, tableName, type Portfolio, type TableDef } from './sheets.js';
import type { CellValue, ColumnFormat } from './xlsx.js';
import { appendRows, joinPieces, MemorySpool, type Piece, type Spool } from './spool.js';

export function htmlEscape(s: string): string {
    return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

const SEGMENTS: { key: 'met' | 'over' | 'unmet' | 'unverifiable' | 'missing'; cls: string; label: 'col.met' | 'col.over' | 'col.unmet' | 'col.unverifiable' | 'col.missing' }[] = [
    { key: 'over', cls: 'over', label: 'col.over' },
    { key: 'met', cls: 'met', label: 'col.met' },
    { key: 'unmet', cls: 'unmet', label: 'col.unmet' },
    { key: 'unverifiable', cls: 'unver', label: 'col.unverifiable' },
    { key: 'missing', cls: 'missing', label: 'col.missing' }
];

/** A stacked bar of the project's indicators by outcome; its sort key is the share met. */
function bar(row: ProjectRow, lang: Lang): string {
    const total = SEGMENTS.reduce((sum, s) => sum + row[s.key], 0);
    if (total === 0) return '<td data-v="-1"></td>';
    const title = SEGMENTS.filter(s => row[s.key] > 0).map(s => `${L(s.label, lang)}: ${row[s.key]}`).join(' · ');
    const parts = SEGMENTS.filter(s => row[s.key] > 0)
        .map(s => `<span class="${s.cls}" style="width:${((row[s.key] / total) * 100).toFixed(2)}%"></span>`).join('');
    return `<td data-v="${row.percentMet ?? -1}"><div class="bar" role="img" title="${htmlEscape(title)}" aria-label="${htmlEscape(title)}">${parts}</div></td>`;
}

/**
 * A number as people read it on the page, in the forms' house style: digits grouped, a decimal
 * comma («15 337 100», «3,6», «87,5%»). The cell keeps the number itself for sorting (data-v).
 */
function numberText(value: number, format: ColumnFormat): string {
    if (!Number.isFinite(value)) return '';
    return format === 'percent' ? `${formatNumber(value * 100, 1)}%` : formatNumber(value);
}

/** Characters from which a text cell is given a wider column. */
const LONG_TEXT = 60;

function cell(value: CellValue, format: ColumnFormat): string {
    if (typeof value === 'number') return `<td class="num" data-v="${value}">${htmlEscape(numberText(value, format))}</td>`;
    const text = htmlEscape(cellText(value, format));
    if (format === 'date' && typeof value === 'string') return `<td data-v="${htmlEscape(value)}">${text}</td>`;
    // A long text (a topic, a justification, a message) gets room to run across, not a column a word wide.
    return typeof value === 'string' && value.length > LONG_TEXT ? `<td class="long">${text}</td>` : `<td>${text}</td>`;
}

function rowHtml<R>(def: TableDef<R>, row: R, lang: Lang, extra?: { after: number; cell: string }): string {
    const formats = def.columns.map(c => c.format);
    const cells = tableCells(def, row, lang).map((v, k) => cell(v, formats[k]));
    if (extra) cells.splice(extra.after + 1, 0, extra.cell);
    return `<tr>${cells.join('')}</tr>`;
}

/** A table's section; its body rows are `body` (text, or a part of the spool). */
function tableHtml<R>(def: TableDef<R>, id: string, lang: Lang, count: number, body: Piece, extra?: { header: string; after: number }): Piece[] {
    const heads = tableColumns(def, lang).map(c => `<th scope="col">${htmlEscape(c.header)}</th>`);
    if (extra) heads.splice(extra.after + 1, 0, `<th scope="col">${htmlEscape(extra.header)}</th>`);
    const name = tableName(def as TableDef<unknown>, lang);
    return [`<section><h2 id="${id}">${htmlEscape(name)} (${count})</h2><div class="scroll"><table class="sortable"><thead><tr>${heads.join('')}</tr></thead><tbody>`,
        body, '</tbody></table></div></section>'];
}

const STYLE = `body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;margin:1.5rem;color:#1b1b1b}
h1{font-size:1.4rem;margin:0 0 .3rem}h2{font-size:1.1rem;margin:1.6rem 0 .5rem}
nav a{margin-right:1rem}.scroll{overflow:auto;max-height:80vh;border:1px solid #ccd}
table{border-collapse:collapse;font-size:.85rem}th,td{border:1px solid #dde;padding:.25rem .45rem;vertical-align:top;text-align:left}
th{position:sticky;top:0;background:#e2efda;cursor:pointer;user-select:none}th[aria-sort=ascending]::after{content:" ▲"}th[aria-sort=descending]::after{content:" ▼"}
td.num{text-align:right;white-space:nowrap}td.long{min-width:18rem}tbody tr:nth-child(even){background:#f7f9fb}
.bar{display:flex;width:10rem;height:.9rem;background:#eee;border-radius:2px;overflow:hidden}.bar span{display:block;height:100%}
.met{background:#2e7d32}.over{background:#1b5e20}.unmet{background:#c62828}.unver{background:#9e9e9e}.missing{background:#ffb300}
.legend span{display:inline-block;width:.8rem;height:.8rem;margin:0 .25rem 0 .8rem;vertical-align:middle}`;

// Sorts a table by a clicked header: numbers by their value, text in the page's language order.
const SCRIPT = `(function(){var lang=document.documentElement.lang;
document.querySelectorAll('table.sortable').forEach(function(table){
var heads=table.tHead.rows[0].cells;
Array.prototype.forEach.call(heads,function(th,col){th.tabIndex=0;
function sort(){var asc=th.getAttribute('aria-sort')!=='ascending';
Array.prototype.forEach.call(heads,function(h){h.removeAttribute('aria-sort')});th.setAttribute('aria-sort',asc?'ascending':'descending');
var body=table.tBodies[0];var rows=Array.prototype.slice.call(body.rows);
function key(r){var c=r.cells[col];if(!c)return '';var v=c.getAttribute('data-v');if(v!==null&&v!==''&&!isNaN(+v))return +v;return v!==null?v:c.textContent}
rows.sort(function(a,b){var x=key(a),y=key(b);var d=(typeof x==='number'&&typeof y==='number')?x-y:String(x).localeCompare(String(y),lang);return asc?d:-d});
var frag=document.createDocumentFragment();rows.forEach(function(r){frag.appendChild(r)});body.appendChild(frag)}
th.addEventListener('click',sort);th.addEventListener('keydown',function(e){if(e.key==='Enter'||e.key===' '){e.preventDefault();sort()}})})})})();`;

/**
 * The page built file by file: the indicators' and findings' rows become HTML at once and wait
 * in the spool (the rows themselves are not kept); the projects' rows are kept for the summary line.
 */
export class HtmlBuilder {
    private readonly projects: ProjectRow[] = [];
    private indicatorCount = 0;
    private findingCount = 0;

    constructor(private readonly lang: Lang, private readonly spool: Spool = new MemorySpool()) {}

    add(rows: FileRows): void {
        appendAll(this.projects, rows.projects);
        appendRows(this.spool, 'indicators', rows.indicators.map(r => rowHtml(INDICATORS, r, this.lang)), '\n');
        appendRows(this.spool, 'findings', rows.findings.map(r => rowHtml(FINDINGS, r, this.lang)), '\n');
        this.indicatorCount += rows.indicators.length;
        this.findingCount += rows.findings.length;
    }

    /** The page as one string (a spool in memory). */
    finish(meta: { generatedAt: string; files: number }): string {
        return joinPieces(this.pieces(meta), this.spool);
    }

    /** The page in order, the indicators' and findings' rows as parts of the spool. */
    pieces(meta: { generatedAt: string; files: number }): Piece[] {
        const lang = this.lang;
        const p = this.projects;
        const planned = p.reduce((s, r) => s + r.planned, 0);
        const achieved = p.reduce((s, r) => s + r.met + r.over, 0);
        const ready = p.filter(r => r.readyToAccept).length;
        const summary = L('html.summary', lang, { projects: p.filter(r => !r.problem).length, files: meta.files, ready, achieved, planned });
        const legend = SEGMENTS.map(s => `<span class="${s.cls}"></span>${htmlEscape(L(s.label, lang))}`).join('');
        const title = L('html.title', lang);
        const projectRows = p.map(r => rowHtml(PROJECTS, r, lang, { after: 1, cell: bar(r, lang) })).join('\n');
        const head = `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Esep">
<title>${htmlEscape(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${htmlEscape(title)}</h1>
<p id="summary">${htmlEscape(summary)} · ${htmlEscape(meta.generatedAt.slice(0, 10).split('-').reverse().join('.'))}</p>
<nav><a href="#projects">${htmlEscape(tableName(PROJECTS as TableDef<unknown>, lang))}</a><a href="#indicators">${htmlEscape(tableName(INDICATORS as TableDef<unknown>, lang))}</a><a href="#findings">${htmlEscape(tableName(FINDINGS as TableDef<unknown>, lang))}</a></nav>
<p class="legend">${htmlEscape(L('html.bar', lang))}:${legend}</p>
<p><small>${htmlEscape(L('html.sortHint', lang))}</small></p>
`;
        return [
            head,
            ...tableHtml(PROJECTS, 'projects', lang, p.length, projectRows, { header: L('html.bar', lang), after: 1 }), '\n',
            ...tableHtml(INDICATORS, 'indicators', lang, this.indicatorCount, { part: 'indicators' }), '\n',
            ...tableHtml(FINDINGS, 'findings', lang, this.findingCount, { part: 'findings' }),
            `\n<script>${SCRIPT}</script>\n</body>\n</html>\n`
        ];
    }
}

export function writeHtml(p: Portfolio, lang: Lang, meta: { generatedAt: string; files: number }): string {
    const builder = new HtmlBuilder(lang);
    builder.add({ file: '', projects: p.projects, indicators: p.indicators, findings: p.findings });
    return builder.finish(meta);
}
