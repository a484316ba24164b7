/**
 * A previous year's final report laid out as NGOs type the form of seeds
 * 000/001, written with the `docx` library from a report's shape
 * (report-shape.ts): the title, the header as a label/value table (with the
 * form's own «Грант соммасы» spelling), section 1's activities table with
 * task rows across all columns, the plan-against-fact table with a two-row
 * header («Жоспарланған көрсеткіштер деңгейі» over «жоспар | факт») and one
 * row per activity whose indicators, plans and facts are parallel paragraphs
 * with empty spacers (a plan may run over two lines), information work in the
 * same table under a heading row (its publications listed «1. outlet «title»
 * 15.08.2020ж.»), the impact table, statistics (gender and ages across, categories
 * down with the other copies' labels and «-» for none), partners and the
 * signature. Esep's own report writer lays the form out differently (one row
 * per indicator, merged cells): that is the round-trip test's input.
 */
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import categories from '../../templates/categories.json' with { type: 'json' };
import type { ReportShape, Triple } from './report-shape.js';

export interface ReportDocxOptions {
    /** Leave out the last fact of the first activity with several indicators (V-IMPORT-08). */
    missingFact?: boolean;
    /** Write a word instead of the number of men (V-IMPORT-09). */
    wordForCount?: boolean;
}

const p = (text: string) => new Paragraph({ children: [new TextRun(text)] });
const cell = (paragraphs: Paragraph[], extra: Partial<ConstructorParameters<typeof TableCell>[0]> = {}) =>
    new TableCell({ children: paragraphs.length ? paragraphs : [new Paragraph('')], ...extra });
const row = (texts: string[]) => new TableRow({ children: texts.map(t => cell([p(t)])) });
const across = (text: string, columns: number) => new TableRow({ children: [cell([p(text)], { columnSpan: columns })] });
const table = (rows: TableRow[]) => new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE } });

/** Parallel paragraphs with an empty spacer after each; a plan «Әр кездесуден кемінде 5» on two lines. */
function column(values: (string | undefined)[], split: boolean): Paragraph[] {
    const out: Paragraph[] = [];
    for (const v of values) {
        const two = split && v ? /^(\p{L}[^()]*?)\s+(кемінде\s[^()]+)$/iu.exec(v) : null;
        if (two) out.push(p(two[1]), p(two[2]));
        else out.push(p(v ?? ''));
        out.push(new Paragraph(''));
    }
    return out;
}

function sectionOne(s: ReportShape): Table {
    const header = row(['№', 'Іс-шара', 'Орындалу мерзімі', 'Өткізілген орны (қала/елді-мекен мекен-жайы)', 'Қатысушылар саны',
        'Қатысушылар категориясы', 'Тартылған сарапшылар', 'Жоспарланған мерзімге сәйкес жоспарланған іс-шаралардың толықтығы',
        'Растайтын құжаттармен бірге № ___ қосымша']);
    const rows = [header];
    let appendix = 0;
    for (const t of s.tasks) {
        rows.push(across(`${t.number} міндет. ${t.title}`, 9));
        t.activities.forEach((a, i) => {
            const parts = a.participants.map(x => /^(\S+)\s*(.*)$/u.exec(x)!);
            rows.push(new TableRow({
                children: [
                    cell([p(`${a.number ?? i + 1}.`)]), cell([p(a.title)]), cell([p(a.period ?? '')]), cell([p(a.place ?? '')]),
                    cell(parts.map(m => p(m[1]))), cell(parts.map(m => p(m[2]))), cell([p(a.experts ?? '')]),
                    cell([p('100% орындалды.')]), cell([p(`№${++appendix} қосымша`)])
                ]
            }));
        });
    }
    return table(rows);
}

function planFact(s: ReportShape, o: ReportDocxOptions): Table {
    const rows = [
        new TableRow({
            children: [
                cell([p('Міндет')]), cell([p('Тапсырма шеңберіндегі іс-әрекеттер')]), cell([p('Қол жеткізілген қысқа мерзімді нәтижелер (іс-шараларға)')]),
                cell([p('Өнімдер мен көрсеткіштер (оқиғалар үшін)')]), cell([p('Жоспарланған көрсеткіштер деңгейі')], { columnSpan: 2 })
            ]
        }),
        row(['', '', '', '', 'жоспар', 'факт'])
    ];
    let dropped = false;
    const tasksDone = () => {
        // As seed 001 does: information work in the same table, under a heading row across it.
        rows.push(across('Шарттың талаптарына сәйкес жобаны іске асыру барысы туралы ақпараттық жұмыс (айына кемінде 2 жарияланымды жүзеге асыру қажет)', 6));
        s.infoWorks.forEach((w, i) => rows.push(new TableRow({
            children: [
                cell([p(`${i + 1}.`)]), cell([p(w.title)]), cell(content(w)),
                cell(column(w.indicators.map(x => x.name), false)), cell(column(w.indicators.map(x => x.plan), false)),
                cell(column(w.indicators.map(x => x.fact), false))
            ]
        })));
    };
    s.tasks.forEach((t, ti) => {
        rows.push(across(`${t.number}. ${t.title}`, 6));
        t.activities.forEach((a, i) => {
            const facts: (string | undefined)[] = a.indicators.map((x: Triple) => x.fact);
            if (o.missingFact && !dropped && facts.length > 2) { facts.pop(); dropped = true; }
            rows.push(new TableRow({
                children: [
                    cell([]), cell([p(`${a.number ?? i + 1}. ${a.title}`)]), cell([p(a.result ?? '')]),
                    cell(column(a.indicators.map(x => x.name), false)),
                    // Every other task types a long plan over two lines, as people do in a narrow column.
                    cell(column(a.indicators.map(x => x.plan), ti % 2 === 0)),
                    cell(column(facts.filter(f => f !== undefined), false))
                ]
            }));
        });
    });
    tasksDone();
    return table(rows);
}

/** «БАҚ ақпарат жариялау», then «Пост, мақала (2 тілде):» and the publications numbered, as the seed lists them. */
function content(w: ReportShape['infoWorks'][number]): Paragraph[] {
    const list = w.publications.map((x, i) => {
        const m = /^(\S+) (.+?) «(.+)»$/u.exec(x)!;
        return p(`${i + 1}. ${m[2]} «${m[3]}» ${m[1]}ж.`);
    });
    return [p(w.result ?? ''), ...(list.length ? [p('Пост, мақала (2 тілде):'), ...list] : [])];
}

function impact(s: ReportShape): Table {
    return table([
        row(['№', 'Индикатор', 'Өлшем бірлігі', 'Жоспарланған деңгей', 'Нақты деңгей']),
        ...s.impact.map((x, i) => row([String(i + 1), x.name, '', x.plan ?? '', x.fact ?? '']))
    ]);
}

function statistics(s: ReportShape, o: ReportDocxOptions): (Paragraph | Table)[] {
    const st = s.statistics;
    const label = (key: string) => {
        const c = categories.socialCategories.find(x => x.grantKey === key) as { kk: string; kkAliases?: string[] } | undefined;
        return c?.kkAliases?.[0] ?? c?.kk ?? key;
    };
    const ageLabel = (key: string) => key.endsWith('+') ? `${key.slice(0, -1)} жас және жоғары` : `${key} жас`;
    const count = (v: string | undefined) => (v === '0' || v === undefined ? '-' : v);
    return [
        p('2. Әлеуметтік жобаға, әлеуметтік бағдарламаға қатысушылар бөлінісінде статистикалық ақпарат:'),
        p('Гендерлік көрсеткіш'),
        table([row(['Жобаға қатысушылардың саны барлығы', 'Ерлер', 'Әйелдер']), row([st.total ?? '', o.wordForCount ? 'көп' : st.men ?? '', st.women ?? ''])]),
        p('Санаты бойынша әлеуметтік мәртебесі'),
        table([row(['Бүкіл жобаға қатысушылар саны', st.total ?? '']), ...st.categories.map(([k, v]) => row([label(k), count(v)]))]),
        p('Жас көрсеткіші'),
        table([row(['Жобаға қатысушылардың саны барлығы', ...st.ages.map(([k]) => ageLabel(k))]), row([st.total ?? '', ...st.ages.map(([, v]) => v)])])
    ];
}

function partners(s: ReportShape): (Paragraph | Table)[] {
    return [
        p('Әлеуметтік жоба серіктестері'),
        table([
            row(['Ұйымның аты / серіктестің аты', 'Жобадағы рөлі', 'Ұйым және серіктес байланысы', 'Ескерту']),
            ...s.partners.map(x => row([x.name, x.role ?? '', x.contact ?? '', x.note ?? '']))
        ])
    ];
}

/** The final report of `s` as a .docx laid out like seeds 000/001. */
export async function reportDocx(s: ReportShape, o: ReportDocxOptions = {}): Promise<Uint8Array> {
    const children: (Paragraph | Table)[] = [
        p('Әлеуметтік жобаны және (немесе) әлеуметтік бағдарламаны іске асыру қорытындылары бойынша қорытынды есеп'),
        table([row(['Гранталушы:', s.header.grantee ?? '']), row(['Грант тақырыбы:', s.header.topic ?? '']), row(['Грант соммасы:', s.header.sum ?? ''])]),
        p('1. Әлеуметтік жоба аясындағы іс-шараларды сипаттаңыз'),
        sectionOne(s),
        p('Кестені толтырып, жоспарланған нәтижелердің алынған нәтижелерге сәйкестігін сипаттаңыз'),
        planFact(s, o),
        p('Әлеуметтік жобаның әлеуметтік-экономикалық нәтижелерін көрсететін кестені толтырыңыз'),
        impact(s),
        p('Жобаның жоспардан ауытқу негіздемесін сипаттаңыз: Жоба жоспарға сай орындалды.'),
        ...statistics(s, o),
        ...partners(s),
        p('Есеп беттерінің жалпы саны: 12 бет.'),
        p('Жоба жетекшісі: Сейтимов Азат Галимович')
    ];
    const doc = new Document({ sections: [{ children }] });
    return new Uint8Array(await Packer.toBuffer(doc));
}

/**
 * A final report written as prose, as seed 000 is: «1. міндет. …» and «№1 әрекет. …» paragraphs with
 * their account under them, and only the statistics as tables.
 */
export async function proseReportDocx(s: ReportShape): Promise<Uint8Array> {
    const children: (Paragraph | Table)[] = [
        p('Әлеуметтік жобаны және (немесе) әлеуметтік бағдарламаны'),
        p('іске асыру қорытындылары бойынша қорытынды есеп'),
        p(`Әлеуметтік жобаның атауы: ${s.header.topic ?? ''}`),
        p('1. Сандық көрсеткіштерді келтіре отырып, әлеуметтік жобаның барлық іс-шаралары бойынша жалпы ақпарат:')
    ];
    for (const t of s.tasks) {
        children.push(p(`${t.number}. міндет. ${t.title};`));
        t.activities.forEach((a, i) => children.push(p(`№${i + 1} әрекет. ${a.title}`), p(a.result ?? 'Іс-шара өткізілді.')));
    }
    children.push(...statistics(s, {}));
    return new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children }] })));
}
