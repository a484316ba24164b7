/**
 * One module wires every service of the .grant language. Node, the browser
 * worker, the CLI and the tests all create services through `createGrantServices`.
 */
import { inject, type Module } from 'langium';
import {
    createDefaultModule, createDefaultSharedModule,
    type DefaultSharedModuleContext, type LangiumServices, type LangiumSharedServices, type PartialLangiumServices
} from 'langium/lsp';
import { GrantGeneratedModule, GrantGeneratedSharedModule } from './generated/module.js';
import { GrantValueConverter } from './value-converter.js';
import { GrantLexerErrorMessageProvider, GrantParserErrorMessageProvider } from './parser-messages.js';
import { GrantModelService } from './model-service.js';
import { GrantValidator, registerValidationChecks } from './validation/validator.js';
import { GrantCodeActionProvider } from './validation/quick-fixes.js';

export type GrantAddedServices = {
    model: {
        Evaluator: GrantModelService
    },
    validation: {
        GrantValidator: GrantValidator
    }
};

export type GrantServices = LangiumServices & GrantAddedServices;

export const GrantModule: Module<GrantServices, PartialLangiumServices & GrantAddedServices> = {
    parser: {
        ValueConverter: () => new GrantValueConverter(),
        ParserErrorMessageProvider: () => new GrantParserErrorMessageProvider(),
        LexerErrorMessageProvider: () => new GrantLexerErrorMessageProvider()
    },
    model: {
        Evaluator: (services) => new GrantModelService(services)
    },
    validation: {
        GrantValidator: (services) => new GrantValidator(services)
    },
    lsp: {
        CodeActionProvider: () => new GrantCodeActionProvider()
    }
};

export function createGrantServices(context: DefaultSharedModuleContext): {
    shared: LangiumSharedServices;
    Grant: GrantServices;
} {
    const shared = inject(createDefaultSharedModule(context), GrantGeneratedSharedModule);
    const Grant = inject(createDefaultModule({ shared }), GrantGeneratedModule, GrantModule);
    shared.ServiceRegistry.register(Grant);
    registerValidationChecks(Grant);
    if (!context.connection) {
        shared.workspace.ConfigurationProvider.initialized({});
    }
    return { shared, Grant };
}
