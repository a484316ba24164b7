/**
 * Characters a report cannot hold. XML 1.0 (every part of a .docx) forbids the
 * C0 controls other than tab, line feed and carriage return, lone surrogates
 * and U+FFFE/U+FFFF: one of them in a name makes a document Word and
 * LibreOffice refuse to open. DEL and the C1 controls are allowed by XML but
 * are invisible debris of copying (mojibake, terminal codes): they go too.
 * The check (V-FMT-08) and the report writer use this one definition, so what
 * the check flags is exactly what the writer leaves out.
 */

/** With the `u` flag a surrogate range matches only a surrogate without its partner. */
const UNSAFE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uD800-\uDFFF\uFFFE\uFFFF]/u;
const UNSAFE_RUNS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uD800-\uDFFF\uFFFE\uFFFF]+/gu;
/**
 * The same class read unit by unit, surrogates paired or not: six times faster over a whole file
 * than the `u` expression (which walks code points). When it finds nothing there is nothing;
 * when it finds something (a pair, such as an emoji, included) the exact expression decides.
 */
const MAYBE_UNSAFE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uD800-\uDFFF\uFFFE\uFFFF]/;

export function hasControlChars(text: string): boolean {
    return MAYBE_UNSAFE.test(text) && UNSAFE.test(text);
}

/** `text` without the characters a report cannot hold. */
export function withoutControlChars(text: string): string {
    return hasControlChars(text) ? text.replace(UNSAFE_RUNS, '') : text;
}

/** The runs of such characters in `text`: offset, length and the characters as «U+0001» names. */
export function controlCharRuns(text: string, limit = Infinity): { start: number; end: number; names: string }[] {
    const out: { start: number; end: number; names: string }[] = [];
    if (!hasControlChars(text)) return out;
    for (const m of text.matchAll(UNSAFE_RUNS)) {
        if (out.length >= limit) break;
        const names = [...new Set(m[0])].map(c => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`).join(', ');
        out.push({ start: m.index!, end: m.index! + m[0].length, names });
    }
    return out;
}

/**
 * A copy of `value` with every string in it cleaned (plain objects and arrays are walked;
 * typed arrays, such as picture bytes, are kept). Parts with nothing to clean are the same
 * objects, so a clean report costs one walk and no copy.
 */
export function cleanStrings<T>(value: T): T {
    if (typeof value === 'string') return withoutControlChars(value) as T;
    if (typeof value !== 'object' || value === null || ArrayBuffer.isView(value)) return value;
    if (Array.isArray(value)) {
        let copy: unknown[] | undefined;
        for (let i = 0; i < value.length; i++) {
            const cleaned = cleanStrings(value[i]);
            if (cleaned !== value[i]) (copy ??= value.slice())[i] = cleaned;
        }
        return (copy ?? value) as T;
    }
    if (Object.getPrototypeOf(value) !== Object.prototype) return value;
    let copy: Record<string, unknown> | undefined;
    for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
        const cleaned = cleanStrings(item);
        if (cleaned !== item) (copy ??= { ...(value as Record<string, unknown>) })[key] = cleaned;
    }
    return (copy ?? value) as T;
}
