/**
 * Titles written without quotes: `міндет 1 Атауы мұнда {`, `көрсеткіш Фото жоспар: 10`. The
 * grammar wants a quoted text after the keyword (and its number); a person who is not a
 * programmer writes the title as it stands in the signed plan. The words up to the block's `{`,
 * the next `keyword:` on the line, a `//` comment or the end of the line are read as the title,
 * with a warning and the one-click quick fix that adds the quotes (validation/recovery-fixes.ts).
 * The rest of the file is read and checked as usual.
 */
import type { IToken } from 'chevrotain';
import { AstUtils, GrammarAST } from 'langium';
import { t } from './i18n.js';
import { lineEnd, type RecoveryResult, type RecoveryVocabulary } from './recovery.js';

/**
 * The keywords that open a titled line, read from the grammar (`'міндет' number=NUMBER? title=STRING`,
 * `kind=('қызметкер' | 'маман') name=STRING`), and whether a number may stand between.
 */
export function titleKeywords(grammar: GrammarAST.Grammar): Map<string, boolean> {
    const found = new Map<string, boolean>();
    const ruleOf = (el: GrammarAST.AbstractElement | undefined) =>
        GrammarAST.isAssignment(el) && GrammarAST.isRuleCall(el.terminal) ? el.terminal.rule.ref?.name : undefined;
    const keywordsOf = (el: GrammarAST.AbstractElement | undefined): string[] => {
        if (GrammarAST.isKeyword(el)) return /^\p{L}/u.test(el.value) ? [el.value] : [];
        if (GrammarAST.isAssignment(el)) return keywordsOf(el.terminal);
        if (GrammarAST.isAlternatives(el)) return el.elements.flatMap(keywordsOf);
        return [];
    };
    for (const group of AstUtils.streamAllContents(grammar).filter(GrammarAST.isGroup)) {
        const els = group.elements;
        for (let i = 0; i + 1 < els.length; i++) {
            const numbered = ruleOf(els[i + 1]) === 'NUMBER' && els[i + 1].cardinality === '?';
            const title = els[numbered ? i + 2 : i + 1];
            if (ruleOf(title) !== 'STRING') continue;
            for (const k of keywordsOf(els[i])) found.set(k, numbered || found.get(k) === true);
        }
    }
    return found;
}

const MAX_SHOWN = 60;

/** `міндет 1 Атауы {` → `міндет 1 "Атауы" {`, with a warning on the title. */
export function quoteBareTitles(text: string, result: RecoveryResult, vocab: RecoveryVocabulary, titles: ReadonlyMap<string, boolean>): void {
    const tokens = result.tokens;
    let out: IToken[] | undefined;
    let depth = 0;
    for (let i = 0; i < tokens.length; i++) {
        const key = tokens[i];
        const name = key.tokenType.name;
        if (name === '(') depth++;
        else if (name === ')') depth = Math.max(0, depth - 1);
        const numbered = titles.get(name);
        const lineStart = i === 0 || (tokens[i - 1].endLine ?? 0) < (key.startLine ?? 0);
        // Inside a value's parentheses «маман», «міндет» are nouns, not titled lines.
        if (numbered === undefined || !lineStart || depth > 0) { out?.push(key); continue; }
        let first = i + 1;
        if (numbered && tokens[first]?.tokenType.name === 'NUMBER' && tokens[first].startLine === key.startLine) first++;
        const head = tokens[first];
        if (!head || head.startLine !== key.startLine || head.tokenType === vocab.string || head.tokenType.name === '{') { out?.push(key); continue; }
        if (head.tokenType.name === ':') {
            // `міндет 1: "Атауы"`: a colon where none goes is left out, with a one-click fix.
            const next = tokens[first + 1];
            if (next?.tokenType !== vocab.string || next.startLine !== key.startLine) { out?.push(key); continue; }
            out ??= tokens.slice(0, i);
            for (let j = i; j < first; j++) out.push(tokens[j]);
            result.diagnostics.push({
                offset: head.startOffset, length: 1, line: head.startLine ?? 1, column: head.startColumn ?? 1,
                message: t('recover.extraColon', { keyword: key.image }), severity: 'warning'
            });
            i = first;
            continue;
        }
        // Where the title stops: the block's «{», the next `keyword:`, a comment, the end of the line.
        const eol = lineEnd(text, key.startOffset);
        let stop = eol;
        let quoted = false;
        for (let j = first; j < tokens.length && tokens[j].startOffset < eol; j++) {
            const tok = tokens[j];
            if (tok.tokenType.name === '{' || (vocab.keywords.has(tok.tokenType.name) && tokens[j + 1]?.tokenType.name === ':' && tokens[j + 1].startOffset < eol)) {
                stop = tok.startOffset;
                break;
            }
            quoted ||= tok.tokenType === vocab.string;
        }
        // A quoted text further on (`іс-шара 2 17 "Атауы"`): not a title without quotes; the parser says what is wrong.
        if (quoted) { out?.push(key); continue; }
        // A quote left open reads as a space (recovery-quotes.ts): the text starts at that quote.
        const start = text[head.startOffset - 1] === '"' && head.startOffset - 1 > key.endOffset! ? head.startOffset - 1 : head.startOffset;
        const comment = /(^|\s)\/\//.exec(text.slice(start, stop));
        if (comment) stop = start + comment.index + comment[1].length;
        let end = stop;
        while (end > start && /\s/.test(text[end - 1])) end--;
        const unclosed = text[start] === '"';
        const content = text.slice(unclosed ? start + 1 : start, end);
        if (!content.trim()) { out?.push(key); continue; }
        out ??= tokens.slice(0, i);
        out.push(key);
        for (let j = i + 1; j < first; j++) out.push(tokens[j]);
        const column = (key.startColumn ?? 1) + (start - key.startOffset);
        out.push({
            image: `"${content.replace(/"/g, '\'')}"`, startOffset: start, endOffset: end - 1,
            startLine: key.startLine, endLine: key.startLine, startColumn: column, endColumn: column + (end - start) - 1,
            tokenType: vocab.string, tokenTypeIdx: vocab.string.tokenTypeIdx!
        });
        // The tokens inside the title are gone, and so are the lexer's complaints about them.
        let last = first;
        while (last < tokens.length && tokens[last].startOffset < end) last++;
        i = last - 1;
        result.errors = result.errors.filter(e => e.offset < start || e.offset >= end);
        const shown = content.replace(/\s+/g, ' ').trim();
        const message = unclosed
            ? t('recover.unclosedTitle', { keyword: key.image })
            : t('recover.unquotedTitle', { keyword: key.image, text: shown.length > MAX_SHOWN ? shown.slice(0, MAX_SHOWN - 1) + '…' : shown });
        result.diagnostics.push({
            offset: start, length: end - start, line: key.startLine ?? 1, column, message, severity: unclosed ? 'error' : 'warning'
        });
    }
    if (out) result.tokens = out;
}
