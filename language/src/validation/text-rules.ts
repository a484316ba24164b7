/**
 * The text-level checks of DOMAIN.md §3 H (how numbers, phones, quotes and
 * known misspellings are written) and A4 (a value written into an indicator's
 * name), as pure functions over strings: the validator finds the strings, these
 * say what is wrong where. Offsets are relative to the string given.
 */

export interface Span {
    start: number;
    end: number;
    text: string;
}

// ---------------------------------------------------------------------------
// V-FMT-02 / V-FMT-03: how the numbers of a document are written

const GROUPED = /^-?\d{1,3}([ \u00A0\u202F])\d{3}/;
const UNGROUPED_BIG = /^-?\d{5,}(?:[.,]\d+)?$/;
const DECIMAL = /^-?\d[\d \u00A0\u202F]*([.,])\d+$/;

export interface NumberStyle {
    /** The separator of a number written in groups of three («15 337 100»). */
    groupSeparator?: string;
    /** 10 000 or more, written without groups («4185000»). */
    ungroupedBig: boolean;
    /** The decimal separator, if the number has a fraction. */
    decimal?: ',' | '.';
}

/** How one number literal («15 337 100», «4185000», «155,5», «0.1») is written. */
export function numberStyle(text: string): NumberStyle {
    const grouped = GROUPED.exec(text);
    const decimal = DECIMAL.exec(text);
    return {
        groupSeparator: grouped ? grouped[1] : undefined,
        ungroupedBig: UNGROUPED_BIG.test(text),
        decimal: decimal ? decimal[1] as ',' | '.' : undefined
    };
}

/** «4185000» → «4 185 000» with `separator`; the fraction is kept as written. */
export function groupDigits(text: string, separator: string): string {
    const m = /^(-?)(\d+)(.*)$/s.exec(text);
    if (!m) return text;
    return m[1] + m[2].replace(/\B(?=(\d{3})+$)/g, separator) + m[3];
}

// ---------------------------------------------------------------------------
// V-FMT-05: phone numbers in contacts

/** A run of digits with the separators phone numbers are written with, not glued to a word or an address. */
const PHONE_LIKE = /(?<![\p{L}\p{N}@._])\+?\d[\d\s()\-‐-―]{3,}\d(?![\p{N}@])/gu;

/**
 * The phone-like runs of a contact that are not a Kazakhstan number: 11 digits starting with 8,
 * or +7 and 10 digits («8 747 960 48 25», «87757942604», «+7 747 960 48 25»). Runs of fewer than
 * six digits (a house number, a date part) are not taken for phones.
 */
export function badPhones(contact: string): Span[] {
    const out: Span[] = [];
    for (const m of contact.matchAll(PHONE_LIKE)) {
        const run = m[0].replace(/[\s()\-‐-―]+$/u, '');
        const digits = run.replace(/\D/g, '');
        if (digits.length < 6) continue;
        if (!(digits.length === 11 && (digits[0] === '8' || digits[0] === '7'))) out.push({ start: m.index!, end: m.index! + run.length, text: run });
    }
    return out;
}

// ---------------------------------------------------------------------------
// V-FMT-06: guillemets

/**
 * The offset of the first guillemet that has no partner, if any. Nested names may share the
 * closing mark («Компания «Ромашка»: one » for two «), as Kazakh and Russian typography allow;
 * a » with no « open before it (`«ҚСА» Республикалық студенттер қозғалысы»`) is not allowed.
 */
export function unbalancedGuillemet(text: string): number | undefined {
    const open: number[] = [];
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (c === '«') open.push(i);
        else if (c === '»') {
            if (open.length === 0) return i;
            open.pop();
        }
    }
    if (open.length === 0) return undefined;
    // One « left open, and the text ends with the » that closes both names.
    if (open.length === 1 && text.trimEnd().endsWith('»') && open[0] === text.search(/\S/)) return undefined;
    return open[open.length - 1];
}

// ---------------------------------------------------------------------------
// V-FMT-07: misspellings seen in real reports

interface Misspelling {
    wrong: string;
    right: string;
    /** Also inside longer words («аңықтауға»); else only as a whole word. */
    stem: boolean;
}

/** DOMAIN.md V-FMT-07: attested misspellings, with what was meant. */
export const MISSPELLINGS: readonly Misspelling[] = [
    { wrong: 'соммасы', right: 'сомасы', stem: false },
    { wrong: 'әлеуметік', right: 'әлеуметтік', stem: true },
    { wrong: 'жоспаранып', right: 'жоспарланып', stem: true },
    { wrong: 'желіддегі', right: 'желідегі', stem: false },
    { wrong: 'instafram', right: 'Instagram', stem: false },
    { wrong: 'дейн', right: 'дейін', stem: false },
    { wrong: 'ішнде', right: 'ішінде', stem: false },
    { wrong: 'белрусь', right: 'Беларусь', stem: false },
    { wrong: 'сауатталық', right: 'сауаттылық', stem: true },
    { wrong: 'нәтежие', right: 'нәтиже', stem: true },
    { wrong: 'аңықта', right: 'анықта', stem: true },
    { wrong: 'ттанымал', right: 'танымал', stem: true }
];

const LETTER = /[\p{L}\p{M}]/u;

/** The known misspellings in `text`, each with the word as it should be (the case of its first letter kept). */
export function misspellings(text: string): Array<Span & { right: string }> {
    const out: Array<Span & { right: string }> = [];
    let lower: string | undefined;
    for (const m of MISSPELLINGS) {
        // Most texts hold none of them: one search each, on a lower-case copy made only when needed.
        lower ??= text.toLowerCase();
        let at = lower.indexOf(m.wrong);
        while (at >= 0) {
            const before = at > 0 ? text[at - 1] : '';
            const after = text[at + m.wrong.length] ?? '';
            if (!LETTER.test(before) && (m.stem || !LETTER.test(after))) {
                const written = text.slice(at, at + m.wrong.length);
                // «тТанымал»: the stray letter goes, the capital stays.
                const right = m.wrong === 'ттанымал' ? written.slice(1)
                    : written[0] !== written[0].toLowerCase() ? m.right[0].toUpperCase() + m.right.slice(1) : m.right;
                out.push({ start: at, end: at + m.wrong.length, text: written, right });
            }
            at = lower.indexOf(m.wrong, at + 1);
        }
    }
    return out.sort((a, b) => a.start - b.start);
}

// ---------------------------------------------------------------------------
// A4: a value written into the indicator's name

/**
 * The value an indicator's name carries after «кемінде» or a dash («… сауалнама Кемінде 100»,
 * «… ұсынымдар – 100 дана.»), if any. Bare numbers in a name («1 минутқа дейін», «2 тілде») are
 * part of what is counted, not a target.
 */
export function embeddedValue(name: string): Span | undefined {
    const m = /(?<![\p{L}\p{M}])(кемінде|не менее)\s+\d[^()]*$|\s[-–—]\s+(\d[^()]*)$/iu.exec(name);
    if (!m) return undefined;
    const start = m[2] !== undefined ? m.index + m[0].lastIndexOf(m[2]) : m.index;
    const text = name.slice(start).replace(/[.\s]+$/u, '');
    return { start, end: start + text.length, text };
}
