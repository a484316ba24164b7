/**
 * The doubts an imported draft carries (server/src/import/emit.ts writes
 * them as `// ⚠ V-IMPORT-02 [кесте 4, жол 3]: 6 | 5` comment lines) become
 * diagnostics on those lines, in the user's language, naming the source's
 * table and row. Deleting the comment, once checked, removes the diagnostic.
 */
import type { GrantFile } from '../generated/ast.js';
import type { ValidationAcceptor } from 'langium';
import { t, type MessageKey } from '../i18n.js';
import { knownClean } from './unchanged-text.js';

const NOTE = /\/\/ ⚠ (V-IMPORT-0[1-9]) \[([^\]\n]*)\](?:: ([^\n]*))?/g;

const PLACE_WORDS: Record<string, { ru: string; en: string }> = {
    'кесте': { ru: 'таблица', en: 'table' },
    'жол': { ru: 'строка', en: 'row' },
    'абзац': { ru: 'абзац', en: 'paragraph' },
    'бет': { ru: 'страница', en: 'page' },
    'құжат': { ru: 'документ', en: 'document' }
};

function placeIn(place: string, lang: string): string {
    if (lang === 'kk') return place;
    return place.replace(/\p{L}+/gu, w => PLACE_WORDS[w]?.[lang as 'ru' | 'en'] ?? w);
}

export interface ImportNote {
    code: string;
    offset: number;
    length: number;
    place: string;
    args: string[];
}

/** The import notes of a document's text (a cheap scan: most files have none). */
export function importNotes(text: string): ImportNote[] {
    if (!text.includes('V-IMPORT-')) return [];
    const out: ImportNote[] = [];
    for (const m of text.matchAll(NOTE)) {
        const args = m[3] ? m[3].split(' | ') : [];
        out.push({ code: m[1], offset: m.index!, length: m[0].length, place: m[2], args });
    }
    return out;
}

/** The message of a note in `lang`. */
export function importNoteMessage(note: ImportNote, lang: 'kk' | 'ru' | 'en'): string {
    const where = t('import.where', { place: placeIn(note.place, lang) }, lang);
    // V-IMPORT-01's header text may itself hold « | »: everything after the first argument belongs to it.
    const [a, ...rest] = note.args;
    const b = note.code === 'V-IMPORT-01' ? undefined : rest[0];
    const all = note.code === 'V-IMPORT-01' ? note.args.join(' | ') : a;
    return t(note.code as MessageKey, { where, a: all, b }, lang);
}

export function checkImportNotes(file: GrantFile, accept: ValidationAcceptor, lang: () => 'kk' | 'ru' | 'en'): void {
    const doc = file.$document;
    if (!doc) return;
    const text = doc.textDocument.getText();
    // A note starts with «⚠», which a plain text (text-utils.ts plainText) has not: checkFile
    // (writing.ts), which runs before, has read that much of the text already.
    if (knownClean(doc, 'plain', text)) return;
    for (const note of importNotes(text)) {
        const range = { start: doc.textDocument.positionAt(note.offset), end: doc.textDocument.positionAt(note.offset + note.length) };
        const severity = note.code === 'V-IMPORT-06' ? 'info' : 'warning';
        accept(severity, importNoteMessage(note, lang()), { node: file, range, code: note.code, data: { code: note.code } });
    }
}
