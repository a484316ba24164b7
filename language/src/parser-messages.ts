/**
 * Parser and lexer errors in the user's language, naming what was expected.
 * Keyword token types are named after the keyword itself (Langium), terminals
 * after their rule.
 */
import type { ILexerErrorMessageProvider, IParserErrorMessageProvider, IToken, TokenType } from 'chevrotain';
import { t } from './i18n.js';

function describeType(type: TokenType): string {
    const name = type.name;
    if (name === 'EOF') return t('token.EOF');
    if (name === 'STRING' || name === 'NUMBER' || name === 'DATE' || name === 'WORD') return t(`token.${name}`);
    return t('token.keyword', { keyword: name });
}

function describeToken(token: IToken): string {
    if (token.tokenType?.name === 'EOF' || token.image === '') return t('token.EOF');
    const image = token.image.length > 40 ? token.image.slice(0, 37) + '…' : token.image;
    return `«${image.replace(/\s+/g, ' ')}»`;
}

function unique(list: string[], max = 8): string {
    const seen = [...new Set(list)];
    return seen.length > max ? seen.slice(0, max).join(', ') + ', …' : seen.join(', ');
}

export class GrantParserErrorMessageProvider implements IParserErrorMessageProvider {
    buildMismatchTokenMessage(options: { expected: TokenType; actual: IToken; previous: IToken; ruleName: string }): string {
        return t('parse.expected', { expected: describeType(options.expected), actual: describeToken(options.actual) });
    }
    buildNotAllInputParsedMessage(options: { firstRedundant: IToken; ruleName: string }): string {
        return t('parse.notAllInput', { actual: describeToken(options.firstRedundant) });
    }
    buildNoViableAltMessage(options: { expectedPathsPerAlt: TokenType[][][]; actual: IToken[]; previous: IToken; customUserDescription?: string; ruleName: string }): string {
        const firsts = options.expectedPathsPerAlt.flatMap(alt => alt.map(path => describeType(path[0])));
        return t('parse.unexpected', { expected: unique(firsts), actual: describeToken(options.actual[0]) });
    }
    buildEarlyExitMessage(options: { expectedIterationPaths: TokenType[][]; actual: IToken[]; previous: IToken; customUserDescription?: string; ruleName: string }): string {
        const firsts = options.expectedIterationPaths.map(path => describeType(path[0]));
        return t('parse.atLeastOne', { expected: unique(firsts), actual: describeToken(options.actual[0]) });
    }
}

export class GrantLexerErrorMessageProvider implements ILexerErrorMessageProvider {
    buildUnexpectedCharactersMessage(fullText: string, startOffset: number, length: number): string {
        return t('lex.unexpected', { text: fullText.substr(startOffset, Math.min(length, 20)) });
    }
    buildUnableToPopLexerModeMessage(token: IToken): string {
        return t('lex.unexpected', { text: token.image });
    }
}
