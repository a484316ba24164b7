/**
 * Where the top-level tasks of a .grant file stand, found without parsing it: a scan of the
 * text that knows its texts («"…"», «“…”», «„…“») and comments («//…», «/* … *\/») and counts
 * braces, as the lexer would read them. A big file is then read in pieces (check.ts): the
 * header, runs of tasks, and the frame (everything that is not a top-level task).
 *
 * The layout is given only for a file whose shape makes the pieces read as the whole does: one
 * project; every text and comment closed; braces balanced; every top-level task on lines of its
 * own (only spaces before its keyword and after its closing brace). Anything else: undefined,
 * and the file is read whole.
 */
import type { TextRegion } from '../../../../language/src/lexer.js';

export interface TaskRegion extends TextRegion {
    /** The 0-based lines of the task's keyword and of its closing brace. */
    firstLine: number;
    lastLine: number;
}

export interface Layout {
    /** From the start of the file to the first task's keyword. */
    header: TextRegion;
    tasks: TaskRegion[];
    /** The project's closing brace to the end of the file. */
    closing: TextRegion;
    /** Everything but the tasks: the header, what stands between tasks (when not blank), the rest. */
    frame: TextRegion[];
}

/** The words that open a task: the keyword and what the line recovery reads as it (keyword-synonyms.ts). */
const TASK_WORDS = new Set(['міндет', 'задача', 'task']);

function isWordChar(c: number): boolean {
    return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 45 || (c >= 0xC0 && c <= 0x52F);
}

/** Only spaces and tabs between the line's start and `at`. */
function blankBefore(text: string, lineStart: number, at: number): boolean {
    for (let i = lineStart; i < at; i++) {
        const c = text.charCodeAt(i);
        if (c !== 32 && c !== 9) return false;
    }
    return true;
}

/** Only spaces and tabs from `at` to the end of its line. */
function blankAfter(text: string, at: number): boolean {
    for (let i = at; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 10 || c === 13) return true;
        if (c !== 32 && c !== 9) return false;
    }
    return true;
}

function blank(text: string, start: number, end: number): boolean {
    for (let i = start; i < end; i++) {
        const c = text.charCodeAt(i);
        if (c !== 32 && c !== 9 && c !== 10 && c !== 13) return false;
    }
    return true;
}

export function scanLayout(text: string): Layout | undefined {
    const n = text.length;
    let line = 0;
    let lineStart = 0;
    let depth = 0;
    let projects = 0;
    let task: { start: number; line: number; column: number; opened: boolean } | undefined;
    let closing: TextRegion | undefined;
    const tasks: TaskRegion[] = [];
    /** Moves past a line break at `i` (\n, \r\n or \r): the index of its last character. */
    const lineBreak = (i: number): number => {
        const end = text.charCodeAt(i) === 13 && text.charCodeAt(i + 1) === 10 ? i + 1 : i;
        line++;
        lineStart = end + 1;
        return end;
    };
    /** The index of the first of `closers` from `from`, counting the lines passed; -1 if none. */
    const skipTo = (from: number, closers: string): number => {
        for (let i = from; i < n; i++) {
            const ch = text[i];
            if (closers.includes(ch)) return i;
            if (ch === '\n' || ch === '\r') i = lineBreak(i);
        }
        return -1;
    };
    for (let i = 0; i < n; i++) {
        const c = text.charCodeAt(i);
        if (c === 10 || c === 13) { i = lineBreak(i); continue; }
        if (c === 34 /* " */) { i = skipTo(i + 1, '"'); if (i < 0) return undefined; continue; }
        if (c === 0x201C /* “ */) { i = skipTo(i + 1, '”'); if (i < 0) return undefined; continue; }
        if (c === 0x201E /* „ */) { i = skipTo(i + 1, '“”'); if (i < 0) return undefined; continue; }
        if (c === 47 /* / */ && text.charCodeAt(i + 1) === 47) {
            while (i + 1 < n && text.charCodeAt(i + 1) !== 10 && text.charCodeAt(i + 1) !== 13) i++;
            continue;
        }
        if (c === 47 && text.charCodeAt(i + 1) === 42 /* * */) {
            let j = i + 2;
            for (; j < n - 1; j++) {
                const d = text.charCodeAt(j);
                if (d === 42 && text.charCodeAt(j + 1) === 47) break;
                if (d === 10 || d === 13) j = lineBreak(j);
            }
            if (j >= n - 1) return undefined;
            i = j + 1;
            continue;
        }
        if (c === 123 /* { */) {
            if (depth === 0 && ++projects > 1) return undefined;
            depth++;
            if (task && depth === 2) {
                if (task.opened) return undefined;
                task.opened = true;
            }
            continue;
        }
        if (c === 125 /* } */) {
            depth--;
            if (depth < 0) return undefined;
            if (depth === 1 && task) {
                if (!task.opened || !blankAfter(text, i + 1)) return undefined;
                tasks.push({ start: task.start, end: i + 1, line: task.line, column: task.column, firstLine: task.line, lastLine: line });
                task = undefined;
            } else if (depth === 0) {
                if (task) return undefined;
                closing = { start: i, end: n, line, column: i - lineStart };
            }
            continue;
        }
        if (isWordChar(c) && (i === 0 || !isWordChar(text.charCodeAt(i - 1)))) {
            let j = i + 1;
            while (j < n && isWordChar(text.charCodeAt(j))) j++;
            if (depth <= 1 && TASK_WORDS.has(text.slice(i, j).toLowerCase())) {
                // A task at the top of the project, on lines of its own; none outside the project or before the last closed.
                if (depth === 0 || task || !blankBefore(text, lineStart, i)) return undefined;
                task = { start: i, line, column: i - lineStart, opened: false };
            }
            i = j - 1;
        }
    }
    if (depth !== 0 || task || !closing || projects !== 1 || tasks.length === 0) return undefined;
    const first = tasks[0];
    const header: TextRegion = { start: 0, end: first.start, line: 0, column: 0 };
    const frame: TextRegion[] = [header];
    for (let k = 0; k < tasks.length; k++) {
        const end = tasks[k].end;
        const next = k + 1 < tasks.length ? tasks[k + 1].start : n;
        if (k + 1 < tasks.length && blank(text, end, next)) continue;
        frame.push({ start: end, end: next, line: tasks[k].lastLine, column: columnOf(text, end) });
    }
    return { header, tasks, closing, frame };
}

function columnOf(text: string, offset: number): number {
    let i = offset;
    while (i > 0 && text.charCodeAt(i - 1) !== 10 && text.charCodeAt(i - 1) !== 13) i--;
    return offset - i;
}
