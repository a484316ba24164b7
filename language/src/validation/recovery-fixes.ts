/**
 * One-click fixes for what the line recovery (language/src/recovery.ts) reports: the
 * misspelt keyword replaced by the one meant, the text put in quotes, the quote closed, the
 * stray line turned into a comment, the words after a number that stands alone deleted or commented
 * out, a field word's missing «:» put in. A diagnostic is recognised by its message, in any of the
 * three languages (the language may have been switched since the file was read).
 */
import type { Diagnostic, TextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { LANGS, t } from '../i18n.js';

export interface RecoveryFix { title: string; edits: TextEdit[] }

const anyLang = (message: string, make: (lang: typeof LANGS[number]) => string) => LANGS.some(lang => make(lang) === message);

export function recoveryFixes(document: TextDocument, diagnostic: Diagnostic): RecoveryFix[] {
    const range = diagnostic.range;
    const text = document.getText(range);
    const message = typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value;
    const pair = /«([^»]+)»[^«]*«([^»]+)»/u.exec(message);
    if (pair && pair[1] === text && anyLang(message, lang => t('recover.unknownWord', { word: pair[1], keyword: pair[2] }, lang))) {
        return [{ title: t('fix.replaceWith', { text: pair[2] }), edits: [{ range, newText: pair[2] }] }];
    }
    // «кезең» in an activity: ««кезең» … «іс-шара» … «мерзімі» …» — the last of the three is meant.
    const three = /«([^»]+)»[^«]*«([^»]+)»[^«]*«([^»]+)»/u.exec(message);
    if (three && three[1] === text && anyLang(message, lang => t('recover.otherBlockField', { word: three[1], block: three[2], keyword: three[3] }, lang))) {
        return [{ title: t('fix.replaceWith', { text: three[3] }), edits: [{ range, newText: three[3] }] }];
    }
    const keyword = /«([^»]+)»/u.exec(message)?.[1];
    const unclosed = (lang: typeof LANGS[number]) => t('recover.unclosed', { keyword: keyword! }, lang) === message || t('recover.unclosedTitle', { keyword: keyword! }, lang) === message;
    if (keyword && LANGS.some(unclosed)) {
        return [{ title: t('recover.fix.quote'), edits: [{ range: { start: range.end, end: range.end }, newText: '"' }] }];
    }
    const unquoted = (lang: typeof LANGS[number]) => (['recover.unquoted', 'recover.unquotedTitle'] as const)
        .some(key => message.startsWith(t(key, { keyword: keyword!, text: '\u0000' }, lang).split('\u0000')[0]));
    if (keyword && !text.startsWith('"') && LANGS.some(unquoted)) {
        return [{ title: t('recover.fix.quote'), edits: [{ range, newText: `"${text.replace(/"/g, '\'')}"` }] }];
    }
    if (keyword && text === ':' && LANGS.some(lang => t('recover.extraColon', { keyword }, lang) === message)) {
        return [{ title: t('recover.fix.removeColon'), edits: [{ range, newText: '' }] }];
    }
    const field = /^(.+):$/u.exec(text)?.[1];
    if (field && LANGS.some(lang => t('recover.emptyField', { keyword: field }, lang) === message)) {
        return [{ title: t('recover.fix.removeEmpty', { keyword: field }), edits: [{ range, newText: '' }] }];
    }
    const word = /^\S+/u.exec(text)?.[0];
    if (word && LANGS.some(lang => t('parse.unclosedBlock', { actual: `«${word}»` }, lang) === message)) {
        const indent = /^[ \t]*/.exec(document.getText({ start: { line: range.start.line, character: 0 }, end: range.start }))![0];
        return [{ title: t('recover.fix.closeBlock'), edits: [{ range: { start: range.start, end: range.start }, newText: `}\n${indent}` }] }];
    }
    const date = /«([^»]+)»[^«]*?(\d\d\.\d\d\.\d{4})/u.exec(message);
    if (date && date[1] === text && LANGS.some(lang => t('recover.dateForm', { text: date[1], date: date[2] }, lang) === message)) {
        return [{ title: t('fix.replaceWith', { text: date[2] }), edits: [{ range, newText: date[2] }] }];
    }
    // «барлығы: 220 адам»: the extra words deleted (with the space before them), or kept as a comment.
    if (pair && pair[2] === text.replace(/\s+/g, ' ').trim() && anyLang(message, lang => t('recover.numberOnly', { keyword: pair[1], text: pair[2] }, lang))) {
        const before = document.getText({ start: { line: range.start.line, character: 0 }, end: range.start });
        const spaces = before.length - before.trimEnd().length;
        const start = { line: range.start.line, character: range.start.character - spaces };
        return [
            { title: t('recover.fix.removeExtra', { text: pair[2] }), edits: [{ range: { start, end: range.end }, newText: '' }] },
            { title: t('recover.fix.commentExtra'), edits: [{ range: { start: range.start, end: range.start }, newText: spaces ? '// ' : ' // ' }] }
        ];
    }
    // «факт 12»: the parser wanted «:» after the field's word; put it there (right after the word).
    if (LANGS.some(lang => t('parse.expected', { expected: '«:»', actual: `«${text}»` }, lang) === message)) {
        const before = document.getText({ start: { line: range.start.line, character: 0 }, end: range.start });
        const word = /(\p{L}[\p{L}-]*)\s*$/u.exec(before);
        if (word) {
            const at = { line: range.start.line, character: word.index + word[1].length };
            return [{ title: t('recover.fix.addColon', { keyword: word[1] }), edits: [{ range: { start: at, end: at }, newText: ':' }] }];
        }
    }
    const stray = LANGS.some(lang => message.startsWith(t('recover.strayLine', { text: '\u0000' }, lang).split('\u0000')[0]));
    if (stray) {
        const start = { line: range.start.line, character: range.start.character };
        return [{ title: t('recover.fix.comment'), edits: [{ range: { start, end: start }, newText: '// ' }] }];
    }
    return [];
}
