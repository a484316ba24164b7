/**
 * The lexer, with one limit: parentheses inside a value («1 (кемінде 5 (әр
 * кездесуден))») are parsed recursively (ValueGroup), so thousands of nested
 * «(» would overflow the parser's stack — and a parser that overflowed once
 * reads the next documents with wrong positions. Parentheses deeper than
 * MAX_NESTING are left out of the token stream (with their closing
 * partners) and reported once, as a lexing error at the first of them.
 * Both the document parser and the completion parser read tokens from here.
 */
import { DefaultLexer, type LexerResult, type TokenizeOptions } from 'langium';
import type { IToken } from 'chevrotain';
import { t } from './i18n.js';

export const MAX_NESTING = 64;

export class GrantLexer extends DefaultLexer {
    override tokenize(text: string, options?: TokenizeOptions): LexerResult {
        const result = super.tokenize(text, options);
        let open = 0;
        let kept: IToken[] | undefined;
        const tokens = result.tokens;
        for (let i = 0; i < tokens.length; i++) {
            const token = tokens[i];
            const name = token.tokenType.name;
            let drop = false;
            if (name === '(') {
                drop = ++open > MAX_NESTING;
            } else if (name === ')') {
                drop = open > MAX_NESTING;
                if (open > 0) open--;
            }
            if (drop && !kept) {
                kept = tokens.slice(0, i);
                result.errors.push({
                    offset: token.startOffset, length: token.image.length,
                    line: token.startLine, column: token.startColumn,
                    message: t('lex.tooDeep', { max: MAX_NESTING })
                });
            } else if (!drop && kept) {
                kept.push(token);
            }
        }
        if (kept) result.tokens = kept;
        return result;
    }
}
