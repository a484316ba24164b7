/**
 * Dates and periods: «01.03.2020», «наурыз», «1 мамыр 2025 жыл», ranges with
 * «-», «–» or «—». Month-only dates take their year from the project period.
 * Dates are ISO strings (YYYY-MM-DD), so they compare as strings.
 */

export const KK_MONTHS = ['қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым', 'шілде', 'тамыз', 'қыркүйек', 'қазан', 'қараша', 'желтоқсан'];
export const RU_MONTHS = ['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь'];
const RU_MONTHS_GEN = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];

/** A month name (Kazakh or Russian, any case, with «айы», «айынан» … endings) → 1..12. */
export function monthNumber(word: string): number | undefined {
    const w = word.normalize('NFC').toLowerCase();
    for (let i = 0; i < 12; i++) {
        if (w === KK_MONTHS[i] || w === RU_MONTHS[i] || w === RU_MONTHS_GEN[i]) return i + 1;
    }
    for (let i = 0; i < 12; i++) {
        // «наурызда», «мамыр айы», «қарашаға»: a Kazakh month with an ending.
        if (w.startsWith(KK_MONTHS[i]) && w.length - KK_MONTHS[i].length <= 4) return i + 1;
    }
    return undefined;
}

export type ISODate = string;

export interface DateSpec {
    day?: number;
    month: number;
    year?: number;
}

export type DateProblem =
    | { code: 'bad-date'; text: string }       // «32.13.2020», «31.02.2020»
    | { code: 'bad-month'; text: string }      // «наурз»
    | { code: 'bad-form'; text: string };      // anything else

export function daysInMonth(year: number, month: number): number {
    return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function iso(year: number, month: number, day: number): ISODate {
    return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** «dd.mm.yyyy» → ISO date, or undefined if no such day exists. */
export function parseDottedDate(text: string): ISODate | undefined {
    const m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text.trim());
    if (!m) return undefined;
    const d = +m[1], mo = +m[2], y = +m[3];
    if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return undefined;
    return iso(y, mo, d);
}

/**
 * The tokens of one date as written: ['01.03.2020'], ['наурыз'], ['1', 'мамыр', '2025', 'жыл'].
 */
export function parseDatePoint(parts: readonly string[]): { spec?: DateSpec; problem?: DateProblem } {
    const text = parts.join(' ');
    if (parts.length === 1 && /^\d{1,2}\.\d{1,2}\.\d{4}$/.test(parts[0])) {
        const date = parseDottedDate(parts[0]);
        if (!date) return { problem: { code: 'bad-date', text } };
        const [y, m, d] = date.split('-').map(Number);
        return { spec: { year: y, month: m, day: d } };
    }
    const words = parts.filter(p => !/^(жыл|жылы|ж|г|года|год)$/i.test(p));
    let day: number | undefined, month: number | undefined, year: number | undefined;
    for (const w of words) {
        if (/^\d+$/.test(w)) {
            const n = +w;
            if (month === undefined && day === undefined && n >= 1 && n <= 31) day = n;
            else if (month !== undefined && year === undefined && n >= 1000) year = n;
            else return { problem: { code: 'bad-form', text } };
        } else {
            const m = monthNumber(w);
            if (m === undefined) return { problem: { code: month === undefined ? 'bad-month' : 'bad-form', text } };
            if (month !== undefined) return { problem: { code: 'bad-form', text } };
            month = m;
        }
    }
    if (month === undefined) return { problem: { code: 'bad-form', text } };
    if (day !== undefined && day > daysInMonth(year ?? 2024, month)) return { problem: { code: 'bad-date', text } };
    return { spec: { day, month, year } };
}

/** A month-range word written without spaces: «наурыз-қараша». */
export function splitMonthRange(word: string): [string, string] | undefined {
    const pieces = word.split(/[-–—]/);
    if (pieces.length === 2 && monthNumber(pieces[0]) && monthNumber(pieces[1])) return [pieces[0], pieces[1]];
    return undefined;
}

/** First day a spec can mean (its year from `year` when it has none). */
export function specStart(spec: DateSpec, year: number): ISODate {
    return iso(spec.year ?? year, spec.month, spec.day ?? 1);
}

/** Last day a spec can mean. */
export function specEnd(spec: DateSpec, year: number): ISODate {
    const y = spec.year ?? year;
    return iso(y, spec.month, spec.day ?? daysInMonth(y, spec.month));
}

export interface Period {
    start: ISODate;
    end: ISODate;
}

/**
 * Resolves a written range against the year of the project period. With no year
 * anywhere the result is undefined (the caller reports V-DATE-04).
 */
export function resolveRange(start: DateSpec, end: DateSpec | undefined, contextYear: number | undefined): Period | undefined {
    const y0 = start.year ?? (end?.year !== undefined && (start.month <= (end.month)) ? end.year : undefined) ?? contextYear;
    if (y0 === undefined) return undefined;
    const from = specStart(start, y0);
    if (!end) return { start: from, end: specEnd(start, y0) };
    let y1 = end.year ?? y0;
    if (end.year === undefined && end.month < start.month) y1 = y0 + 1;
    return { start: from, end: specEnd(end, y1) };
}

/** Today's date as ISO, in local time. */
export function todayISO(now = new Date()): ISODate {
    return iso(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/** «01.03.2020» from an ISO date. */
export function formatDate(date: ISODate): string {
    const [y, m, d] = date.split('-');
    return `${d}.${m}.${y}`;
}

/** Months (YYYY-MM) a period touches, in order. */
export function monthsOf(period: Period): string[] {
    const out: string[] = [];
    let [y, m] = period.start.split('-').map(Number);
    const [ey, em] = period.end.split('-').map(Number);
    while (y < ey || (y === ey && m <= em)) {
        out.push(`${y}-${String(m).padStart(2, '0')}`);
        m++;
        if (m > 12) { m = 1; y++; }
        if (out.length > 1200) break;
    }
    return out;
}

/** The last day of a span of `months` months starting on `date` (01.05 + 6 → 31.10). */
export function addMonths(date: ISODate, months: number): ISODate {
    const [y, m, d] = date.split('-').map(Number);
    const end = new Date(Date.UTC(y, m - 1 + months, d - 1));
    return iso(end.getUTCFullYear(), end.getUTCMonth() + 1, end.getUTCDate());
}
