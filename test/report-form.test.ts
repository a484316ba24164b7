// The report as the operator accepts it (issue 17): the whole narrative of seed 001, nothing the
// form lacks unless asked for (--review, --charts), one language per document, the plan's
// signatories. The seed is read from test/fixtures/seeds (a copy: CI clones have no ../shared).
import { beforeAll, describe, expect, test } from 'vitest';
import mammoth from 'mammoth';
import { readFileSync } from 'node:fs';
import { grant, parse, readExample } from './helpers.js';
import { renderReport } from '../server/src/report/render.js';
import { buildReportModel } from '../server/src/report/build/index.js';
import { selectCharts } from '../server/src/report/build/charts.js';
import { inlineText, type Block, type BuiltReport, type Chart, type ReportKind, type ReportLang } from '../server/src/report/document.js';
import { parseArgs } from '../server/src/cli/args.js';

const SEED = readFileSync(new URL('./fixtures/seeds/s001-final-report.txt', import.meta.url), 'utf8');

/** Normalised words: lower case, NFC, letters and digits; digit groups («1 728», «1728») read as one number. */
function words(text: string): string[] {
    const joined = text.normalize('NFC').replace(/(\d)[\u00A0\u202F ](?=\d{3}(?!\d))/g, '$1');
    return joined.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** The share of the seed's word occurrences the text holds (multiset intersection / seed size), and what is missing. */
function coverage(seed: string, text: string): { share: number; missing: [string, number][] } {
    const count = (ws: string[]) => { const m = new Map<string, number>(); for (const w of ws) m.set(w, (m.get(w) ?? 0) + 1); return m; };
    const a = count(words(seed)), b = count(words(text));
    let total = 0, hit = 0;
    const missing: [string, number][] = [];
    for (const [w, n] of a) {
        total += n;
        const k = Math.min(n, b.get(w) ?? 0);
        hit += k;
        if (k < n) missing.push([w, n - k]);
    }
    return { share: hit / total, missing: missing.sort((x, y) => y[1] - x[1]) };
}

async function docxText(text: string, kind: ReportKind, lang: ReportLang, extra: { review?: boolean; charts?: boolean } = {}): Promise<string> {
    const result = await renderReport(await parse(text), grant, { kind, lang, ...extra });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    return (await mammoth.extractRawText({ buffer: Buffer.from(result.bytes) })).value;
}

async function model(text: string, kind: ReportKind, lang: ReportLang, extra: { review?: boolean; charts?: boolean } = {}): Promise<BuiltReport> {
    const project = grant.model.Evaluator.get(await parse(text)).projects[0];
    return buildReportModel(project, { kind, lang, ...extra });
}

/** Every text of the model's blocks, one entry per paragraph or cell. */
function texts(blocks: Block[]): string[] {
    const out: string[] = [];
    for (const b of blocks) {
        if (b.type === 'paragraph') out.push(inlineText(b.runs));
        else if (b.type === 'heading') out.push(b.text);
        else if (b.type === 'table') for (const r of [...b.header, ...b.rows]) for (const c of r.cells) out.push(c.paragraphs.map(inlineText).join('\n'));
        else if (b.type === 'chart') out.push(b.caption, ...b.legend, b.note ?? '');
    }
    return out;
}

const EXAMPLE = readExample('birgemiz-bilim.grant');

describe('the whole narrative of seed 001', () => {
    let kk: string;
    beforeAll(async () => { kk = await docxText(EXAMPLE, 'final', 'kk'); });

    test('the kk final report of the example holds at least 97% of the seed\'s words', () => {
        const { share, missing } = coverage(SEED, kk);
        expect(share, `missing: ${missing.slice(0, 40).map(([w, n]) => `${w}×${n}`).join(' ')}`).toBeGreaterThanOrEqual(0.97);
    });

    test('the measure can fail: without the §1 account the report holds far less', async () => {
        const withoutAccount = EXAMPLE.replace(/\n\s*сипаттама: "[^"]*"/g, '');
        const { share } = coverage(SEED, await docxText(withoutAccount, 'final', 'kk'));
        expect(share).toBeLessThan(0.85);
    });

    test('the account follows the §1 table in the seed\'s order, with the seed\'s lines and no invented heading', () => {
        const at = (s: string) => kk.indexOf(s);
        const order = [
            'Растайтын құжаттармен бірге № ___ қосымша',
            '1 міндет. Мүдделі топ өкілдерінің қажеттіліктеріне сай келетін волонтер-оқытушылардың жұмысын ұйымдастыру.',
            '1 іс-шара. Жобаны іске асыру туралы ақпарат жариялау',
            'Ақпан айынан бастап жобаны облыста кеңінен ақпараттандыру',
            '3 іс-шара. Волонтерлерді іріктеу үшін сараптамалық кеңес құру.',
            'Каиров Алихан Аскарович',
            'Жоба бойы 5 рет сараптамалық кеңес отырысы ұйымдастырылды',
            '5 міндет. Құқықтық сауаттылық бойынша оқыту курсын ұйымдастыру.',
            'Оқыту курсының ұзақтығы',
            'Жоба аясынла құқықтық сауаттылық бағыты бойынша байқау',
            '7 міндет.',
            'Өткізілген оқыту курстарының нәтижесінде:',
            '• Онлайн форматта платформаларды қолдану деңгейі артты;',
            '2. Оқушының жеке мүдделеріне',
            '5. Білім беру процесінің практикалық-әрекеттік негізі.',
            '2 іс-шара. Қорытынды іс-шара өткізу, үздіктерді марапаттау.',
            'Кестені толтырып, жоспарланған нәтижелердің алынған нәтижелерге сәйкестігін сипаттаңыз'
        ];
        let last = -1;
        for (const s of order) {
            const i = kk.indexOf(s, last + 1);
            expect(i, s).toBeGreaterThan(last);
            last = i;
        }
        const lines = kk.split('\n').map(l => l.trim());
        expect(lines).not.toContain('Сараптамалық кеңес құрамы');
        expect(lines).not.toContain('Оқыту курстарының нәтижелері');
        // Task 2 has an account of its own and its activity none: no «1 іс-шара.» line under it.
        const t2 = at('2 міндет. Ағылшын тілін оқыту курсын ұйымдастыру.');
        expect(kk.slice(t2, at('3 міндет. Компьютерлік')).includes('іс-шара.')).toBe(false);
    });

    test('the legal-literacy table of task 5 is a table: 8 сағат, 66%, 90%, 24% in cells', async () => {
        const built = await model(EXAMPLE, 'final', 'kk');
        const table = built.doc.blocks.find(b => b.type === 'table' && b.header[0]?.cells.some(c => inlineText(c.paragraphs[0]) === 'Оқыту курсы бағыты'));
        expect(table && texts([table])).toEqual(['№', 'Оқыту курсы бағыты', 'Оқыту курсының ұзақтығы', 'Алғашқы білім деңгейі', 'Кейінгі білім деңгейі', 'Өсім деңгейі',
            '1', 'Құқықтық сауаттылық', '8 сағат', '66%', '90%', '24%']);
    });
});

describe('the form and only the form; review aids and charts on request', () => {
    test('by default: no review appendix, no chart, no mark; with review: the appendix names each finding with its line', async () => {
        const plain = await model(EXAMPLE, 'final', 'kk');
        expect(plain.doc.blocks.some(b => b.type === 'chart')).toBe(false);
        expect(texts(plain.doc.blocks)).not.toContain('Тексеруге арналған қосымша');
        expect(plain.doc.blocks.some(b => b.type === 'paragraph' && b.runs.some(r => r.alert || r.emphasis))).toBe(false);
        expect(plain.doc.blocks.some(b => b.type === 'table' && b.rows.some(r => r.cells.some(c => c.shade === 'alert')))).toBe(false);

        const review = await model(EXAMPLE, 'final', 'kk', { review: true });
        const all = texts(review.doc.blocks);
        const start = all.indexOf('Тексеруге арналған қосымша');
        expect(start).toBeGreaterThan(all.findIndex(t => t.startsWith('Есеп беттерінің жалпы саны:')));
        const appendix = all.slice(start);
        expect(appendix).toContain('Негіздемесі жазылмаған ауытқулар');
        expect(appendix).toContain('Салықтар (ӘС, ӘА, МӘМС тек штаттық қызметкерлер)');
        // A percentage plan against a count is not a deviation: it is listed as not comparable.
        const notComparable = appendix.slice(appendix.indexOf('Жоспармен салыстыруға келмейтін фактілер'));
        expect(notComparable).toContain('Оқушылармен толтырылған сауалнама Кемінде 100');
        expect(appendix.slice(0, appendix.indexOf('Жоспармен салыстыруға келмейтін фактілер'))).not.toContain('Оқушылармен толтырылған сауалнама Кемінде 100');
        // An over-achievement whose unit changed is neither.
        expect(appendix).not.toContain('Волонтерлерге әдістемелік ұсынымдар – 100 дана.');
        // The form before the appendix is the same document.
        expect(all.slice(0, start)).toEqual(texts(plain.doc.blocks));
    });

    test('charts: only comparable counts, each chart says what it leaves out, and why', async () => {
        const project = grant.model.Evaluator.get(await parse(EXAMPLE)).projects[0];
        const selection = selectCharts(project, 'final');
        const bars = selection.flatMap(s => s.bars.map(b => b.indicator.name));
        expect(bars).toContain('Қатысушылар саны');
        // 1 list → 36 people is not 3 600%; a percentage, money and «әр …» plans get no bar.
        expect(bars).not.toContain('Қатысушылар тізімі');
        expect(bars).not.toContain('Оқушылармен толтырылған сауалнама Кемінде 100');
        expect(bars).not.toContain('Фото');
        for (const s of selection) for (const b of s.bars) expect(b.ratio).toBeLessThanOrEqual(10);
        const omitted = selection[0].omitted.map(o => [o.indicator.name, o.reason]);
        expect(omitted).toContainEqual(['Қатысушылар тізімі', 'scale']);
        expect(omitted).toContainEqual(['Фото', 'per']);

        const built = await model(EXAMPLE, 'final', 'kk', { charts: true });
        const charts = built.doc.blocks.filter((b): b is Chart => b.type === 'chart');
        expect(charts.length).toBe(selection.length);
        expect(charts[0].note).toContain('Диаграммаға кірмегендер:');
        expect(charts[0].note).toContain('«Қатысушылар тізімі» (факт жоспардан 10 еседен көп');
        expect(charts[0].legend.join('\n')).not.toContain('Қатысушылар тізімі');
    });

    test('the command line takes --review and --charts', () => {
        expect(parseArgs(['report', 'a.grant', '--review', '--charts'])).toMatchObject({ review: true, charts: true });
        expect(parseArgs(['report', 'a.grant'])).not.toHaveProperty('review');
    });
});

describe('one language per document', () => {
    /** Letters Russian does not have. */
    const KAZAKH = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/u;
    const sourceWords = new Set(words(EXAMPLE));

    test('the Russian report: every word with a Kazakh letter is one the user wrote (no Kazakh form text)', async () => {
        const built = await model(EXAMPLE, 'final', 'ru', { review: true, charts: true });
        const foreign = new Set<string>();
        for (const t of texts(built.doc.blocks)) {
            for (const w of words(t)) if (KAZAKH.test(w) && !sourceWords.has(w)) foreign.add(w);
        }
        expect([...foreign]).toEqual([]);
    });

    test('the test can fail: a Kazakh word of the form in the Russian report is found', () => {
        const w = words('Ауытқу негіздемесі көрсетілмеген').filter(x => KAZAKH.test(x) && !sourceWords.has(x));
        expect(w.length).toBeGreaterThan(0);
    });

    test('plan and fact cells of the Russian report are the values as written, the same as in the Kazakh one', async () => {
        const cellsOf = (b: BuiltReport) => b.doc.blocks.flatMap(x => (x.type === 'table' ? x.rows : []))
            .filter(r => r.status !== undefined).map(r => r.cells.slice(-2).map(c => c.paragraphs.map(inlineText).join(' ')));
        const kk = cellsOf(await model(EXAMPLE, 'final', 'kk'));
        const ru = cellsOf(await model(EXAMPLE, 'final', 'ru'));
        expect(ru.length).toBeGreaterThan(100);
        expect(ru).toEqual(kk);
        const all = ru.flat().join('\n');
        expect(all).not.toMatch(/не (менее|более)/);
    });

    test('a file may carry both texts: «орысша:» is printed in the Russian report, the Kazakh text in the Kazakh one', async () => {
        const text = EXAMPLE
            .replace('міндет 2 "Ағылшын тілін оқыту курсын ұйымдастыру" {', 'міндет 2 "Ағылшын тілін оқыту курсын ұйымдастыру" орысша: "Организация курса обучения английскому языку" {')
            .replace('көрсеткіш "Ағылшын тілі бағыты бойынша байқау ұйымдастыру"  жоспар: Кемінде 1 рет  факт: 1',
                'көрсеткіш "Ағылшын тілі бағыты бойынша байқау ұйымдастыру" орысша: "Конкурс по английскому языку"  жоспар: Кемінде 1 рет орысша: "не менее 1 раза"  факт: 1');
        const ru = texts((await model(text, 'final', 'ru')).doc.blocks);
        const kk = texts((await model(text, 'final', 'kk')).doc.blocks);
        expect(ru).toContain('2. Организация курса обучения английскому языку');
        expect(ru).toContain('Конкурс по английскому языку');
        expect(ru).toContain('не менее 1 раза');
        expect(kk).toContain('Ағылшын тілі бағыты бойынша байқау ұйымдастыру');
        expect(kk).toContain('Кемінде 1 рет');
        expect(kk.join('\n')).not.toContain('не менее 1 раза');
    });
});

describe('the plan\'s «КЕЛІСІЛДІ» block', () => {
    test('carries the grantor\'s signatories written in the file: positions and names', async () => {
        const built = await model(readExample('teng-mumkindik.grant'), 'plan', 'kk');
        const agreed = texts(built.doc.blocks).find(t => t.startsWith('«КЕЛІСІЛДІ»'))!;
        const lines = agreed.split('\n').filter(Boolean);
        expect(lines).toEqual(expect.arrayContaining([
            'Басқарма Төрағасының м.а.', expect.stringMatching(/_+ Балтаев Г\.Т\.$/),
            'Басқарма Төрағасының орынбасары', expect.stringMatching(/_+ Каримова А\.Е\.$/),
            'Жобаларды басқару департаментінің директорының м.а.', expect.stringMatching(/_+ Шакенов А\.А\.$/),
            'Жобаларды басқару департаментінің бас менеджері:', expect.stringMatching(/_+ Жарылқасын С\.Е\.$/)
        ]));
        expect(lines.indexOf('МО')).toBe(lines.findIndex(l => l.endsWith('Балтаев Г.Т.')) + 1);
    });

    test('without signatories: the form\'s positions with blank signature lines', async () => {
        const text = readExample('teng-mumkindik.grant').replace(/\n\s*келісуші [^\n]*/g, '');
        const agreed = texts((await model(text, 'plan', 'kk')).doc.blocks).find(t => t.startsWith('«КЕЛІСІЛДІ»'))!;
        expect(agreed).toContain('Басқарма Төрағасының м.а.');
        expect(agreed).not.toContain('Балтаев');
    });
});

describe('names as written', () => {
    test('«USTUDУ» keeps the seed\'s Cyrillic «У» in the report', async () => {
        const built = await model(EXAMPLE, 'final', 'kk');
        expect(texts(built.doc.blocks)).toContain('«USTUDУ» оқу орталығы');
    });
});
