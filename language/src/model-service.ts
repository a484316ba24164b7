/**
 * Evaluates each document once per version and hands the same model to every
 * validator and LSP provider (the cache is dropped when the document changes).
 */
import { DocumentCache, type LangiumDocument } from 'langium';
import type { LangiumServices } from 'langium/lsp';
import type { GrantFile } from './generated/ast.js';
import { evaluate, type EvaluatedFile, type EvaluationOptions } from './model.js';

export class GrantModelService {
    private readonly cache: DocumentCache<string, EvaluatedFile>;
    private options: EvaluationOptions = {};

    /**
     * The model handed out last: validation asks for it once per check of every node (tens of
     * thousands of times a run), and the cache's lookup costs three hash lookups. Forgotten on
     * every update, the very event that evicts the cache's entries.
     */
    private last: { document: LangiumDocument; model: EvaluatedFile } | undefined;

    constructor(services: LangiumServices) {
        this.cache = new DocumentCache(services.shared);
        services.shared.workspace.DocumentBuilder.onUpdate(() => { this.last = undefined; });
    }

    /** Settings that change what «now» means; clears every cached model. */
    setOptions(options: EvaluationOptions): void {
        this.options = options;
        this.last = undefined;
        this.cache.clear();
    }

    getOptions(): EvaluationOptions {
        return this.options;
    }

    get(document: LangiumDocument): EvaluatedFile {
        // Asked by every check of every node: the hit allocates nothing (no provider closure).
        const last = this.last;
        if (last !== undefined && last.document === document) return last.model;
        let model = this.cache.get(document.uri, 'model');
        if (!model) {
            model = evaluate(document.parseResult.value as GrantFile, this.options);
            this.cache.set(document.uri, 'model', model);
        }
        this.last = { document, model };
        return model;
    }
}
