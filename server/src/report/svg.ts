/**
 * The plan-vs-fact chart of the report model (model.ts `Chart`) as inline SVG,
 * for the HTML preview: the same bars, axis and percentages as the native
 * Word chart of the report (docx-charts.ts) (one row per indicator, a track for the plan = 100%, the fact over
 * it, the percentage at its end, a dashed 100% line, cut marks on bars longer
 * than the axis). Colours are classes (`status-…`, `track`, `grid`) so the
 * preview's stylesheet can follow the editor's colour theme; the fill
 * attributes are the report's colours, for when no stylesheet applies.
 *
 * No `xmlns` (inline SVG in HTML needs none), no style attributes (the
 * preview's content security policy forbids them), no Node APIs.
 */
import { formatNumber } from '../../../language/src/model.js';
import type { Chart, ChartBar } from './document.js';

/** The report's colours (docx-charts.ts STATUS_COLORS), as fallbacks. */
export const SVG_COLORS: Record<ChartBar['status'], string> = {
    met: '#2E7D32',
    over: '#1565C0',
    unmet: '#C62828',
    deviation: '#C62828',
    running: '#EFA000'
};

/** The axis runs to the next 50% above the largest bar, at least 150%, at most 300% (as the report's charts). */
export function axisMax(bars: ChartBar[]): number {
    const maxRatio = bars.reduce((m, b) => Math.max(m, b.ratio), 1);
    return Math.min(3, Math.max(1.5, Math.ceil(maxRatio * 2) / 2));
}

/** Grid steps: every 25% on a short axis, every 50% on a long one (as the report's charts). */
export function axisStep(max: number): number {
    return max <= 1.5 ? 0.25 : 0.5;
}

/** «349%»: the percentage printed at a bar (with a plain space in thousands). */
export function barPercent(bar: ChartBar): string {
    return `${formatNumber(Math.round(bar.ratio * 100), 0)}%`.replace(/\u00A0/g, ' ');
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
const r1 = (n: number) => String(Math.round(n * 10) / 10);

/** Layout in SVG user units (the picture scales to the preview's width). */
const W = 640, ROW = 24, TOP = 10, BOTTOM = 26, LEFT = 34, RIGHT = 70;

/** The chart as an `<svg>` element. */
export function renderChartSvg(chart: Chart): string {
    const bars = chart.bars;
    const height = TOP + bars.length * ROW + BOTTOM;
    const plotW = W - LEFT - RIGHT;
    const max = axisMax(bars);
    const step = axisStep(max);
    const xOf = (ratio: number) => LEFT + (Math.min(ratio, max) / max) * plotW;
    const bottomY = TOP + bars.length * ROW;
    const out: string[] = [];
    out.push(`<svg class="esep-chart-svg" viewBox="0 0 ${W} ${height}" width="${W}" height="${height}" role="img" aria-label="${esc(chart.caption)}" preserveAspectRatio="xMinYMin meet">`);
    out.push(`<title>${esc(chart.caption)}</title>`);
    // Grid and axis labels.
    for (let r = 0; r <= max + 1e-9; r += step) {
        const x = r1(xOf(r));
        out.push(`<line class="${r === 0 ? 'axis' : 'grid'}" x1="${x}" y1="${TOP - 4}" x2="${x}" y2="${bottomY}" stroke="${r === 0 ? '#5A5A5A' : '#E8E8E8'}" stroke-width="1"/>`);
        out.push(`<text class="axis-label" x="${x}" y="${bottomY + 16}" text-anchor="middle" font-size="10" fill="#5A5A5A">${Math.round(r * 100)}%</text>`);
    }
    bars.forEach((bar, i) => {
        const y = TOP + i * ROW;
        const x1 = xOf(bar.ratio);
        const line = bar.line !== undefined ? ` data-line="${bar.line}"` : '';
        out.push(`<g class="bar status-${bar.status}"${line} data-index="${bar.index}" data-ratio="${bar.ratio}">`);
        out.push(`<title>${esc(`${bar.index} — ${bar.name}: ${bar.fact} / ${bar.plan} (${barPercent(bar)})`)}</title>`);
        // Plan: the track up to 100%.
        out.push(`<rect class="track" x="${LEFT}" y="${r1(y + 4)}" width="${r1(xOf(1) - LEFT)}" height="${ROW - 8}" fill="#D9D9D9"/>`);
        // Fact.
        out.push(`<rect class="fact" x="${LEFT}" y="${r1(y + 7)}" width="${r1(Math.max(1.5, x1 - LEFT))}" height="${ROW - 14}" fill="${SVG_COLORS[bar.status]}"/>`);
        if (bar.ratio > max) {
            // Cut marks: the bar is longer than the axis.
            for (const dx of [-15, -9]) {
                out.push(`<line class="cut" x1="${r1(x1 + dx)}" y1="${r1(y + ROW - 6)}" x2="${r1(x1 + dx + 5)}" y2="${r1(y + 6)}" stroke="#FFFFFF" stroke-width="2"/>`);
            }
        }
        // Bar number on the left, percentage at the end.
        out.push(`<text class="bar-index" x="${LEFT - 8}" y="${r1(y + ROW / 2 + 4)}" text-anchor="end" font-size="11" fill="#212121">${bar.index}</text>`);
        out.push(`<text class="bar-percent" x="${r1(Math.max(x1, xOf(1)) + 6)}" y="${r1(y + ROW / 2 + 4)}" font-size="11" font-weight="bold" fill="${SVG_COLORS[bar.status]}">${esc(barPercent(bar))}</text>`);
        out.push('</g>');
    });
    // The 100% line over the bars.
    const x100 = r1(xOf(1));
    out.push(`<line class="target" x1="${x100}" y1="${TOP - 4}" x2="${x100}" y2="${bottomY}" stroke="#5A5A5A" stroke-width="1.5" stroke-dasharray="5 4"/>`);
    out.push('</svg>');
    return out.join('');
}
