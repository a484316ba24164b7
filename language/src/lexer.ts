/**
 * The lexer, with one limit: parentheses inside a value («1 (кемінде 5 (әр
 * кездесуден))») are parsed recursively (ValueGroup), so thousands of nested
 * «(» would overflow the parser's stack — and a parser that overflowed once
 * reads the next documents with wrong positions. Parentheses deeper than
 * MAX_NESTING are left out of the token stream (with their closing
 * partners) and reported once, as a lexing error at the first of them.
 * Both the document parser and the completion parser read tokens from here.
 */
import { AstUtils, DefaultLexer, GrammarAST, type LexerResult, type LexingDiagnostic, type TokenizeOptions } from 'langium';
import type { IToken, TokenType } from 'chevrotain';
import { t } from './i18n.js';
import { recoverLines, type RecoveryVocabulary } from './recovery.js';
import { quoteBareTitles, titleKeywords } from './recovery-titles.js';
import { MAX_OPEN_QUOTES, openQuote } from './recovery-quotes.js';
import { mendDates } from './recovery-dates.js';

export const MAX_NESTING = 64;

/** Where a block stands in a text: offsets, and the line and column (0-based) of its start. */
export interface TextRegion { start: number; end: number; line: number; column: number }

/** The keywords that take a quoted text after «:», read from the grammar (`'орны' ':' place=STRING`). */
function stringFields(grammar: GrammarAST.Grammar): Set<string> {
    const found = new Set<string>();
    const isString = (el: GrammarAST.AbstractElement | undefined) => GrammarAST.isAssignment(el)
        && GrammarAST.isRuleCall(el.terminal) && el.terminal.rule.ref?.name === 'STRING';
    const keywordsOf = (el: GrammarAST.AbstractElement | undefined): string[] => {
        if (GrammarAST.isKeyword(el)) return [el.value];
        if (GrammarAST.isAssignment(el)) return keywordsOf(el.terminal);
        if (GrammarAST.isAlternatives(el)) return el.elements.flatMap(keywordsOf);
        return [];
    };
    for (const group of AstUtils.streamAllContents(grammar).filter(GrammarAST.isGroup)) {
        const els = group.elements;
        for (let i = 0; i + 2 < els.length; i++) {
            if (GrammarAST.isKeyword(els[i + 1]) && (els[i + 1] as GrammarAST.Keyword).value === ':' && isString(els[i + 2])) {
                for (const k of keywordsOf(els[i])) found.add(k);
            }
        }
    }
    return found;
}

export class GrantLexer extends DefaultLexer {
    private readonly vocabulary: RecoveryVocabulary;
    private readonly titles: ReadonlyMap<string, boolean>;
    private readonly wordKeywords: ReadonlySet<string>;
    private readonly date: TokenType;
    /** Off while completion looks for the token at the cursor: it reads the text as typed. */
    recovery = true;
    /**
     * Set by incremental-parse.ts around the parse of one block: only this region of the text is
     * read, its tokens placed where they stand in the whole text (see `tokenizeRegion`).
     */
    region?: TextRegion;
    /**
     * Set around the parse of one piece of a big file (server/src/cli/piecewise/): only these
     * regions of the text are read, in order, each as `region` is; the rest is as if blank.
     */
    regions?: readonly TextRegion[];

    constructor(services: ConstructorParameters<typeof DefaultLexer>[0] & { Grammar: GrammarAST.Grammar }) {
        super(services);
        const types = this.definition as Record<string, TokenType>;
        const terminals = new Set(services.Grammar.rules.filter(GrammarAST.isTerminalRule).map(r => r.name));
        const keywords = new Map(Object.entries(types).filter(([name]) => !terminals.has(name)));
        this.vocabulary = {
            keywords,
            wordKeywords: [...keywords.keys()].filter(k => /^\p{L}[\p{L}-]+$/u.test(k)),
            stringFields: stringFields(services.Grammar),
            string: types.STRING
        };
        this.titles = titleKeywords(services.Grammar);
        this.wordKeywords = new Set(this.vocabulary.wordKeywords);
        this.date = types.DATE;
    }

    override tokenize(text: string, options?: TokenizeOptions): LexerResult {
        if (options?.mode === 'partial') return this.read(text, options);
        if (this.regions) return this.tokenizeRegions(text, this.regions, options);
        return this.region ? this.tokenizeRegion(text, this.region, options) : this.read(text, options);
    }

    /** The tokens of several regions of `text`, each read on its own and placed where it stands. */
    private tokenizeRegions(text: string, regions: readonly TextRegion[], options?: TokenizeOptions): LexerResult {
        const all: LexerResult = { tokens: [], hidden: [], errors: [] };
        const diagnostics: LexingDiagnostic[] = [];
        for (const region of regions) {
            const one = this.tokenizeRegion(text, region, options);
            // One by one: a spread of a long list into push() overflows the stack.
            for (const token of one.tokens) all.tokens.push(token);
            for (const token of one.hidden) all.hidden.push(token);
            for (const error of one.errors) all.errors.push(error);
            for (const diagnostic of one.report?.diagnostics ?? []) diagnostics.push(diagnostic);
        }
        if (diagnostics.length) all.report = { diagnostics };
        return all;
    }

    /**
     * The tokens of `region` of `text`, as a read of the whole text would place them when
     * everything before the region is blank: the region is read after spaces up to its column,
     * then every token and finding moves down to its line and offset. (Reading the whole text
     * with the part before the region blanked would cost a pass over it at every keystroke.)
     */
    private tokenizeRegion(text: string, region: TextRegion, options?: TokenizeOptions): LexerResult {
        const result = this.read(' '.repeat(region.column) + text.slice(region.start, region.end), options);
        const offset = region.start - region.column;
        const lines = region.line;
        const move = (token: IToken) => {
            token.startOffset += offset;
            if (token.endOffset !== undefined) token.endOffset += offset;
            if (token.startLine !== undefined) token.startLine += lines;
            if (token.endLine !== undefined) token.endLine += lines;
        };
        for (const token of result.tokens) move(token);
        for (const token of result.hidden) move(token);
        const moveFinding = (finding: { offset: number; line?: number }) => {
            finding.offset += offset;
            if (finding.line !== undefined) finding.line += lines;
        };
        for (const error of result.errors) moveFinding(error);
        for (const diagnostic of result.report?.diagnostics ?? []) moveFinding(diagnostic);
        return result;
    }

    private read(text: string, options?: TokenizeOptions): LexerResult {
        let result = super.tokenize(text, options);
        if (this.recovery && options?.mode !== 'partial') {
            // A quote left open: read again with it as a space (recovery-quotes.ts); the line recovery names it.
            let read = text;
            for (let n = 0; n < MAX_OPEN_QUOTES; n++) {
                const quote = openQuote(result.tokens, this.vocabulary.string, this.wordKeywords);
                if (quote === undefined) break;
                read = read.slice(0, quote) + ' ' + read.slice(quote + 1);
                result = super.tokenize(read, options);
            }
            const recovered = { tokens: result.tokens, errors: result.errors, diagnostics: [] as LexingDiagnostic[] };
            recoverLines(text, recovered, this.vocabulary);
            quoteBareTitles(text, recovered, this.vocabulary, this.titles);
            mendDates(text, recovered, this.date);
            result.tokens = recovered.tokens;
            result.errors = recovered.errors as typeof result.errors;
            if (recovered.diagnostics.length) {
                result.report = { diagnostics: [...(result.report?.diagnostics ?? []), ...recovered.diagnostics] };
            }
        }
        this.limitNesting(result);
        return result;
    }

    private limitNesting(result: LexerResult): void {
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
    }
}
