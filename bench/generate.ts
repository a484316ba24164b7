/**
 * Benchmark inputs of realistic shape, made by scaling up the examples:
 * the header and the closing sections (information work, impact, statistics,
 * partners, conclusion …) of examples/birgemiz-bilim.grant, and as many tasks
 * as the size asks for, filled with the activities of both examples (their
 * narrative comments included). The numbers of plans, facts and participant
 * counts are varied with a seeded generator, so values are not identical
 * copies (the value cache cannot answer for all of them) and some facts fall
 * short of their plans, as in real reports. Activities of the plan example
 * (teng-mumkindik.grant, 2025) are moved into the 2020 project period and get
 * facts.
 */

import { mulberry32 } from '../test/fuzz/rng.js';

export interface ExampleTexts {
    /** examples/birgemiz-bilim.grant: a complete final report. */
    report: string;
    /** examples/teng-mumkindik.grant: a plan without facts. */
    plan: string;
}

export interface Generated {
    text: string;
    lines: number;
    tasks: number;
    activities: number;
    indicators: number;
}

/** The index just after the `}` that closes the `{` at `open`; strings and comments are skipped. */
export function blockEnd(text: string, open: number): number {
    let depth = 0;
    for (let i = open; i < text.length; i++) {
        const c = text[i];
        if (c === '"') {
            const close = text.indexOf('"', i + 1);
            i = close < 0 ? text.length : close;
        } else if (c === '/' && text[i + 1] === '/') {
            const eol = text.indexOf('\n', i);
            i = eol < 0 ? text.length : eol;
        } else if (c === '/' && text[i + 1] === '*') {
            const close = text.indexOf('*/', i + 2);
            i = close < 0 ? text.length : close + 1;
        } else if (c === '{') {
            depth++;
        } else if (c === '}') {
            if (--depth === 0) return i + 1;
        }
    }
    throw new Error('unbalanced braces in an example');
}

interface Block {
    /** From the first comment line above the keyword line to the closing brace's line end. */
    start: number;
    end: number;
    text: string;
}

/**
 * The blocks opened by `keyword` at line starts (after indentation) in `text`,
 * each with the comment lines directly above it.
 */
function blocks(text: string, keyword: string, from = 0, to = text.length): Block[] {
    const out: Block[] = [];
    const re = new RegExp(`^[ \\t]*${keyword} [^\\n]*\\{`, 'gmu');
    re.lastIndex = from;
    for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
        let start = m.index;
        // Comment lines right above belong to the block.
        for (;;) {
            const prevEnd = start - 1;
            if (prevEnd <= 0) break;
            const prevStart = text.lastIndexOf('\n', prevEnd - 1) + 1;
            if (!/^[ \t]*\/\//u.test(text.slice(prevStart, prevEnd))) break;
            start = prevStart;
        }
        const close = blockEnd(text, m.index + m[0].length - 1);
        const eol = text.indexOf('\n', close);
        const end = eol < 0 ? text.length : eol + 1;
        out.push({ start, end, text: text.slice(start, end) });
        re.lastIndex = end;
    }
    return out;
}

const NUMBER = /[0-9]{1,3}(?:[ \u00A0][0-9]{3}(?![0-9]))+(?:[.,][0-9]+)?|[0-9]+(?:[.,][0-9]+)?/gu;

function formatLike(original: string, n: number): string {
    if (!/[ \u00A0]/u.test(original)) return String(n);
    const sep = original.includes('\u00A0') ? '\u00A0' : ' ';
    return String(n).replace(/\B(?=(\d{3})+(?!\d))/gu, sep);
}

/** Every number outside quotes scaled by `factor` (percentages kept ≤ 100, decimals left alone). */
function scaleNumbers(text: string, factor: number): string {
    return text.split(/("[^"]*")/u).map((piece, i) => i % 2 === 1 ? piece : piece.replace(NUMBER, (m, offset: number, whole: string) => {
        if (/[.,]/u.test(m)) return m;
        const n = Number(m.replace(/[ \u00A0]/gu, ''));
        let scaled = Math.max(1, Math.round(n * factor));
        if (whole[offset + m.length] === '%') scaled = Math.min(100, scaled);
        return formatLike(m, scaled);
    })).join('');
}

/** The comparator words a fact may not carry. */
const COMPARATOR = /(^|\s)(кемінде|кем дегенде|не менее|кемі|кем)(?=\s|$)/giu;

/** An activity block with its numbers varied; plan-only indicators get facts. */
function varyActivity(block: string, random: () => number, fromPlan: boolean): string {
    const lines = block.split('\n').map(line => {
        if (fromPlan) {
            // The plan example is a 2025 project: move it into the report's 2020 period.
            if (/^\s*мерзімі:/u.test(line)) line = line.replace(/2025/gu, '2020');
        }
        const participants = /^(\s*қатысушылар:)(.*)$/u.exec(line);
        if (participants) return participants[1] + scaleNumbers(participants[2], 0.7 + random() * 0.9);
        const indicator = /^(\s*көрсеткіш\s+"[^"]*"\s*)(.*)$/u.exec(line);
        const valueLine = /^(\s*)(жоспар:.*)$/u.exec(line);
        const head = indicator ? indicator[1] : valueLine ? valueLine[1] : undefined;
        let rest = indicator ? indicator[2] : valueLine ? valueLine[2] : undefined;
        if (head === undefined || rest === undefined || !rest.startsWith('жоспар:')) return line;
        // One factor for plan and fact keeps the example's verdict; some facts then fall short.
        const factor = 0.5 + random() * 1.5;
        rest = scaleNumbers(rest, factor);
        if (!/факт:/u.test(rest) && fromPlan) {
            const plan = rest.slice('жоспар:'.length).replace(COMPARATOR, ' ').trim();
            const fact = scaleNumbers(plan, random() < 0.85 ? 1 + random() * 0.6 : 0.4 + random() * 0.5);
            if (plan) rest = `${rest}  факт: ${fact}`;
        } else if (random() < 0.12) {
            rest = rest.replace(/факт:(.*)$/u, (_m, fact: string) => `факт:${scaleNumbers(fact, 0.4 + random() * 0.5)}`);
        }
        return head + rest;
    });
    return lines.join('\n');
}

interface Parts {
    header: string;
    tail: string;
    taskTitles: string[];
    activities: { text: string; fromPlan: boolean }[];
}

const partsCache = new Map<string, Parts>();

function parts(examples: ExampleTexts): Parts {
    const key = examples.report.length + ':' + examples.plan.length;
    const hit = partsCache.get(key);
    if (hit) return hit;
    const reportTasks = blocks(examples.report, 'міндет');
    if (reportTasks.length === 0) throw new Error('the report example has no tasks');
    const header = examples.report.slice(0, reportTasks[0].start);
    const tail = examples.report.slice(reportTasks[reportTasks.length - 1].end);
    const planTasks = blocks(examples.plan, 'міндет');
    const taskTitles = [...reportTasks, ...planTasks].map(t => /міндет(?:\s+\d+)?\s+("[^"]*")/u.exec(t.text)?.[1] ?? '"Міндет"');
    const activities = [
        ...reportTasks.flatMap(t => blocks(t.text, 'іс-шара')).map(b => ({ text: b.text, fromPlan: false })),
        ...planTasks.flatMap(t => blocks(t.text, 'іс-шара')).map(b => ({ text: b.text, fromPlan: true }))
    ];
    const result = { header, tail, taskTitles, activities };
    partsCache.set(key, result);
    return result;
}

function lineCount(text: string): number {
    let n = 1;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
    return text.endsWith('\n') ? n - 1 : n;
}

/**
 * A project whose tasks hold activities taken in turn from the examples.
 * Stops when `enough(lines, activities)` says so.
 */
function generate(examples: ExampleTexts, seed: number, enough: (lines: number, activities: number) => boolean, exactActivities?: number): Generated {
    const p = parts(examples);
    const random = mulberry32(seed);
    const tailLines = lineCount(p.tail);
    const out: string[] = [p.header];
    let lines = lineCount(p.header) + tailLines;
    let activities = 0;
    let tasks = 0;
    let next = 0;
    while (!enough(lines, activities)) {
        tasks++;
        const title = p.taskTitles[(tasks - 1) % p.taskTitles.length];
        const task: string[] = [`    // Generated task ${tasks} (examples scaled up)\n    міндет ${tasks} ${title} {\n`];
        // One to four activities per task, as in the examples.
        const want = 1 + Math.floor(random() * 4);
        for (let a = 1; a <= want; a++) {
            if (exactActivities !== undefined && activities >= exactActivities) break;
            const source = p.activities[next++ % p.activities.length];
            const text = varyActivity(source.text, random, source.fromPlan)
                .replace(/^(\s*іс-шара)(?:\s+\d+)?(\s+")/mu, `$1 ${a}$2`);
            task.push(text);
            activities++;
        }
        task.push('    }\n\n');
        const block = task.join('');
        out.push(block);
        lines += lineCount(block);
    }
    out.push(p.tail);
    const text = out.join('');
    return {
        text, lines: lineCount(text), tasks, activities,
        indicators: (text.match(/^\s*көрсеткіш\s/gmu) ?? []).length
    };
}

/** About `targetLines` lines (the last task may overshoot by a few dozen). */
export function generateByLines(examples: ExampleTexts, targetLines: number, seed = 1): Generated {
    return generate(examples, seed, lines => lines >= targetLines);
}

/** Exactly `count` activities in tasks. */
export function generateByActivities(examples: ExampleTexts, count: number, seed = 1): Generated {
    return generate(examples, seed, (_lines, activities) => activities >= count, count);
}
