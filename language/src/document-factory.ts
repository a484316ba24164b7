/**
 * The document factory of the language services: a changed document is parsed by its changed
 * block where it can (incremental-parse.ts), else whole.
 */
import { DefaultLangiumDocumentFactory, DocumentState, type AstNode, type GrammarAST, type LangiumDocument, type LangiumSharedCoreServices, type ParseResult, type URI } from 'langium';
import type { CancellationToken } from 'vscode-languageserver';
import { blockRules } from './incremental-blocks.js';
import { isProvisional, reparseBlock } from './incremental-parse.js';

/** How often a change was parsed as one block, and how often whole (tests and the benchmark read it). */
export const reparseCounts = { block: 0, provisional: 0, whole: 0 };

/**
 * Langium's document factory, parsing a changed document by its changed block
 * where it can (the document's old tree is at hand only here, in `update`).
 */
export class GrantDocumentFactory extends DefaultLangiumDocumentFactory {
    /** The document being updated, by URI: `parseAsync` reads its old parse. */
    private readonly updating = new Map<string, LangiumDocument>();
    private readonly rules = new Map<string, Map<string, GrammarAST.Keyword>>();
    /**
     * Whether a block with a syntax error may stand in for the whole text until typing pauses
     * (the language server: live-build.ts parses the whole text then; not the CLI).
     */
    provisional = false;

    constructor(services: LangiumSharedCoreServices) {
        super(services);
    }

    override async update<T extends AstNode = AstNode>(document: LangiumDocument<T>, cancelToken: CancellationToken): Promise<LangiumDocument<T>> {
        const key = document.uri.toString();
        if (isProvisional(document.parseResult)) {
            // The same text, parsed provisionally: now parsed whole (Langium would keep the parse).
            const text = this.textDocuments?.get(key)?.getText();
            if (text !== undefined && text === document.parseResult.value.$cstNode?.root.fullText) {
                reparseCounts.whole++;
                document.parseResult = await super.parseAsync<T>(document.uri, text, cancelToken);
                (document.parseResult.value as { $document?: LangiumDocument }).$document = document;
                document.state = DocumentState.Parsed;
                return document;
            }
        }
        this.updating.set(key, document);
        try {
            return await super.update(document, cancelToken);
        } finally {
            this.updating.delete(key);
        }
    }

    protected override async parseAsync<T extends AstNode>(uri: URI, text: string, cancelToken: CancellationToken): Promise<ParseResult<T>> {
        const document = this.updating.get(uri.toString());
        const old = document?.parseResult;
        const oldText = old?.value.$cstNode?.root.fullText;
        if (old && oldText !== undefined) {
            const services = this.serviceRegistry.getServices(uri);
            let rules = this.rules.get(services.LanguageMetaData.languageId);
            if (!rules) this.rules.set(services.LanguageMetaData.languageId, rules = blockRules(services.Grammar));
            const result = reparseBlock(old, oldText, text, services.parser.LangiumParser, services.parser.Lexer, rules, { provisional: this.provisional });
            if (result) {
                if (isProvisional(result)) reparseCounts.provisional++;
                else reparseCounts.block++;
                return result as ParseResult<T>;
            }
        }
        reparseCounts.whole++;
        return super.parseAsync(uri, text, cancelToken);
    }
}
