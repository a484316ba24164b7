// Native Word charts (server/src/report/native-chart.ts, docx-charts.ts): the
// chart parts of a report with charts are well-formed DrawingML, and the text,
// the relationships and the content types point at each other. (That
// LibreOffice draws them: `npm run report:preview -- --charts`, artifacts/report/.)
import { describe, expect, test, beforeAll } from 'vitest';
import JSZip from 'jszip';
import { DOMParser } from '@xmldom/xmldom';
import { grant, parse, readExample } from './helpers.js';
import { renderReport } from '../server/src/report/render.js';
import { chartPartXml, CHART_NS } from '../server/src/report/native-chart.js';
import { nativeChartData, STATUS_COLORS } from '../server/src/report/docx-charts.js';

/** The XML parsed strictly: any error or warning of the parser is a failure. */
function parseXml(xml: string, name: string): Document {
    const problems: string[] = [];
    const report = (level: string) => (message: string) => { problems.push(`${name}: ${level}: ${message}`); };
    const doc = new DOMParser({ onError: (level: string, message: string) => report(level)(message) } as never).parseFromString(xml, 'text/xml') as unknown as Document;
    expect(problems).toEqual([]);
    return doc;
}

describe('a native chart part', () => {
    const data = nativeChartData({
        type: 'chart', caption: 'Міндет <1> & «бір»', planLabel: 'жоспар', factLabel: 'факт', legend: [],
        bars: [{ index: 1, name: 'a', plan: '10', fact: '12', ratio: 1.2, status: 'met' }, { index: 2, name: 'b', plan: '10', fact: '5', ratio: 0.5, status: 'unmet' }]
    }, 'ru-RU');

    test('plan and fact series over the indicators, each fact in its status colour, the axis to the next 50 % above the largest bar', () => {
        expect(data.max).toBe(1.5);
        const xml = chartPartXml({ ...data, showTitle: true });
        const doc = parseXml(xml, 'chart');
        expect(doc.documentElement.namespaceURI).toBe(CHART_NS);
        expect(doc.documentElement.localName).toBe('chartSpace');
        const series = doc.getElementsByTagNameNS(CHART_NS, 'ser');
        expect(series.length).toBe(2);
        expect(xml).toContain('<a:t>Міндет &lt;1&gt; &amp; «бір»</a:t>');
        expect(xml).toContain('<c:lang val="ru-RU"/>');
        expect(xml).toContain('<c:pt idx="1"><c:v>0.5</c:v></c:pt>');
        expect(xml).toMatch(new RegExp(`<c:dPt><c:idx val="1"/>[^]*?<a:srgbClr val="${STATUS_COLORS.unmet}"/>`));
        expect(xml).toContain('<c:max val="1.5"/>');
    });

    test('values that do not match the categories are refused', () => {
        expect(() => chartPartXml({ ...data, categories: ['1'] })).toThrow(/2 values for 1 categories/);
    });
});

describe('a report with charts (examples/birgemiz-bilim.grant, --charts)', () => {
    let zip: JSZip;
    let documentXml: string;

    beforeAll(async () => {
        const document = await parse(readExample('birgemiz-bilim.grant'));
        const result = await renderReport(document, grant, { kind: 'final', lang: 'kk', charts: true });
        if (!result.ok) throw new Error(JSON.stringify(result.errors));
        zip = await JSZip.loadAsync(result.bytes);
        documentXml = await zip.file('word/document.xml')!.async('string');
    });

    test('each chart is a chart part the text links to by a relationship, with its content type; no pictures', async () => {
        expect(Object.keys(zip.files).filter(f => f.startsWith('word/media/'))).toEqual([]);
        const parts = Object.keys(zip.files).filter(f => /^word\/charts\/chart\d+\.xml$/.test(f)).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
        expect(parts.length).toBeGreaterThan(0);
        const drawn = [...documentXml.matchAll(/<c:chart [^>]*r:id="([^"]+)"/g)].map(m => m[1]);
        expect(drawn).toHaveLength(parts.length);
        const types = parseXml(await zip.file('[Content_Types].xml')!.async('string'), 'types');
        const overrides = new Map([...Array.from(types.getElementsByTagName('Override'))].map(o => [o.getAttribute('PartName'), o.getAttribute('ContentType')]));
        const rels = parseXml(await zip.file('word/_rels/document.xml.rels')!.async('string'), 'rels');
        const targets = new Map([...Array.from(rels.getElementsByTagName('Relationship'))].map(r => [r.getAttribute('Id'), r]));
        for (const [i, part] of parts.entries()) {
            const xml = await zip.file(part)!.async('string');
            parseXml(xml, part);
            expect(overrides.get(`/${part}`)).toBe('application/vnd.openxmlformats-officedocument.drawingml.chart+xml');
            const rel = targets.get(drawn[i])!;
            expect(rel.getAttribute('Type')).toBe('http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart');
            expect(rel.getAttribute('Target')).toBe(part.slice('word/'.length));
            expect(xml.match(/<c:ser>/g)).toHaveLength(2);
            expect(xml).toContain('<c:v>жоспар (100%)</c:v>');
        }
        // The document's drawings have ids of their own.
        const ids = [...documentXml.matchAll(/<wp:docPr id="(\d+)"/g)].map(m => m[1]);
        expect(new Set(ids).size).toBe(ids.length);
    });

    test('«Қатысушылар саны» of task 1 (plan 200, fact 698): 349 % of its plan, over it, in blue', async () => {
        const xml = await zip.file('word/charts/chart1.xml')!.async('string');
        const idx = /<c:pt idx="(\d+)"><c:v>3\.49<\/c:v><\/c:pt>/.exec(xml)?.[1];
        expect(idx).toBeDefined();
        expect(xml).toMatch(new RegExp(`<c:dPt><c:idx val="${idx}"/>[^]*?<a:srgbClr val="${STATUS_COLORS.over}"/>`));
    });

    test('the zip has no folder entries (LibreOffice refuses a document with a word/charts/ one)', () => {
        expect(Object.values(zip.files).filter(f => f.dir).map(f => f.name)).toEqual([]);
    });
});
