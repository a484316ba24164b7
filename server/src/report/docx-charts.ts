/**
 * Native charts in a .docx written by the `docx` library, which knows no
 * charts: its extension points are enough. Each chart gets
 *  - a run in the text: an inline `w:drawing` whose graphic is a `c:chart`
 *    pointing by relationship id to its part (`ChartRun`, an XmlComponent);
 *  - a relationship from word/document.xml to `charts/chartN.xml`;
 *  - a content-type override naming the part a DrawingML chart;
 *  - the part itself (native-chart.ts), handed to the packer as an extra file.
 * Nothing is unzipped and zipped again. The zip gets no folder entries
 * (JSZip, inside docx, adds one for each new folder): Word writes none, and
 * LibreOffice refuses a document with a `word/charts/` folder entry
 * («source file could not be loaded»).
 */
import { Packer, XmlComponent, type Document, type ParagraphChild } from 'docx';
import type { Chart, ChartBar } from './document.js';
import { CHART_CONTENT_TYPE, CHART_NS, CHART_RELATIONSHIP, DRAWING_NS, RELATIONSHIPS_NS, chartPartXml, type NativeChartData } from './native-chart.js';

/** English Metric Units per pixel at 96 dpi. */
const EMU_PER_PX = 9525;
/** Drawing ids of the charts start here, far from those docx gives its pictures. */
const DRAWING_ID_BASE = 40_000;

/** A run holding an inline chart: its XML is written as given (docx serialises the object form). */
class ChartRun extends XmlComponent {
    constructor(private readonly tree: object) {
        super('w:r');
    }

    override prepForXml(): object {
        return this.tree;
    }
}

/** The charts of one document: add each where it stands, then `attach` them to the built Document. */
export class NativeCharts {
    private readonly parts: { path: string; data: string }[] = [];

    get count(): number {
        return this.parts.length;
    }

    /** The run that shows `data` `widthPx` × `heightPx` (96 dpi) in the text. */
    add(data: NativeChartData, widthPx: number, heightPx: number): ParagraphChild {
        const n = this.parts.length + 1;
        this.parts.push({ path: `word/charts/chart${n}.xml`, data: chartPartXml(data) });
        const cx = Math.round(widthPx * EMU_PER_PX), cy = Math.round(heightPx * EMU_PER_PX);
        const tree = {
            'w:r': [{
                'w:drawing': [{
                    'wp:inline': [
                        { _attr: { distT: 0, distB: 0, distL: 0, distR: 0 } },
                        { 'wp:extent': { _attr: { cx, cy } } },
                        { 'wp:effectExtent': { _attr: { l: 0, t: 0, r: 0, b: 0 } } },
                        { 'wp:docPr': { _attr: { id: DRAWING_ID_BASE + n, name: `Chart ${n}`, descr: data.title } } },
                        { 'wp:cNvGraphicFramePr': {} },
                        {
                            'a:graphic': [
                                { _attr: { 'xmlns:a': DRAWING_NS } },
                                {
                                    'a:graphicData': [
                                        { _attr: { uri: CHART_NS } },
                                        { 'c:chart': { _attr: { 'xmlns:c': CHART_NS, 'xmlns:r': RELATIONSHIPS_NS, 'r:id': relationshipId(n) } } }
                                    ]
                                }
                            ]
                        }
                    ]
                }]
            }]
        };
        return new ChartRun(tree) as unknown as ParagraphChild;
    }

    /**
     * Relationships and content types on the built Document; returns the chart parts to give
     * `Packer` as its extra files.
     */
    attach(document: Document): { path: string; data: string }[] {
        if (!this.parts.length) return [];
        withoutFolderEntries();
        const file = document as unknown as {
            Document: { Relationships: { createRelationship(id: string, type: string, target: string): unknown } };
            ContentTypes: { root: unknown[] };
        };
        const types = file.ContentTypes.root;
        this.parts.forEach((part, i) => {
            file.Document.Relationships.createRelationship(relationshipId(i + 1).slice(3), CHART_RELATIONSHIP, part.path.slice('word/'.length));
            types.push(new ContentTypeOverride(CHART_CONTENT_TYPE, `/${part.path}`));
        });
        return this.parts;
    }
}

/** `<Override ContentType=… PartName=…/>` in [Content_Types].xml. */
class ContentTypeOverride extends XmlComponent {
    constructor(private readonly contentType: string, private readonly partName: string) {
        super('Override');
    }

    override prepForXml(): object {
        return { Override: { _attr: { ContentType: this.contentType, PartName: this.partName } } };
    }
}

/** The relationship id of chart `n` (docx prefixes `rId` to the id it is given). */
function relationshipId(n: number): string {
    return `rIdEsepChart${n}`;
}

/** The report's colours (the HTML preview's SVG has the same). */
export const STATUS_COLORS: Record<ChartBar['status'], string> = {
    met: '2E7D32',
    over: '1565C0',
    unmet: 'C62828',
    deviation: 'C62828',
    running: 'EFA000'
};
export const PLAN_COLOR = 'D9D9D9';

/**
 * A task's plan-vs-fact chart of the report model as native chart data: the
 * plan is 100 % of itself, the fact its share of the plan, in its status colour.
 * The axis runs to the next 50 % above the largest bar, at least 150 %, at most
 * 300 % (longer bars are cut there; their labels say how long they are).
 */
export function nativeChartData(chart: Chart, lang = 'kk-KZ'): NativeChartData {
    const largest = Math.max(1, ...chart.bars.map(b => b.ratio));
    return {
        title: chart.caption,
        categories: chart.bars.map(b => String(b.index)),
        plan: { name: `${chart.planLabel} (100%)`, values: chart.bars.map(() => 1), color: PLAN_COLOR },
        fact: {
            name: chart.factLabel,
            values: chart.bars.map(b => Math.round(b.ratio * 10_000) / 10_000),
            color: STATUS_COLORS.met,
            pointColors: chart.bars.map(b => STATUS_COLORS[b.status])
        },
        numberFormat: '0%',
        lang,
        max: Math.min(3, Math.max(1.5, Math.ceil(largest * 2) / 2))
    };
}

interface Zip { files: Record<string, { dir: boolean }> }

/** docx's compiler makes the zip: without the folder entries JSZip adds (see the top of this file). */
function withoutFolderEntries(): void {
    const compiler = (Packer as unknown as { compiler?: { compile(...args: unknown[]): Zip; esepNoFolders?: boolean } }).compiler;
    if (!compiler || compiler.esepNoFolders) return;
    const compile = compiler.compile.bind(compiler);
    compiler.compile = (...args: unknown[]) => {
        const zip = compile(...args);
        for (const [name, entry] of Object.entries(zip.files)) if (entry.dir) delete zip.files[name];
        return zip;
    };
    compiler.esepNoFolders = true;
}
