/**
 * What the typing section types (bench/typing.ts): three sentences, where each starts in a
 * generated file, their keystrokes, and what VS Code does to the text at each keystroke (its
 * closing of pairs, language-configuration.json).
 */

export interface Position { line: number; character: number }

/** One keystroke: the text it inserts (Enter inserts the new line and its indentation at once). */
interface Key {
    text: string;
    /** Completion is asked after it: a word character outside a string, or a trigger character. */
    complete?: 'typing' | 'trigger';
}

/** The keystrokes of `sentence` typed at the cursor; `inString` says whether the cursor starts inside quotes. */
export function keys(sentence: string, inString: boolean): Key[] {
    const out: Key[] = [];
    let quoted = inString;
    for (let i = 0; i < sentence.length; i++) {
        let text = sentence[i];
        if (text === '\n') {
            while (sentence[i + 1] === ' ') text += sentence[++i];
            out.push({ text });
            continue;
        }
        const trigger = text === ':' || (text === '"' && !quoted);
        if (text === '"') quoted = !quoted;
        const word = /[\p{L}\p{N}-]/u.test(text) && !quoted;
        out.push({ text, complete: trigger ? 'trigger' : word ? 'typing' : undefined });
    }
    return out;
}

export interface Scenario {
    name: string;
    /** Where typing starts, in the current text. */
    at(lines: string[]): Position;
    sentence: string;
    inString: boolean;
}

/** The line nearest to `fraction` of the file that matches `pattern`. */
function lineNear(lines: string[], fraction: number, pattern: RegExp): number {
    const from = Math.floor(lines.length * fraction);
    for (let d = 0; d < lines.length; d++) {
        for (const i of [from + d, from - d]) if (i >= 0 && i < lines.length && pattern.test(lines[i])) return i;
    }
    throw new Error(`bench typing: no line matches ${pattern}`);
}

export const SCENARIOS: Scenario[] = [
    {
        name: 'fact',
        // After a fact's number: the unit and a note, as a user adds them.
        at: lines => { const line = lineNear(lines, 0.45, /факт: \d+\s*$/u); return { line, character: lines[line].trimEnd().length }; },
        sentence: ' адам, оның ішінде 12 қыз',
        inString: false
    },
    {
        name: 'indicator',
        // Inside an indicator's name, before its closing quote.
        at: lines => {
            const line = lineNear(lines, 0.6, /^\s*көрсеткіш "[^"]+"/u);
            const open = lines[line].indexOf('"');
            return { line, character: lines[line].indexOf('"', open + 1) };
        },
        sentence: ' және олардың фотосуреттері',
        inString: true
    },
    {
        name: 'activity',
        // A new activity after the closing brace of one, line by line.
        at: lines => { const line = lineNear(lines, 0.75, /^ {8}\}\s*$/u); return { line, character: lines[line].length }; },
        sentence: '\n        іс-шара 99 "Жаңа іс-шара" {\n            мерзімі: Наурыз – Мамыр\n' +
            '            көрсеткіш "Қатысушылар саны"  жоспар: Кемінде 20  факт: 25\n        }',
        inString: false
    }
];

/** Applies `text` at `at` to `lines` (the client's copy) and returns where the cursor ends. */
export function insert(lines: string[], at: Position, text: string): Position {
    const line = lines[at.line];
    const parts = (line.slice(0, at.character) + text + line.slice(at.character)).split('\n');
    lines.splice(at.line, 1, ...parts);
    const added = text.split('\n');
    return added.length === 1
        ? { line: at.line, character: at.character + text.length }
        : { line: at.line + added.length - 1, character: added[added.length - 1].length };
}

/** Characters before which VS Code closes a pair it opens (language-configuration.json «autoCloseBefore»). */
const AUTO_CLOSE_BEFORE = new Set(';:.,=})>»" \n\t');

/**
 * What a keystroke does to the text in VS Code, whose language configuration closes pairs:
 * `"` and `{` before a space or the end of a line insert their pair; a `"` typed before the
 * closing quote it inserted moves over it (no change); Enter between `{` and `}` puts the `}`
 * on a line of its own; Enter and `}` before a `}` it inserted on the next line move to it.
 * Returns the text to insert (none: only the cursor moves) and, when it is not the end of
 * that text, where the cursor goes.
 */
export function editorKeystroke(lines: string[], cursor: Position, typed: string, next: string | undefined, quoted: Set<number>): { text?: string; cursor?: Position; skipNext?: boolean } {
    const line = lines[cursor.line];
    const after = line[cursor.character] ?? '\n';
    const before = line[cursor.character - 1];
    if (typed === '"' && after === '"' && quoted.has(cursor.line)) {
        quoted.delete(cursor.line);
        return { cursor: { line: cursor.line, character: cursor.character + 1 } };
    }
    const inString = line.slice(0, cursor.character).split('"').length % 2 === 0;
    if ((typed === '"' || typed === '{') && AUTO_CLOSE_BEFORE.has(after) && !inString) {
        if (typed === '"') quoted.add(cursor.line);
        return { text: typed === '"' ? '""' : '{}', cursor: { line: cursor.line, character: cursor.character + 1 } };
    }
    if (typed.startsWith('\n') && before === '{' && after === '}') {
        const indent = typed.slice(1);
        return { text: `\n${indent}\n${indent.slice(4)}`, cursor: { line: cursor.line + 1, character: indent.length } };
    }
    // Enter and «}» closing a block whose «}» is already on the next line: the user moves down to it.
    if (typed.startsWith('\n') && next === '}' && line.slice(cursor.character).trim() === '' && lines[cursor.line + 1]?.trim() === '}') {
        return { cursor: { line: cursor.line + 1, character: lines[cursor.line + 1].length }, skipNext: true };
    }
    return { text: typed };
}
