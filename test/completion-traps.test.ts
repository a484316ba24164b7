/**
 * Completion opens only where a keyword or a value is expected: never right after a closing
 * quote (Enter there makes a new line), never a keyword inside a quoted text; dates, not
 * months, after `кезең:` and the report's date fields.
 */
import { describe, expect, test } from 'vitest';
import { expectCompletion } from 'langium/test';
import type { CompletionItem, CompletionList } from 'vscode-languageserver';
import { grant } from './helpers.js';
import { addMonths, formatDate, todayISO } from '../language/src/dates.js';

const complete = expectCompletion(grant);

async function itemsAt(text: string): Promise<CompletionItem[]> {
    let list: CompletionList | undefined;
    await complete({ text, index: 0, assert: l => { list = l; }, disposeAfterCheck: true });
    return list?.items ?? [];
}
const labels = (items: CompletionItem[]) => items.map(i => i.label);

describe('no list where nothing is expected', () => {
    test('right after the closing quote of a field: nothing (the next Enter is a new line)', async () => {
        expect(await itemsAt('жоба "X" {\n    тақырып: "Ауыл"<|>\n}')).toEqual([]);
        expect(await itemsAt('жоба "X" {\n    тақырып: ""<|>\n}')).toEqual([]);
    });

    test('inside an empty quoted text: no keyword, no «міндет …» snippet', async () => {
        const items = await itemsAt('жоба "X" {\n    тақырып: "<|>"\n}');
        expect(labels(items).filter(l => /міндет|іс-шара|көрсеткіш/.test(l))).toEqual([]);
    });

    test('the keywords are still offered on a new line', async () => {
        const items = await itemsAt('жоба "X" {\n    тақырып: "Ауыл"\n    <|>\n}');
        expect(labels(items)).toEqual(expect.arrayContaining(['міндет', 'гранталушы']));
    });

    test('indicator names inside the quotes after «көрсеткіш» are still offered', async () => {
        const items = await itemsAt('жоба "X" {\n    міндет 1 "a" {\n        іс-шара 1 "b" {\n            көрсеткіш "<|>"\n        }\n    }\n}');
        expect(items.length).toBeGreaterThan(0);
        expect(labels(items).filter(l => /^міндет|^іс-шара/.test(l))).toEqual([]);
    });
});

describe('dates where dates are expected', () => {
    test('after «кезең:» a range from today, not month names', async () => {
        const items = await itemsAt('жоба "X" {\n    кезең:<|>\n}');
        const today = formatDate(todayISO());
        expect(labels(items)).toEqual([`${today} - ${formatDate(addMonths(todayISO(), 6))}`]);
        expect(items[0].textEdit?.newText.startsWith(` \${1:${today}} - \${2:`)).toBe(true);
    });

    test('after «есеп-күні:» today', async () => {
        const items = await itemsAt('жоба "X" {\n    есеп-күні: <|>\n}');
        expect(labels(items)).toEqual([formatDate(todayISO())]);
    });

    test('an activity\'s «мерзімі:» still offers months', async () => {
        const items = await itemsAt('жоба "X" {\n    міндет 1 "a" {\n        іс-шара 1 "b" {\n            мерзімі: <|>\n        }\n    }\n}');
        expect(labels(items)).toContain('наурыз');
    });

    test('the six months end the day before: 01.05.2025 + 6 → 31.10.2025', () => {
        expect(addMonths('2025-05-01', 6)).toBe('2025-10-31');
        expect(addMonths('2026-12-03', 6)).toBe('2027-06-02');
    });
});
