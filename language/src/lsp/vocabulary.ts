/**
 * The completion vocabulary (templates/vocabulary.json): standard indicator names, Block IV
 * names, regions, months, units and comparators from templates/vocabulary.json,
 * and the statistics keys from templates/categories.json. Both are imported as
 * JSON so the bundle carries them. Every list is read defensively: a missing
 * or reshaped key gives an empty list, never an exception.
 */
import vocabularyJson from '../../../templates/vocabulary.json' with { type: 'json' };
import categoriesJson from '../../../templates/categories.json' with { type: 'json' };
import type { Lang } from '../i18n.js';

export interface VocabularyEntry {
    /** The text inserted (Kazakh). */
    label: string;
    /** Glosses shown as documentation. */
    gloss: Partial<Record<Lang, string>>;
    /** Extra detail: a unit, an administrative centre. */
    extra?: string;
}

type Json = unknown;

function asRecord(value: Json): Record<string, Json> | undefined {
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? value as Record<string, Json> : undefined;
}

function asList(value: Json): Json[] {
    if (Array.isArray(value)) return value;
    const rec = asRecord(value);
    if (rec && Array.isArray(rec.items)) return rec.items;
    return [];
}

function str(value: Json): string | undefined {
    return typeof value === 'string' && value.trim() ? value.normalize('NFC') : undefined;
}

function glossOf(rec: Record<string, Json>): Partial<Record<Lang, string>> {
    return { kk: str(rec.kk), ru: str(rec.ru), en: str(rec.en) };
}

/** Entries of a list whose items are strings or objects with a Kazakh text under `labelKey`. */
function entries(value: Json, labelKey = 'kk', extra?: (rec: Record<string, Json>) => string | undefined): VocabularyEntry[] {
    const out: VocabularyEntry[] = [];
    const seen = new Set<string>();
    for (const item of asList(value)) {
        const s = str(item);
        const rec = asRecord(item);
        const label = s ?? (rec ? str(rec[labelKey]) ?? str(rec.kk) ?? str(rec.key) : undefined);
        if (!label || seen.has(label)) continue;
        seen.add(label);
        out.push({ label, gloss: rec ? glossOf(rec) : {}, extra: rec && extra ? extra(rec) : undefined });
    }
    return out;
}

const vocab = asRecord(vocabularyJson as Json) ?? {};
const categories = asRecord(categoriesJson as Json) ?? {};

function lazy<T>(make: () => T): () => T {
    let value: T | undefined;
    return () => (value ??= make());
}

/** Standard indicator names for activities. */
export const indicatorNames = lazy(() => entries(vocab.indicators));

/** Block IV names, with their unit. */
export const impactNames = lazy(() => entries(vocab.impactIndicators, 'kk', rec => str(rec.unit)));

/** Regions and cities of republican significance (V-REG-01). */
export const regions = lazy(() => entries(vocab.regions, 'kk', rec => str(asRecord(rec.centre)?.kk)));

/** Month names, lower case. */
export const months = lazy(() => entries(vocab.months));

/** Units (docs/kk/language.md «Бірліктер»): the canonical key of each. */
export const units = lazy(() => entries(vocab.units, 'key'));

/** Comparator words written before a number: «кемінде», «кем дегенде», «ең көбі». */
export const comparators = lazy(() => {
    const out: VocabularyEntry[] = [];
    const seen = new Set<string>();
    for (const item of asList(vocab.comparators)) {
        const rec = asRecord(item);
        if (!rec) continue;
        for (const surface of asList(rec.kkSurfaces)) {
            const s = str(surface);
            // Only the words written before the number; «-ден астам» and «дейін» follow it.
            if (!s || s.startsWith('-') || s === 'дейін' || s === 'дейн') continue;
            const label = s.toLowerCase();
            if (seen.has(label)) continue;
            seen.add(label);
            out.push({ label, gloss: { en: str(rec.en), ru: str(asList(rec.ruSurfaces)[0]) } });
        }
    }
    return out;
});

/** The ten social-category keys of `санаты { }` (docs/kk/language.md «Статистика»). */
export const categoryKeys = lazy(() => entries(categories.socialCategories, 'grantKey'));

/** The seven age brackets of `жасы { }`. */
export const ageBrackets = lazy(() => entries(categories.ageBrackets, 'grantKey'));

/** A gloss in the wanted language, else any. */
export function glossIn(entry: VocabularyEntry, lang: Lang): string | undefined {
    return entry.gloss[lang] ?? entry.gloss.en ?? entry.gloss.ru ?? entry.gloss.kk;
}
