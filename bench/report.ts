/**
 * Section 4 (and the report scaling of 6): the report .docx against the docx library packing the
 * same document.
 */
import { performance } from 'node:perf_hooks';
import { Packer } from 'docx';
import type { LangiumDocument } from 'langium';
import { renderReport } from '../server/src/report/render.js';
import { nativeChartData } from '../server/src/report/docx-charts.js';
import { chartPartXml } from '../server/src/report/native-chart.js';
import type { Chart } from '../server/src/report/document.js';
import { generateByActivities } from './generate.js';
import { figure, log, median, spread as spreadOf } from './figures.js';
import { EXAMPLES, fullGc, gc, MAX_ROUNDS, REPORT_SIZES, SPREAD_GOAL } from './options.js';
import { buildOnce, forget, perRound, scalingFigure, services } from './in-process.js';

interface ReportCase {
    label: string;
    activities: number;
    runs: number;
    document: LangiumDocument;
    /** The docx Document object the renderer packed, to pack it alone. */
    built: Parameters<typeof Packer.toArrayBuffer>;
    lines: number;
    indicators: number;
    bytes: number;
    reports: number[];
    packs: number[];
    /** The charts of the report, their parts written alone (what the report adds to the pack besides the text). */
    charts: Chart[];
    chartRuns: number[];
}

// With the plan-vs-fact charts (opt-in, --charts): the heavier report, native Word charts included.
const REPORT_OPTIONS = { kind: 'final' as const, lang: 'kk' as const, charts: true };

/**
 * The report of a validated document (what the server's esep/renderReport does once the
 * document is validated), against the limit: the docx library packing the very document
 * object the renderer built. The two smaller sizes alternate run by run, so their ratio
 * (the scaling figure) compares neighbours; the largest is measured last, fewer times.
 */
export async function benchReport(): Promise<void> {
    // The document object the renderer hands to the docx packer, captured so it can be packed alone.
    const originalPack = Packer.toArrayBuffer.bind(Packer);
    let captured: Parameters<typeof Packer.toArrayBuffer> | undefined;
    (Packer as { toArrayBuffer: typeof Packer.toArrayBuffer }).toArrayBuffer = (...args) => {
        // The document object and the extra files (the chart parts) the renderer packs.
        captured = args;
        return originalPack(...args);
    };
    const runOnce = async (c: ReportCase): Promise<void> => {
        gc();
        let start = performance.now();
        const result = await renderReport(c.document, services.Grant, REPORT_OPTIONS);
        c.reports.push(performance.now() - start);
        if (result.ok) c.bytes = result.bytes.length;
        gc();
        start = performance.now();
        await originalPack(...c.built);
        c.packs.push(performance.now() - start);
        gc();
        start = performance.now();
        for (const chart of c.charts) chartPartXml(nativeChartData(chart));
        c.chartRuns.push(performance.now() - start);
    };
    const cases: ReportCase[] = [];
    try {
        for (const size of REPORT_SIZES) {
            const g = generateByActivities(EXAMPLES, size.activities, 100 + size.activities);
            log(`report ${size.activities} activities: ${g.lines} lines, ${g.indicators} indicators`);
            const { document } = await buildOnce(g.text, true);
            captured = undefined;
            // The first report warms up and captures the document object.
            const first = await renderReport(document, services.Grant, REPORT_OPTIONS);
            if (!first.ok) throw new Error(`the generated report project is refused: ${first.errors.map(e => `${e.line}:${e.column} ${e.message}`).join('; ')}`);
            if (!captured) throw new Error('the renderer did not pack through docx Packer.toArrayBuffer');
            const charts = first.built.doc.blocks.filter((b): b is Chart => b.type === 'chart');
            cases.push({ ...size, document, built: captured, lines: g.lines, indicators: g.indicators, bytes: first.bytes.length, reports: [], packs: [], charts, chartRuns: [] });
        }
        fullGc();
        const [small, medium, large] = cases;
        // The 200-activity ratio has a target: runs go on until its spread is small enough.
        const mediumRatios = () => medium.reports.map((x, i) => x / medium.packs[i]);
        for (let r = 0; r < MAX_ROUNDS && (r < Math.max(small.runs, medium.runs) || spreadOf(mediumRatios()) >= SPREAD_GOAL); r++) {
            if (r < small.runs) await runOnce(small);
            await runOnce(medium);
        }
        for (let r = 0; r < large.runs; r++) await runOnce(large);
    } finally {
        (Packer as { toArrayBuffer: typeof Packer.toArrayBuffer }).toArrayBuffer = originalPack;
        for (const c of cases) await forget(c.document);
    }
    for (const c of cases) {
        const report = median(c.reports), pack = median(c.packs);
        const targeted = c.label === '200';
        figure(`report.ms@${c.label}`, 'report', `Report .docx, ${c.activities} activities`, report, 'ms', targeted ? { op: '<', limit: 1000 } : undefined,
            { samples: c.reports.length, note: `${Math.round(c.bytes / 1024)} KB, ${c.lines} lines, ${c.indicators} indicators` });
        figure(`report.pack.ms@${c.label}`, 'report', `Limit: docx packing the same built document, ${c.activities} activities`, pack, 'ms', undefined,
            { samples: c.packs.length });
        const ratios = c.reports.map((x, i) => x / c.packs[i]);
        figure(`report.ratio@${c.label}`, 'report', `Report ÷ pack, ${c.activities} activities`, median(ratios), '×',
            targeted ? { op: '<=', limit: 1.5 } : undefined, { samples: c.reports.length, spread: spreadOf(ratios), note: 'median of per-run ratios' });
        figure(`report.charts.ms@${c.label}`, 'report', `  of which the chart parts (${c.charts.length} native charts, XML), ${c.activities} activities`,
            median(c.chartRuns), 'ms', undefined, { samples: c.chartRuns.length, note: 'one chart per task; the pack has no counterpart for them' });
        figure(`report.ratioWithoutCharts@${c.label}`, 'report', `Report without the charts' time ÷ pack, ${c.activities} activities`,
            median(c.reports.map((x, i) => (x - (c.chartRuns[i] ?? 0)) / c.packs[i])), '×', undefined, { samples: c.reports.length });
    }
    const [small, medium] = cases;
    const rounds = Math.min(small.reports.length, medium.reports.length);
    scalingFigure('scaling.report', `Scaling ${medium.activities} ÷ ${small.activities} activities: report`,
        perRound(small.reports.slice(0, rounds), medium.reports.slice(0, rounds)), `${small.activities} and ${medium.activities} activities`);
}
