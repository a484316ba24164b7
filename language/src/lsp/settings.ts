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



export interface EsepSettingsValues {
    language: Lang;
    /** dd.mm.yyyy, or empty for today. */
    reportDate: string;
    inlayHintsEnabled: boolean;
    codeLensEnabled: boolean;
}

/** «15.08.2025» → «2025-08-15»; anything else → undefined. */
export function dottedToISO(text: string | undefined): string | undefined {
    const m = /^\s*(\d{1,2})\.(\d{1,2})\.(\d{4})\s*$/.exec(text ?? '');
    if (!m) return undefined;
    const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const date = new Date(Date.UTC(y, mo - 1, d));
    if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return undefined;
    return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function bool(value: unknown, fallback: boolean): boolean {
    return typeof value === 'boolean' ? value : fallback;
}

export class GrantSettings {
    private values: EsepSettingsValues = { language: 'kk', reportDate: '', inlayHintsEnabled: true, codeLensEnabled: true };
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
            codeLensEnabled: bool(nested('codeLens').enabled ?? cfg['codeLens.enabled'], true)
        };
        const changed = JSON.stringify(next) !== JSON.stringify(this.values) || getLanguage() !== next.language;
        this.values = next;
        setLanguage(next.language);
        const reportDate = dottedToISO(next.reportDate);
        const options = this.services.model.Evaluator.getOptions();
        if (options.reportDate !== reportDate) this.services.model.Evaluator.setOptions({ ...options, reportDate });
        return changed;
    }
}

/** Rebuilds every open .grant document (new diagnostics in the new language, new «today»). */
export async function revalidateAll(shared: LangiumSharedServices): Promise<void> {
    const docs: LangiumDocument[] = shared.workspace.LangiumDocuments.all.toArray();
    const uris: URI[] = docs.map(d => d.uri);
    if (uris.length) await shared.workspace.DocumentBuilder.update(uris, []);
}
