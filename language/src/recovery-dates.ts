/**
 * Dates written the way a computer or a spreadsheet shows them — `2020-03-01`, `01/03/2020`,
 * `01-03-2020`, `01.03.20` — where the forms write `01.03.2020`. Read as the date meant, with a warning and
 * the one-click fix that writes it the forms' way (validation/recovery-fixes.ts).
 */
import type { IToken, TokenType } from 'chevrotain';
import { t } from './i18n.js';
import type { RecoveryResult } from './recovery.js';

const pad = (n: number) => String(n).padStart(2, '0');

/** `2020-03-01` → `01.03.2020`; undefined when the three numbers are not a day, a month and a year. */
export function formsDate(a: string, b: string, c: string): string | undefined {
    const [year, month, day] = a.length === 4 ? [a, b, c] : c.length === 4 ? [c, b, a] : [];
    if (!year || month!.length > 2 || day!.length > 2) return undefined;
    const m = Number(month);
    const d = Number(day);
    return m >= 1 && m <= 12 && d >= 1 && d <= 31 ? `${pad(d)}.${pad(m)}.${year}` : undefined;
}

/**
 * A date's tokens, `a` to `last`, become one DATE token read as `mended`, with the warning that
 * names the forms' way (its fix: validation/recovery-fixes.ts).
 */
function asDate(text: string, result: RecoveryResult, out: IToken[], a: IToken, last: IToken, mended: string, date: TokenType): void {
    out.push({ ...a, image: mended, endOffset: last.endOffset, endLine: last.endLine, endColumn: last.endColumn, tokenType: date, tokenTypeIdx: date.tokenTypeIdx! });
    const source = text.slice(a.startOffset, last.endOffset! + 1);
    result.diagnostics.push({
        offset: a.startOffset, length: source.length, line: a.startLine ?? 1, column: a.startColumn ?? 1,
        message: t('recover.dateForm', { text: source, date: mended }), severity: 'warning'
    });
}

export function mendDates(text: string, result: RecoveryResult, date: TokenType): void {
    const tokens = result.tokens;
    let out: IToken[] | undefined;
    const glued = (x: IToken, y: IToken | undefined) => y !== undefined && x.endOffset! + 1 === y.startOffset;
    for (let i = 0; i < tokens.length; i++) {
        const a = tokens[i];
        if (a.tokenType.name !== 'NUMBER') { out?.push(a); continue; }
        const [s1, b, s2, c] = [tokens[i + 1], tokens[i + 2], tokens[i + 3], tokens[i + 4]];
        const sep = s1?.tokenType.name;
        const written = (sep === '-' || sep === '/') && s2?.tokenType.name === sep
            && b?.tokenType.name === 'NUMBER' && c?.tokenType.name === 'NUMBER'
            && glued(a, s1) && glued(s1, b) && glued(b, s2) && glued(s2, c) && !glued(c, tokens[i + 5]);
        const mended = written ? formsDate(a.image, b.image, c.image) : undefined;
        if (mended) {
            out ??= tokens.slice(0, i);
            asDate(text, result, out, a, c, mended, date);
            i += 4;
            continue;
        }
        // «01.04.20»: the lexer reads «01.04» (a decimal), «.», «20» — a year in two digits, this century's.
        const short = sep === '.' && /^\d{1,2}\.\d{1,2}$/.test(a.image) && b?.tokenType.name === 'NUMBER' && /^\d{2}$/.test(b.image)
            && glued(a, s1) && glued(s1, b) && !glued(b, s2);
        const mendedShort = short ? formsDate(a.image.split('.')[0], a.image.split('.')[1], `20${b.image}`) : undefined;
        if (mendedShort) {
            out ??= tokens.slice(0, i);
            asDate(text, result, out, a, b, mendedShort, date);
            i += 2;
            continue;
        }
        out?.push(a);
    }
    if (out) result.tokens = out;
}
