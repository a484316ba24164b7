/**
 * Test documents for import: a plan (Appendix 3) laid out as NGOs type it,
 * written with the `docx` library from a project's shape (shape.ts) — portrait
 * A4, Block I as a table (or as paragraphs), Word-numbered expected results,
 * Block II tables, per-task Block III tables with one row per activity whose
 * indicators and plans are parallel paragraphs with empty spacers, footnote
 * marks in the headers, the place shared by two activities merged vertically
 * (vMerge), gridSpan; and variants: one big Block III table with task rows
 * spanning all columns, columns in another order with other header words,
 * tracked changes. Esep's own plan writer lays the form out differently (one
 * row per indicator): that is the round-trip test's input.
 */
import {
    AlignmentType, DeletedTextRun, Document, FootnoteReferenceRun, InsertedTextRun, LevelFormat, Packer, PageOrientation, Paragraph,
    Table, TableCell, TableRow, TextRun, VerticalMergeType, WidthType, type ParagraphChild
} from 'docx';
import type { Shape, ShapeActivity } from './shape-of.js';

export type Column = 'activity' | 'place' | 'indicator' | 'plan' | 'period';

export interface PlanDocxOptions {
    layout?: 'perTask' | 'bigTable';
    blockI?: 'table' | 'paragraphs';
    columns?: Column[];
    /** Header words of other copies of the form: «индикаторлар», «Жоспаранып», «Орындау». */
    variantHeaders?: boolean;
    tracked?: boolean;
    /** Merge the place cell of consecutive activities that share it (default true). */
    mergePlaces?: boolean;
}

const SEED_HEADERS: Record<Column, string> = {
    activity: 'Іс-шара (Іс-шараның қысқаша сипаттамасы)',
    place: 'Өткізілу орны',
    indicator: 'Сандық және сапалық көрсеткіштер (іс-шаралар бойынша)',
    plan: 'Жоспарланып отырған индикаторлар',
    period: 'Орындалу мерзімі'
};
const VARIANT_HEADERS: Record<Column, string> = {
    activity: 'Іс-шара',
    place: 'Өткізілу орны',
    indicator: 'Сандық және сапалық индикаторлар (іс-шаралар бойынша)',
    plan: 'Жоспаранып отырған индикаторлар',
    period: 'Орындау мерзімі'
};
const FOOTNOTE: Record<Column, number> = { activity: 1, place: 2, indicator: 3, plan: 4, period: 5 };

const p = (text: string) => new Paragraph({ children: [new TextRun(text)] });
const cell = (paragraphs: Paragraph[], extra: Partial<ConstructorParameters<typeof TableCell>[0]> = {}) =>
    new TableCell({ children: paragraphs.length ? paragraphs : [new Paragraph('')], ...extra });

/** «1 мамыр 2025 жыл - 31 қазан 2025 жыл» as the seed types it: «1 мамыр 2025 жыл-31 қазан 2025 жыл». */
const seedPeriod = (period: string | undefined) => (period ?? '').replace(/\s+-\s+/, '-');

let changeId = 1;
function planParagraph(plan: string, tracked: boolean): Paragraph {
    if (!tracked) return p(plan);
    const children: ParagraphChild[] = [
        new DeletedTextRun({ text: '999 ', id: changeId++, author: 'Сарапшы', date: '2025-04-01T10:00:00Z' }),
        new InsertedTextRun({ text: plan, id: changeId++, author: 'Сарапшы', date: '2025-04-01T10:00:00Z' })
    ];
    return new Paragraph({ children });
}

function monitoringHeader(columns: Column[], variant: boolean, footnotes: boolean, placeWord = 'Өткізілу орны'): TableRow {
    const words = variant ? VARIANT_HEADERS : SEED_HEADERS;
    return new TableRow({
        tableHeader: true,
        children: columns.map(c => cell([new Paragraph({
            children: [new TextRun(c === 'place' ? placeWord : words[c]), ...(footnotes ? [new FootnoteReferenceRun(FOOTNOTE[c])] : [])]
        })]))
    });
}

function activityRows(list: ShapeActivity[], columns: Column[], o: PlanDocxOptions): TableRow[] {
    return list.map((a, i) => {
        const spacer = () => new Paragraph('');
        const names: Paragraph[] = [];
        const plans: Paragraph[] = [];
        a.pairs.forEach(([name, plan], k) => {
            if (k > 0) { names.push(spacer()); plans.push(spacer()); }
            names.push(p(name));
            plans.push(planParagraph(plan, !!o.tracked && k === 0));
        });
        if (o.tracked && a.pairs.length) {
            // A whole indicator struck out by the reviewer: deleted in both cells.
            const del = (text: string) => new Paragraph({ children: [new DeletedTextRun({ text, id: changeId++, author: 'Сарапшы', date: '2025-04-01T10:00:00Z' })] });
            names.push(del('Өшірілген көрсеткіш'));
            plans.push(del('7'));
        }
        const prev = list[i - 1];
        const next = list[i + 1];
        const merge = o.mergePlaces !== false && a.place !== undefined;
        const placeMerge = !merge ? undefined
            : prev?.place === a.place ? VerticalMergeType.CONTINUE
                : next?.place === a.place ? VerticalMergeType.RESTART : undefined;
        const cells: Record<Column, TableCell> = {
            activity: cell([p(`${a.number ?? i + 1}. ${a.title}`)]),
            place: placeMerge === VerticalMergeType.CONTINUE ? cell([], { verticalMerge: placeMerge })
                : cell([p(a.place ?? '')], placeMerge ? { verticalMerge: placeMerge } : {}),
            indicator: cell(names),
            plan: cell(plans),
            period: cell([p(seedPeriod(a.period))])
        };
        return new TableRow({ children: columns.map(c => cells[c]) });
    });
}

function spanRow(text: string, columns: number): TableRow {
    return new TableRow({ children: [cell([p(text)], { columnSpan: columns })] });
}

const table = (rows: TableRow[]) => new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE } });

const LABELS: [string, string][] = [
    ['grantee', 'Грантты алушы:'], ['priority', 'Гранттың басым бағыты:'], ['topic', 'Грант тақырыбы:'], ['goal', 'Жоба мақсаты:'],
    ['territory', 'Жобаның іске асырылу аумағы:'], ['targetGroup', 'Жобаның мақсатты тобы:'], ['period', 'Әлеуметтік жобаны іске асыру кезеңі:']
];

function blockI(s: Shape, o: PlanDocxOptions): (Paragraph | Table)[] {
    const numbered = (text: string) => new Paragraph({ children: [new TextRun(text)], numbering: { reference: 'results', level: 0 } });
    const value = (key: string) => key === 'period' ? (s.header.period ?? '').replace(/\s+-\s+/, '-') : s.header[key] ?? '';
    const partners = s.header.partners ? [p(`1. ${s.header.partners}`)] : [];
    if (o.blockI === 'paragraphs') {
        const out: Paragraph[] = [];
        LABELS.forEach(([key, label], i) => {
            // Half on one line («Грантты алушы: …»), half with the value on the next line.
            if (i % 2 === 0) out.push(p(`${label} ${value(key)}`));
            else out.push(p(label), p(value(key)));
        });
        out.push(p('Жобаны іске асыруда күтілетін нәтиже:'), ...s.expected.map(numbered));
        out.push(p('Әлеуметтік жоба әріптестерінің саны және атауы:'), ...partners);
        return out;
    }
    // Three grid columns: the value cell spans two (gridSpan).
    const row = (label: string, paragraphs: Paragraph[]) => new TableRow({ children: [cell([p(label)]), cell(paragraphs, { columnSpan: 2 })] });
    return [table([
        ...LABELS.map(([key, label]) => row(label, [p(value(key))])),
        row('Жобаны іске асыруда күтілетін нәтиже:', s.expected.map(numbered)),
        row('Әлеуметтік жоба әріптестерінің саны және атауы:', partners)
    ])];
}

function blockII(s: Shape): (Paragraph | Table)[] {
    const header = new TableRow({ children: ['ТАӘ', 'Лауазымы', 'Байланыс ақпараттары', 'Міндеттері', 'Жобадағы қызметі'].map(h => cell([p(h)])) });
    const rows = (kind: string) => s.team.filter(m => m.kind === kind).map(m => new TableRow({
        children: [m.name, m.position, m.contact, m.duties, m.workload].map(v => cell([p(v ?? '')]))
    }));
    return [
        p('Ұйымның штаттық қызметкерлері'), table([header, ...rows('қызметкер')]),
        p('Азаматтық-құқықтық сипаттағы шарт бойынша тартылатын мамандар'), table([header, ...rows('маман')]),
        p('Бұл жолдар міндетті түрде толтырылады. Грантты іске асыруға қатысатын ұйымның барлық штаттық қызметкерлерін және тартылатын мамандарды көрсету қажет.')
    ];
}

function blockIII(s: Shape, o: PlanDocxOptions): (Paragraph | Table)[] {
    const columns = o.columns ?? ['activity', 'place', 'indicator', 'plan', 'period'];
    const out: (Paragraph | Table)[] = [];
    const presentationTitle = 'Шарт талаптарына сәйкес жоба нәтижелерінің қорытынды жария презентациясы';
    if (o.layout === 'bigTable') {
        const rows = [monitoringHeader(columns, !!o.variantHeaders, true)];
        for (const t of s.tasks) rows.push(spanRow(`${t.number} міндет. ${t.title}`, columns.length), ...activityRows(t.activities, columns, o));
        if (s.presentations.length) rows.push(spanRow(presentationTitle, columns.length), ...activityRows(s.presentations, columns, o));
        out.push(table(rows));
    } else {
        s.tasks.forEach((t, i) => {
            out.push(p(`${t.number}${i % 2 ? '-' : ' '}міндет. ${t.title}`));
            out.push(table([monitoringHeader(columns, !!o.variantHeaders || i >= 2, i === 0), ...activityRows(t.activities, columns, o)]));
        });
        if (s.presentations.length) {
            out.push(p(presentationTitle));
            out.push(table([monitoringHeader(columns, true, false), ...activityRows(s.presentations, columns, o)]));
        }
    }
    for (const w of s.infoWorks) {
        out.push(p(w.title));
        out.push(table([monitoringHeader(columns, true, false, 'Байланыс арнасы'), ...activityRows(w.activities, columns, o)]));
    }
    return out;
}

function blockIV(s: Shape): (Paragraph | Table)[] {
    const header = new TableRow({ children: ['№', 'Индикатор', 'Өлшем бірлігі', 'Жоспарланған деңгейі'].map(h => cell([p(h)])) });
    const rows = s.impact.map(([name, plan], i) => {
        const m = /^([\d\s]+?)\s+(\D.*)$/u.exec(plan);
        return new TableRow({ children: [`${i + 1}.`, name, m ? m[2] : '', m ? m[1] : plan].map(v => cell([p(v)])) });
    });
    return [table([header, ...rows])];
}

/** The plan of `shape` as a .docx laid out like seed 002. */
export async function planDocx(s: Shape, o: PlanDocxOptions = {}): Promise<Uint8Array> {
    const children: (Paragraph | Table)[] = [
        new Paragraph({ children: [new TextRun('Мемлекеттік грант беру туралы')], alignment: AlignmentType.RIGHT }),
        new Paragraph({ children: [new TextRun(s.header.contract || '202__ жылғы «___» __________№___')], alignment: AlignmentType.RIGHT }),
        new Paragraph({ children: [new TextRun('Шарттың №3 қосымшасы')], alignment: AlignmentType.RIGHT }),
        p('ӘЛЕУМЕТТІК ЖОБАНЫҢ ТОЛЫҚ СИПАТТАМАСЫ'),
        p('I БЛОК'), p('Жоба туралы жалпы ақпарат'),
        ...blockI(s, o),
        p('Бұл жолдар міндетті түрде толтырылады. Жоба туралы ақпарат өтінімге сәйкес толтырылады.'),
        p('II БЛОК'), p('Жоба командасы туралы ақпарат'),
        ...blockII(s),
        p('III БЛОК'), p('Әлеуметтік жобаны іске асыру мониторингінің жоспары'),
        ...blockIII(s, o),
        p('IV БЛОК'), p('Жобаның әлеуметтік әсері'),
        ...blockIV(s),
        p('№ 3 қосымшамен таныстым және келісемін:'),
        p(s.header.grantee ?? ''), p(s.headPosition ?? 'Президент'), p(`_________________ ${s.head ?? ''}`),
        p('М.О.'), p('«КЕЛІСІЛДІ»'), p('Грант беруші:'), p('«Азаматтық бастамаларды қолдау орталығы» КЕАҚ'), p('_________________ Балтаев Г.Т.')
    ];
    const doc = new Document({
        numbering: { config: [{ reference: 'results', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START }] }] },
        footnotes: {
            1: { children: [p('Іс-шараның атауын көрсету және оны мақсатын, қатысушылары мен мазмұнын көрсете отырып сипаттау қажет.')] },
            2: { children: [p('Іс-шараның аумағын/өткізілу орнын көрсету қажет.')] },
            3: { children: [p('Сапалық және сандық көрсеткіштерді көрсету қажет.')] },
            4: { children: [p('Әрбір сандық және сапалық көрсеткішке сандық мәнді көрсету қажет.')] },
            5: { children: [p('Іс-шара қандай мерзімде өткізілетінін көрсету қажет.')] }
        },
        sections: [{
            properties: { page: { size: { width: 11906, height: 16838, orientation: PageOrientation.PORTRAIT }, margin: { top: 1134, bottom: 1134, left: 1134, right: 850 } } },
            children
        }]
    });
    return new Uint8Array(await Packer.toBuffer(doc));
}
