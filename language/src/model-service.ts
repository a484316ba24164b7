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

    constructor(services: LangiumServices) {
        this.cache = new DocumentCache(services.shared);
    }

    /** Settings that change what «now» means; clears every cached model. */
    setOptions(options: EvaluationOptions): void {
        this.options = options;
        this.cache.clear();
    }

    getOptions(): EvaluationOptions {
        return this.options;
    }

    get(document: LangiumDocument): EvaluatedFile {
        // Asked by every check of every node: the hit allocates nothing (no provider closure).
        const hit = this.cache.get(document.uri, 'model');
        if (hit) return hit;
        const model = evaluate(document.parseResult.value as GrantFile, this.options);
        this.cache.set(document.uri, 'model', model);
        return model;
    }
}
