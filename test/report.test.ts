// «Generate report»: the official forms as .docx from the examples. The
// generated files are unzipped and read back: word/document.xml for the exact
// cells, mammoth for the text a reader sees.
import { describe, expect, test, beforeAll } from 'vitest';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { grant, parse, readExample, root, services } from './helpers.js';
import { renderReport } from '../server/src/report/render.js';
import { buildReportModel } from '../server/src/report/build/index.js';
import { getForm, type FormSection } from '../server/src/report/forms.js';
import { reportFileName } from '../server/src/report/prepare.js';
import { renderReport as requestReport } from '../language/src/lsp/requests.js';
import { fromBase64, toBase64 } from '../server/src/report/base64.js';
import { inlineText, type ReportKind, type ReportLang } from '../server/src/report/document.js';
import { main, type CliIO } from '../server/src/cli.js';
import { report, writeAtomic } from '../server/src/cli/report.js';
import { setLanguage } from '../language/src/i18n.js';

// ---------------------------------------------------------------------------
// Reading a .docx back

interface Docx {
    bytes: Uint8Array;
    zip: JSZip;
    xml: string;
    /** Paragraph texts of word/document.xml, NBSP shown as a space. */
    paragraphs: string[];
    /** Cell texts (paragraphs joined by a newline), NBSP shown as a space. */
    cells: string[];
    text: string;
}

const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
const plain = (s: string) => s.replace(/\u00A0/g, ' ');

function paragraphTexts(xml: string): string[] {
    return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)]
        .map(m => unescape([...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map(t => t[1]).join('')));
}

async function readDocx(bytes: Uint8Array): Promise<Docx> {
    const zip = await JSZip.loadAsync(bytes);
    const xml = await zip.file('word/document.xml')!.async('string');
    const paragraphs = paragraphTexts(xml).map(plain);
    const cells = [...xml.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map(m => paragraphTexts(m[1]).map(plain).join('\n'));
    return { bytes, zip, xml, paragraphs, cells, text: paragraphs.join('\n') };
}

/** A small XML well-formedness check: balanced tags, quoted attributes, escaped text. */
function checkWellFormed(xml: string): string[] {
    const problems: string[] = [];
    const stack: string[] = [];
    const body = xml.replace(/^<\?xml[^?]*\?>/, '');
    const re = /<[^>]*>|[^<]+/g;
    for (const m of body.matchAll(re)) {
        const tok = m[0];
        if (!tok.startsWith('<')) {
            if (/&(?!(?:lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.test(tok)) problems.push(`bad entity near ${tok.slice(0, 40)}`);
            if (tok.includes('>') ) problems.push(`stray > in text: ${tok.slice(0, 40)}`);
            continue;
        }
        if (tok.startsWith('<?') || tok.startsWith('<!')) continue;
        const close = /^<\/([\w:.-]+)\s*>$/.exec(tok);
        if (close) {
            const open = stack.pop();
            if (open !== close[1]) problems.push(`</${close[1]}> closes <${open}>`);
            continue;
        }
        const open = /^<([\w:.-]+)((?:\s+[\w:.-]+\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>$/.exec(tok);
        if (!open) { problems.push(`bad tag ${tok.slice(0, 60)}`); continue; }
        if (!open[3]) stack.push(open[1]);
    }
    if (stack.length) problems.push(`unclosed: ${stack.join(' ')}`);
    return problems;
}

async function render(example: string, kind: ReportKind = 'final', lang: ReportLang = 'kk') {
    const document = await parse(readExample(example));
    const result = await renderReport(document, grant, { kind, lang });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    return { result, docx: await readDocx(result.bytes) };
}

/** Every heading and fixed text of a form section, with its number as printed. */
function formHeadings(sections: FormSection[]): string[] {
    const out: string[] = [];
    for (const s of sections) {
        if (s.heading && s.id !== 'council' && s.id !== 'learning') out.push(s.number && !/^[IV]+$/.test(s.number) ? `${s.number}. ${s.heading}` : s.heading);
        for (const sub of s.subsections ?? []) if (sub.heading) out.push(sub.heading);
    }
    return out;
}

// ---------------------------------------------------------------------------

describe('final report, Kazakh (examples/birgemiz-bilim.grant)', () => {
    let docx: Docx;
    let unjustified: number;
    beforeAll(async () => {
        const r = await render('birgemiz-bilim.grant', 'final', 'kk');
        docx = r.docx;
        unjustified = r.result.ok ? r.result.unjustified.length : -1;
    });

    test('title, header fields and the sum in words', () => {
        expect(docx.paragraphs).toContain('ҚОРЫТЫНДЫ БАҒДАРЛАМАЛЫҚ ЕСЕП');
        expect(docx.paragraphs).toContain('Гранталушы:');
        expect(docx.paragraphs).toContain('«Жас қанат» жастар қоғамдық бірлестігі');
        expect(docx.paragraphs).toContain('Грант сомасы:');
        expect(docx.paragraphs).toContain('15 337 100 (он бес миллион үш жүз отыз жеті мың бір жүз) теңге');
        // Digits grouped by NBSP, exactly as the seed writes them.
        expect(docx.xml).toContain('15\u00A0337\u00A0100 (он бес миллион үш жүз отыз жеті мың бір жүз) теңге');
    });

    test('every heading of the kk form is in the document, in the order of the form', () => {
        const form = getForm('final', 'kk');
        const headings = formHeadings(form.sections);
        expect(headings.length).toBeGreaterThan(15);
        let last = -1;
        for (const h of headings) {
            const at = docx.paragraphs.findIndex((p, i) => i > last && (p === h || p.startsWith(`· ${h} `)));
            expect(at, `heading «${h}»`).toBeGreaterThan(last);
            last = at;
        }
        // The council and learning tables stand inside the §1 account without headings of their own (the seed has none).
        expect(docx.paragraphs).not.toContain('Сараптамалық кеңес құрамы');
        expect(docx.paragraphs).not.toContain('Оқыту курстарының нәтижелері');
        for (const h of ['Міндет', 'Тапсырма шеңберіндегі іс-әрекеттер', 'Жоспарланған көрсеткіштер деңгейі', 'жоспар', 'факт',
            'Растайтын құжаттармен бірге № ___ қосымша', 'Өлшем бірлігі', 'Нақты деңгей'])
            expect(docx.cells, h).toContain(h);
    });

    test('activities grouped under task rows', () => {
        const t1 = docx.cells.indexOf('1 міндет. Мүдделі топ өкілдерінің қажеттіліктеріне сай келетін волонтер-оқытушылардың жұмысын ұйымдастыру');
        const t2 = docx.cells.indexOf('2 міндет. Ағылшын тілін оқыту курсын ұйымдастыру');
        expect(t1).toBeGreaterThan(0);
        expect(t2).toBeGreaterThan(t1);
        const firstActivity = docx.cells.indexOf('Жобаны іске асыру туралы ақпарат жариялау, облыс тұрғындарын ақпараттандыру және кездесу жұмыстарын өткізу');
        expect(firstActivity).toBeGreaterThan(t1);
        expect(firstActivity).toBeLessThan(t2);
        expect(docx.cells).toContain('Наурыз – Қараша');
        expect(docx.cells).toContain('№1 қосымша');
        expect(docx.cells).toContain('21\n378'); // two participant groups, one per line
        expect(docx.cells).toContain('Волонтерлер\nҚатысушылар');
    });

    test('plan and fact numbers in their cells', () => {
        const cells = docx.cells;
        const planFact = cells.indexOf('Өнімдер мен көрсеткіштер (оқиғалар үшін)');
        expect(planFact).toBeGreaterThan(0);
        const at = (name: string) => cells.indexOf(name, planFact);
        // Indicator, plan, fact are adjacent cells of a row.
        const row = (name: string) => cells.slice(at(name), at(name) + 3);
        expect(row('Қатысушылар саны')).toEqual(['Қатысушылар саны', 'Кемінде 200', '698']);
        expect(row('Видеороликтың қаралым саны')).toEqual(['Видеороликтың қаралым саны', 'Кемінде 400', '5 344']);
        // Block IV: unit in its own column, money grouped.
        const payroll = at('Гранттың жалпы сомасынан еңбек ақы төлеу қоры');
        expect(cells.slice(payroll, payroll + 4)).toEqual(['Гранттың жалпы сомасынан еңбек ақы төлеу қоры', 'теңге', '4 185 000', '4 042 547']);
        const direct = at('Тікелей бенефициарлар саны (оның ішінде халықтың әлеуметтік осал санаттары)');
        expect(cells.slice(direct + 1, direct + 4)).toEqual(['адам', '1 000, оның ішінде аз қамтылған отбасынан 200', '1 618, оның ішінде аз қамтылған отбасынан 319']);
    });

    test('information work with its publications', () => {
        expect(docx.paragraphs).toContain('1. Qazvolunteer.kz «БҚО волонтерлері онлайн курстарға қатысып, білім алуда!» 15.08.2020ж.');
        expect(docx.paragraphs).toContain('13. «24.kz» сайт «Волонтеры обучают сельских детей иностранным языкам» 08.11.2020ж.');
        expect(docx.paragraphs.filter(p => p === 'Пост, мақала (2 тілде):')).toHaveLength(3);
    });

    test('statistics tables across, as in S001: the labels in one row, the counts under them; the grantee\'s own sentence', () => {
        const cells = docx.cells;
        const across = (first: string, n: number) => {
            const i = cells.indexOf(first);
            return [cells.slice(i, i + n), cells.slice(i + n, i + 2 * n)];
        };
        expect(across('Жалпы жоба қатысушылары саны', 3)).toEqual([['Жалпы жоба қатысушылары саны', 'Ерлер', 'Әйелдер'], ['1 728', '565', '1 163']]);
        const [labels, counts] = across('Жоба бойынша жалпы қатысушылар саны', 11);
        expect(labels[10]).toBe('Басқа санаттар');
        expect(counts[10]).toBe('1 604');
        const ages = cells.indexOf('13 пен 16 жас аралығында');
        expect(cells[ages + 8]).toBe('1 618');
        expect(cells[ages + 14]).toBe('0');
        expect(docx.paragraphs).toContain('Жоба соңындағы статистикаға сүйенетін болсақ, Батыс Қазақстан облысында жобаға қатысушылар саны 1728 адамды құрайды.');
        expect(docx.paragraphs).not.toContain('Жобаға қатысушылар саны 1 728 адамды құрайды.');
    });

    test('deviations: the form carries the grantee\'s sentence only; no red, no added table, no «факт көрсетілмеген»', () => {
        // Three money rows fall short of their plan and have no justification: the CLI and the preview say so.
        expect(unjustified).toBe(3);
        expect(docx.text).not.toContain('Ауытқу негіздемесі көрсетілмеген');
        expect(docx.text).not.toContain('факт көрсетілмеген');
        expect(docx.xml).not.toContain('C00000');
        expect(docx.xml).not.toContain('FDE0DC');
        expect(docx.paragraphs).toContain('Жоба жоспарға сай орындалды.');
        expect(docx.text).not.toContain('Тексеруге арналған қосымша');
        // The plan/fact cells as written.
        const i = docx.cells.indexOf('Салықтар (ӘС, ӘА, МӘМС тек штаттық қызметкерлер)');
        expect(docx.cells.slice(i + 2, i + 4)).toEqual(['441 522', '319 362']);
    });

    test('narrative sections, learning outcomes, council, partners, proposals, recommendations', () => {
        expect(docx.text).toContain('Жоспарға сәйкес жоба ауылдық елді-мекендеріндегі орта мектептердің');
        expect(docx.paragraphs.some(p => p.startsWith('· нақты көрсеткіштер, әлеуметтік жобаны іске асыру кезінде') && p.includes('компьютерлік сауаттылық бойынша 250 оқушыны'))).toBe(true);
        expect(docx.cells).toContain('Каиров Алихан Аскарович');
        const english = docx.cells.indexOf('Ағылшын тілі');
        expect(docx.cells.slice(english, english + 5)).toEqual(['Ағылшын тілі', '48 сағат', '46%', '75%', '29%']);
        expect(docx.cells).toContain('«Жас эколог» ЖҚБ');
        expect(docx.cells).toContain('Жастар туризмін дамыту мен лагерлерін өткізу жөніндегі жоба «JasTour»');
        expect(docx.cells).toContain('20 млн тг');
        expect(docx.cells.some(c => c.includes('(Сіз ұсынған грант тақырыбына сәйкес келетін грант бағытын таңдаңыз)') && c.includes('13-2) мемлекеттік қызметтер'))).toBe(true);
        expect(docx.cells).toContain('25 қараша 2020 жыл. №52 хат');
    });

    test('signature block: the page count written in the file, head, fill date, stamp', async () => {
        const pages = docx.paragraphs.find(p => p.startsWith('Есеп беттерінің жалпы саны:'));
        expect(pages).toBe('Есеп беттерінің жалпы саны: 35 бет.');
        expect(docx.xml).not.toMatch(/Есеп беттерінің жалпы саны: <\/w:t><\/w:r><w:r>(?:(?!<\/w:p>)[\s\S])*?NUMPAGES/);
        expect(docx.paragraphs).toContain('«Жас қанат» ЖҚБ төрағасы: Сейтимов Азат Галимович');
        expect(docx.paragraphs).toContain('Лауазымы, жетекшінің Т.А.Ә. (бар болса), немесе орынбасарының');
        expect(docx.cells).toContain('Толтырылған уақыты ____________');
        expect(docx.cells).toContain('Мөр орны');
        const footers = await Promise.all(Object.keys(docx.zip.files).filter(f => /^word\/footer\d+\.xml$/.test(f)).map(f => docx.zip.file(f)!.async('string')));
        expect(footers.some(f => f.includes('Бет ') && f.includes('PAGE') && f.includes('NUMPAGES'))).toBe(true);
        // The first page (the cover) has a footer of its own, without a page number.
        expect(docx.xml).toContain('<w:titlePg/>');
        expect(docx.xml).toMatch(/<w:footerReference w:type="first"/);
        expect(footers.some(f => !f.includes('PAGE'))).toBe(true);
    });

    test('without «беттер:» the page count is a field the word processor fills', async () => {
        const document = await parse(readExample('birgemiz-bilim.grant').replace(/\n\s*беттер: 35\n/, '\n'));
        const result = await renderReport(document, grant, { kind: 'final', lang: 'kk' });
        if (!result.ok) throw new Error('not rendered');
        const d = await readDocx(result.bytes);
        expect(d.paragraphs.find(p => p.startsWith('Есеп беттерінің жалпы саны:'))).toBe('Есеп беттерінің жалпы саны:  бет.');
        expect(d.xml).toMatch(/Есеп беттерінің жалпы саны: <\/w:t><\/w:r><w:r>(?:(?!<\/w:p>)[\s\S])*?NUMPAGES/);
    });

    test('no charts unless asked for', async () => {
        expect(Object.keys(docx.zip.files).filter(f => f.startsWith('word/media/') || f.startsWith('word/charts/'))).toEqual([]);
        expect(docx.text).not.toContain('бойынша жоспар мен факт');
    });

    test('tables repeat their header rows; a long row may run on to the next page; Times New Roman in every script slot', async () => {
        expect(docx.xml).toContain('<w:tblHeader/>');
        const rows = docx.xml.match(/<w:tr>[\s\S]*?<\/w:tr>/g) ?? [];
        expect(rows.length).toBeGreaterThan(100);
        // Only header rows are kept whole: a data row with a long cell breaks across pages under the repeated header.
        for (const r of rows) expect(r.includes('<w:cantSplit/>'), r.slice(0, 200)).toBe(r.includes('<w:tblHeader/>'));
        // The font, size and language are the document's defaults (every run inherits them); no run names another font.
        const styles = await docx.zip.file('word/styles.xml')!.async('string');
        const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(styles)?.[0] ?? '';
        expect(defaults).toContain('<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="Times New Roman" w:cs="Times New Roman"/>');
        expect(defaults).toContain('<w:lang w:val="kk-KZ"/>');
        expect(docx.xml).not.toMatch(/<w:rFonts (?![^>]*Times New Roman)/);
        for (const heading of ['Heading1', 'Heading2', 'Heading3']) {
            const style = new RegExp(`<w:style [^>]*w:styleId="${heading}"[\\s\\S]*?</w:style>`).exec(styles)?.[0] ?? '';
            expect(style, heading).toContain('w:ascii="Times New Roman"');
        }
        // Table text takes its size from a cell style; cell margins are the table's.
        expect(styles).toMatch(/w:styleId="EsepCell20"[\s\S]*?<w:sz w:val="20"\/>/);
        expect(docx.xml).toContain('<w:pStyle w:val="EsepCell20"/>');
        expect(docx.xml).toContain('<w:tblCellMar>');
        // (Only a chart beside its legend sets the margin of its cell.)
        expect(docx.xml.match(/<w:tcMar>/g)?.length ?? 0).toBeLessThanOrEqual(docx.xml.match(/<c:chart /g)?.length ?? 0);
        // Wide tables on landscape pages.
        expect(docx.xml).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
    });

    test('the XML parts are well-formed and the text is NFC', async () => {
        for (const name of ['word/document.xml', 'word/styles.xml', 'word/footer1.xml', 'word/footnotes.xml', '[Content_Types].xml', 'docProps/core.xml']) {
            const part = await docx.zip.file(name)!.async('string');
            expect(checkWellFormed(part), name).toEqual([]);
        }
        const text = docx.paragraphs.join('\n');
        expect(text === text.normalize('NFC')).toBe(true);
        // No decomposed й (и + U+0306) anywhere.
        expect(docx.xml).not.toMatch(/\u0306/);
    });

    test('reads back with mammoth: the key headings are in the text', async () => {
        const { value } = await mammoth.extractRawText({ buffer: Buffer.from(docx.bytes) });
        for (const h of ['ҚОРЫТЫНДЫ БАҒДАРЛАМАЛЫҚ ЕСЕП', '1. Әлеуметтік жоба аясындағы іс-шараларды сипаттаңыз',
            'Жобаның жоспардан ауытқу негіздемесін сипаттаңыз:', 'Гендерлік көрсеткіш:', 'Әлеуметтік жоба серіктестері',
            '15 337 100 (он бес миллион үш жүз отыз жеті мың бір жүз) теңге'])
            expect(plain(value), h).toContain(h);
    });
});

describe('final report, Russian', () => {
    test('Russian headings, labels and the sum in Russian words', async () => {
        const { docx } = await render('birgemiz-bilim.grant', 'final', 'ru');
        expect(docx.paragraphs).toContain('ИТОГОВЫЙ ПРОГРАММНЫЙ ОТЧЁТ');
        expect(docx.paragraphs).toContain('Грантополучатель:');
        expect(docx.paragraphs).toContain('15 337 100 (пятнадцать миллионов триста тридцать семь тысяч сто) тенге');
        let last = -1;
        for (const h of formHeadings(getForm('final', 'ru').sections)) {
            const at = docx.paragraphs.findIndex((p, i) => i > last && (p === h || p.startsWith(`· ${h} `)));
            expect(at, h).toBeGreaterThan(last);
            last = at;
        }
        expect(docx.text).not.toContain('Обоснование отклонения не указано');
        // Values are printed as the user wrote them: no half-translated «не менее 200».
        const i = docx.cells.indexOf('Қатысушылар саны', docx.cells.indexOf('Продукты и показатели (по мероприятиям)'));
        expect(docx.cells.slice(i, i + 3)).toEqual(['Қатысушылар саны', 'Кемінде 200', '698']);
        expect(docx.cells).toContain('Место печати');
        expect(docx.paragraphs).toContain('Общее количество страниц отчёта: 35 стр.');
        const { value } = await mammoth.extractRawText({ buffer: Buffer.from(docx.bytes) });
        expect(value).toContain('1. Опишите мероприятия в рамках социального проекта');
        expect(await docx.zip.file('word/styles.xml')!.async('string')).toContain('<w:lang w:val="ru-RU"/>');
    });
});

describe('plan (Appendix 3) for examples/teng-mumkindik.grant', () => {
    let docx: Docx;
    beforeAll(async () => {
        docx = (await render('teng-mumkindik.grant', 'plan', 'kk')).docx;
    });

    test('preamble, title, blocks I–IV', () => {
        expect(docx.paragraphs.slice(0, 4)).toEqual([
            'Мемлекеттік грант беру туралы', '202__ жылғы «___» __________№___', 'Шарттың №3 қосымшасы', 'ӘЛЕУМЕТТІК ЖОБАНЫҢ ТОЛЫҚ СИПАТТАМАСЫ'
        ]);
        for (const h of ['I БЛОК', 'Жоба туралы жалпы ақпарат', 'II БЛОК', 'Жоба командасы туралы ақпарат', 'III БЛОК',
            'Әлеуметтік жобаны іске асыру мониторингінің жоспары', 'IV БЛОК', 'Жобаның әлеуметтік әсері',
            'Шарт талаптарына сәйкес жоба нәтижелерінің қорытынды жария презентациясы',
            'Шарт талаптарына сәйкес жобаның орындалу барысы туралы ақпараттық жұмыс'])
            expect(docx.paragraphs, h).toContain(h);
    });

    test('header, team, monitoring tables per task, presentation, info work, Block IV, signatures', () => {
        const cells = docx.cells;
        expect(cells[cells.indexOf('Грантты алушы:') + 1]).toBe('«ҚСА» Республикалық студенттер қозғалысы» қоғамдық бірлестігі');
        expect(cells[cells.indexOf('Әлеуметтік жобаны іске асыру кезеңі:') + 1]).toBe('01.05.2025 - 31.10.2025');
        expect(cells.some(c => c.startsWith('1. Маңғыстау облысындағы жалпы 7 медицина қызметкері') && c.includes('\n6. Instagram, Facebook, Telegram'))).toBe(true);
        const naukenRow = cells.indexOf('Наукен Ұлан Аманқазыұлы');
        expect(cells.slice(naukenRow, naukenRow + 5)[4]).toBe('50%');
        expect(cells).toContain('Бахитова Аружан Қуандыққызы');
        expect(docx.paragraphs).toContain('1 міндет. Жобаның негізгі мақсаттары мен міндеттерін кең аудиторияға таныстыру, мүдделі тараптарды хабардар ету және жобаға қызығушылықты арттыру.');
        expect(cells).toContain('Кемінде 30 000 қаралым');
        expect(cells).toContain('1 мамыр 2025 жыл - 31 қазан 2025 жыл');
        const views = cells.indexOf('Жанама бенефициарлар саны (БАҚ-та жариялау есебінен)');
        expect(cells.slice(views + 1, views + 3)).toEqual(['адам', '30 000']);
        expect(cells.some(c => c.startsWith('№ 3 қосымшамен таныстым және келісемін:') && c.includes('Президент') && c.includes('Наукен Ұлан Аманқазыұлы'))).toBe(true);
        expect(cells.some(c => c.startsWith('«КЕЛІСІЛДІ»') && c.includes('Басқарма Төрағасының м.а.'))).toBe(true);
        // No plan/fact verdicts in a plan.
        expect(docx.text).not.toContain('факт көрсетілмеген');
    });

    test('column notes 1–6 are real footnotes', async () => {
        const footnotes = await docx.zip.file('word/footnotes.xml')!.async('string');
        expect(footnotes).toContain('Іс-шараның атауын көрсету және оны мақсатын');
        expect(footnotes).toContain('Жоба туралы ақпарат қандай қолжетімді арналар арқылы таратылатынын көрсету қажет');
        expect(docx.xml.match(/<w:footnoteReference w:id="\d+"\/>/g)).toHaveLength(6);
        expect(checkWellFormed(footnotes)).toEqual([]);
    });

    test('Russian plan', async () => {
        const ru = (await render('teng-mumkindik.grant', 'plan', 'ru')).docx;
        expect(ru.paragraphs.slice(0, 4)).toEqual([
            'Приложение №3', 'к Договору о предоставлении государственного гранта', 'от «___» __________ 202__ года №___', 'ПОЛНОЕ ОПИСАНИЕ СОЦИАЛЬНОГО ПРОЕКТА'
        ]);
        expect(ru.paragraphs).toContain('БЛОК I');
        expect(ru.cells).toContain('Грантополучатель:');
        expect(ru.cells).toContain('Кемінде 30 000 қаралым');
        expect(ru.text).not.toContain('не менее 30 000 қаралым');
    });

    test('a plan file has no sum or head: the final report refuses with the list of what to fix', async () => {
        const document = await parse(readExample('teng-mumkindik.grant'));
        const result = await renderReport(document, grant, { kind: 'final', lang: 'kk' });
        expect(result.ok).toBe(false);
        if (result.ok) return;
        expect(result.errors.map(e => e.code)).toEqual(['V-REQ-01']);
        expect(result.errors[0].message).toContain('Грант сомасы');
        expect(result.errors[0].line).toBeGreaterThan(1);
    });
});

describe('interim report', () => {
    const grantText = `жоба "Аралық" {
    гранталушы: "«Тест» ҚБ"
    тақырып: "Тест жобасы"
    кезең: 01.03.2020 - 30.11.2020
    сома: 1 000 000 теңге
    жетекші: "Асанов Асан" лауазымы: "Төраға"
    есеп-күні: 15.06.2020
    міндет 1 "Бірінші міндет" {
        іс-шара 1 "Көктемгі іс-шара" {
            мерзімі: наурыз - сәуір
            орны: "Орал"
            көрсеткіш "Қатысушылар саны" жоспар: кемінде 100 факт: 80
        }
        іс-шара 2 "Күзгі іс-шара" {
            мерзімі: қыркүйек - қараша
            орны: "Орал"
            көрсеткіш "Қатысушылар саны" жоспар: кемінде 200 факт: 50
            көрсеткіш "Фото" жоспар: 10
        }
    }
    ақпараттық-жұмыс "Жарияланымдар" {
        көрсеткіш "Пост" жоспар: 5 факт: 1
        жарияланымдар {
            01.05.2020 "site.kz" "Көктем"
            01.10.2020 "site.kz" "Күз"
        }
    }
}
`;

    test('facts so far; running indicators «орындалуда»; a finished one is a deviation; later publications left out', async () => {
        const document = await parse(grantText);
        const result = await renderReport(document, grant, { kind: 'interim', lang: 'kk' });
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        const docx = await readDocx(result.bytes);
        expect(docx.paragraphs).toContain('АРАЛЫҚ ЕСЕП');
        expect(docx.paragraphs).toContain('(есеп беру күніне дейінгі кезеңді қамтиды: 1 наурыз 2020 жыл – 15 маусым 2020 жыл)');
        expect(docx.cells).toContain('50 (орындалуда)');
        expect(docx.cells).toContain('орындалуда');
        // The spring activity is over: 80 of 100 is a deviation without justification.
        expect(result.unjustified.map(u => u.name)).toEqual(['1.1. Қатысушылар саны']);
        expect(docx.paragraphs).toContain('1. site.kz «Көктем» 01.05.2020ж.');
        expect(docx.text).not.toContain('«Күз»');
    });
});

describe('report model', () => {
    test('built from the form: every heading is a form string', async () => {
        const document = await parse(readExample('birgemiz-bilim.grant'));
        const project = grant.model.Evaluator.get(document).projects[0];
        const built = buildReportModel(project, { kind: 'final', lang: 'kk' });
        const form = getForm('final', 'kk');
        const formStrings = new Set(form.sections.flatMap(s => [s.heading, ...(s.subsections ?? []).map(x => x.heading)]).filter(Boolean));
        for (const b of built.doc.blocks) if (b.type === 'heading') expect(formStrings.has(b.text), b.text).toBe(true);
        // The three money rows; not «3% against 100 questionnaires» (not comparable), not «1 → 100 дана» (over, unit changed).
        expect(built.deviations.map(d => d.name)).toEqual([
            'Гранттың жалпы сомасынан еңбек ақы төлеу қоры', 'Салықтар (ӘС, ӘА, МӘМС тек штаттық қызметкерлер)',
            'Экономикаға салым (тауарлар мен қызметтерді сатып алу)'
        ]);
        expect(inlineText(built.doc.footer)).toBe('Бет {page} / {pages}');
    });

    test('a justification clears the mark', async () => {
        const text = readExample('birgemiz-bilim.grant').replace(
            'жоспар: 441 522 теңге  факт: 319 362 теңге',
            'жоспар: 441 522 теңге  факт: 319 362 теңге  ауытқу: "Салық базасы жалақы қорына байланысты азайды."');
        const document = await parse(text);
        const project = grant.model.Evaluator.get(document).projects[0];
        const built = buildReportModel(project, { kind: 'final', lang: 'kk' });
        expect(built.deviations).toHaveLength(3);
        expect(built.unjustified).toHaveLength(2);
        // The justified one goes into the form's deviations table.
        const cells = built.doc.blocks.flatMap(b => (b.type === 'table' ? b.rows.flatMap(r => r.cells.map(c => c.paragraphs.map(inlineText).join('\n'))) : []));
        expect(cells).toContain('Салық базасы жалақы қорына байланысты азайды.');
        expect(built.deviations.find(d => d.name.startsWith('Салықтар'))?.justification).toBe('Салық базасы жалақы қорына байланысты азайды.');
    });

    test('file names are safe', () => {
        expect(reportFileName('Birgemiz: Bilim', 'final', 'kk')).toBe('Birgemiz-Bilim-қорытынды-есеп.docx');
        expect(reportFileName('Тең мүмкіндік', 'plan', 'ru')).toBe('Тең-мүмкіндік-описание-проекта.docx');
        expect(reportFileName('a/b\\c<d>e|f?*"«g»', 'interim', 'kk')).toBe('a-b-c-d-e-f-g-аралық-есеп.docx');
        expect(reportFileName('...', 'final', 'kk')).toBe('esep-қорытынды-есеп.docx');
    });
});

describe('pictures and encodings', () => {
    test('base64 without Buffer', () => {
        for (const n of [0, 1, 2, 3, 4, 5, 1000, 100001]) {
            const bytes = new Uint8Array(n).map((_, i) => (i * 31 + 7) & 0xff);
            expect(toBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
            expect([...fromBase64(toBase64(bytes))]).toEqual([...bytes]);
        }
    });
});

describe('browser worker', () => {
    test('the report code bundles for the browser without Node built-ins', async () => {
        const { build } = await import('esbuild');
        const result = await build({
            entryPoints: [join(root, 'server/src/report/requests.ts')], bundle: true, platform: 'browser', format: 'iife',
            write: false, metafile: true, logLevel: 'silent',
            // docx has a require("buffer") fallback for data-URI strings when atob is missing; never reached here.
            external: ['buffer']
        });
        const inputs = Object.keys(result.metafile!.inputs);
        expect(inputs.filter(i => i.startsWith('node:') || /(^|\/)(fs|path|zlib|os|child_process)(\.js)?$/.test(i))).toEqual([]);
        expect(inputs.some(i => i.includes('templates/forms/final.kk.json'))).toBe(true);
        const reportSources = inputs.filter(i => i.includes('server/src/report/'));
        const code = (file: string) => readFileSync(join(root, file), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
        for (const file of reportSources) expect(code(file), file).not.toMatch(/from 'node:|\bBuffer\b|require\(/);
    });
});

describe('language server: esep/renderReport', () => {
    const ask = (uri: string, kind: 'final' | 'plan' | 'interim' = 'final', lang: 'kk' | 'ru' | 'en' = 'kk') =>
        requestReport(services.shared, grant, { uri, kind, lang });

    test('answers with the .docx as base64, a file name and the unjustified count', async () => {
        const document = await parse(readExample('birgemiz-bilim.grant'));
        const answer = await ask(document.uri.toString());
        if ('errors' in answer) throw new Error(answer.errors.join('\n'));
        expect(answer.fileName).toBe('Birgemiz-Bilim-қорытынды-есеп.docx');
        expect(answer.unjustified).toBe(3);
        expect(answer.warnings?.[0]).toContain('3');
        const docx = await readDocx(fromBase64(answer.data));
        expect(docx.paragraphs).toContain('ҚОРЫТЫНДЫ БАҒДАРЛАМАЛЫҚ ЕСЕП');
    });

    test('syntax errors come back as a list with positions', async () => {
        const document = await parse('жоба "X" {\n    гранталушы: "A"\n    міндет 1 "T" {\n}\n');
        const answer = await ask(document.uri.toString(), 'plan', 'ru');
        expect('errors' in answer).toBe(true);
        if (!('errors' in answer)) return;
        expect(answer.errors.length).toBeGreaterThan(0);
        expect(answer.errors[0]).toMatch(/^\d+:\d+: /);
    });

    test('unknown documents', async () => {
        const missing = await ask('memory:///nowhere.grant');
        expect('errors' in missing).toBe(true);
    });
});

// ---------------------------------------------------------------------------
// The CLI

function io(): CliIO & { outLines: string[]; errLines: string[] } {
    const outLines: string[] = [];
    const errLines: string[] = [];
    return { outLines, errLines, out: l => outLines.push(l), err: l => errLines.push(l) };
}

function workspace(example = 'birgemiz-bilim.grant', text?: string): { dir: string; file: string; source: string } {
    const dir = mkdtempSync(join(tmpdir(), 'esep-report-'));
    const file = join(dir, 'project.grant');
    const source = text ?? readExample(example);
    writeFileSync(file, source);
    return { dir, file, source };
}

describe('esep report (CLI)', () => {
    test('writes next to the input, named after the project and kind; says how many deviations are unjustified', async () => {
        const { dir, file, source } = workspace();
        const o = io();
        expect(await main(['report', file], o)).toBe(0);
        const expected = join(dir, 'Birgemiz-Bilim-қорытынды-есеп.docx');
        expect(existsSync(expected)).toBe(true);
        expect(o.outLines.join('\n')).toContain(expected);
        expect(o.errLines.join('\n')).toContain('3 ауытқудың негіздемесі жазылмаған');
        expect(o.errLines.some(l => /project\.grant:\d+:\d+: «Салықтар/.test(l))).toBe(true);
        expect(readFileSync(file, 'utf8')).toBe(source);
        expect(readdirSync(dir).sort()).toEqual(['Birgemiz-Bilim-қорытынды-есеп.docx', 'project.grant']);
        const docx = await readDocx(readFileSync(expected));
        expect(docx.paragraphs).toContain('ҚОРЫТЫНДЫ БАҒДАРЛАМАЛЫҚ ЕСЕП');
    });

    test('never overwrites without --force; --force replaces', async () => {
        const { dir, file } = workspace();
        const out = join(dir, 'out.docx');
        writeFileSync(out, 'old report');
        const o = io();
        expect(await main(['report', file, '-o', out], o)).toBe(1);
        expect(o.errLines.join('\n')).toContain('--force');
        expect(readFileSync(out, 'utf8')).toBe('old report');
        const o2 = io();
        expect(await main(['report', file, '-o', out, '--force'], o2)).toBe(0);
        expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
        expect(readdirSync(dir).sort()).toEqual(['out.docx', 'project.grant']);
    });

    test('-o may name a folder: the default file name goes inside it', async () => {
        const { dir, file } = workspace('teng-mumkindik.grant');
        const o = io();
        expect(await main(['report', file, '--kind', 'plan', '-o', dir], o)).toBe(0);
        expect(readdirSync(dir).sort()).toEqual(['project.grant', 'Тең-мүмкіндік-жоба-сипаттамасы.docx']);
    });

    test('a failing renderer leaves the old file intact and no temporary file behind', async () => {
        const { dir, file } = workspace();
        const out = join(dir, 'out.docx');
        writeFileSync(out, 'old report');
        const before = statSync(out).mtimeMs;
        const o = io();
        const code = await report(file, { lang: 'kk', output: out, strict: false, force: true }, o, {
            write: async () => { throw new Error('renderer exploded'); }
        });
        expect(code).toBe(1);
        expect(o.errLines.join('\n')).toContain('renderer exploded');
        expect(readFileSync(out, 'utf8')).toBe('old report');
        expect(statSync(out).mtimeMs).toBe(before);
        expect(readdirSync(dir).sort()).toEqual(['out.docx', 'project.grant']);
    });

    test('--strict refuses when deviations are unjustified', async () => {
        const { dir, file } = workspace();
        const o = io();
        expect(await main(['report', file, '--strict'], o)).toBe(1);
        expect(o.errLines.join('\n')).toContain('--strict');
        expect(readdirSync(dir)).toEqual(['project.grant']);
    });

    test('--strict writes a clean plan', async () => {
        const { dir, file } = workspace('teng-mumkindik.grant');
        const o = io();
        expect(await main(['report', file, '--kind', 'plan', '--strict', '--lang', 'ru'], o)).toBe(0);
        expect(readdirSync(dir).sort()).toEqual(['project.grant', 'Тең-мүмкіндік-описание-проекта.docx']);
    });

    test('a syntax error writes nothing and lists file:line:col', async () => {
        const { dir, file } = workspace(undefined, 'жоба "X" {\n    гранталушы: "A"\n    міндет 1 "T" {\n');
        const o = io();
        expect(await main(['report', file, '--kind', 'plan'], o)).toBe(1);
        expect(o.errLines.some(l => /project\.grant:\d+:\d+: /.test(l))).toBe(true);
        expect(readdirSync(dir)).toEqual(['project.grant']);
    });

    test('missing header fields write nothing and say what to add', async () => {
        const text = readExample('birgemiz-bilim.grant').replace(/^\s*гранталушы: .*$/m, '').replace(/^\s*жетекші: .*$/m, '');
        const { dir, file } = workspace(undefined, text);
        const o = io();
        expect(await main(['report', file], o)).toBe(1);
        const err = o.errLines.join('\n');
        expect(err).toContain('«гранталушы: …»');
        expect(err).toContain('«жетекші: …»');
        expect(err).toMatch(/project\.grant:\d+:\d+: /);
        expect(readdirSync(dir)).toEqual(['project.grant']);
    });

    test('-o must name a .docx (or a folder): «-o report.pdf» is a usage error before any work, nothing written', async () => {
        const { dir, file } = workspace();
        const o = io();
        expect(await main(['report', file, '-o', join(dir, 'report.pdf')], o)).toBe(2);
        expect(o.errLines[0]).toBe(`${join(dir, 'report.pdf')}: есеп Word файлы болып жазылады, сондықтан атауы .docx деп аяқталсын (мысалы, -o есеп.docx).`);
        expect(existsSync(join(dir, 'report.pdf'))).toBe(false);
        expect(await main(['report', file, '-o', join(dir, 'report')], io())).toBe(2);
        // The extension in capitals is a .docx too.
        expect(await main(['report', file, '-o', join(dir, 'REPORT.DOCX')], io())).toBe(0);
        expect(readFileSync(join(dir, 'REPORT.DOCX')).subarray(0, 2).toString()).toBe('PK');
    });

    test('the .grant file is never the output; bad kind or language is a usage error', async () => {
        const { file, source } = workspace();
        const o = io();
        expect(await main(['report', file, '-o', file, '--force'], o)).toBe(1);
        expect(readFileSync(file, 'utf8')).toBe(source);
        expect(await main(['report', file, '--kind', 'monthly'], io())).toBe(2);
        expect(await main(['report', file, '--lang', 'en'], io())).toBe(2);
    });
});

describe('esep report (CLI): the .grant file is only read', () => {
    /** The .grant file with an mtime in the past, so that any write would show. */
    function aged(example = 'birgemiz-bilim.grant') {
        const ws = workspace(example);
        const past = new Date('2024-01-02T03:04:05Z');
        utimesSync(ws.file, past, past);
        const fingerprint = () => ({ bytes: readFileSync(ws.file), mtime: statSync(ws.file).mtimeMs });
        return { ...ws, before: fingerprint(), fingerprint };
    }

    test('a report next to it, one elsewhere, and one over an existing report with --force: bytes and mtime unchanged', async () => {
        const { dir, file, before, fingerprint } = aged();
        expect(await main(['report', file], io())).toBe(0);
        mkdirSync(join(dir, 'out'));
        expect(await main(['report', file, '-o', join(dir, 'out', 'r.docx')], io())).toBe(0);
        expect(await main(['report', file, '-o', join(dir, 'out', 'r.docx'), '--force', '--lang', 'ru'], io())).toBe(0);
        setLanguage('kk');
        expect(await main(['report', file, '--kind', 'interim', '-o', join(dir, 'out') + '/'], io())).toBe(0);
        expect(fingerprint()).toEqual(before);
    });

    for (const [name, spell] of [
        ['the same path', (dir: string) => join(dir, 'project.grant')],
        ['another spelling of it', (dir: string) => `${dir}/./sub/../project.grant`],
        ['a symbolic link to it', (dir: string) => { const link = join(dir, 'link.docx'); symlinkSync(join(dir, 'project.grant'), link); return link; }]
    ] as const) {
        test(`-o naming the .grant file (${name}) is refused, with and without --force`, async () => {
            const { dir, file, before, fingerprint } = aged();
            mkdirSync(join(dir, 'sub'));
            const target = spell(dir);
            const o = io();
            expect(await main(['report', file, '-o', target], o)).toBe(1);
            expect(await main(['report', file, '-o', target, '--force'], io())).toBe(1);
            expect(o.errLines).toHaveLength(1);
            expect(fingerprint()).toEqual(before);
            expect(readdirSync(dir).filter(n => n.endsWith('.tmp'))).toEqual([]);
        });
    }

    test('-o naming a hard link to the .grant file: refused without --force; with it, the link is replaced and the .grant file is not touched', async () => {
        const { dir, file, before, fingerprint } = aged();
        const link = join(dir, 'hard.docx');
        linkSync(file, link);
        expect(await main(['report', file, '-o', link], io())).toBe(1);
        expect(await main(['report', file, '-o', link, '--force'], io())).toBe(0);
        expect(readFileSync(link).subarray(0, 2).toString()).toBe('PK');
        expect(fingerprint()).toEqual(before);
    });

    test('a report that cannot be written (no such folder): the .grant file and the folder as they were', async () => {
        const { dir, file, before, fingerprint } = aged();
        const o = io();
        expect(await main(['report', file, '-o', join(dir, 'missing', 'r.docx')], o)).toBe(1);
        expect(fingerprint()).toEqual(before);
        expect(readdirSync(dir)).toEqual(['project.grant']);
    });

    test('the atomic write refuses a file that appeared after the check, and leaves no temporary file', () => {
        const { dir } = workspace();
        const target = join(dir, 'late.docx');
        writeFileSync(target, 'written meanwhile by someone else');
        expect(() => writeAtomic(target, new Uint8Array([1, 2, 3]), false)).toThrow();
        expect(readFileSync(target, 'utf8')).toBe('written meanwhile by someone else');
        expect(readdirSync(dir).sort()).toEqual(['late.docx', 'project.grant']);
        writeAtomic(target, new Uint8Array([1, 2, 3]), true);
        expect([...readFileSync(target)]).toEqual([1, 2, 3]);
        expect(readdirSync(dir).sort()).toEqual(['late.docx', 'project.grant']);
    });
});
