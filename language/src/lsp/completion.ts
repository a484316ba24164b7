/**
 * Completion. Langium's grammar-driven keyword completion decides what may
 * stand at the cursor; each keyword gets what its field means on the official
 * form. In value positions the vocabulary fills in: standard indicator names
 * after `көрсеткіш`, Block IV names inside `әсер { }`, regions after `аумақ:`
 * and `орны:`, months in periods, comparators and units in plans and facts,
 * statistics keys inside `санаты { }` and `жасы { }`. Matching forgives the
 * keyboard («mindet», «миндет», «кө» all find «міндет» / «көрсеткіш»).
 * Value items: completion-values.ts; snippets: completion-snippets.ts; the part of the text
 * read around the cursor: completion-window.ts.
 */
import { AstUtils, GrammarAST, isCompositeCstNode, type AstNode, type CstNode, type LangiumDocument, type MaybePromise } from 'langium';
import {
    DefaultCompletionProvider, type CompletionAcceptor, type CompletionContext, type CompletionProviderOptions,
    type NextFeature
} from 'langium/lsp';
import { CompletionItemKind, InsertTextFormat, type CancellationToken, type CompletionList, type CompletionParams, type InsertReplaceEdit, type TextEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { isImpact } from '../generated/ast.js';
import { filterForms, matches } from './fold.js';
import { keywordLabel, keywordMarkdown } from './keyword-docs.js';
import * as vocabulary from './vocabulary.js';
import { TextShift } from './text-shift.js';
import { lineStart, MAX_TYPED, memberAtParsed } from './completion-window.js';
import { offerDates, offerStrings, offerValueWords, offerWords } from './completion-values.js';
import { snippetFor } from './completion-snippets.js';
import type { GrantLexer } from '../lexer.js';

/** Fields whose value is a place: regions are offered. */
const PLACE_PROPERTIES = new Set(['territory', 'place']);

export class GrantCompletionProvider extends DefaultCompletionProvider {
    override readonly completionOptions: CompletionProviderOptions = { triggerCharacters: [':', '"'] };

    /** Off: Langium's own way, the whole file (tests compare the two). */
    windowed = true;

    /**
     * The document of the request being answered: its CST tells where a project member starts.
     * The CST may be of an older version of the text (completion does not wait for the parse of
     * the last keystroke, live-build.ts): `edit` maps its offsets onto the text as it is now.
     */
    private current?: { text: TextDocument; root: CstNode | undefined; edit: TextShift; inString?: boolean };

    override async getCompletion(document: LangiumDocument, params: CompletionParams, cancelToken?: CancellationToken): Promise<CompletionList | undefined> {
        // The window is taken from the CST only when the CST is of the text being completed.
        const root = document.parseResult.value.$cstNode?.root;
        const text = document.textDocument;
        const full = text.getText();
        const offset = text.offsetAt(params.position);
        const before = full.slice(lineStart(full, offset), offset);
        const quotes = (before.match(/"/g) ?? []).length;
        // Right after a closing quote nothing is expected of the user: no list to catch the next Enter.
        if (quotes % 2 === 0 && before.endsWith('"')) return { isIncomplete: false, items: [] };
        const edit = root ? TextShift.between(root.fullText, full) : undefined;
        this.current = { text, root: edit ? root : undefined, edit: edit ?? TextShift.NONE, inString: quotes % 2 === 1 };
        try {
            return await super.getCompletion(document, params, cancelToken);
        } finally {
            this.current = undefined;
        }
    }

    /** The project member around `offset` (`memberAtParsed`), in the offsets of the text as it is now. */
    private memberAt(offset: number): { start: number; end: number } | undefined {
        const root = this.windowed ? this.current?.root : undefined;
        if (!root || !isCompositeCstNode(root)) return undefined;
        const edit = this.current!.edit;
        const window = memberAtParsed(root, edit.toOld(offset));
        return window && { start: edit.toNew(window.start, 'start'), end: edit.toNew(window.end, 'end') };
    }

    /** Langium looks the cursor up in the CST: in the CST's own offsets when it is of an older text. */
    protected override findDataTypeRuleStart(cst: CstNode, offset: number): [number, number] | undefined {
        const edit = this.current?.root ? this.current.edit : TextShift.NONE;
        const found = super.findDataTypeRuleStart(cst, edit.toOld(offset));
        return found && [edit.toNew(found[0], 'start'), edit.toNew(found[1], 'end')];
    }

    /** Langium lexes the whole file to find the tokens around the cursor: the member around it is enough. */
    protected override backtrackToAnyToken(text: string, offset: number): ReturnType<DefaultCompletionProvider['backtrackToAnyToken']> {
        // The word being typed is read as typed: the document parser's line recovery would set a
        // half-typed keyword at the start of a line aside (language/src/recovery.ts).
        const lexer = this.lexer as Partial<GrantLexer>;
        const recovery = lexer.recovery;
        lexer.recovery = false;
        try {
            return this.tokenAround(text, offset);
        } finally {
            lexer.recovery = recovery;
        }
    }

    private tokenAround(text: string, offset: number): ReturnType<DefaultCompletionProvider['backtrackToAnyToken']> {
        const member = this.current?.text.getText() === text ? this.memberAt(offset) : undefined;
        if (!member) return super.backtrackToAnyToken(text, offset);
        const found = super.backtrackToAnyToken(text.slice(member.start, member.end), offset - member.start);
        const shift = (n: number | undefined) => (n === undefined ? undefined : n + member.start);
        return {
            nextTokenStart: found.nextTokenStart + member.start,
            nextTokenEnd: found.nextTokenEnd + member.start,
            previousTokenStart: shift(found.previousTokenStart),
            previousTokenEnd: shift(found.previousTokenEnd)
        };
    }

    /** Langium parses from the start of the file up to the cursor (up to three times a request): from the member's start is enough. */
    protected override findFeaturesAt(document: TextDocument, offset: number): NextFeature[] {
        const member = this.current?.text === document ? this.memberAt(offset) : undefined;
        if (!member) return super.findFeaturesAt(document, offset);
        const text = 'жоба "" {\n' + document.getText().slice(member.start, offset);
        return super.findFeaturesAt(TextDocument.create(document.uri, document.languageId, document.version, text), text.length);
    }

    protected override completionFor(context: CompletionContext, next: NextFeature, acceptor: CompletionAcceptor): MaybePromise<void> {
        if (context.offset - context.tokenOffset > MAX_TYPED) return;
        if (GrammarAST.isKeyword(next.feature)) return this.completionForKeyword(context, next.feature, acceptor);
        const assignment = AstUtils.getContainerOfType(next.feature, GrammarAST.isAssignment);
        const rule = AstUtils.getContainerOfType(next.feature, GrammarAST.isParserRule)?.name;
        const property = assignment?.feature;
        if (rule === 'Indicator' && property === 'name') {
            const impact = AstUtils.getContainerOfType(context.node, isImpact) !== undefined;
            const list = impact ? vocabulary.impactNames() : vocabulary.indicatorNames();
            offerStrings(context, acceptor, list, impact ? 'lsp.completion.impactName' : 'lsp.completion.indicatorName');
        } else if (property && PLACE_PROPERTIES.has(property)) {
            offerStrings(context, acceptor, vocabulary.regions(), 'lsp.completion.region');
        } else if (rule === 'DatePoint' && property === 'parts' && offerDates(context, acceptor)) {
            return;
        } else if (rule === 'DatePoint' && property === 'parts') {
            offerWords(context, acceptor, vocabulary.months(), 'lsp.completion.month', CompletionItemKind.Constant);
        } else if (rule === 'CategoryEntry' && property === 'key') {
            offerWords(context, acceptor, vocabulary.categoryKeys(), 'lsp.completion.category', CompletionItemKind.EnumMember, ': ');
        } else if (rule === 'AgeEntry' && property === 'from') {
            offerWords(context, acceptor, vocabulary.ageBrackets(), 'lsp.completion.age', CompletionItemKind.EnumMember, ': ');
        } else if (rule?.startsWith('Value')) {
            offerValueWords(context, acceptor);
        }
    }

    protected override completionForKeyword(context: CompletionContext, keyword: GrammarAST.Keyword, acceptor: CompletionAcceptor): MaybePromise<void> {
        // Inside a quoted text only values (names, regions) are offered, never a keyword or a block.
        if (this.current?.inString) return;
        if (!this.filterKeyword(context, keyword)) return;
        // Keywords allowed as plain nouns inside a value's parentheses are not offered there.
        if (AstUtils.getContainerOfType(keyword, GrammarAST.isParserRule)?.name === 'KeywordNoun') return;
        const value = keyword.value;
        const owner = context.node;
        const colon = this.followedByColon(keyword);
        const typed = this.typed(context);
        const label = keywordLabel(value, owner);
        const doc = keywordMarkdown(value, owner);
        acceptor(context, {
            label: value,
            kind: CompletionItemKind.Keyword,
            detail: label,
            documentation: doc ? { kind: 'markdown', value: doc } : undefined,
            filterText: filterForms(value, typed).join(' '),
            insertText: colon ? `${value}: ` : value,
            sortText: '1' + value
        });
        this.offerSnippet(context, value, acceptor);
    }

    /** Matches what was typed with the forgiving matcher (the default fuzzy matcher knows no Kazakh). */
    protected override buildCompletionTextEdit(context: CompletionContext, label: string, newText: string): TextEdit | InsertReplaceEdit | undefined {
        const identifier = this.typed(context);
        if (!matches(identifier, label) && !this.fuzzyMatcher.match(identifier, label)) return undefined;
        const start = context.textDocument.positionAt(context.tokenOffset);
        if (this.clientCapabilities?.completionItem?.insertReplaceSupport) {
            return {
                newText,
                insert: { start, end: context.position },
                replace: { start, end: context.textDocument.positionAt(Math.max(context.tokenEndOffset, context.offset)) }
            };
        }
        return { newText, range: { start, end: context.position } };
    }

    /** The text from the start of the token being completed to the cursor. */
    private typed(context: CompletionContext): string {
        return context.textDocument.getText().substring(context.tokenOffset, context.offset);
    }

    private followedByColon(keyword: GrammarAST.Keyword): boolean {
        const group: AstNode | undefined = keyword.$container;
        if (!GrammarAST.isGroup(group)) return false;
        const next = group.elements[group.elements.indexOf(keyword) + 1];
        return GrammarAST.isKeyword(next) && next.value === ':';
    }

    /** Snippets for a new task, activity, indicator and statistics block, offered where their keyword is. */
    private offerSnippet(context: CompletionContext, keyword: string, acceptor: CompletionAcceptor): void {
        const snippet = snippetFor(context.node, keyword);
        if (!snippet) return;
        const typed = this.typed(context);
        if (!matches(typed, keyword)) return;
        acceptor(context, {
            label: `${keyword} …`,
            kind: CompletionItemKind.Snippet,
            detail: snippet.detail,
            filterText: filterForms(keyword, typed).join(' '),
            insertTextFormat: InsertTextFormat.Snippet,
            insertText: snippet.body,
            sortText: '0' + keyword,
            textEdit: {
                newText: snippet.body,
                range: { start: context.textDocument.positionAt(context.tokenOffset), end: context.position }
            }
        });
    }

}

