/**
 * The words of the final report form (seeds 000/001, templates/forms/final.*.json),
 * Kazakh and Russian, as they vary between NGOs' copies: the title that tells a
 * report from a plan, the column headers of its tables, the statistics rows
 * (templates/categories.json with its aliases), the partners' columns and the
 * section headings whose text is not content.
 */
import categories from '../../../templates/categories.json' with { type: 'json' };
import { clean } from './labels.js';

/** «ҚОРЫТЫНДЫ БАҒДАРЛАМАЛЫҚ ЕСЕП», «…қорытындылары бойынша қорытынды есеп», «ИТОГОВЫЙ ПРОГРАММНЫЙ ОТЧЁТ». */
export function isReportTitle(text: string): boolean {
    const t = clean(text);
    // The title line itself (it starts or ends with the words), not a sentence that mentions a report.
    const re = /(қорытынды|аралық)\s+(бағдарламалық\s+)?есеп|(итогов|промежуточн|финальн)\p{L}*\s+(программн\p{L}*\s+)?отч[её]т/iu;
    const m = re.exec(t);
    return !!m && t.length < 200 && (m.index === 0 || m.index + m[0].length >= t.replace(/[.\s]+$/u, '').length);
}

export type ReportColumn =
    | 'number' | 'task' | 'activity' | 'result' | 'indicator' | 'plan' | 'fact' | 'unit'
    | 'period' | 'place' | 'participants' | 'category' | 'experts' | 'completeness' | 'appendix' | 'content';

/** The column a report table's header cell names, by its words (the order of the tests matters). */
export function reportColumn(text: string): ReportColumn | undefined {
    const t = clean(text).toLowerCase();
    if (!t) return undefined;
    if (/^(№|n|#)\.?$/u.test(t)) return 'number';
    if (/(^|[^\p{L}])факт|нақты\s+деңгей|достигнут\p{L}*\s+уров/u.test(t)) return 'fact';
    if (/растайтын|қосымша|приложени/u.test(t)) return 'appendix';
    if (/толықтығы|полнота/u.test(t)) return 'completeness';
    if (/сарапшы|эксперт/u.test(t)) return 'experts';
    if (/категори/u.test(t)) return 'category';
    if (/қатысушылар\s+саны|количество\s+участник/u.test(t)) return 'participants';
    if (/нәтиже|результат/u.test(t)) return 'result';
    if (/жоспар|план/u.test(t)) return 'plan';
    if (/мерзім|срок|период/u.test(t)) return 'period';
    if (/орны|место|арна|канал/u.test(t)) return 'place';
    if (/мазмұны|содержан/u.test(t)) return 'content';
    if (/өлшем|единиц/u.test(t)) return 'unit';
    if (/өнім|көрсеткіш|индикатор|показател|продукт/u.test(t)) return 'indicator';
    if (/іс-?әрекет|іс-?шара|мероприят|действи/u.test(t)) return 'activity';
    if (/^(міндет|задач)/u.test(t)) return 'task';
    return undefined;
}

/** The partners table's columns: «Ұйымның аты / серіктестің аты | Жобадағы рөлі | … байланысы | Ескерту». */
export function partnerColumn(text: string): 'name' | 'role' | 'contact' | 'note' | undefined {
    const t = clean(text).toLowerCase();
    if (/рөлі|роль/u.test(t)) return 'role';
    if (/байланыс|контакт/u.test(t)) return 'contact';
    if (/ескерту|примечан/u.test(t)) return 'note';
    if (/аты|атауы|наименован|имя/u.test(t)) return 'name';
    return undefined;
}

export type StatisticsRow = { kind: 'total' | 'men' | 'women' } | { kind: 'category' | 'age'; key: string };

const letters = (s: string) => clean(s).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
/** A label without its brackets and «оның ішінде…» tail: «Балалар (оның ішінде …)» → «балалар». */
const base = (s: string) => letters(s.replace(/\([^)]*\)?/gu, ' ')).replace(/\s*(оның\s+ішінде|в\s+том\s+числе).*$/u, '').trim();
const sameLabel = (a: string, b: string) => a === b || (a.length >= 12 && b.length >= 12 && (a.startsWith(b) || b.startsWith(a)));

interface CategoryJson { grantKey: string; kk: string; ru: string; kkAliases?: string[] }
const CATEGORY_LABELS: { key: string; labels: string[] }[] = (categories.socialCategories as CategoryJson[]).map(c => ({
    key: c.grantKey, labels: [c.kk, c.ru, ...(c.kkAliases ?? [])].map(base)
}));
const TOTAL_LABELS = [categories.total.kk, categories.total.ru, ...categories.total.kkAliases].map(base);

/** Which statistics row a label names (the form's words and the other copies' spellings). */
export function statisticsRow(label: string): StatisticsRow | undefined {
    const t = letters(label);
    if (!t || t.length > 120) return undefined;
    const b = base(label);
    if (TOTAL_LABELS.some(l => sameLabel(l, b)) || (/жалпы|барлығы|бүкіл|общее|всего/u.test(t) && /қатысушы|участник/u.test(t))) return { kind: 'total' };
    if (/^(ерлер|мужчин)/u.test(t)) return { kind: 'men' };
    if (/^(әйелдер|женщин)/u.test(t)) return { kind: 'women' };
    const age = /^(?:от\s+)?(\d{1,2})\D+?(\d{1,2})\s*(жас|лет|год)?/u.exec(t);
    if (age && /жас|лет|год|аралығ/u.test(t)) return { kind: 'age', key: `${age[1]}-${age[2]}` };
    const older = /^(\d{1,2})\s*(жас\s*)?(және|и)?\s*(одан\s+)?(жоғары|старше|более)/u.exec(t) ?? /^(\d{1,2})\s*(лет\s+)?(и\s+)?старше/u.exec(t);
    if (older) return { kind: 'age', key: `${older[1]}+` };
    for (const c of CATEGORY_LABELS) {
        if (c.labels.some(l => sameLabel(l, b))) return { kind: 'category', key: c.key };
    }
    return undefined;
}

/** A statistics or participants count as written, when it is a number («1 728», «565»); «-» and «—» are no count. */
export function countText(text: string): string | 'none' | undefined {
    const t = clean(text);
    if (!t || /^[-–—]$/u.test(t)) return 'none';
    return /^\d{1,3}(?:[ \u00A0]\d{3})+$|^\d+$/u.test(t) ? t.replace(/\u00A0/g, ' ') : undefined;
}

/** The narrative sections of the report: their heading's words and the `қорытынды` key that holds them. */
export const CONCLUSION_HEADINGS: { key: string; re: RegExp }[] = [
    { key: 'мақсатқа-жету', re: /^(\d\.\s*)?(мақсатқа\s+жету|достижение\s+цели)/iu },
    { key: 'өзгерістер', re: /^(\d\.\s*)?(әлеуметтік\s+жобаны\s+іске\s+асырудың\s+соңында|измерение\s+социальных)/iu },
    { key: 'ауытқу', re: /^(жобаның\s+жоспардан\s+ауытқу\s+негіздемесін|обоснуйте\s+отклонени)/iu },
    { key: 'нақты-нәтижелер', re: /^[·•-]?\s*(нақты\s+көрсеткіштер|фактические\s+показатели)/iu },
    { key: 'ұзақ-мерзімді-әсер', re: /^[·•-]?\s*(іске\s+асыру\s+барысында\s+шешілетін|долгосрочное\s+влияние)/iu },
    { key: 'тұрақтылық', re: /^[·•-]?\s*(әлеуметтік\s+жобаның\s*\/\s*әлеуметтік\s+бағдарламаның\s+тұрақтылығы|устойчивость)/iu },
    { key: 'серіктестер-үлесі', re: /^(\d\.\s*)?(серіктестердің\s+үлестерін\s+талдау|анализ\s+вклада\s+партн)/iu }
];

/** The form's own headings and instructions in a report: not content, not «unplaced». */
const REPORT_BOILERPLATE: RegExp[] = [
    /^әлеуметтік\s+жобаны\s+және\s+\(немесе\)\s+әлеуметтік\s+бағдарламаны\s*$/iu,
    /^(\d\.\s*)?сандық\s+көрсеткіштерді\s+келтіре\s+отырып/iu, /^(\d\.\s*)?общая\s+информация\s+по\s+всем\s+мероприятиям/iu,
    /^(\d\.\s*)?әлеуметтік\s+жоба\s+аясындағы\s+іс-шараларды\s+сипаттаңыз/iu,
    /^(\d\.\s*)?опишите\s+мероприятия/iu,
    /^кестені\s+толтырып/iu, /^заполните\s+таблицу/iu,
    /^(\d\.\s*)?әлеуметтік\s+жобаға?,?\s+(әлеуметтік\s+бағдарламаға\s+)?қатысушылар/iu,
    /^(\d\.\s*)?әлеуметтік\s+жобаларға\s+қатысушылар\s+контекстіндегі/iu,
    /^(\d\.\s*)?статистическая\s+информация/iu,
    /^гендерлік\s+көрсеткіш|^гендерный\s+показатель/iu,
    /^санаты\s+бойынша|^социальн\p{L}*\s+статус/iu,
    /^жас\s+көрсеткіші|^возрастной\s+показатель/iu,
    /^(\d\.\s*)?әлеуметтік\s+жоба\s+көрсеткіші|^(\d\.\s*)?показатели\s+социального\s+проекта/iu,
    /^әлеуметтік\s+жоба\s+серіктестері|^партн[её]ры\s+социального\s+проекта/iu,
    /^жобаны\s+іске\s+асыруға\s+тікелей\s+қатысатын/iu, /^организации,\s+непосредственно/iu,
    /^осы\s+әлеуметтік\s+жобаның\s+жалғасы/iu, /^предложения\s+по\s+темам/iu,
    /^мемлекеттік\s+органдар\s+үшін/iu, /^укажите\s+конкретные/iu,
    /^лауазымы,\s+жетекшінің/iu, /^должность,\s+ф\.?и\.?о/iu,
    /^шарттың\s+талаптарына\s+сәйкес/iu, /^информационная\s+работа\s+о\s+ходе/iu,
    /^әлеуметтік\s+жобаның\s+әлеуметтік-экономикалық\s+нәтижелерін/iu, /^заполните\s+таблицу,\s+отражающую/iu,
    /^толтырылған\s+уақыты|^дата\s+заполнения|^мөр\s+орны|^место\s+печати/iu
];

export function isReportBoilerplate(text: string): boolean {
    const t = clean(text);
    return REPORT_BOILERPLATE.some(re => re.test(t));
}
