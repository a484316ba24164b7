/**
 * Checks over a document's whole text (NFC, control characters) without reading
 * all of it on every keystroke: a text that was clean stays clean outside what
 * changed since, so only the changed stretch is read (text-shift.ts finds it).
 */
import type { LangiumDocument } from 'langium';
import { TextShift } from '../lsp/text-shift.js';

const LAST = new WeakMap<LangiumDocument, Map<string, string>>();

/**
 * True when `clean(text)` certainly holds, reading only what changed since the last text of
 * `document` it held for (under `key`); false means «read all of it».
 */
export function stillClean(document: LangiumDocument, key: string, text: string, clean: (part: string) => boolean): boolean {
    let last = LAST.get(document);
    if (!last) LAST.set(document, last = new Map());
    const before = last.get(key);
    let result: boolean;
    if (before === text) {
        result = true;
    } else {
        const shift = before === undefined ? undefined : TextShift.between(before, text);
        if (shift) {
            const { from, toNew } = shift.region();
            // A character or two either side: a mark joins the letter before it, a surrogate its partner.
            result = clean(text.slice(Math.max(0, from - 2), Math.min(text.length, toNew + 2)));
        } else {
            result = clean(text);
        }
    }
    if (result) last.set(key, text);
    else last.delete(key);
    return result;
}

/**
 * True when `clean` was last found to hold for this very text of `document` (under `key`),
 * without reading it: a later check of the same run asks what an earlier one learned.
 */
export function knownClean(document: LangiumDocument, key: string, text: string): boolean {
    return LAST.get(document)?.get(key) === text;
}
