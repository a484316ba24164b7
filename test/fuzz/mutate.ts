/**
 * Grammar-aware mutations of .grant texts. Token operations work on the
 * tokens of the language's own lexer (keywords, NUMBER, DATE, STRING, WORD
 * and punctuation), so a mutation deletes, duplicates or swaps what the
 * parser sees as a unit; keyword insertions draw from the grammar's keywords.
 * Text operations cut, splice Unicode in anywhere (even inside a surrogate
 * pair), change line ends and spaces, and blow values up.
 */
import { int, pick, weighted, type Rng } from './rng.js';

export interface Token {
    /** Offset of the first character. */
    start: number;
    /** Offset after the last character. */
    end: number;
    /** The terminal or keyword name the lexer gave it. */
    type: string;
}

export interface MutationContext {
    tokenize(text: string): Token[];
    /** Every keyword of the grammar. */
    keywords: readonly string[];
}

// ---------------------------------------------------------------------------
// What gets inserted

const KAZAKH = 'әғқңөұүһіӘҒҚҢӨҰҮҺІ';
const RUSSIAN = 'ёйщэюяЁЙЩЭЮЯжшчфыъ';
/** Small pieces of hostile or unusual text. */
export const UNICODE_PIECES: readonly string[] = [
    ...KAZAKH, ...RUSSIAN,
    'Қазақстан', 'Республика', 'өсім', 'ЖАСТАР',
    // combining marks, decomposed letters (й = и + breve, ё = е + diaeresis, і̇)
    '\u0301', '\u0306', '\u0308', '\u0328', '\u0307', 'и\u0306', 'е\u0308', 'Ә\u0301\u0301\u0301', 'a\u0300\u0301\u0302\u0303\u0304',
    // right-to-left text and direction controls
    'مرحبا', 'שלום', '\u202E', '\u202B', '\u202C', '\u200F', '\u061C', '\u2067', '\u2069',
    // emoji (surrogate pairs, ZWJ sequences, flags, keycaps)
    '😀', '👨‍👩‍👧‍👦', '🇰🇿', '1️⃣', '🏳️‍🌈', '𝔸', '𐍈',
    // NUL and other controls
    '\u0000', '\u0001', '\u0007', '\u001B', '\u007F', '\u0085',
    // lone surrogates
    '\uD800', '\uDBFF', '\uDC00', '\uDFFF',
    // BOM and zero-width characters
    '\uFEFF', '\u200B', '\u200C', '\u200D', '\u2060',
    // line ends
    '\r\n', '\r', '\n', '\u2028', '\u2029',
    // NBSP and other spaces
    '\u00A0', '\u2000', '\u2002', '\u2003', '\u2007', '\u2009', '\u200A', '\u202F', '\u205F', '\u3000', '\t', '\v', '\f',
    // quotes, brackets, comment openers
    '"', '«', '»', '“', '„', '{', '}', '(', ')', ':', '/*', '*/', '//', '\\', '%', '№', '-', '–', '—', '+', ',', '.',
    // digits of other scripts
    '٣', '１２', '½', '²', '①'
];

/** Numbers that break naive readers. */
export const EXTREME_NUMBERS: readonly string[] = [
    '0', '00', '-0', '-1', '- 5', '-100', '0,0', '0.5', '3,14', '0,000001', '999 999 999 999 999 999',
    '999 999 999 999 999 999 999 999', '1e30', '1e308', '1e-30', '1E400', '9007199254740993',
    '00000000000000000001', '1'.repeat(400), '1,' + '0'.repeat(300), '12 345,678', '1 000 000 000 000 000 000 000',
    '100%', '-100%', '0%', '1000000%', '0/0', '1/0', '5/0', '10/2/0', '1 000/0', 'NaN', 'Infinity', '-Infinity',
    '٣', '½', '1\u00A0000', '1\u202F000', '1 00', '1  000'
];

/** Pieces a value may hold: comparators, units, scales, «оның ішінде», fractions, percentages. */
export const VALUE_ATOMS: readonly string[] = [
    'кемінде', 'ең көбі', 'кем дегенде', 'не кем емес', 'не более', 'не менее', 'до', 'дейін', 'кемінде', 'оның ішінде', 'в том числе',
    '%', '/', ',', '-', '–', '+', '№', '.', '(', ')', 'мың', 'млн', 'млрд', 'тыс', 'теңге', 'тг', 'адам', 'бірлік', 'дана',
    'әр', 'кездесуден', 'жыл', 'ай', 'сағат', '1', '0', '100', '1 000', '2,5', '0,5', '15 337 100', '"мәтін"', '12.03.2020',
    'он бес', 'миллион', 'бір', 'жүз'
];

export const WEIRD_DATES: readonly string[] = [
    '31.02.2020', '00.00.0000', '99.99.9999', '29.02.2021', '29.02.2020', '1.1.0001', '31.12.9999', '01.13.2020',
    '32.01.2020', '01.01.1900', '1.1.2020 - 1.1.2019'
];

// ---------------------------------------------------------------------------
// Helpers

function splice(text: string, start: number, end: number, insert: string): string {
    return text.slice(0, start) + insert + text.slice(end);
}

/** Random string content: never a «"», which would end the STRING. */
export function randomContent(rng: Rng, length: number): string {
    const out: string[] = [];
    let n = 0;
    while (n < length) {
        const r = rng();
        const piece = r < 0.55 ? pick(rng, [...KAZAKH, ...RUSSIAN, ' ', ' ', 'а', 'о', 'е', 'т']) : pick(rng, UNICODE_PIECES);
        const clean = piece.replace(/"/g, '');
        out.push(clean);
        n += clean.length || 1;
    }
    return out.join('');
}

function lineStarts(text: string): number[] {
    const starts = [0];
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
    return starts;
}

function lines(text: string): string[] {
    return text.split('\n');
}

// ---------------------------------------------------------------------------
// Operations

export type Operation = (text: string, rng: Rng, ctx: MutationContext) => string;

function tokensOf(text: string, ctx: MutationContext, type?: string): Token[] {
    const tokens = ctx.tokenize(text);
    return type ? tokens.filter(t => t.type === type) : tokens;
}

export const OPERATIONS = {
    tokenDelete(text, rng, ctx) {
        const tokens = tokensOf(text, ctx);
        if (!tokens.length) return text;
        const t = pick(rng, tokens);
        return splice(text, t.start, t.end, '');
    },
    tokenDuplicate(text, rng, ctx) {
        const tokens = tokensOf(text, ctx);
        if (!tokens.length) return text;
        const t = pick(rng, tokens);
        const at = rng() < 0.5 ? t.end : pick(rng, tokens).start;
        return splice(text, at, at, ' ' + text.slice(t.start, t.end) + ' ');
    },
    tokenSwap(text, rng, ctx) {
        const tokens = tokensOf(text, ctx);
        if (tokens.length < 2) return text;
        const i = int(rng, tokens.length - 1);
        const j = rng() < 0.5 ? i + 1 : int(rng, tokens.length);
        const [a, b] = [tokens[Math.min(i, j)], tokens[Math.max(i, j)]];
        if (a === b) return text;
        return text.slice(0, a.start) + text.slice(b.start, b.end) + text.slice(a.end, b.start) + text.slice(a.start, a.end) + text.slice(b.end);
    },
    keywordInsert(text, rng, ctx) {
        const tokens = tokensOf(text, ctx);
        const at = tokens.length ? (rng() < 0.5 ? pick(rng, tokens).start : pick(rng, tokens).end) : 0;
        const keyword = pick(rng, ctx.keywords);
        return splice(text, at, at, ` ${keyword}${rng() < 0.5 ? ':' : ''} `);
    },
    numberExtreme(text, rng, ctx) {
        const numbers = tokensOf(text, ctx, 'NUMBER');
        const n = pick(rng, EXTREME_NUMBERS);
        if (!numbers.length) return text + ` ${n}`;
        const t = pick(rng, numbers);
        return splice(text, t.start, t.end, n);
    },
    dateWeird(text, rng, ctx) {
        const dates = tokensOf(text, ctx, 'DATE');
        if (!dates.length) return text;
        const t = pick(rng, dates);
        return splice(text, t.start, t.end, pick(rng, WEIRD_DATES));
    },
    stringReplace(text, rng, ctx) {
        const strings = tokensOf(text, ctx, 'STRING');
        if (!strings.length) return text;
        const t = pick(rng, strings);
        const length = rng() < 0.1 ? 0 : rng() < 0.9 ? 1 + int(rng, 40) : 200 + int(rng, 2000);
        return splice(text, t.start, t.end, `"${randomContent(rng, length)}"`);
    },
    wordReplace(text, rng, ctx) {
        const words = tokensOf(text, ctx).filter(t => t.type === 'WORD' || /^[^\x00-\x7F]/.test(text.slice(t.start, t.end)));
        if (!words.length) return text;
        const t = pick(rng, words);
        return splice(text, t.start, t.end, randomContent(rng, 1 + int(rng, 12)).replace(/\s/g, ''));
    },
    lineDelete(text, rng) {
        const ls = lines(text);
        ls.splice(int(rng, ls.length), 1 + (rng() < 0.2 ? int(rng, 20) : 0));
        return ls.join('\n');
    },
    lineDuplicate(text, rng) {
        const ls = lines(text);
        const from = int(rng, ls.length);
        const count = rng() < 0.2 ? 1 + int(rng, 30) : 1;
        ls.splice(int(rng, ls.length), 0, ...ls.slice(from, from + count));
        return ls.join('\n');
    },
    lineSwap(text, rng) {
        const ls = lines(text);
        const i = int(rng, ls.length);
        const j = int(rng, ls.length);
        [ls[i], ls[j]] = [ls[j], ls[i]];
        return ls.join('\n');
    },
    cut(text, rng) {
        // Anywhere: inside a string, a number, a surrogate pair or a CRLF.
        return text.slice(0, int(rng, text.length + 1));
    },
    cutMiddle(text, rng) {
        const a = int(rng, text.length + 1);
        const b = Math.min(text.length, a + int(rng, 2000));
        return text.slice(0, a) + text.slice(b);
    },
    unicodeInsert(text, rng) {
        let out = text;
        const count = 1 + int(rng, 5);
        for (let k = 0; k < count; k++) {
            const at = int(rng, out.length + 1);
            out = splice(out, at, at, pick(rng, UNICODE_PIECES));
        }
        return out;
    },
    lineEnds(text, rng) {
        const normal = text.replace(/\r\n?/g, '\n');
        const mode = int(rng, 3);
        if (mode === 0) return normal.replace(/\n/g, '\r\n');
        if (mode === 1) return normal.replace(/\n/g, '\r');
        return normal.replace(/\n/g, () => pick(rng, ['\n', '\r\n', '\r', '\n\r']));
    },
    spaces(text, rng) {
        const space = pick(rng, ['\u00A0', '\u2007', '\u202F', '\u3000', '\t', '\u2003', '\u200B ', ' \uFEFF']);
        const all = rng() < 0.3;
        return text.replace(/ /g, m => (all || rng() < 0.2 ? space : m));
    },
    bom(text) {
        return '\uFEFF' + text;
    },
    longString(text, rng, ctx) {
        const strings = tokensOf(text, ctx, 'STRING');
        const body = rng() < 0.5 ? 'ә'.repeat(100_000 + int(rng, 100_000)) : randomContent(rng, 50_000 + int(rng, 50_000));
        if (!strings.length) return text + `\n"${body}"`;
        const t = pick(rng, strings);
        return splice(text, t.start, t.end, `"${body}"`);
    },
    longLine(text, rng) {
        // One line of many tokens: an indicator plan with thousands of numbers, or a very long comment.
        const ls = lines(text);
        const at = int(rng, ls.length);
        const kind = int(rng, 3);
        const line = kind === 0 ? `  // ${'ұзақ түсіндірме '.repeat(10_000)}`
            : kind === 1 ? `  көрсеткіш "Ұзын" жоспар: ${Array.from({ length: 3000 }, (_, i) => `${i} адам`).join(', ')} факт: 1`
                : `  көрсеткіш "Ұзын" жоспар: кемінде 1 факт: ${'1/'.repeat(2000)}1`;
        ls.splice(at, 0, line);
        return ls.join('\n');
    },
    bracketNoise(text, rng) {
        let out = text;
        const count = 1 + int(rng, 4);
        for (let k = 0; k < count; k++) {
            const at = int(rng, out.length + 1);
            out = splice(out, at, at, pick(rng, ['{', '}', '(', ')', '"', '{}', '""', '/*', '*/', ':']));
        }
        return out;
    },
    deepNesting(text, rng, ctx) {
        // Parentheses inside a value are parsed recursively (ValueGroup).
        const depth = pick(rng, [50, 500, 3000, 10_000]);
        const values = tokensOf(text, ctx).filter(t => text.slice(t.start, t.end) === 'жоспар' || text.slice(t.start, t.end) === 'факт');
        const group = '('.repeat(depth) + '1' + (rng() < 0.7 ? ')'.repeat(depth) : '');
        if (!values.length) return text + ` ${group}`;
        const t = pick(rng, values);
        return splice(text, t.end, t.end, `: ${group} `);
    },
    valueNoise(text, rng, ctx) {
        // Inside a plan, fact or sum: more value atoms, still a value to the parser.
        const tokens = tokensOf(text, ctx);
        const fields = tokens.filter((t, i) => /^(жоспар|факт|сома|жүктеме|ұзақтығы|бастапқы|кейінгі|өсім)$/u.test(text.slice(t.start, t.end))
            && tokens[i + 1] && text.slice(tokens[i + 1].start, tokens[i + 1].end) === ':');
        if (!fields.length) return text;
        const colon = tokens[tokens.indexOf(pick(rng, fields)) + 1];
        const atoms: string[] = [];
        const count = 1 + int(rng, 8);
        for (let k = 0; k < count; k++) {
            const atom = pick(rng, VALUE_ATOMS);
            atoms.push(atom === '(' ? `(${pick(rng, VALUE_ATOMS.filter(a => a !== '(' && a !== ')'))} ${pick(rng, EXTREME_NUMBERS)})` : atom);
        }
        const at = rng() < 0.5 ? colon.end : Math.min(text.length, colon.end + 1 + int(rng, 30));
        return splice(text, at, at, ` ${atoms.join(' ')} `);
    },
    repeatBlock(text, rng) {
        // Copies a task or activity block (from its keyword to the matching brace) many times.
        const starts = lineStarts(text).filter(s => /^\s*(міндет|іс-шара|көрсеткіш)\b/u.test(text.slice(s, s + 40)));
        if (!starts.length) return text;
        const start = pick(rng, starts);
        const open = text.indexOf('{', start);
        let end = text.indexOf('\n', start);
        if (open >= 0 && (end < 0 || open < end)) {
            let depth = 0;
            for (let i = open; i < text.length; i++) {
                if (text[i] === '{') depth++;
                else if (text[i] === '}' && --depth === 0) { end = i + 1; break; }
            }
        }
        if (end < 0) end = text.length;
        const block = text.slice(start, end);
        // Up to 200 copies, at most about 300 KB of them (thousands of tasks are generated separately).
        const copies = Math.max(1, Math.min(10 + int(rng, 200), Math.floor(300_000 / (block.length + 1))));
        return splice(text, end, end, ('\n' + block).repeat(copies));
    }
} satisfies Record<string, Operation>;

export type OperationName = keyof typeof OPERATIONS;

const WEIGHTS: Record<OperationName, number> = {
    tokenDelete: 10, tokenDuplicate: 8, tokenSwap: 8, keywordInsert: 6, numberExtreme: 10, dateWeird: 4,
    stringReplace: 6, wordReplace: 4, lineDelete: 8, lineDuplicate: 6, lineSwap: 6, cut: 4, cutMiddle: 3,
    unicodeInsert: 12, lineEnds: 3, spaces: 3, bom: 1, longString: 1, longLine: 1, bracketNoise: 4,
    deepNesting: 1, repeatBlock: 1, valueNoise: 10
};

/** Operations that keep a well-formed file well-formed (mostly): the values, dates and texts change, so the report is built. */
const KEEPING: Partial<Record<OperationName, number>> = {
    numberExtreme: 10, dateWeird: 4, stringReplace: 6, valueNoise: 12, lineEnds: 2, spaces: 2, bom: 1, longString: 1
};

/** A few operations, drawn by weight; the names say what was done. */
export function mutate(text: string, rng: Rng, ctx: MutationContext, count = 1 + int(rng, 6)): { text: string; ops: OperationName[] } {
    const ops: OperationName[] = [];
    let out = text;
    // A third of the cases keep the syntax: they reach the evaluation of values and the report.
    const weights = rng() < 0.35 ? KEEPING as Record<OperationName, number> : WEIGHTS;
    for (let k = 0; k < count; k++) {
        const op = weighted(rng, weights);
        ops.push(op);
        out = OPERATIONS[op](out, rng, ctx);
    }
    return { text: out, ops };
}

// ---------------------------------------------------------------------------
// Generated documents

/**
 * A project with `tasks` tasks (one activity and three indicators each), the
 * header of a complete report, and facts that sometimes fall short.
 */
export function manyTasks(rng: Rng, tasks: number): string {
    const out: string[] = [
        'жоба "Көп міндет" {',
        '    гранталушы: "«Жас қанат» жастар қоғамдық бірлестігі"',
        '    тақырып: "Жүктеме сынағы"',
        '    кезең: 01.03.2020 - 30.11.2020',
        '    сома: 15 337 100 теңге',
        '    жетекші: "Сейтимов Азат Галимович"'
    ];
    for (let i = 1; i <= tasks; i++) {
        const plan = 1 + int(rng, 500);
        const fact = rng() < 0.8 ? plan + int(rng, 50) : int(rng, plan);
        out.push(
            `    міндет ${i} "Міндет ${i}" {`,
            `        іс-шара 1 "Іс-шара ${i}.1" {`,
            '            мерзімі: наурыз - қараша',
            '            орны: "Батыс Қазақстан облысы"',
            `            көрсеткіш "Қатысушылар саны"  жоспар: кемінде ${plan} адам  факт: ${fact}`,
            `            көрсеткіш "Фото"  жоспар: кемінде 5 (әр кездесуден)  факт: ${int(rng, 20)}`,
            `            көрсеткіш "Үлес"  жоспар: кемінде 70%  факт: ${int(rng, 100)}%`,
            '        }',
            '    }'
        );
    }
    out.push('}', '');
    return out.join('\n');
}

/**
 * About `bytes` of a real report: the header and closing sections of
 * `example`, and its tasks (with their narrative comments) repeated and
 * renumbered until the size is reached.
 */
export function bigReport(example: string, bytes: number): string {
    const firstTask = example.search(/^ {4}міндет /mu);
    const afterTasks = example.search(/^ {4}ақпараттық-жұмыс /mu);
    if (firstTask < 0 || afterTasks < 0) throw new Error('example without tasks');
    const head = example.slice(0, firstTask);
    const tasks = example.slice(firstTask, afterTasks);
    const tail = example.slice(afterTasks);
    const size = (s: string) => Buffer.byteLength(s, 'utf8');
    const taskBytes = size(tasks);
    const parts = [head];
    let total = size(head) + size(tail);
    let n = 0;
    while (total < bytes) {
        parts.push(tasks.replace(/^( {4}міндет )\d+/gmu, (_m, kw: string) => `${kw}${++n}`));
        total += taskBytes;
    }
    parts.push(tail);
    return parts.join('');
}
