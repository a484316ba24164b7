/**
 * One module wires every service of the .grant language. Node, the browser
 * worker, the CLI and the tests all create services through `createGrantServices`.
 */
import { inject, Module, type DeepPartial } from 'langium';
import {
    createDefaultModule, createDefaultSharedModule,
    type DefaultSharedModuleContext, type LangiumServices, type LangiumSharedServices, type PartialLangiumServices,
    type PartialLangiumSharedServices
} from 'langium/lsp';
import {
    AstUtils, DefaultLinker, DefaultReferenceDescriptionProvider, DefaultScopeComputation, GrammarAST, MultiMap,
    type AstNode, type AstNodeDescription, type LangiumCoreServices, type LangiumDocument,
    type LocalSymbols, type ReferenceDescription
} from 'langium';
import type { CancellationToken } from 'vscode-languageserver';
import { GrantGeneratedModule, GrantGeneratedSharedModule } from './generated/module.js';
import { GrantValueConverter } from './value-converter.js';
import { GrantLexer } from './lexer.js';
import { createGrantCompletionParser, createGrantParser } from './parser.js';
import { GrantLexerErrorMessageProvider, GrantParserErrorMessageProvider } from './parser-messages.js';
import { GrantModelService } from './model-service.js';
import { GrantValidator, registerValidationChecks } from './validation/validator.js';
import { GrantCodeActionProvider } from './validation/quick-fixes.js';
import { GrantDocumentBuilder, GrantDocumentValidator, GrantValidationRegistry } from './validation/fast-validation.js';
import { GrantCompletionProvider } from './lsp/completion.js';
import { GrantHoverProvider } from './lsp/hover.js';
import { GrantCodeLensProvider } from './lsp/code-lens.js';
import { GrantInlayHintProvider } from './lsp/inlay-hints.js';
import { GrantFormatter } from './lsp/formatter.js';
import { GrantDocumentSymbolProvider } from './lsp/document-symbols.js';
import { GrantSemanticTokenProvider } from './lsp/semantic-tokens.js';
import { GrantWorkspaceSymbolProvider } from './lsp/workspace-symbols.js';
import { GrantSettings } from './lsp/settings.js';
import { GrantFoldingRangeProvider } from './lsp/folding.js';
import type { ReportRenderers } from './lsp/requests.js';
import { GrantDocumentLinkProvider } from './lsp/document-links.js';
import { guardLanguageProviders, guardSharedProviders } from './lsp/safe-providers.js';
import { GrantDocumentUpdateHandler } from './lsp/live-build.js';
import { GrantWorkspaceLock } from './lsp/workspace-lock.js';
import { GrantLangiumDocuments } from './workspace-documents.js';
import { GrantDocumentFactory } from './document-factory.js';

export type GrantAddedServices = {
    model: {
        Evaluator: GrantModelService
    },
    validation: {
        GrantValidator: GrantValidator
    },
    esep: {
        Settings: GrantSettings,
        /** The report module's renderers (bound by the server entries, server/src/report/module.ts). */
        Renderers: ReportRenderers
    }
};

/** A module that adds to or replaces the Grant services (the report module, tests' injected providers). */
export type GrantOverrides = Module<GrantServices, PartialLangiumServices & DeepPartial<GrantAddedServices>>;

export type GrantServices = LangiumServices & GrantAddedServices;

/**
 * Scoping and linking for a grammar without cross-references. The .grant
 * grammar names things (`name=STRING`) but nothing refers to a name, so
 * Langium's defaults would describe every named node and walk every node of
 * every document twice more (linking, reference index) for nobody: about a
 * third of parse + link on a 10k-line file. The three services below skip
 * that work while the grammar has no cross-reference, and behave as Langium's
 * defaults as soon as it gets one.
 */
function hasCrossReferences(grammar: GrammarAST.Grammar): boolean {
    return AstUtils.streamAllContents(grammar).some(GrammarAST.isCrossReference);
}

export class GrantScopeComputation extends DefaultScopeComputation {
    private readonly idle: boolean;

    constructor(services: LangiumCoreServices) {
        super(services);
        this.idle = !hasCrossReferences(services.Grammar);
    }

    override async collectExportedSymbols(document: LangiumDocument, cancelToken?: CancellationToken): Promise<AstNodeDescription[]> {
        return this.idle ? [] : super.collectExportedSymbols(document, cancelToken);
    }

    override async collectLocalSymbols(document: LangiumDocument, cancelToken?: CancellationToken): Promise<LocalSymbols> {
        return this.idle ? new MultiMap<AstNode, AstNodeDescription>() : super.collectLocalSymbols(document, cancelToken);
    }
}

export class GrantLinker extends DefaultLinker {
    private readonly idle: boolean;

    constructor(services: LangiumCoreServices) {
        super(services);
        this.idle = !hasCrossReferences(services.Grammar);
    }

    override async link(document: LangiumDocument, cancelToken?: CancellationToken): Promise<void> {
        if (!this.idle) await super.link(document, cancelToken);
    }
}

export class GrantReferenceDescriptionProvider extends DefaultReferenceDescriptionProvider {
    private readonly idle: boolean;

    constructor(services: LangiumCoreServices) {
        super(services);
        this.idle = !hasCrossReferences(services.Grammar);
    }

    override async createDescriptions(document: LangiumDocument, cancelToken?: CancellationToken): Promise<ReferenceDescription[]> {
        return this.idle ? [] : super.createDescriptions(document, cancelToken);
    }
}

export const GrantModule: Module<GrantServices, PartialLangiumServices & GrantAddedServices> = {
    references: {
        ScopeComputation: (services) => new GrantScopeComputation(services),
        Linker: (services) => new GrantLinker(services)
    },
    workspace: {
        ReferenceDescriptionProvider: (services) => new GrantReferenceDescriptionProvider(services)
    },
    parser: {
        ValueConverter: () => new GrantValueConverter(),
        Lexer: (services) => new GrantLexer(services),
        LangiumParser: (services) => createGrantParser(services),
        CompletionParser: (services) => createGrantCompletionParser(services),
        ParserErrorMessageProvider: () => new GrantParserErrorMessageProvider(),
        LexerErrorMessageProvider: () => new GrantLexerErrorMessageProvider()
    },
    model: {
        Evaluator: (services) => new GrantModelService(services)
    },
    validation: {
        GrantValidator: (services) => new GrantValidator(services),
        ValidationRegistry: (services) => new GrantValidationRegistry(services),
        DocumentValidator: (services) => new GrantDocumentValidator(services)
    },
    lsp: {
        CodeActionProvider: () => new GrantCodeActionProvider(),
        CompletionProvider: (services) => new GrantCompletionProvider(services),
        HoverProvider: (services) => new GrantHoverProvider(services),
        CodeLensProvider: (services) => new GrantCodeLensProvider(services),
        InlayHintProvider: (services) => new GrantInlayHintProvider(services),
        Formatter: (services) => new GrantFormatter(services),
        DocumentSymbolProvider: (services) => new GrantDocumentSymbolProvider(services),
        SemanticTokenProvider: (services) => new GrantSemanticTokenProvider(services),
        FoldingRangeProvider: (services) => new GrantFoldingRangeProvider(services),
        DocumentLinkProvider: (services) => new GrantDocumentLinkProvider(services),
        // A .grant file has no references between its parts (no names cited elsewhere): «Go to
        // Definition», «Find References» and «Rename Symbol» would find nothing, so they are not offered.
        DefinitionProvider: () => undefined,
        ReferencesProvider: () => undefined,
        DocumentHighlightProvider: () => undefined,
        RenameProvider: () => undefined
    },
    esep: {
        Settings: (services) => new GrantSettings(services),
        Renderers: () => ({})
    }
};

/** Shared services: workspace symbols read every .grant document's evaluated model; document updates while typing. */
export const GrantSharedModule: Module<LangiumSharedServices, PartialLangiumSharedServices> = {
    workspace: {
        DocumentBuilder: (shared) => new GrantDocumentBuilder(shared),
        // A change inside one block parses that block only (incremental-parse.ts).
        LangiumDocumentFactory: (shared) => new GrantDocumentFactory(shared),
        // Requests do not keep a waiting build from starting (workspace-lock.ts).
        WorkspaceLock: () => new GrantWorkspaceLock(),
        // Two callers loading the same file at once get one document (workspace-documents.ts).
        LangiumDocuments: (shared) => new GrantLangiumDocuments(shared)
    },
    lsp: {
        WorkspaceSymbolProvider: (shared) => new GrantWorkspaceSymbolProvider(shared),
        // Builds coalesced while the user types, not cancelled and restarted (live-build.ts).
        DocumentUpdateHandler: (shared) => new GrantDocumentUpdateHandler(shared)
    }
};

/**
 * Every LSP provider (ours, Langium's defaults, and any in `overrides`, which
 * tests use to inject one) is guarded by safe-providers.ts: an exception
 * inside one is logged and its request answered empty.
 */
export function createGrantServices(context: DefaultSharedModuleContext,
    overrides: GrantOverrides = {}): {
    shared: LangiumSharedServices;
    Grant: GrantServices;
} {
    const shared = inject(guardSharedProviders(
        Module.merge(Module.merge(createDefaultSharedModule(context), GrantGeneratedSharedModule), GrantSharedModule)));
    const Grant = inject(guardLanguageProviders(Module.merge(Module.merge(Module.merge(
        createDefaultModule({ shared }), GrantGeneratedModule), GrantModule), overrides)) as Module<GrantServices>);
    shared.ServiceRegistry.register(Grant);
    registerValidationChecks(Grant);
    if (!context.connection) {
        shared.workspace.ConfigurationProvider.initialized({});
    }
    return { shared, Grant };
}
