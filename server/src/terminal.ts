/**
 * What the CLI prints goes to a terminal, and a .grant file can hold anything:
 * an indicator name with «ESC [ 2 J» would clear the screen, an «ESC ] 8»
 * would make a fake link, a carriage return would hide a finding behind the
 * next one, a right-to-left override would reorder a line. Every line printed
 * passes through here: control characters become visible escapes
 * («\u001B»), so the line shows what the file holds and does nothing else.
 * The escapes are JSON's own: a line of `--format json` stays the same JSON.
 */

/**
 * C0 controls (tab and line feed are not escaped where `keepNewlines` allows them), DEL, C1
 * controls (U+009B is a CSI on 8-bit terminals), the line/paragraph separators and the
 * bidirectional embeddings, overrides and isolates.
 */
const UNPRINTABLE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/gu;
const UNPRINTABLE_OR_NEWLINE = /[\u0000-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/gu;

const escapeOf = (c: string) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * `text` with every character that would act on a terminal written as a visible escape.
 * `keepNewlines`: line feeds and tabs stay (a usage text); otherwise the result is one line.
 */
export function printable(text: string, keepNewlines = false): string {
    return text.replace(keepNewlines ? UNPRINTABLE : UNPRINTABLE_OR_NEWLINE, escapeOf);
}
