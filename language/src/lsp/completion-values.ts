/**
 * Completion in value positions: quoted names (indicators, regions), bare words (months,
 * statistics keys), dates, and the comparators and units of a plan or a fact. Each item replaces
 * the word or quoted text being typed and is matched with the forgiving matcher (fold.ts).
 */
import type { CompletionAcceptor, CompletionContext } from 'langium/lsp';
import { CompletionItemKind, InsertTextFormat } from 'vscode-languageserver';
import { getLanguage, t } from '../i18n.js';
import { addMonths, formatDate, todayISO } from '../dates.js';
import { filterForms, matches } from './fold.js';
import { lineStart, MAX_TYPED } from './completion-window.js';
import * as vocabulary from './vocabulary.js';
import type { VocabularyEntry } from './vocabulary.js';

/** Fields whose value is a date or a range of dates (not months). */
const DATE_FIELD = /(кезең|есеп-күні|толтырылған-күні)\s*:\s*([^:\n]*)$/iu;
/** Value fields: comparators (plans only) and units are offered. */
const VALUE_FIELD = /(жоспар|факт|сома|жүктеме|ұзақтығы|бастапқы|кейінгі|өсім)\s*:\s*([^:\n]*)$/iu;

/**
 * The range a value item replaces: the word or string being typed, with an
 * opening quote before it and an auto-closed quote after it.
 */
function valueRange(context: CompletionContext): { start: number; end: number; typed: string } {
    const text = context.textDocument.getText();
    let start = context.tokenOffset;
    let end = Math.max(context.tokenEndOffset, context.offset);
    if (start === end && start === context.offset) {
        // Nothing lexed at the cursor: perhaps an opening quote not closed yet.
        const from = lineStart(text, context.offset);
        const before = text.slice(from, context.offset);
        const quotes = (before.match(/"/g) ?? []).length;
        if (quotes % 2 === 1) start = from + before.lastIndexOf('"');
    } else if (text[start - 1] === '"' && text[start] !== '"') {
        start--;
    }
    if (text[start] === '"' && end > start + 1 && text[end - 1] !== '"' && text[end] === '"') end++;
    else if (text[start] === '"' && end === context.offset && text[end] === '"') end++;
    return { start, end, typed: text.slice(start, context.offset) };
}

function pushValue(context: CompletionContext, acceptor: CompletionAcceptor, label: string, insert: string,
    detail: string, documentation: string | undefined, kind: CompletionItemKind, sortText: string): void {
    const range = valueRange(context);
    if (range.typed.length > MAX_TYPED) return;
    const typedBare = range.typed.replace(/"/g, '');
    if (!matches(typedBare, label)) return;
    const text = context.textDocument.getText();
    const before = text[range.start - 1];
    const newText = (before === ':' ? ' ' : '') + insert;
    const forms = filterForms(label, typedBare);
    const quoted = range.typed.startsWith('"');
    acceptor(context, {
        label,
        kind,
        detail,
        documentation: documentation ? { kind: 'markdown', value: documentation } : undefined,
        filterText: (quoted ? forms.map(f => `"${f}`) : forms).join(' '),
        sortText,
        textEdit: {
            newText,
            range: { start: context.textDocument.positionAt(range.start), end: context.textDocument.positionAt(range.end) }
        }
    });
}

function gloss(entry: VocabularyEntry): string | undefined {
    const lang = getLanguage();
    const gloss = lang === 'kk' ? (entry.gloss.en ?? entry.gloss.ru) : vocabulary.glossIn(entry, lang);
    return gloss && gloss !== entry.label ? gloss : undefined;
}

/** Quoted names: indicators, regions. */
export function offerStrings(context: CompletionContext, acceptor: CompletionAcceptor, list: VocabularyEntry[],
    detailKey: 'lsp.completion.indicatorName' | 'lsp.completion.impactName' | 'lsp.completion.region'): void {
    list.forEach((entry, i) => {
        const extra = entry.extra ? (detailKey === 'lsp.completion.region' ? t('lsp.completion.centre', { centre: entry.extra }) : entry.extra) : undefined;
        const doc = [gloss(entry), extra].filter(Boolean).join(' — ') || undefined;
        pushValue(context, acceptor, entry.label, `"${entry.label}"`, t(detailKey), doc, CompletionItemKind.Value, String(i).padStart(3, '0'));
    });
}

/** Bare words: months, statistics keys. */
export function offerWords(context: CompletionContext, acceptor: CompletionAcceptor, list: VocabularyEntry[],
    detailKey: 'lsp.completion.month' | 'lsp.completion.category' | 'lsp.completion.age', kind: CompletionItemKind, suffix = ''): void {
    list.forEach((entry, i) => {
        const doc = detailKey === 'lsp.completion.month' ? gloss(entry) : vocabulary.glossIn(entry, getLanguage());
        pushValue(context, acceptor, entry.label, entry.label + suffix, t(detailKey), doc, kind, String(i).padStart(3, '0'));
    });
}

/**
 * The project's period and the report's dates are dates (dd.mm.yyyy), not months: today, and
 * for `кезең:` a range from today, as a snippet whose dates are tab stops.
 */
export function offerDates(context: CompletionContext, acceptor: CompletionAcceptor): boolean {
    const text = context.textDocument.getText();
    const field = DATE_FIELD.exec(text.slice(lineStart(text, context.tokenOffset), context.tokenOffset))?.[1];
    if (!field) return false;
    const today = formatDate(todayISO());
    const start = context.textDocument.positionAt(context.tokenOffset);
    const lead = text[context.tokenOffset - 1] === ':' ? ' ' : '';
    const push = (label: string, body: string, detail: string, sortText: string) => acceptor(context, {
        label, kind: CompletionItemKind.Constant, detail, sortText, filterText: label,
        insertTextFormat: InsertTextFormat.Snippet,
        textEdit: { newText: lead + body, range: { start, end: context.position } }
    });
    if (field === 'кезең') {
        const end = formatDate(addMonths(todayISO(), 6));
        push(`${today} - ${end}`, `\${1:${today}} - \${2:${end}}`, t('lsp.completion.period'), '0');
    } else {
        push(today, `\${1:${today}}`, t('lsp.completion.today'), '0');
    }
    return true;
}

/** Inside `жоспар:` / `факт:`: comparators before the number (plans only), units after it. */
export function offerValueWords(context: CompletionContext, acceptor: CompletionAcceptor): void {
    const text = context.textDocument.getText();
    const m = VALUE_FIELD.exec(text.slice(lineStart(text, context.tokenOffset), context.tokenOffset));
    if (!m) return;
    const field = m[1].toLowerCase();
    const hasNumber = /[0-9]/.test(m[2]);
    if (!hasNumber && field === 'жоспар') {
        vocabulary.comparators().forEach((entry, i) =>
            pushValue(context, acceptor, entry.label, `${entry.label} `, t('lsp.completion.comparator'), gloss(entry),
                CompletionItemKind.Operator, 'a' + String(i).padStart(3, '0')));
    }
    if (hasNumber) {
        vocabulary.units().forEach((entry, i) =>
            pushValue(context, acceptor, entry.label, entry.label, t('lsp.completion.unit'), gloss(entry),
                CompletionItemKind.Unit, 'b' + String(i).padStart(3, '0')));
    }
}
