/**
 * A plan-vs-fact bar chart as a DrawingML chart part (`word/charts/chartN.xml`):
 * a real chart Word and LibreOffice draw themselves and let the user edit
 * (colours, labels, type; LibreOffice's data table too), instead of a picture.
 * No npm library writes Word charts; this writer is small and driven by data:
 * what to draw is a `NativeChartData`, the XML is written here and nowhere else.
 *
 * The look is that of the report's former picture: one row per indicator,
 * top to bottom, a grey plan bar and the fact over it (the two series overlap
 * fully), each fact in its status colour, the value printed at its end.
 * Categories carry the indicators' numbers (the legend under the chart names
 * them); values are read from the series' caches, with Sheet1 formulas as Word
 * writes them, so the data table LibreOffice shows has the same layout.
 */

/** What a native chart shows. Colours are RRGGBB hex. */
export interface NativeChartData {
    /** The chart's name (its alternative text); shown above the plot when `showTitle`. */
    title: string;
    showTitle?: boolean;
    /** One per indicator, top to bottom. */
    categories: string[];
    plan: NativeSeries;
    fact: NativeSeries & {
        /** A colour per point (a fact's status); the series colour where missing. */
        pointColors?: (string | undefined)[];
    };
    /** Excel number format of the values and the axis, e.g. `0%` (values are shares) or `#,##0`. */
    numberFormat?: string;
    /** Language of the chart's text (`kk-KZ`, `ru-RU`). */
    lang?: string;
    /** The value axis' maximum (e.g. 1.5 for 150%); automatic when absent. */
    max?: number;
}

export interface NativeSeries {
    name: string;
    values: (number | null)[];
    color: string;
}

export const CHART_NS = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
export const DRAWING_NS = 'http://schemas.openxmlformats.org/drawingml/2006/main';
export const RELATIONSHIPS_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
export const CHART_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';
export const CHART_RELATIONSHIP = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart';

/** XML text and attribute values (no control characters XML 1.0 forbids). */
export function escapeXml(text: string): string {
    return text
        // eslint-disable-next-line no-control-regex
        .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/gu, '')
        .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const HEX = /^[0-9A-Fa-f]{6}$/u;

function color(hex: string | undefined, fallback: string): string {
    return hex && HEX.test(hex) ? hex.toUpperCase() : fallback;
}

function fill(hex: string): string {
    return `<c:spPr><a:solidFill><a:srgbClr val="${hex}"/></a:solidFill><a:ln><a:noFill/></a:ln></c:spPr>`;
}

/** Column letter of a 0-based column (A, B, …, Z, AA, …). */
function column(index: number): string {
    let s = '';
    for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    return s;
}

function textRun(text: string, size: number, lang: string, bold = false): string {
    return `<c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}" b="${bold ? 1 : 0}"/></a:pPr>`
        + `<a:r><a:rPr lang="${lang}" sz="${size}" b="${bold ? 1 : 0}"/><a:t>${escapeXml(text)}</a:t></a:r></a:p></c:rich>`;
}

function textProperties(size: number, lang: string, rotation?: number): string {
    return `<c:txPr><a:bodyPr${rotation === undefined ? '' : ` rot="${rotation}" vert="horz"`}/><a:lstStyle/>`
        + `<a:p><a:pPr><a:defRPr sz="${size}"/></a:pPr><a:endParaRPr lang="${lang}"/></a:p></c:txPr>`;
}

function series(index: number, s: NativeSeries, categories: string[], format: string, lang: string,
    points: (string | undefined)[] | undefined, labels: boolean): string {
    const n = categories.length;
    const col = column(index + 1);
    const base = color(s.color, '808080');
    const dPt = (points ?? []).map((c, i) => {
        const hex = color(c, base);
        return hex === base ? '' : `<c:dPt><c:idx val="${i}"/><c:invertIfNegative val="0"/><c:bubble3D val="0"/>${fill(hex)}</c:dPt>`;
    }).join('');
    const dLbls = labels
        ? `<c:dLbls><c:numFmt formatCode="${escapeXml(format)}" sourceLinked="0"/><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>`
            + `${textProperties(800, lang)}<c:dLblPos val="outEnd"/><c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/>`
            + '<c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>'
        : '<c:dLbls><c:delete val="1"/></c:dLbls>';
    const cats = categories.map((c, i) => `<c:pt idx="${i}"><c:v>${escapeXml(c)}</c:v></c:pt>`).join('');
    const vals = s.values.map((v, i) => (v === null || !Number.isFinite(v) ? '' : `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`)).join('');
    return `<c:ser><c:idx val="${index}"/><c:order val="${index}"/>`
        + `<c:tx><c:strRef><c:f>Sheet1!$${col}$1</c:f><c:strCache><c:ptCount val="1"/><c:pt idx="0"><c:v>${escapeXml(s.name)}</c:v></c:pt></c:strCache></c:strRef></c:tx>`
        + fill(base) + '<c:invertIfNegative val="0"/>' + dPt + dLbls
        + `<c:cat><c:strRef><c:f>Sheet1!$A$2:$A$${n + 1}</c:f><c:strCache><c:ptCount val="${n}"/>${cats}</c:strCache></c:strRef></c:cat>`
        + `<c:val><c:numRef><c:f>Sheet1!$${col}$2:$${col}$${n + 1}</c:f><c:numCache><c:formatCode>${escapeXml(format)}</c:formatCode>`
        + `<c:ptCount val="${n}"/>${vals}</c:numCache></c:numRef></c:val></c:ser>`;
}

/** The chart part: a complete `c:chartSpace` document. */
export function chartPartXml(data: NativeChartData): string {
    const lang = data.lang ?? 'kk-KZ';
    const format = data.numberFormat ?? 'General';
    const n = data.categories.length;
    const length = (values: unknown[]) => {
        if (values.length !== n) throw new Error(`chart «${data.title}»: ${values.length} values for ${n} categories`);
    };
    length(data.plan.values);
    length(data.fact.values);
    const title = data.showTitle
        ? `<c:title><c:tx>${textRun(data.title, 1100, lang, true)}</c:tx><c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/>`
        : '<c:autoTitleDeleted val="1"/>';
    const max = data.max !== undefined && Number.isFinite(data.max) ? `<c:max val="${data.max}"/>` : '';
    return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        + `<c:chartSpace xmlns:c="${CHART_NS}" xmlns:a="${DRAWING_NS}" xmlns:r="${RELATIONSHIPS_NS}">`
        + `<c:date1904 val="0"/><c:lang val="${escapeXml(lang)}"/><c:roundedCorners val="0"/>`
        + `<c:chart>${title}<c:plotArea><c:layout/>`
        + '<c:barChart><c:barDir val="bar"/><c:grouping val="clustered"/><c:varyColors val="0"/>'
        + series(0, data.plan, data.categories, format, lang, undefined, false)
        + series(1, data.fact, data.categories, format, lang, data.fact.pointColors, true)
        // The fact lies over the plan, as the grey track under a coloured bar did.
        + '<c:gapWidth val="70"/><c:overlap val="100"/><c:axId val="50010"/><c:axId val="50020"/></c:barChart>'
        // First indicator on top; the value axis then stands at the bottom (it crosses at the last category).
        + '<c:catAx><c:axId val="50010"/><c:scaling><c:orientation val="maxMin"/></c:scaling><c:delete val="0"/><c:axPos val="l"/>'
        + '<c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>'
        + '<c:spPr><a:ln w="9525"><a:solidFill><a:srgbClr val="5A5A5A"/></a:solidFill></a:ln></c:spPr>'
        + `${textProperties(900, lang)}<c:crossAx val="50020"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>`
        + `<c:valAx><c:axId val="50020"/><c:scaling><c:orientation val="minMax"/>${max}<c:min val="0"/></c:scaling><c:delete val="0"/><c:axPos val="b"/>`
        + '<c:majorGridlines><c:spPr><a:ln w="6350"><a:solidFill><a:srgbClr val="E8E8E8"/></a:solidFill></a:ln></c:spPr></c:majorGridlines>'
        + `<c:numFmt formatCode="${escapeXml(format)}" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>`
        + '<c:spPr><a:ln w="9525"><a:solidFill><a:srgbClr val="5A5A5A"/></a:solidFill></a:ln></c:spPr>'
        + `${textProperties(800, lang)}<c:crossAx val="50010"/><c:crosses val="max"/><c:crossBetween val="between"/></c:valAx>`
        + '<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr></c:plotArea>'
        + `<c:legend><c:legendPos val="b"/><c:overlay val="0"/>${textProperties(900, lang)}</c:legend>`
        + '<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>'
        + '<c:spPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:ln><a:noFill/></a:ln></c:spPr>'
        + `${textProperties(900, lang)}</c:chartSpace>`;
}
