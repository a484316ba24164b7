/**
 * A server that keeps serving. Every LSP provider of the module (completion,
 * hover, CodeLens, inlay hints, formatting, symbols, semantic tokens, code
 * actions, links, folding, …) is wrapped once, where the services are
 * created (grant-module.ts): an exception inside a request method is logged
 * on the connection's console and the request gets an empty answer, so the
 * other features, and the same feature on other documents, keep working.
 * Cancellation still travels up as cancellation. The custom requests of
 * requests.ts go through `guardRequest`, the same way.
 *
 * A request the editor has cancelled before its provider runs (it waited for
 * a build, and the user typed on) is not computed: the provider is not called.
 * While a user types, VS Code cancels the semantic tokens, hints, lenses,
 * folding and symbols of the last keystroke at every new one.
 */
import { isOperationCancelled, OperationCancelled, type LangiumDocument, type Module } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';

/** The empty answer of a request method (given the error). */
type Empty = (error?: unknown) => unknown;

/** The request methods of each provider, with the answer a failure gets. */
const LANGUAGE_PROVIDERS: Record<string, Record<string, Empty>> = {
    CompletionProvider: { getCompletion: () => ({ items: [], isIncomplete: true }) },
    HoverProvider: { getHoverContent: () => undefined },
    CodeLensProvider: { provideCodeLens: () => [] },
    InlayHintProvider: { getInlayHints: () => [] },
    Formatter: { formatDocument: () => [], formatDocumentRange: () => [], formatDocumentOnType: () => [] },
    DocumentSymbolProvider: { getSymbols: () => [] },
    SemanticTokenProvider: {
        semanticHighlight: () => ({ data: [] }),
        semanticHighlightRange: () => ({ data: [] }),
        semanticHighlightDelta: () => ({ data: [] })
    },
    CodeActionProvider: { getCodeActions: () => [] },
    DocumentLinkProvider: { getDocumentLinks: () => [] },
    FoldingRangeProvider: { getFoldingRanges: () => [] },
    DocumentHighlightProvider: { getDocumentHighlight: () => [] },
    DefinitionProvider: { getDefinition: () => undefined },
    ReferencesProvider: { findReferences: () => [] },
    RenameProvider: { rename: () => undefined, prepareRename: () => undefined }
};

const SHARED_PROVIDERS: Record<string, Record<string, Empty>> = {
    WorkspaceSymbolProvider: { getSymbols: () => [] }
};

const UNGUARDED = Symbol('esep.unguarded');

type Log = (message: string) => void;

/** Logs on the client's output channel when there is a connection, else on stderr. */
function logger(shared: () => LangiumSharedServices | undefined): Log {
    return message => {
        const connection = shared()?.lsp.Connection;
        if (connection) connection.console.error(message);
        else console.error(message);
    };
}

function describe(what: string, subject: unknown, error: unknown): string {
    const uri = (subject as Partial<LangiumDocument> | undefined)?.uri?.toString();
    const detail = error instanceof Error ? (error.stack ?? `${error.name}: ${error.message}`) : String(error);
    return `Esep: ${what} failed${uri ? ` for ${uri}` : ''}; answered empty. ${detail}`;
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
    return !!value && typeof (value as PromiseLike<unknown>).then === 'function';
}

/**
 * Runs `body`; an exception (thrown, or a rejected promise) is logged and
 * becomes `empty()`. Cancellation is passed on.
 */
function shielded(what: string, body: () => unknown, empty: Empty, log: Log, subject?: unknown): unknown {
    const fail = (error: unknown) => {
        if (isOperationCancelled(error)) throw error;
        log(describe(what, subject, error));
        return empty(error);
    };
    try {
        const result = body();
        return isThenable(result) ? Promise.resolve(result).then(undefined, fail) : result;
    } catch (error) {
        return fail(error);
    }
}

/** A cancellation token whose request has been cancelled. */
function cancelled(arg: unknown): boolean {
    return typeof arg === 'object' && arg !== null && (arg as { isCancellationRequested?: unknown }).isCancellationRequested === true;
}

/** The provider with its request methods shielded; everything else passes through to it. */
export function guardProvider<T extends object>(provider: T, name: string, methods: Record<string, Empty>, log: Log): T {
    const cache = new Map<PropertyKey, unknown>();
    return new Proxy(provider, {
        get(target, prop) {
            if (prop === UNGUARDED) return target;
            const value = Reflect.get(target, prop, target);
            if (typeof value !== 'function') return value;
            let wrapped = cache.get(prop);
            if (!wrapped) {
                const empty = Object.hasOwn(methods, prop) ? methods[prop as string] : undefined;
                wrapped = empty
                    ? (...args: unknown[]) => shielded(`${name}.${String(prop)}`, () => {
                        if (args.some(cancelled)) throw OperationCancelled;
                        return value.apply(target, args);
                    }, empty, log, args[0])
                    : value.bind(target);
                cache.set(prop, wrapped);
            }
            return wrapped;
        }
    });
}

/** The provider itself, without the shield (the fuzzer wants to see its exceptions). */
export function unguarded<T extends object>(provider: T): T {
    return ((provider as Record<PropertyKey, unknown>)[UNGUARDED] as T | undefined) ?? provider;
}

function guardSection<S extends object>(module: Module<S>, providers: Record<string, Record<string, Empty>>,
    shared: (services: S) => LangiumSharedServices | undefined): Module<S> {
    const lsp = (module as Record<string, unknown>).lsp as Record<string, unknown> | undefined;
    if (!lsp) return module;
    const guarded: Record<string, unknown> = { ...lsp };
    for (const [name, factory] of Object.entries(lsp)) {
        const methods = providers[name];
        if (!methods || typeof factory !== 'function') continue;
        guarded[name] = (services: S) => {
            const provider = factory(services) as object | undefined;
            return provider ? guardProvider(provider, name, methods, logger(() => shared(services))) : provider;
        };
    }
    return { ...module, lsp: guarded } as Module<S>;
}

/** A language module (already merged) whose LSP providers answer empty instead of failing. */
export function guardLanguageProviders<S extends { shared: LangiumSharedServices }>(module: Module<S>): Module<S> {
    return guardSection(module, LANGUAGE_PROVIDERS, services => services.shared);
}

/** The shared module's providers (workspace symbols), guarded the same way. */
export function guardSharedProviders<S extends LangiumSharedServices>(module: Module<S>): Module<S> {
    return guardSection(module, SHARED_PROVIDERS, services => services);
}

/**
 * A custom request handler (esep/status, esep/renderReport) that logs an
 * exception and answers `empty()` instead.
 */
export function guardRequest<P, R>(method: string, shared: LangiumSharedServices, handler: (params: P) => R | Promise<R>,
    empty: (error: unknown) => R): (params: P) => Promise<R> {
    const log = logger(() => shared);
    return async (params: P) => await shielded(method, () => handler(params), error => empty(error), log,
        { uri: (params as { uri?: string } | undefined)?.uri }) as R;
}
