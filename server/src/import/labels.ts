/**
 * The words of the plan form (Appendix 3), Kazakh and Russian, as they vary
 * between NGOs' copies: block markers, Block I labels, the column headers of
 * the monitoring tables, Block II and Block IV headers, and the form's own
 * instructions (boilerplate, not content).
 */
import type { HeaderKey } from './plan.js';

/** NFC, whitespace runs as one space, trimmed. */
export function clean(text: string): string {
    return text.normalize('NFC').replace(/[\s\u00A0\u202F\u200B\uFEFF]+/g, ' ').trim();
}

/** «I БЛОК», «III БЛОК.», «БЛОК IV» → 1..4. */
export function blockMarker(text: string): number | undefined {
    const m = /^(?:(IV|I{1,3})\s*\.?\s*БЛОК|БЛОК\s*(IV|I{1,3}))(?![\p{L}])\.?/iu.exec(clean(text));
    if (!m) return undefined;
    return { I: 1, II: 2, III: 3, IV: 4 }[(m[1] ?? m[2]).toUpperCase() as 'I' | 'II' | 'III' | 'IV'];
}

/** Block I labels; a paragraph or cell is a label when it starts with one (and usually ends with «:»). */
export const HEADER_LABELS: { key: HeaderKey | 'expected'; re: RegExp }[] = [
    { key: 'grantee', re: /^(гранталушы|грантты\s+алушы|грант\s+алушы|грантополучатель|получатель\s+гранта)/iu },
    { key: 'priority', re: /^(гранттың\s+басым\s+бағыты|басым\s+бағыт|приоритетное\s+направление)/iu },
    { key: 'topic', re: /^(грант(тың)?\s+тақырыбы|әлеуметтік\s+жобаның\s+атауы|тема\s+гранта)/iu },
    { key: 'goal', re: /^(жоба(ның)?\s+мақсаты|цель\s+проекта)/iu },
    { key: 'territory', re: /^(жобаның\s+іске\s+асырылу\s+аумағы|іске\s+асырылу\s+аумағы|аумағы|территория\s+реализации)/iu },
    { key: 'targetGroup', re: /^(жобаның\s+мақсатты\s+тобы|мақсатты\s+топ|целевая\s+группа)/iu },
    { key: 'period', re: /^(әлеуметтік\s+жобаны\s+іске\s+асыру\s+кезеңі|жобаны\s+іске\s+асыру\s+кезеңі|іске\s+асыру\s+кезеңі|кезеңі|период\s+реализации|срок\s+реализации)/iu },
    { key: 'expected', re: /^(жобаны\s+іске\s+асыруда\s+күтілетін\s+нәтиже|күтілетін\s+нәтиже|ожидаемые\s+результаты)/iu },
    { key: 'partners', re: /^(әлеуметтік\s+жоба\s+әріптестерінің|жоба\s+әріптестері|әріптестер|количество\s+и\s+наименование\s+партнер|партнеры\s+социального\s+проекта)/iu },
    { key: 'sum', re: /^(грант(тың)?\s+сомм?асы|сумма\s+гранта)/iu }
];

/**
 * Splits «Label: value» into the label's key and the value (empty when the value follows on
 * the next lines). A label without a colon is taken only when nothing follows it.
 */
export function headerLabel(text: string): { key: HeaderKey | 'expected'; value: string } | undefined {
    const t = clean(text);
    for (const { key, re } of HEADER_LABELS) {
        const m = re.exec(t);
        if (!m) continue;
        const colon = t.indexOf(':');
        if (colon >= 0 && colon < 140) return { key, value: t.slice(colon + 1).trim() };
        if (t.length < 100) return { key, value: '' };
    }
    return undefined;
}

export type MonitoringColumn = 'activity' | 'place' | 'indicator' | 'plan' | 'period' | 'number';

/** The column a Block III header cell names, by its words (not its position). */
export function monitoringColumn(text: string): MonitoringColumn | undefined {
    const t = clean(text).toLowerCase().replace(/\d+$/u, '');
    if (!t) return undefined;
    if (/^(№|n|#)\.?$/u.test(t)) return 'number';
    if (/жоспар|планир|плановы|план\b/u.test(t)) return 'plan';
    if (/мерзім|срок|период|уақыты/u.test(t)) return 'period';
    if (/орны|арна|место|канал|аумағы/u.test(t)) return 'place';
    if (/көрсеткіш|индикатор|показател/u.test(t)) return 'indicator';
    if (/іс-?шара|мероприят/u.test(t)) return 'activity';
    return undefined;
}

/** «1 міндет. …», «4-міндет. …», «Міндет 2: …», «Задача 3. …» → number and title. */
export function taskHeading(text: string, num?: string): { number?: number; title: string } | undefined {
    const t = clean(text);
    let m = /^(\d+)\s*[-–.)]?\s*(?:міндет|задача)\s*[.:–-]?\s*(.*)$/iu.exec(t);
    if (m) return { number: Number(m[1]), title: m[2] };
    m = /^(?:міндет|задача)\s*(?:№\s*)?(\d+)?\s*[.:–-]?\s*(.*)$/iu.exec(t);
    if (m) {
        const n = m[1] ?? (num ? /\d+/.exec(num)?.[0] : undefined);
        return { number: n ? Number(n) : undefined, title: m[2] };
    }
    return undefined;
}

export function isPresentationHeading(text: string): boolean {
    return /жария\s+презентация|публичн\w*\s+презентаци/iu.test(text) && text.length < 200;
}

export function isInfoWorkHeading(text: string): boolean {
    return /ақпараттық\s+жұмыс|информационн\w*\s+работ/iu.test(text) && text.length < 200;
}

/** Block II: which column of a team table a header cell names. */
export function teamColumn(text: string): 'name' | 'position' | 'contact' | 'duties' | 'workload' | undefined {
    const t = clean(text).toLowerCase();
    if (/^(таә|тағы|аты-жөні|ф\.?\s*и\.?\s*о|фио)/u.test(t)) return 'name';
    if (/лауазым|должност/u.test(t)) return 'position';
    if (/байланыс|контакт/u.test(t)) return 'contact';
    if (/міндет|обязанност|функци/u.test(t)) return 'duties';
    if (/қызметі|жүктеме|занятост|%|нагрузк/u.test(t)) return 'workload';
    return undefined;
}

/** Block IV: the impact table's columns. */
export function impactColumn(text: string): 'number' | 'name' | 'unit' | 'plan' | 'fact' | undefined {
    const t = clean(text).toLowerCase();
    if (/^(№|n)\.?$/u.test(t)) return 'number';
    if (/өлшем|единиц/u.test(t)) return 'unit';
    if (/жоспар|план/u.test(t)) return 'plan';
    if (/нақты|факт|қол\s+жеткіз|достигнут/u.test(t)) return 'fact';
    if (/индикатор|көрсеткіш|показател|атауы|наименован/u.test(t)) return 'name';
    return undefined;
}

/** The form's own words: titles, instructions, signatures. Not content, not «unplaced». */
const BOILERPLATE: RegExp[] = [
    /^мемлекеттік\s+грант\s+беру\s+туралы/iu,
    /^шарттың\s+№?\s*3\s+қосымшасы/iu,
    /^приложение\s+№?\s*3/iu,
    /^әлеуметтік\s+жобаның\s+толық\s+сипаттамасы/iu,
    /^полное\s+описание\s+социального\s+проекта/iu,
    /^жоба\s+туралы\s+жалпы\s+ақпарат/iu,
    /^жоба\s+командасы\s+туралы\s+ақпарат/iu,
    /^әлеуметтік\s+жобаны\s+іске\s+асыру\s+мониторингінің\s+жоспары/iu,
    /^жобаның\s+әлеуметтік\s+әсері/iu,
    /^общая\s+информация\s+о\s+проекте|^информация\s+о\s+команде|^план\s+мониторинга|^социальное\s+воздействие/iu,
    /^бұл\s+жолдар\s+міндетті/iu,
    /^эти\s+строки\s+обязательн/iu,
    /^ұйымның\s+штаттық\s+қызметкерлері/iu,
    /^азаматтық-құқықтық\s+сипаттағы\s+шарт/iu,
    /^штатные\s+сотрудники|^специалисты,?\s+привлекаемые/iu,
    /^м\.?\s*о\.?$/iu, /^м\.?\s*п\.?$/iu,
    /^«?келісілді»?$/iu, /^«?согласовано»?$/iu,
    /^_{3,}/u
];

export function isBoilerplate(text: string): boolean {
    const t = clean(text);
    return !t || BOILERPLATE.some(re => re.test(t));
}

/** The plan's signature: «№ 3 қосымшамен таныстым және келісемін:». */
export function isSignatureStart(text: string): boolean {
    return /таныстым\s+және\s+келісемін|ознакомлен\s+и\s+согласен/iu.test(text);
}

export function isGrantorStart(text: string): boolean {
    return /^«?(келісілді|согласовано)»?$/iu.test(clean(text)) || /^грант\s+беруші|^грантодатель/iu.test(clean(text));
}

/** «1. Title», «2) Title» → number and the title without it. */
export function leadingNumber(text: string, num?: string): { number?: number; rest: string } {
    const t = clean(text);
    const m = /^(\d{1,3})\s*[.)]\s*(.*)$/su.exec(t);
    if (m && !/^\d/.test(m[2])) return { number: Number(m[1]), rest: m[2] };
    const n = num ? /\d+/.exec(num)?.[0] : undefined;
    return { number: n ? Number(n) : undefined, rest: t };
}
