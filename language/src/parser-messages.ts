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

/** Keywords that open a block: met where a block's «}» is expected, the block before was left open. */
const BLOCK_OPENERS = new Set(['жоба', 'міндет', 'іс-шара', 'презентация', 'ақпараттық-жұмыс', 'әсер', 'статистика', 'команда']);
/** The keyword of a block, by its grammar rule: «this field does not belong in «іс-шара»». */
const BLOCK_KEYWORD: Record<string, string> = {
    Project: 'жоба', Task: 'міндет', Activity: 'іс-шара', Presentation: 'презентация', InfoWork: 'ақпараттық-жұмыс',
    Impact: 'әсер', Statistics: 'статистика', Team: 'команда'
};

export class GrantParserErrorMessageProvider implements IParserErrorMessageProvider {
    buildMismatchTokenMessage(options: { expected: TokenType; actual: IToken; previous: IToken; ruleName: string }): string {
        const { expected, actual, previous } = options;
        const name = actual.tokenType?.name ?? '';
        const lineStart = previous !== undefined && actual.startLine !== undefined && (previous.endLine ?? 0) < actual.startLine;
        // «Бұл жерде «}» күтілген» tells a person to add a brace where none goes: say what is wrong.
        if (expected.name === '}' && lineStart && /^\p{L}/u.test(name)) {
            if (BLOCK_OPENERS.has(name)) return t('parse.unclosedBlock', { actual: describeToken(actual) });
            const block = BLOCK_KEYWORD[options.ruleName.replace(/[^\p{L}]/gu, '')];
            if (block) return t('parse.notInBlock', { keyword: name, block });
        }
        if (expected.name === 'EOF' && name !== 'EOF') return t(name === '}' ? 'parse.extraBrace' : 'parse.closedEarly', { actual: describeToken(actual) });
        return t('parse.expected', { expected: describeType(expected), actual: describeToken(actual) });
    }
    buildNotAllInputParsedMessage(options: { firstRedundant: IToken; ruleName: string }): string {
        const name = options.firstRedundant.tokenType?.name;
        if (name === '}') return t('parse.extraBrace');
        return t(name && /^\p{L}/u.test(name) ? 'parse.closedEarly' : 'parse.notAllInput', { actual: describeToken(options.firstRedundant) });
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
