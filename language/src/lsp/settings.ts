/**
 * The `esep.*` settings as the language server sees them. The client sends
 * them through Langium's ConfigurationProvider (section `esep`); `apply`
 * switches the message language, sets the report date of the model, and
 * rebuilds the open documents so diagnostics, hovers and lenses follow.
 */
import { URI, type LangiumDocument } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { isLang, setLanguage, getLanguage, type Lang } from '../i18n.js';
import type { GrantServices } from '../grant-module.js';
import { parseDottedDate } from '../dates.js';



export interface EsepSettingsValues {
    language: Lang;
    /** dd.mm.yyyy, or empty for today. */
    reportDate: string;
    inlayHintsEnabled: boolean;
    codeLensEnabled: boolean;
    /** How «plan over-achieved» (V-PF-07) is shown: a hint (default), an information row, or not at all. */
    overAchieved: 'hint' | 'info' | 'off';
}

function bool(value: unknown, fallback: boolean): boolean {
    return typeof value === 'boolean' ? value : fallback;
}

function overAchievedOf(value: unknown): EsepSettingsValues['overAchieved'] {
    return value === 'info' || value === 'off' ? value : 'hint';
}

export class GrantSettings {
    private values: EsepSettingsValues = { language: 'kk', reportDate: '', inlayHintsEnabled: true, codeLensEnabled: true, overAchieved: 'hint' };
    private readonly services: GrantServices;

    constructor(services: GrantServices) {
        this.services = services;
    }

    get current(): Readonly<EsepSettingsValues> {
        return this.values;
    }

    /** Reads a raw `esep` configuration object (as VS Code sends it). Returns whether anything changed. */
    update(raw: unknown): boolean {
        const cfg = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
        const nested = (key: string) => (cfg[key] && typeof cfg[key] === 'object' ? cfg[key] as Record<string, unknown> : {});
        const next: EsepSettingsValues = {
            language: isLang(cfg.language) ? cfg.language : 'kk',
            reportDate: typeof cfg.reportDate === 'string' ? cfg.reportDate.trim() : '',
            inlayHintsEnabled: bool(nested('inlayHints').enabled ?? cfg['inlayHints.enabled'], true),
            codeLensEnabled: bool(nested('codeLens').enabled ?? cfg['codeLens.enabled'], true),
            overAchieved: overAchievedOf(nested('diagnostics').overAchieved ?? cfg['diagnostics.overAchieved'])
        };
        const changed = JSON.stringify(next) !== JSON.stringify(this.values) || getLanguage() !== next.language;
        this.values = next;
        setLanguage(next.language);
        const reportDate = next.reportDate ? parseDottedDate(next.reportDate) : undefined;
        const options = this.services.model.Evaluator.getOptions();
        if (options.reportDate !== reportDate) this.services.model.Evaluator.setOptions({ ...options, reportDate });
        return changed;
    }
}

/** Rebuilds every open .grant document (new diagnostics in the new language, new «today»). */
export async function revalidateAll(shared: LangiumSharedServices): Promise<void> {
    const docs: LangiumDocument[] = shared.workspace.LangiumDocuments.all.toArray();
    const uris: URI[] = docs.map(d => d.uri);
    reparseSyntaxErrors(shared, docs);
    if (uris.length) await shared.workspace.DocumentBuilder.update(uris, []);
}

/**
 * Langium parses again only when the text changed: the syntax errors (written by the parser, in
 * the language of the moment) of the documents that have any are read again here.
 */
export function reparseSyntaxErrors(shared: LangiumSharedServices, docs: LangiumDocument[]): void {
    for (const doc of docs) {
        const r = doc.parseResult;
        if (!r.lexerErrors.length && !r.parserErrors.length && !r.lexerReport?.diagnostics.length) continue;
        const parsed = shared.ServiceRegistry.getServices(doc.uri).parser.LangiumParser.parse(doc.textDocument.getText());
        (parsed.value as { $document?: LangiumDocument }).$document = doc;
        doc.parseResult = parsed;
    }
}
