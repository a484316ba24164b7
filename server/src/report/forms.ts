/**
 * The official forms as data (templates/forms/*.json, templates/categories.json,
 * templates/vocabulary.json). Headings, column headers and labels of the report
 * come from here only: a change of the form is a change of those files.
 *
 * The JSON is imported (bundled), not read from disk, so this runs in a
 * browser worker too.
 */
import finalKk from '../../../templates/forms/final.kk.json' with { type: 'json' };
import finalRu from '../../../templates/forms/final.ru.json' with { type: 'json' };
import interimKk from '../../../templates/forms/interim.kk.json' with { type: 'json' };
import interimRu from '../../../templates/forms/interim.ru.json' with { type: 'json' };
import planKk from '../../../templates/forms/plan.kk.json' with { type: 'json' };
import planRu from '../../../templates/forms/plan.ru.json' with { type: 'json' };
import categories from '../../../templates/categories.json' with { type: 'json' };
import vocabulary from '../../../templates/vocabulary.json' with { type: 'json' };
import type { ReportKind, ReportLang } from './document.js';

export interface FormColumn {
    id: string;
    header: string;
    footnote?: string;
    group?: string;
}

export interface FormTable {
    columns: FormColumn[];
    headerGroups?: { id: string; header: string; columns: string[] }[];
}

export interface FormSection {
    id: string;
    number?: string;
    heading?: string;
    parent?: string;
    grantKey?: string;
    fields?: string[];
    table?: FormTable;
    subsections?: FormSection[];
    rows?: { id: string; label: string }[];
    intro?: string[];
    outro?: string[];
    footnotes?: { ref: string; text: string }[];
    bullet?: string;
    directionPrompt?: string;
    grantorSigners?: { id: string; position: string }[];
}

export interface Form {
    kind: ReportKind;
    lang: ReportLang;
    title: string[];
    subtitle: string[];
    preamble: string[];
    grantor: string;
    labels: Record<string, string>;
    sections: FormSection[];
}

const FORMS: Record<ReportKind, Record<ReportLang, unknown>> = {
    final: { kk: finalKk, ru: finalRu },
    interim: { kk: interimKk, ru: interimRu },
    plan: { kk: planKk, ru: planRu }
};

export function getForm(kind: ReportKind, lang: ReportLang): Form {
    return FORMS[kind][lang] as Form;
}

/** A section of the form by id; throws when the form lacks it (a broken template). */
export function section(form: Form, id: string): FormSection {
    const s = form.sections.find(x => x.id === id);
    if (!s) throw new Error(`templates/forms/${form.kind}.${form.lang}.json: no section «${id}»`);
    return s;
}

export function hasSection(form: Form, id: string): boolean {
    return form.sections.some(x => x.id === id);
}

/** A label by key; a missing key is a broken template. */
export function label(form: Form, key: string): string {
    const v = form.labels[key];
    if (v === undefined) throw new Error(`templates/forms/${form.kind}.${form.lang}.json: no label «${key}»`);
    return v;
}

/** Fills `{name}` placeholders; unknown names are left as written. */
export function fill(template: string, params: Record<string, string | number | undefined>): string {
    return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
        const v = params[name];
        return v === undefined ? whole : String(v);
    });
}

/**
 * Splits a template into text and placeholder pieces: «Бет {page} / {pages}» →
 * ['Бет ', {name:'page'}, ' / ', {name:'pages'}].
 */
export function templatePieces(template: string): Array<string | { name: string }> {
    const out: Array<string | { name: string }> = [];
    let last = 0;
    for (const m of template.matchAll(/\{(\w+)\}/g)) {
        if (m.index! > last) out.push(template.slice(last, m.index));
        out.push({ name: m[1] });
        last = m.index! + m[0].length;
    }
    if (last < template.length) out.push(template.slice(last));
    return out;
}

// ---------------------------------------------------------------------------
// Categories and vocabulary

interface Category { key: string; grantKey: string; kk: string; ru: string; kkAliases?: string[] }
interface AgeBracket { key: string; grantKey: string; kk: string; ru: string }
interface Month { no: number; kk: string; ru: string; ruGenitive: string }
interface Direction { key: string; kk: string; ru: string }

const fold = (s: string) => s.normalize('NFC').toLowerCase().trim();

/** The form's row id («children») of a .grant category key («балалар»). */
export function categoryRowId(grantKey: string): string | undefined {
    const k = fold(grantKey);
    return (categories.socialCategories as Category[]).find(c => fold(c.grantKey) === k || fold(c.key) === k)?.key;
}

/** The form's row id («13_16») of a .grant age key («13-16», «59+»). */
export function ageRowId(grantKey: string): string | undefined {
    const k = grantKey.replace(/\s+/g, '');
    return (categories.ageBrackets as AgeBracket[]).find(a => a.grantKey === k || a.key === k)?.key;
}

/** Month name for a long date: kk nominative («мамыр»), ru genitive («мая»). */
export function monthName(month: number, lang: ReportLang): string {
    const m = (vocabulary.months as Month[]).find(x => x.no === month);
    if (!m) return String(month);
    return lang === 'kk' ? m.kk : m.ruGenitive;
}

export interface PriorityDirections { year?: number; items: Direction[] }

export function priorityDirections(): PriorityDirections {
    const pd = vocabulary.priorityDirections as { year?: number; items: Direction[] };
    return { year: pd.year, items: pd.items };
}
