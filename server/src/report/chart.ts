/**
 * Plan-vs-fact bar chart as a picture, drawn pixel by pixel (no canvas, no
 * native code): one row per indicator, a grey track for the plan (100%), the
 * fact as a coloured bar over it, the percentage at its end. The only text in
 * the picture is numbers (bar numbers, percentages, axis), drawn with a small
 * stroke font; names are in the legend under the picture, as document text.
 */
import { formatNumber } from '../../../language/src/values/index.js';
import type { Chart, ChartBar } from './model.js';
import { encodePng, encodePngAsync, type Raster } from './png.js';

type RGB = [number, number, number];

const COLORS: Record<ChartBar['status'], RGB> = {
    met: [46, 125, 50],
    over: [21, 101, 192],
    unmet: [198, 40, 40],
    deviation: [198, 40, 40],
    running: [239, 160, 0]
};
const TRACK: RGB = [217, 217, 217];
const GRID: RGB = [232, 232, 232];
const AXIS: RGB = [90, 90, 90];
const TEXT: RGB = [33, 33, 33];

let pixelBuffer = new Uint8Array(0);

/** Anti-aliasing in eighths: the few colours a chart has, and their blends, fit a 256-colour palette. */
const LEVELS = 8;

/**
 * The pixels are indices into a palette (one byte a pixel, a third of RGB to draw, compress and
 * pack): the flat colours of the chart and their anti-aliased blends, added as they occur.
 */
class Canvas implements Raster {
    readonly data: Uint8Array;
    readonly width: number;
    readonly height: number;
    private readonly colors: number[] = [0xffffff];
    private readonly index = new Map<number, number>([[0xffffff, 0]]);
    /**
     * Drawing is in design units (a chart 1600 wide); the pixels are `scale` of them. The pixels
     * live in a buffer kept between charts (drawn and encoded one at a time): no megabytes to
     * collect per chart.
     */
    constructor(designWidth: number, designHeight: number, readonly scale: number) {
        this.width = Math.round(designWidth * scale);
        this.height = Math.round(designHeight * scale);
        const size = this.width * this.height;
        if (pixelBuffer.length < size) pixelBuffer = new Uint8Array(size);
        this.data = pixelBuffer.subarray(0, size).fill(0);
    }

    /** The palette as RGB triples. */
    get palette(): Uint8Array {
        const out = new Uint8Array(this.colors.length * 3);
        this.colors.forEach((c, i) => { out[i * 3] = c >>> 16; out[i * 3 + 1] = (c >>> 8) & 0xff; out[i * 3 + 2] = c & 0xff; });
        return out;
    }

    /** The palette index of a colour; past 256 colours, the nearest one there is. */
    private indexOf(rgb: number): number {
        let i = this.index.get(rgb);
        if (i !== undefined) return i;
        if (this.colors.length < 256) {
            i = this.colors.length;
            this.colors.push(rgb);
        } else {
            let best = Infinity;
            i = 0;
            this.colors.forEach((c, k) => {
                const d = ((c >>> 16) - (rgb >>> 16)) ** 2 + (((c >>> 8) & 0xff) - ((rgb >>> 8) & 0xff)) ** 2 + ((c & 0xff) - (rgb & 0xff)) ** 2;
                if (d < best) { best = d; i = k; }
            });
        }
        this.index.set(rgb, i!);
        return i!;
    }

    blend(x: number, y: number, c: RGB, alpha = 1): void {
        if (x < 0 || y < 0 || x >= this.width || y >= this.height || alpha <= 0) return;
        const a = Math.round(Math.min(1, alpha) * LEVELS) / LEVELS;
        if (a === 0) return;
        const i = y * this.width + x;
        const under = this.colors[this.data[i]];
        const mix = (shift: number, k: number) => Math.round(((under >>> shift) & 0xff) * (1 - a) + c[k] * a);
        this.data[i] = this.indexOf((mix(16, 0) << 16) | (mix(8, 1) << 8) | mix(0, 2));
    }

    rect(x0: number, y0: number, x1: number, y1: number, c: RGB): void {
        const k = this.scale;
        x0 *= k; y0 *= k; x1 *= k; y1 *= k;
        const xa = Math.max(0, Math.round(x0)), xb = Math.min(this.width, Math.round(x1));
        const ya = Math.max(0, Math.round(y0)), yb = Math.min(this.height, Math.round(y1));
        if (xb <= xa) return;
        const v = this.indexOf((c[0] << 16) | (c[1] << 8) | c[2]);
        for (let y = ya; y < yb; y++) this.data.fill(v, y * this.width + xa, y * this.width + xb);
    }

    /** Anti-aliased thick segments (design units). */
    strokes(designSegments: Segment[], designWidth: number, c: RGB): void {
        if (!designSegments.length) return;
        const k = this.scale;
        this.paint(coverage(designSegments.map(([ax, ay, bx, by]) => [ax * k, ay * k, bx * k, by * k]), Math.max(1, designWidth * k)), 0, 0, c);
    }

    /** Blends a coverage mask whose (0, 0) is at pixel (dx, dy). */
    paint(m: Mask, dx: number, dy: number, c: RGB): void {
        for (let y = 0; y < m.h; y++) {
            for (let x = 0; x < m.w; x++) {
                const cover = m.cover[y * m.w + x];
                if (cover > 0) this.blend(m.x0 + x + dx, m.y0 + y + dy, c, cover);
            }
        }
    }
}

type Segment = [number, number, number, number];

/** How much of each pixel of a box a set of thick segments covers (pixel coordinates). */
interface Mask { x0: number; y0: number; w: number; h: number; cover: Float32Array }

/**
 * Each pixel takes its distance to the nearest segment; only segments whose box (grown by the
 * pen) holds the pixel can be near enough to cover it, so each segment is measured over its
 * own box, not the whole glyph's.
 */
function coverage(segments: Segment[], width: number): Mask {
    let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
    for (const [ax, ay, bx, by] of segments) {
        minX = Math.min(minX, ax, bx); maxX = Math.max(maxX, ax, bx);
        minY = Math.min(minY, ay, by); maxY = Math.max(maxY, ay, by);
    }
    const r = width / 2 + 1;
    const x0 = Math.floor(minX - r), x1 = Math.ceil(maxX + r);
    const y0 = Math.floor(minY - r), y1 = Math.ceil(maxY + r);
    const w = x1 - x0 + 1, h = y1 - y0 + 1;
    const nearest = new Float64Array(w * h).fill(Infinity);
    for (const [ax, ay, bx, by] of segments) {
        const sx1 = Math.ceil(Math.max(ax, bx) + r), sy1 = Math.ceil(Math.max(ay, by) + r);
        for (let y = Math.floor(Math.min(ay, by) - r); y <= sy1; y++) {
            for (let x = Math.floor(Math.min(ax, bx) - r); x <= sx1; x++) {
                const d = distToSegment(x + 0.5, y + 0.5, ax, ay, bx, by);
                const i = (y - y0) * w + (x - x0);
                if (d < nearest[i]) nearest[i] = d;
            }
        }
    }
    const cover = new Float32Array(w * h);
    for (let i = 0; i < cover.length; i++) cover[i] = Math.max(0, width / 2 + 0.5 - nearest[i]);
    return { x0, y0, w, h, cover };
}

function distToSegment(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
    const dx = bx - ax, dy = by - ay;
    const len2 = dx * dx + dy * dy;
    let t = len2 ? ((px - ax) * dx + (py - ay) * dy) / len2 : 0;
    t = Math.max(0, Math.min(1, t));
    const ex = ax + t * dx - px, ey = ay + t * dy - py;
    return Math.sqrt(ex * ex + ey * ey);
}

// ---------------------------------------------------------------------------
// A stroke font for digits and a few signs, on a 4 × 6 grid (y down).

type Polyline = Array<[number, number]>;

function ellipse(cx: number, cy: number, rx: number, ry: number, n = 24): Polyline {
    const out: Polyline = [];
    for (let i = 0; i <= n; i++) {
        const a = (i / n) * Math.PI * 2;
        out.push([cx + rx * Math.cos(a), cy + ry * Math.sin(a)]);
    }
    return out;
}

const SIX: Polyline = [[3.6, 0.5], [2.6, 0], [1.6, 0], [0.7, 0.6], [0.15, 1.8], [0, 3.4], [0.1, 4.8], [0.7, 5.7], [1.6, 6], [2.6, 6],
    [3.5, 5.6], [4, 4.6], [3.8, 3.5], [3.1, 2.8], [2.1, 2.55], [1.1, 2.8], [0.4, 3.4], [0.05, 4.2]];

const GLYPHS: Record<string, { width: number; lines: Polyline[] }> = {
    '0': { width: 4, lines: [ellipse(2, 3, 2, 3)] },
    '1': { width: 4, lines: [[[0.8, 1.2], [2.2, 0], [2.2, 6]], [[0.8, 6], [3.6, 6]]] },
    '2': { width: 4, lines: [[[0.1, 1.4], [0.6, 0.4], [1.4, 0], [2.6, 0], [3.5, 0.4], [3.9, 1.3], [3.7, 2.3], [3, 3.1], [0, 6], [4, 6]]] },
    '3': {
        width: 4, lines: [
            [[0.3, 0.8], [1.2, 0.05], [2.8, 0.05], [3.7, 0.7], [3.8, 1.6], [3.2, 2.5], [2.0, 2.9], [1.4, 2.9]],
            [[2.0, 2.9], [3.2, 3.2], [3.95, 4.1], [3.95, 5.0], [3.2, 5.8], [2.2, 6], [1.0, 6], [0.1, 5.3]]
        ]
    },
    '4': { width: 4, lines: [[[3, 6], [3, 0], [0, 4.3], [4, 4.3]]] },
    '5': { width: 4, lines: [[[3.8, 0], [0.5, 0], [0.2, 2.8], [1.2, 2.4], [2.6, 2.4], [3.6, 2.9], [4, 4.0], [3.8, 5.2], [3, 5.9], [1.8, 6], [0.8, 5.8], [0.1, 5.2]]] },
    '6': { width: 4, lines: [SIX] },
    '7': { width: 4, lines: [[[0, 0], [4, 0], [1.6, 6]]] },
    '8': { width: 4, lines: [ellipse(2, 1.45, 1.7, 1.45), ellipse(2, 4.35, 2, 1.65)] },
    '9': { width: 4, lines: [SIX.map(([x, y]) => [4 - x, 6 - y] as [number, number])] },
    '%': { width: 5, lines: [ellipse(0.9, 1.1, 0.85, 1.1, 16), ellipse(4.1, 4.9, 0.85, 1.1, 16), [[4.2, 0], [0.8, 6]]] },
    '.': { width: 1.4, lines: [[[0.6, 5.8], [0.8, 5.8]]] },
    ',': { width: 1.4, lines: [[[0.9, 5.4], [0.5, 6.8]]] },
    '/': { width: 4, lines: [[[3.6, 0], [0.4, 6]]] },
    '>': { width: 4, lines: [[[0.4, 1], [3.6, 3], [0.4, 5]]] },
    '+': { width: 4, lines: [[[2, 1.5], [2, 4.5]], [[0.5, 3], [3.5, 3]]] },
    '-': { width: 3.4, lines: [[[0.5, 3.2], [2.9, 3.2]]] },
    ' ': { width: 2, lines: [] }
};

const GAP = 1.3;

function textWidth(text: string, size: number): number {
    const s = size / 6;
    let w = 0;
    for (const ch of text) w += ((GLYPHS[ch] ?? GLYPHS[' ']).width + GAP) * s;
    return Math.max(0, w - GAP * s);
}

/** Glyph masks by character, digit height and scale: the charts of a report repeat the same few digits. */
const GLYPH_MASKS = new Map<string, Mask>();

/**
 * Draws `text` with its top-left corner at (x, y); `size` is the height of a digit (design units).
 * Each glyph starts on a whole pixel, so its mask is drawn once and reused.
 */
function drawText(cv: Canvas, text: string, x: number, y: number, size: number, c: RGB): void {
    const s = size / 6;
    const k = cv.scale;
    const py = Math.round(y * k);
    let ox = x;
    for (const ch of text) {
        const g = GLYPHS[ch] ?? GLYPHS[' '];
        const key = `${ch}|${size}|${k}`;
        let mask = GLYPH_MASKS.get(key);
        if (!mask) {
            const segments: Segment[] = [];
            for (const line of g.lines) {
                for (let i = 0; i + 1 < line.length; i++) {
                    segments.push([line[i][0] * s * k, line[i][1] * s * k, line[i + 1][0] * s * k, line[i + 1][1] * s * k]);
                }
            }
            mask = segments.length ? coverage(segments, Math.max(1, Math.max(1.6, size * 0.12) * k)) : { x0: 0, y0: 0, w: 0, h: 0, cover: new Float32Array(0) };
            GLYPH_MASKS.set(key, mask);
        }
        cv.paint(mask, Math.round(ox * k), py, c);
        ox += (g.width + GAP) * s;
    }
}

// ---------------------------------------------------------------------------

export interface ChartImage {
    png: Uint8Array;
    /** Pixels of the raster. */
    width: number;
    height: number;
}

/**
 * Charts are drawn 1600 units wide and rasterised at 1000 px: about 160 dpi at the 16 cm they
 * are shown at (the writer scales them to the text width), and 2.5 times fewer pixels to draw,
 * compress and pack than at 1600 px (a report of 200 activities has some 80 charts).
 */
const SCALE = 1000 / 1600;
/** 1000 px ≈ 27 cm at 1:1 (pixels per metre). */
const PPM = Math.round(5906 * SCALE);

/** The picture of one chart (encoded here, synchronously). */
export function renderChart(chart: Chart): ChartImage {
    const cv = drawChart(chart);
    return { png: encodePng(cv, PPM), width: cv.width, height: cv.height };
}

/** The picture of one chart, compressed by the platform's zlib where there is one. */
export async function renderChartAsync(chart: Chart): Promise<ChartImage> {
    const cv = drawChart(chart);
    return { png: await encodePngAsync(cv, PPM), width: cv.width, height: cv.height };
}

function drawChart(chart: Chart): Canvas {
    const W = 1600;
    const rowH = 34;
    const top = 18, bottom = 48;
    const left = 78, right = 250;
    const H = top + chart.bars.length * rowH + bottom;
    const cv = new Canvas(W, H, SCALE);
    const plotW = W - left - right;
    const maxRatio = chart.bars.reduce((m, b) => Math.max(m, b.ratio), 1);
    // Axis up to the next 50% above the largest bar, at most 300%: longer bars are cut.
    const axisMax = Math.min(3, Math.max(1.5, Math.ceil(maxRatio * 2) / 2));
    const xOf = (ratio: number) => left + (Math.min(ratio, axisMax) / axisMax) * plotW;
    const digit = 18;

    // Grid and axis labels.
    const step = axisMax <= 1.5 ? 0.25 : 0.5;
    for (let r = 0; r <= axisMax + 1e-9; r += step) {
        const x = Math.round(xOf(r));
        cv.rect(x, top - 6, x + 2, top + chart.bars.length * rowH, r === 0 ? AXIS : GRID);
        const text = `${Math.round(r * 100)}%`;
        drawText(cv, text, x - textWidth(text, 16) / 2, H - bottom + 16, 16, AXIS);
    }

    chart.bars.forEach((bar, i) => {
        const y = top + i * rowH;
        // Plan: the grey track up to 100%.
        cv.rect(left, y + 5, xOf(1), y + rowH - 5, TRACK);
        // Fact.
        const x1 = xOf(bar.ratio);
        cv.rect(left, y + 10, Math.max(left + 2, x1), y + rowH - 10, COLORS[bar.status]);
        if (bar.ratio > axisMax) {
            // Cut mark: the bar is longer than the axis.
            for (const dx of [-26, -16]) {
                cv.strokes([[x1 + dx, y + rowH - 7, x1 + dx + 8, y + 7]], 4, [255, 255, 255]);
            }
        }
        // Bar number on the left, percentage at the end.
        const label = String(bar.index);
        drawText(cv, label, left - 16 - textWidth(label, digit), y + (rowH - digit) / 2, digit, TEXT);
        const pct = `${formatNumber(Math.round(bar.ratio * 100), 0)}%`.replace(/\u00A0/g, ' ');
        drawText(cv, pct, Math.max(x1, xOf(1)) + 14, y + (rowH - digit) / 2, digit, COLORS[bar.status]);
    });
    // The 100% line over the bars.
    const x100 = Math.round(xOf(1));
    for (let yy = top - 6; yy < top + chart.bars.length * rowH; yy += 10) cv.rect(x100 - 1, yy, x100 + 2, yy + 6, AXIS);

    return cv;
}
