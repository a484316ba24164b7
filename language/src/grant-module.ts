/**
 * One module wires every service of the .grant language. Node, the browser
 * worker, the CLI and the tests all create services through `createGrantServices`.
 */
import { inject, Module } from 'langium';
import {
    createDefaultModule, createDefaultSharedModule,
    type DefaultSharedModuleContext, type LangiumServices, type LangiumSharedServices, type PartialLangiumServices,
    type PartialLangiumSharedServices
} from 'langium/lsp';
import { GrantGeneratedModule, GrantGeneratedSharedModule } from './generated/module.js';
import { GrantValueConverter } from './value-converter.js';
import { GrantLexer } from './lexer.js';
import { GrantLexerErrorMessageProvider, GrantParserErrorMessageProvider } from './parser-messages.js';
import { GrantModelService } from './model-service.js';
import { GrantValidator, registerValidationChecks } from './validation/validator.js';
import { GrantCodeActionProvider } from './validation/quick-fixes.js';
import { GrantDocumentValidator, GrantValidationRegistry } from './validation/fast-validation.js';
import { GrantCompletionProvider } from './lsp/completion.js';
import { GrantHoverProvider } from './lsp/hover.js';
import { GrantCodeLensProvider } from './lsp/code-lens.js';
import { GrantInlayHintProvider } from './lsp/inlay-hints.js';
import { GrantFormatter } from './lsp/formatter.js';
import { GrantDocumentSymbolProvider } from './lsp/document-symbols.js';
import { GrantSemanticTokenProvider } from './lsp/semantic-tokens.js';
import { GrantWorkspaceSymbolProvider } from './lsp/workspace-symbols.js';
import { GrantSettings } from './lsp/settings.js';
import { GrantDocumentLinkProvider } from './lsp/document-links.js';
import { guardLanguageProviders, guardSharedProviders } from './lsp/safe-providers.js';

export type GrantAddedServices = {
    model: {
        Evaluator: GrantModelService
    },
    validation: {
        GrantValidator: GrantValidator
    },
    esep: {
        Settings: GrantSettings
    }
};

export type GrantServices = LangiumServices & GrantAddedServices;

export const GrantModule: Module<GrantServices, PartialLangiumServices & GrantAddedServices> = {
    parser: {
        ValueConverter: () => new GrantValueConverter(),
        Lexer: (services) => new GrantLexer(services),
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
        DocumentLinkProvider: (services) => new GrantDocumentLinkProvider(services)
    },
    esep: {
        Settings: (services) => new GrantSettings(services)
    }
};

/** Shared services: workspace symbols read every .grant document's evaluated model. */
export const GrantSharedModule: Module<LangiumSharedServices, PartialLangiumSharedServices> = {
    lsp: {
        WorkspaceSymbolProvider: (shared) => new GrantWorkspaceSymbolProvider(shared)
    }
};

/**
 * Every LSP provider (ours, Langium's defaults, and any in `overrides`, which
 * tests use to inject one) is guarded by safe-providers.ts: an exception
 * inside one is logged and its request answered empty.
 */
export function createGrantServices(context: DefaultSharedModuleContext,
    overrides: Module<GrantServices, PartialLangiumServices> = {}): {
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
