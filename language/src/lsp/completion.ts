/**
 * Completion. Langium's grammar-driven keyword completion decides what may
 * stand at the cursor; each keyword gets what its field means on the official
 * form. In value positions the vocabulary fills in: standard indicator names
 * after `көрсеткіш`, Block IV names inside `әсер { }`, regions after `аумақ:`
 * and `орны:`, months in periods, comparators and units in plans and facts,
 * statistics keys inside `санаты { }` and `жасы { }`. Matching forgives the
 * keyboard («mindet», «миндет», «кө» all find «міндет» / «көрсеткіш»).
 */
import { AstUtils, GrammarAST, isCompositeCstNode, type AstNode, type CstNode, type LangiumDocument, type MaybePromise } from 'langium';
import {
    DefaultCompletionProvider, type CompletionAcceptor, type CompletionContext, type CompletionProviderOptions,
    type NextFeature
} from 'langium/lsp';
import { CompletionItemKind, InsertTextFormat, type CancellationToken, type CompletionList, type CompletionParams, type InsertReplaceEdit, type TextEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { isImpact, isProject, isTask, type Project, type Task } from '../generated/ast.js';
import { getLanguage, t } from '../i18n.js';
import { addMonths, formatDate, todayISO } from '../dates.js';
import { filterForms, matches } from './fold.js';
import { keywordLabel, keywordMarkdown } from './keyword-docs.js';
import * as vocabulary from './vocabulary.js';
import { TextShift } from './text-shift.js';
import type { GrantLexer } from '../lexer.js';
import type { VocabularyEntry } from './vocabulary.js';

/** Fields whose value is a place: regions are offered. */
const PLACE_PROPERTIES = new Set(['territory', 'place']);
/** Value fields: comparators (plans only) and units are offered. */
/** Fields whose value is a date or a range of dates (not months). */
const DATE_FIELD = /(кезең|есеп-күні|толтырылған-күні)\s*:\s*([^:\n]*)$/iu;
const VALUE_FIELD = /(жоспар|факт|сома|жүктеме|ұзақтығы|бастапқы|кейінгі|өсім)\s*:\s*([^:\n]*)$/iu;

/**
 * Longer than any keyword or vocabulary label: the cursor is deep inside a
 * long string or comment, not on a word being typed, and matching every
 * label against the whole of it would take seconds. Nothing is offered.
 */
const MAX_TYPED = 300;
/** How far back a line is read for the value field and open quotes (files with CR line ends are one long line to `\n`). */
const MAX_LOOKBACK = 4000;

/** The start of the line holding `offset` (after \n or \r), or `MAX_LOOKBACK` before it. */
function lineStart(text: string, offset: number): number {
    const from = Math.max(0, offset - MAX_LOOKBACK);
    for (let i = offset - 1; i >= from; i--) {
        const c = text.charCodeAt(i);
        if (c === 10 || c === 13) return i + 1;
    }
    return from;
}

function up<T extends AstNode>(node: AstNode | undefined, guard: (n: AstNode) => n is T): T | undefined {
    for (let n = node; n; n = n.$container) if (guard(n)) return n;
    return undefined;
}

/** The blocks of a project (not its header values, whose CST nodes are composite too): each can start a parse inside `жоба "" {`. */
const MEMBER_PROPERTIES = new Set(['teams', 'tasks', 'infoWorks', 'presentations', 'impacts', 'statistics', 'learning', 'councils',
    'partners', 'conclusions', 'proposals', 'recommendations']);

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

    /**
     * The project member (task, information work, statistics, …) around `offset`: from its start to
     * the start of the next member. Members of a project stand in any order, so parsing from the
     * start of one, inside `жоба "" {`, gives the same next features as parsing the whole file.
     */
    private memberAt(offset: number): { start: number; end: number } | undefined {
        const root = this.windowed ? this.current?.root : undefined;
        if (!root || !isCompositeCstNode(root)) return undefined;
        const edit = this.current!.edit;
        const window = this.memberAtParsed(root, edit.toOld(offset));
        return window && { start: edit.toNew(window.start, 'start'), end: edit.toNew(window.end, 'end') };
    }

    /** `memberAt` in the offsets of the text the CST was parsed from. */
    private memberAtParsed(root: CstNode, offset: number): { start: number; end: number } | undefined {
        if (!isCompositeCstNode(root)) return undefined;
        const project = root.content.find(c => c.offset <= offset && offset <= c.end);
        if (!project || !isCompositeCstNode(project)) return undefined;
        let found: { start: number; end: number } | undefined;
        for (const child of project.content) {
            // A block that starts at the cursor is not the window: the one before may go on there.
            if (child.offset >= offset) {
                if (found) found.end = child.offset;
                break;
            }
            if (isCompositeCstNode(child) && MEMBER_PROPERTIES.has(child.astNode.$containerProperty ?? '') && child.astNode.$container === project.astNode) {
                found = { start: child.offset, end: project.end };
            }
        }
        return found;
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
            const impact = up(context.node, isImpact) !== undefined;
            const list = impact ? vocabulary.impactNames() : vocabulary.indicatorNames();
            this.offerStrings(context, acceptor, list, impact ? 'lsp.completion.impactName' : 'lsp.completion.indicatorName');
        } else if (property && PLACE_PROPERTIES.has(property)) {
            this.offerStrings(context, acceptor, vocabulary.regions(), 'lsp.completion.region');
        } else if (rule === 'DatePoint' && property === 'parts' && this.offerDates(context, acceptor)) {
            return;
        } else if (rule === 'DatePoint' && property === 'parts') {
            this.offerWords(context, acceptor, vocabulary.months(), 'lsp.completion.month', CompletionItemKind.Constant);
        } else if (rule === 'CategoryEntry' && property === 'key') {
            this.offerWords(context, acceptor, vocabulary.categoryKeys(), 'lsp.completion.category', CompletionItemKind.EnumMember, ': ');
        } else if (rule === 'AgeEntry' && property === 'from') {
            this.offerWords(context, acceptor, vocabulary.ageBrackets(), 'lsp.completion.age', CompletionItemKind.EnumMember, ': ');
        } else if (rule?.startsWith('Value')) {
            this.offerValueWords(context, acceptor);
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

    /**
     * The range a value item replaces: the word or string being typed, with an
     * opening quote before it and an auto-closed quote after it.
     */
    private valueRange(context: CompletionContext): { start: number; end: number; typed: string } {
        const text = context.textDocument.getText();
        let start = context.tokenOffset;
        let end = Math.max(context.tokenEndOffset, context.offset);
        if (start === end && start === context.offset) {
            // Nothing lexed at the cursor: perhaps an opening quote not closed yet.
            const from = lineStart(text, context.offset);
            const before = text.slice(from, context.offset);
            const quotes = (before.match(/"/g) ?? []).length;
            if (quotes % 2 === 1) start = from + before.lastIndexOf('"');
        } else if (text[start - 1] === '"' && text[start] !== '"') {
            start--;
        }
        if (text[start] === '"' && end > start + 1 && text[end - 1] !== '"' && text[end] === '"') end++;
        else if (text[start] === '"' && end === context.offset && text[end] === '"') end++;
        return { start, end, typed: text.slice(start, context.offset) };
    }

    private pushValue(context: CompletionContext, acceptor: CompletionAcceptor, label: string, insert: string,
        detail: string, documentation: string | undefined, kind: CompletionItemKind, sortText: string): void {
        const range = this.valueRange(context);
        if (range.typed.length > MAX_TYPED) return;
        const typedBare = range.typed.replace(/"/g, '');
        if (!matches(typedBare, label)) return;
        const text = context.textDocument.getText();
        const before = text[range.start - 1];
        const newText = (before === ':' ? ' ' : '') + insert;
        const forms = filterForms(label, typedBare);
        const quoted = range.typed.startsWith('"');
        acceptor(context, {
            label,
            kind,
            detail,
            documentation: documentation ? { kind: 'markdown', value: documentation } : undefined,
            filterText: (quoted ? forms.map(f => `"${f}`) : forms).join(' '),
            sortText,
            textEdit: {
                newText,
                range: { start: context.textDocument.positionAt(range.start), end: context.textDocument.positionAt(range.end) }
            }
        });
    }

    private gloss(entry: VocabularyEntry): string | undefined {
        const lang = getLanguage();
        const gloss = lang === 'kk' ? (entry.gloss.en ?? entry.gloss.ru) : vocabulary.glossIn(entry, lang);
        return gloss && gloss !== entry.label ? gloss : undefined;
    }

    /** Quoted names: indicators, regions. */
    private offerStrings(context: CompletionContext, acceptor: CompletionAcceptor, list: VocabularyEntry[],
        detailKey: 'lsp.completion.indicatorName' | 'lsp.completion.impactName' | 'lsp.completion.region'): void {
        list.forEach((entry, i) => {
            const extra = entry.extra ? (detailKey === 'lsp.completion.region' ? t('lsp.completion.centre', { centre: entry.extra }) : entry.extra) : undefined;
            const doc = [this.gloss(entry), extra].filter(Boolean).join(' — ') || undefined;
            this.pushValue(context, acceptor, entry.label, `"${entry.label}"`, t(detailKey), doc, CompletionItemKind.Value, String(i).padStart(3, '0'));
        });
    }

    /** Bare words: months, statistics keys. */
    private offerWords(context: CompletionContext, acceptor: CompletionAcceptor, list: VocabularyEntry[],
        detailKey: 'lsp.completion.month' | 'lsp.completion.category' | 'lsp.completion.age', kind: CompletionItemKind, suffix = ''): void {
        list.forEach((entry, i) => {
            const doc = detailKey === 'lsp.completion.month' ? this.gloss(entry) : vocabulary.glossIn(entry, getLanguage());
            this.pushValue(context, acceptor, entry.label, entry.label + suffix, t(detailKey), doc, kind, String(i).padStart(3, '0'));
        });
    }

    /**
     * The project's period and the report's dates are dates (dd.mm.yyyy), not months: today, and
     * for `кезең:` a range from today, as a snippet whose dates are tab stops.
     */
    private offerDates(context: CompletionContext, acceptor: CompletionAcceptor): boolean {
        const text = context.textDocument.getText();
        const field = DATE_FIELD.exec(text.slice(lineStart(text, context.tokenOffset), context.tokenOffset))?.[1];
        if (!field) return false;
        const today = formatDate(todayISO());
        const start = context.textDocument.positionAt(context.tokenOffset);
        const lead = text[context.tokenOffset - 1] === ':' ? ' ' : '';
        const push = (label: string, body: string, detail: string, sortText: string) => acceptor(context, {
            label, kind: CompletionItemKind.Constant, detail, sortText, filterText: label,
            insertTextFormat: InsertTextFormat.Snippet,
            textEdit: { newText: lead + body, range: { start, end: context.position } }
        });
        if (field === 'кезең') {
            const end = formatDate(addMonths(todayISO(), 6));
            push(`${today} - ${end}`, `\${1:${today}} - \${2:${end}}`, t('lsp.completion.period'), '0');
        } else {
            push(today, `\${1:${today}}`, t('lsp.completion.today'), '0');
        }
        return true;
    }

    /** Inside `жоспар:` / `факт:`: comparators before the number (plans only), units after it. */
    private offerValueWords(context: CompletionContext, acceptor: CompletionAcceptor): void {
        const text = context.textDocument.getText();
        const m = VALUE_FIELD.exec(text.slice(lineStart(text, context.tokenOffset), context.tokenOffset));
        if (!m) return;
        const field = m[1].toLowerCase();
        const hasNumber = /[0-9]/.test(m[2]);
        if (!hasNumber && field === 'жоспар') {
            vocabulary.comparators().forEach((entry, i) =>
                this.pushValue(context, acceptor, entry.label, `${entry.label} `, t('lsp.completion.comparator'), this.gloss(entry),
                    CompletionItemKind.Operator, 'a' + String(i).padStart(3, '0')));
        }
        if (hasNumber) {
            vocabulary.units().forEach((entry, i) =>
                this.pushValue(context, acceptor, entry.label, entry.label, t('lsp.completion.unit'), this.gloss(entry),
                    CompletionItemKind.Unit, 'b' + String(i).padStart(3, '0')));
        }
    }

    /** Snippets for a new task, activity, indicator and statistics block, offered where their keyword is. */
    private offerSnippet(context: CompletionContext, keyword: string, acceptor: CompletionAcceptor): void {
        const snippet = this.snippetFor(context, keyword);
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

    /**
     * Every snippet parses as soon as it is inserted: texts are empty quotes, a plan is the empty
     * placeholder `""` (selected, so typing replaces it), a period is the project's (or six months
     * from today), selected too.
     */
    private snippetFor(context: CompletionContext, keyword: string): { body: string; detail: string } | undefined {
        const indicator = `көрсеткіш "\${1}" жоспар: \${2:""}`;
        const period = () => snippetPeriod(up(context.node, isProject));
        switch (keyword) {
            case 'міндет': {
                const project: Project | undefined = up(context.node, isProject);
                const n = (project?.tasks.length ?? 0) + 1;
                return {
                    detail: t('lsp.snippet.task'),
                    body: [
                        `міндет ${n} "\${1}" {`,
                        `    іс-шара 1 "\${2}" {`,
                        `        мерзімі: \${3:${period()}}`,
                        '        орны: "${4}"',
                        `        көрсеткіш "\${5}" жоспар: \${6:""}`,
                        '    }',
                        '}$0'
                    ].join('\n')
                };
            }
            case 'іс-шара': {
                const task: Task | undefined = up(context.node, isTask);
                const n = (task?.activities.length ?? 0) + 1;
                return {
                    detail: t('lsp.snippet.activity'),
                    body: [
                        `іс-шара ${n} "\${1}" {`,
                        `    мерзімі: \${2:${period()}}`,
                        '    орны: "${3}"',
                        `    көрсеткіш "\${4}" жоспар: \${5:""}`,
                        '}$0'
                    ].join('\n')
                };
            }
            case 'көрсеткіш':
                return { detail: t('lsp.snippet.indicator'), body: indicator + '$0' };
            case 'статистика': {
                const categories = vocabulary.categoryKeys().map(c => `        ${c.label}: 0`);
                const ages = vocabulary.ageBrackets().map(a => `        ${a.label}: 0`);
                return {
                    detail: t('lsp.snippet.statistics'),
                    body: [
                        'статистика {',
                        '    барлығы: ${1:0}',
                        '    ерлер: ${2:0}',
                        '    әйелдер: ${3:0}',
                        '    санаты {', ...categories, '    }',
                        '    жасы {', ...ages, '    }',
                        '}$0'
                    ].join('\n')
                };
            }
            default:
                return undefined;
        }
    }
}

/** An activity's period to start from: the project's as written, else six months from today (escaped for a snippet). */
function snippetPeriod(project: Project | undefined): string {
    const written = project?.period?.$cstNode?.text.replace(/\s+/g, ' ').trim();
    const text = written || `${formatDate(todayISO())} - ${formatDate(addMonths(todayISO(), 6))}`;
    return text.replace(/[\\$}]/g, c => `\\${c}`);
}
