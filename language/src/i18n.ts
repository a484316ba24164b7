/**
 * Messages in Kazakh first, Russian and English too. Every text a user reads
 * (diagnostics, hovers, CLI output) goes through `t()`, so the language can be
 * switched by the `esep.language` setting or the CLI's `--lang`.
 */
import { messages, type MessageKey } from './messages.js';

import type { Lang } from './lsp/protocol.js';

export type { Lang };
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
    const parts = compiled(entry[lang] ?? entry.kk);
    // parts: literal, name, literal, name, …, literal (a template is split once, then reused).
    let out = parts[0];
    for (let i = 1; i < parts.length; i += 2) {
        const value = params[parts[i]];
        out += (value === undefined ? `{${parts[i]}}` : String(value)) + parts[i + 1];
    }
    return out;
}

const COMPILED = new Map<string, string[]>();

function compiled(template: string): string[] {
    let parts = COMPILED.get(template);
    if (!parts) {
        parts = template.split(/\{(\w+)\}/);
        COMPILED.set(template, parts);
    }
    return parts;
}

export type { MessageKey };
