/**
 * The report preview's HTML (server/src/report/html.ts, svg.ts) and its
 * webview page (client/src/preview-page.ts): the same report model as the
 * .docx — sections of the form in order, the numbers of the examples, short
 * rows highlighted and unjustified deviations marked, a chart per task drawn
 * from the same bars as the PNG, source lines on rows — and a page with a
 * strict content security policy: scripts only with the nonce, no remote
 * content, no inline styles or handlers, every user text escaped.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { grant, parse, readExample, services } from './helpers.js';
import { getForm, type FormSection } from '../server/src/report/forms.js';
import { previewKind, previewRendererFor, type PreviewRendering } from '../server/src/report/html.js';
import { axisMax, barPercent, renderChartSvg } from '../server/src/report/svg.js';
import { buildReportModel } from '../server/src/report/build/index.js';
import type { Chart } from '../server/src/report/document.js';
import { renderPreview } from '../language/src/lsp/requests.js';
import { bannerHtml, contentSecurityPolicy, makeNonce, previewPage, type PreviewStrings } from '../client/src/preview-page.js';

const render = previewRendererFor(grant);

async function preview(example: string, lang: 'kk' | 'ru' = 'kk', kind?: 'final' | 'plan' | 'interim') {
    const text = readExample(example);
    const document = await parse(text);
    const result = render(document, { lang, kind });
    if ('errors' in result) throw new Error(JSON.stringify(result.errors));
    return { ...result, text, document };
}

const VOID = new Set(['col', 'hr', 'meta', 'link', 'br', 'img', 'input']);
const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&nbsp;/g, ' ').replace(/&amp;/g, '&');
/** Visible text: tags dropped, entities read, NBSP as a space. */
const textOf = (html: string) => unescape(html.replace(/<title>[^<]*<\/title>/g, '').replace(/<[^>]+>/g, ' ')).replace(/\u00A0/g, ' ').replace(/\s+/g, ' ').trim();

/** Balanced tags, quoted attributes, no raw `<`/`>` in text, known entities. */
function wellFormed(html: string): string[] {
    const problems: string[] = [];
    const stack: string[] = [];
    const body = html.replace(/^<!DOCTYPE html>/i, '');
    for (const m of body.matchAll(/<[^>]*>|[^<]+/g)) {
        const tok = m[0];
        if (!tok.startsWith('<')) {
            if (tok.includes('>')) problems.push(`raw > in text: ${tok.slice(0, 40)}`);
            if (/&(?!(?:lt|gt|amp|quot|#39|nbsp);)/.test(tok)) problems.push(`bad entity: ${tok.slice(0, 40)}`);
            continue;
        }
        const close = /^<\/([a-z][\w-]*)>$/i.exec(tok);
        if (close) {
            const open = stack.pop();
            if (open !== close[1]) problems.push(`</${close[1]}> closes <${open}>`);
            continue;
        }
        const open = /^<([a-z][\w-]*)((?:\s+[\w:-]+(?:="[^"<>]*")?)*)\s*(\/?)>$/i.exec(tok);
        if (!open) { problems.push(`bad tag ${tok.slice(0, 80)}`); continue; }
        if (!open[3] && !VOID.has(open[1].toLowerCase())) stack.push(open[1]);
    }
    if (stack.length) problems.push(`unclosed: ${stack.join(' ')}`);
    return problems;
}

/** `<tr …>…</tr>` elements with their attributes and cell texts. */
function rows(html: string) {
    return [...html.matchAll(/<tr([^>]*)>([\s\S]*?)<\/tr>/g)].map(m => ({
        attrs: m[1],
        line: Number(/data-line="(\d+)"/.exec(m[1])?.[1] ?? NaN),
        classes: (/class="([^"]*)"/.exec(m[1])?.[1] ?? '').split(' '),
        cells: [...m[2].matchAll(/<t[dh]([^>]*)>([\s\S]*?)<\/t[dh]>/g)].map(c => ({ attrs: c[1], text: textOf(c[2]) })),
        html: m[0]
    }));
}

function headingsOf(html: string): string[] {
    return [...html.matchAll(/<h([123])[^>]*>([\s\S]*?)<\/h\1>/g)].map(m => textOf(m[2]));
}

/** Every heading of a form section as the report prints it (report.test.ts does the same for the .docx). */
function formHeadings(sections: FormSection[]): string[] {
    const out: string[] = [];
    for (const s of sections) {
        if (s.heading && s.id !== 'council' && s.id !== 'learning') out.push(s.number && !/^[IV]+$/.test(s.number) ? `${s.number}. ${s.heading}` : s.heading);
    }
    return out;
}

const lineOf = (text: string, needle: string) => text.split('\n').findIndex(l => l.includes(needle)) + 1;

const STRINGS: PreviewStrings = {
    form: 'Form:', auto: 'Automatic', final: 'Final report', interim: 'Interim report', plan: 'Plan', loading: 'Making…',
    cannotFill: 'The form cannot be filled yet:', lastGood: 'Below: the last version.', hint: 'Click a row.'
};
const CSP_SOURCE = 'https://file+.vscode-resource.vscode-cdn.net';
const STYLE = `${CSP_SOURCE}/ext/media/preview.css`;
const SCRIPT = `${CSP_SOURCE}/ext/media/preview.js`;

function page(body: string, nonce = makeNonce(), banner = '') {
    return previewPage({
        nonce, cspSource: CSP_SOURCE, styleUri: STYLE, scriptUri: SCRIPT, lang: 'kk', title: 'Preview x.grant',
        state: { uri: 'file:///w/x.grant' }, strings: STRINGS, body, banner, shownKind: 'final'
    });
}

describe('final report preview, Kazakh (examples/birgemiz-bilim.grant)', () => {
    let r: Awaited<ReturnType<typeof preview>>;
    beforeAll(async () => { r = await preview('birgemiz-bilim.grant'); });

    test('the form is picked from the file: facts and a finished period make a final report', () => {
        expect(r.kind).toBe('final');
        expect(r.projectName).toBe('Birgemiz: Bilim');
        expect(r.unjustified).toBe(3);
        expect(r.warnings[0]).toContain('3');
        expect(r.html.startsWith('<article class="esep-report kind-final" lang="kk"')).toBe(true);
    });

    test('well-formed, and every heading of the kk form in the order of the form', () => {
        expect(wellFormed(r.html)).toEqual([]);
        const headings = headingsOf(r.html);
        let last = -1;
        for (const h of formHeadings(getForm('final', 'kk').sections)) {
            const at = headings.findIndex((x, i) => i > last && x === h);
            expect(at, `heading «${h}»`).toBeGreaterThan(last);
            last = at;
        }
        const text = textOf(r.html);
        expect(text).toContain('ҚОРЫТЫНДЫ БАҒДАРЛАМАЛЫҚ ЕСЕП');
        expect(text).toContain('15 337 100 (он бес миллион үш жүз отыз жеті мың бір жүз) теңге');
    });

    test('the numbers of the .docx: 698 in its plan/fact row, 4 042 547 in the impact table', () => {
        const all = rows(r.html);
        const participants = all.find(x => x.cells.some(c => c.text === 'Қатысушылар саны') && x.cells.some(c => c.text === '698'))!;
        expect(participants, 'row «Қатысушылар саны … 698»').toBeDefined();
        const i = participants.cells.findIndex(c => c.text === 'Қатысушылар саны');
        expect(participants.cells.slice(i, i + 3).map(c => c.text)).toEqual(['Қатысушылар саны', 'Кемінде 200', '698']);
        // The row points at its indicator in the .grant file.
        expect(participants.line).toBe(lineOf(r.text, 'көрсеткіш "Қатысушылар саны"  жоспар: Кемінде 200  факт: 698'));
        expect(participants.classes).toContain('status-over');
        expect(participants.classes).not.toContain('short');
        const payroll = all.find(x => x.cells.some(c => c.text === 'Гранттың жалпы сомасынан еңбек ақы төлеу қоры'))!;
        expect(payroll.cells.map(c => c.text)).toEqual(expect.arrayContaining(['теңге', '4 185 000', '4 042 547']));
    });

    test('rows short of plan are highlighted and point at their lines; their facts are marked as in the .docx', () => {
        const short = rows(r.html).filter(x => x.classes.includes('short'));
        expect(short.length).toBeGreaterThan(0);
        const lines = r.text.split('\n');
        for (const row of short) {
            expect(row.line, row.html.slice(0, 120)).toBeGreaterThan(0);
            expect(lines[row.line - 1]).toMatch(/көрсеткіш|жоспар:|факт:/);
            expect(row.html).toMatch(/class="[^"]*\bshort-fact\b|факт көрсетілмеген/);
        }
        const payroll = short.find(x => x.cells.some(c => c.text === '4 042 547'));
        expect(payroll, 'the payroll row (4 042 547 of 4 185 000) is short').toBeDefined();
        expect(payroll!.classes).toContain('status-deviation');
        // Met rows are not highlighted.
        expect(rows(r.html).filter(x => x.classes.includes('status-met')).every(x => !x.classes.includes('short'))).toBe(true);
    });

    test('the review appendix follows the form: each unjustified deviation with its line; the form carries no alert', () => {
        expect(rows(r.html).filter(x => x.classes.includes('alert-row'))).toHaveLength(0);
        const text = textOf(r.html);
        expect(text).not.toContain('Ауытқу негіздемесі көрсетілмеген');
        const at = r.html.indexOf('Негіздемесі жазылмаған ауытқулар');
        expect(at).toBeGreaterThan(r.html.indexOf('Тексеруге арналған қосымша'));
        const listed = rows(r.html.slice(at, r.html.indexOf('Жоспармен салыстыруға келмейтін фактілер'))).filter(x => x.line > 0);
        expect(listed).toHaveLength(3);
        const lines = r.text.split('\n');
        for (const row of listed) expect(lines[row.line - 1]).toMatch(/көрсеткіш|жоспар:|факт:/);
    });

    test('one plan-vs-fact chart per task, as inline SVG, from the same bars as the .docx picture', async () => {
        const document = await parse(r.text);
        const project = grant.model.Evaluator.get(document).projects[0];
        const built = buildReportModel(project, { kind: 'final', lang: 'kk', charts: true });
        const charts = built.doc.blocks.filter((b): b is Chart => b.type === 'chart');
        const figures = [...r.html.matchAll(/<figure class="chart">([\s\S]*?)<\/figure>/g)].map(m => m[1]);
        expect(charts.length).toBeGreaterThan(0);
        expect(figures).toHaveLength(charts.length);
        charts.forEach((chart, k) => {
            const figure = figures[k];
            expect(textOf(/<figcaption>([\s\S]*?)<\/figcaption>/.exec(figure)![1])).toBe(chart.caption.replace(/\u00A0/g, ' '));
            const bars = [...figure.matchAll(/<g class="bar status-(\w+)" data-line="(\d+)" data-index="(\d+)" data-ratio="([\d.e+-]+)">([\s\S]*?)<\/g>/g)];
            expect(bars).toHaveLength(chart.bars.length);
            const max = axisMax(chart.bars);
            const track = Number(/class="track" x="[\d.]+" y="[\d.]+" width="([\d.]+)"/.exec(bars[0][5])![1]);
            bars.forEach((m, i) => {
                const bar = chart.bars[i];
                expect(m[1]).toBe(bar.status);
                expect(Number(m[2])).toBe(bar.line);
                expect(Number(m[4])).toBe(bar.ratio);
                expect(m[5]).toContain(`>${barPercent(bar)}</text>`);
                // The fact bar's length: the ratio on the same axis as the PNG (track = 100%).
                const width = Number(/class="fact" x="[\d.]+" y="[\d.]+" width="([\d.]+)"/.exec(m[5])![1]);
                expect(width).toBeCloseTo(Math.max(1.5, track * Math.min(bar.ratio, max)), 0);
            });
            // The legend lines are the .docx legend, each pointing at its indicator.
            const legend = [...figure.matchAll(/<li class="status-\w+" data-line="(\d+)">([^<]*)<\/li>/g)];
            expect(legend.map(m => unescape(m[2]))).toEqual(chart.legend);
        });
        expect(r.html).toContain('3 — Қатысушылар саны (жоспар: Кемінде 200; факт: 698)'.replace(/ /g, ' '));
    });
});

describe('other forms and languages', () => {
    test('a plan without facts (examples/teng-mumkindik.grant) previews as the plan form', async () => {
        const r = await preview('teng-mumkindik.grant');
        expect(r.kind).toBe('plan');
        expect(wellFormed(r.html)).toEqual([]);
        const form = getForm('plan', 'kk');
        expect(textOf(r.html)).toContain(form.title.join(' ').replace(/\s+/g, ' ').trim());
        expect(rows(r.html).some(x => x.classes.includes('short'))).toBe(false);
        expect(rows(r.html).filter(x => x.line > 0).length).toBeGreaterThan(10);
    });

    test('Russian: headings of the ru form, values as written, the review appendix in Russian', async () => {
        const r = await preview('birgemiz-bilim.grant', 'ru');
        const headings = headingsOf(r.html);
        for (const h of formHeadings(getForm('final', 'ru').sections)) expect(headings, h).toContain(h);
        const participants = rows(r.html).find(x => x.cells.some(c => c.text === 'Қатысушылар саны') && x.cells.some(c => c.text === '698'));
        expect(participants?.cells.map(c => c.text)).toEqual(expect.arrayContaining(['Қатысушылар саны', 'Кемінде 200', '698']));
        expect(textOf(r.html)).not.toContain('не менее 200');
        expect(r.html.startsWith('<article class="esep-report kind-final" lang="ru"')).toBe(true);
        expect(textOf(r.html)).toContain(getForm('final', 'ru').labels.reviewUnjustified);
    });

    test('the form asked for wins over the automatic choice', async () => {
        const r = await preview('birgemiz-bilim.grant', 'kk', 'plan');
        expect(r.kind).toBe('plan');
        expect(textOf(r.html)).toContain(getForm('plan', 'kk').title.join(' ').replace(/\s+/g, ' ').trim());
    });

    test('facts before the end of the period: the interim report', async () => {
        const text = readExample('birgemiz-bilim.grant').replace(/есеп-күні:\s*[\d.]+/, 'есеп-күні: 01.06.2020');
        const document = await parse(text);
        expect(previewKind(grant.model.Evaluator.get(document).projects[0])).toBe('interim');
    });

    test('syntax errors: no HTML, the problems with their lines', async () => {
        const document = await parse('жоба "X" {\n    гранталушы: "A"\n    міндет 1 "T" {\n}\n');
        const result = render(document, { lang: 'kk' }) as Extract<PreviewRendering, { errors: unknown }>;
        expect(result.errors.length).toBeGreaterThan(0);
        expect(result.errors[0].line).toBeGreaterThan(0);
        expect(typeof result.errors[0].message).toBe('string');
    });
});

describe('safety of the HTML', () => {
    test('no scripts, handlers, style attributes or URLs in the report fragment', async () => {
        for (const example of ['birgemiz-bilim.grant', 'teng-mumkindik.grant']) {
            const { html } = await preview(example);
            expect(html).not.toMatch(/<script/i);
            expect(html).not.toMatch(/\son\w+=/i);
            expect(html).not.toMatch(/\sstyle=/i);
            // No URL in markup (the user's own text may quote a link: it is escaped text, never a link).
            expect((html.match(/<[^>]*>/g) ?? []).filter(t => /https?:/i.test(t))).toEqual([]);
            expect(html).not.toMatch(/\s(?:src|href|xlink:href)=/i);
        }
    });

    test('user text is escaped: a project named like markup stays text', async () => {
        const evil = '</td><script>alert(1)</script><img src=x onerror=alert(2)> & "q" \'a\'';
        const text = readExample('birgemiz-bilim.grant').replace('жоба "Birgemiz: Bilim"', `жоба "${evil.replace(/"/g, '\'')}"`)
            .replace(/тақырып:\s*"/, `тақырып: "${evil.replace(/"/g, '\'')} `);
        const document = await parse(text);
        const result = render(document, { lang: 'kk' });
        if ('errors' in result) throw new Error(JSON.stringify(result.errors));
        const tags = result.html.match(/<[^>]+>/g) ?? [];
        expect(tags.filter(t => /^<(script|img)|\sonerror=/i.test(t))).toEqual([]);
        expect(result.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
        expect(wellFormed(result.html)).toEqual([]);
        const built = page(result.html);
        expect((built.match(/<script/g) ?? []).length).toBe(1);
    });

    test('the chart SVG: no xmlns URL, no style attributes, text escaped', () => {
        const chart: Chart = {
            type: 'chart', caption: 'A <b> & "c"', planLabel: 'plan', factLabel: 'fact', legend: ['1 — x'],
            bars: [
                { index: 1, name: '<x>', plan: '10', fact: '40', ratio: 4, status: 'over', line: 3 },
                { index: 2, name: 'y', plan: '10', fact: '5', ratio: 0.5, status: 'unmet', line: 4 }
            ]
        };
        const svg = renderChartSvg(chart);
        expect(wellFormed(svg)).toEqual([]);
        expect(svg).not.toMatch(/xmlns|https?:|\sstyle=|<b>|<x>/);
        expect(svg).toContain('aria-label="A &lt;b&gt; &amp; &quot;c&quot;"');
        // 400% is beyond the 300% axis: cut marks, as in the PNG.
        expect(axisMax(chart.bars)).toBe(3);
        expect(svg.match(/class="cut"/g)).toHaveLength(2);
        expect(svg).toContain('>400%</text>');
        expect(svg).toContain('>50%</text>');
    });
});

describe('the webview page', () => {
    test('a content security policy meta tag with the nonce; the only script carries it', async () => {
        const { html } = await preview('birgemiz-bilim.grant');
        const nonce = makeNonce();
        expect(nonce).toMatch(/^[A-Za-z0-9]{32}$/);
        expect(makeNonce()).not.toBe(nonce);
        const built = page(html, nonce);
        expect(wellFormed(built)).toEqual([]);
        const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(built);
        expect(meta).not.toBeNull();
        expect(unescape(meta![1])).toBe(`default-src 'none'; img-src ${CSP_SOURCE} data:; style-src ${CSP_SOURCE} 'nonce-${nonce}'; script-src 'nonce-${nonce}';`);
        expect(contentSecurityPolicy(CSP_SOURCE, nonce)).toBe(unescape(meta![1]));
        const scripts = [...built.matchAll(/<script\b([^>]*)>/g)];
        expect(scripts).toHaveLength(1);
        for (const s of scripts) expect(s[1]).toContain(`nonce="${nonce}"`);
        expect(built).toContain(`<script nonce="${nonce}" src="${SCRIPT}"></script>`);
        // Inline scripts: none (the one script is the extension's file, empty element).
        expect(built).not.toMatch(/<script[^>]*>[^<]+<\/script>/);
        expect(built).not.toMatch(/\son\w+=/i);
        expect(built).not.toMatch(/\sstyle=/i);
        // No URL but the extension's own resources (the webview's cspSource).
        const rest = built.split(CSP_SOURCE).join('');
        expect((rest.match(/<[^>]*>/g) ?? []).filter(t => /https?:/i.test(t))).toEqual([]);
        // The report is inside, the state for the serializer on the body.
        expect(built).toContain('<main id="esep-root"><article class="esep-report');
        expect(built).toContain('data-state="{&quot;uri&quot;:&quot;file:///w/x.grant&quot;}"');
        expect(built).toContain('<option value="" selected>Automatic: Final report</option>');
    });

    test('the problems banner: escaped, each problem a link to its line', () => {
        const banner = bannerHtml([{ line: 7, column: 3, message: 'Бұл жерде «}» күтілген <x>' }], ['5 ауытқу'], STRINGS, true);
        expect(wellFormed(banner)).toEqual([]);
        expect(banner).toContain('<li data-line="7"><span class="pos">7:3</span> Бұл жерде «}» күтілген &lt;x&gt;</li>');
        expect(banner).toContain(STRINGS.lastGood);
        expect(banner).toContain('<p>5 ауытқу</p>');
        expect(bannerHtml([], [], STRINGS, true)).toBe('');
    });
});

describe('language server: esep/renderPreview', () => {
    test('the HTML of an open document, with its version; problems as lines', async () => {
        const document = await parse(readExample('birgemiz-bilim.grant'));
        const answer = await renderPreview(services.shared, grant, { uri: document.uri.toString(), lang: 'kk' });
        if ('errors' in answer) throw new Error(JSON.stringify(answer.errors));
        expect(answer.kind).toBe('final');
        expect(answer.version).toBe(document.textDocument.version);
        expect(answer.html).toContain('698');
        const broken = await parse('жоба "X" {\n    міндет 1 "a" {\n');
        const refused = await renderPreview(services.shared, grant, { uri: broken.uri.toString(), lang: 'ru' });
        expect('errors' in refused && refused.errors[0].line).toBeGreaterThan(0);
        const missing = await renderPreview(services.shared, grant, { uri: 'memory:///nowhere.grant', lang: 'kk' });
        expect('errors' in missing).toBe(true);
    });
});
