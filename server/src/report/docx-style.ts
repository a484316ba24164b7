/**
 * The measures and styles of the .docx (docx.ts): A4 pages and their margins, text widths, the
 * font in every script slot, type sizes, shades, borders, and the names of the paragraph styles
 * that give a size.
 */
import { AlignmentType, BorderStyle } from 'docx';
import type { NativeCharts } from './docx-charts.js';
import type { Cell } from './document.js';

export const FONT = 'Times New Roman';
export const FONTS = { ascii: FONT, hAnsi: FONT, eastAsia: FONT, cs: FONT };

/** A4 in twips. Portrait: margins 2 cm top/bottom, 2.5 cm left, 1.5 cm right; landscape: 2 cm all round. */
export const PAGE = { width: 11906, height: 16838 };
export const MARGINS = {
    portrait: { top: 1134, bottom: 1134, left: 1418, right: 851 },
    landscape: { top: 1134, bottom: 1134, left: 1134, right: 1134 }
};
export const TEXT_WIDTH = {
    portrait: PAGE.width - MARGINS.portrait.left - MARGINS.portrait.right,
    landscape: PAGE.height - MARGINS.landscape.left - MARGINS.landscape.right
};
/** Charts are not wider than a portrait page's text. */
export const CHART_WIDTH = TEXT_WIDTH.portrait;

export const SIZE = { body: 24, table: 20, dense: 18, title: 28, hint: 18, small: 20 };

export const SHADE: Record<NonNullable<Cell['shade']>, string> = {
    header: 'F2F2F2',
    group: 'E8EEF6',
    alert: 'FDE0DC',
    muted: 'F7F7F7'
};

export const ALERT_COLOR = 'C00000';

/**
 * `size`: the size runs are written at; `styled`: the size the paragraph's style already gives
 * (runs at that size carry no size of their own). Font and language come from the document's
 * defaults: a run states only what differs (bold, italic, colour), which keeps document.xml to a
 * fraction of its size and the writer to a fraction of its objects.
 */
export type Ctx = { size: number; width: number; styled?: number; charts?: NativeCharts; lang?: string };

/** The paragraph styles that give a size: body text, and table cells (no space after, single lines). */
export const textStyle = (size: number) => `EsepText${size}`;
export const cellStyle = (size: number) => `EsepCell${size}`;
export const STYLE_SIZES = [...new Set(Object.values(SIZE).concat([SIZE.dense - 2]))];

export const ALIGN = {
    left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT, justify: AlignmentType.JUSTIFIED
} as const;

export const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
export const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
