/**
 * Messages in Kazakh first, Russian and English too. Every text a user reads
 * (diagnostics, hovers, CLI output) goes through `t()`, so the language can be
 * switched by the `esep.language` setting or the CLI's `--lang`.
 */
import { messages, type MessageKey } from './messages.js';

export type Lang = 'kk' | 'ru' | 'en';
export const LANGS: readonly Lang[] = ['kk', 'ru', 'en'];

let current: Lang = 'kk';

export function setLanguage(lang: Lang): void {
    current = lang;
}

export function getLanguage(): Lang {
    return current;
}

export function isLang(value: unknown): value is Lang {
    return value === 'kk' || value === 'ru' || value === 'en';
}

export type Params = Record<string, string | number | undefined>;

/** The message `key` in `lang` (default: the current language), with `{name}` placeholders filled. */
export function t(key: MessageKey, params: Params = {}, lang: Lang = current): string {
    const entry = messages[key];
    const template = entry[lang] ?? entry.kk;
    return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
        const value = params[name];
        return value === undefined ? whole : String(value);
    });
}

export type { MessageKey };
