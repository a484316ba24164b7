/**
 * Quick fixes: each rule's fix, applied to the text, gives the expected edit.
 */
import { describe, expect, test } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction } from 'vscode-languageserver';
import { BASE, grant, parse } from './helpers.js';
import { apportion } from '../language/src/validation/quick-fixes.js';

async function fixes(text: string, code: string) {
    const doc = await parse(text);
    const diagnostics = doc.diagnostics!.filter(d => d.code === code);
    expect(diagnostics.length, `${code} is reported`).toBeGreaterThan(0);
    const actions = (await grant.lsp.CodeActionProvider!.getCodeActions(doc, {
        textDocument: { uri: doc.uri.toString() },
        range: diagnostics[0].range,
        context: { diagnostics: [diagnostics[0]] }
    })) as CodeAction[];
    const apply = (action: CodeAction) => {
        const edits = Object.values(action.edit!.changes!)[0];
        return TextDocument.applyEdits(TextDocument.create('x', 'grant', 1, text), edits);
    };
    return { actions, apply, titles: actions.map(a => a.title) };
}

describe('quick fixes', () => {
    test('V-PF-03: add a deviation justification under the fact', async () => {
        const text = BASE.replace('жоспар: 10 факт: 12', 'жоспар: 10 факт: 8');
        const { actions, apply } = await fixes(text, 'V-PF-03');
        expect(actions[0].title).toBe('Ауытқу негіздемесін қосу');
        expect(apply(actions[0])).toContain('көрсеткіш "Фото" жоспар: 10 факт: 8\n                ауытқу: ""\n');
        const after = await parse(apply(actions[0]).replace('ауытқу: ""', 'ауытқу: "Карантин"'));
        expect(after.diagnostics!.filter(d => d.code === 'V-PF-03' && String(d.message).startsWith('«Фото»'))).toEqual([]);
    });

    test('an unmet plan (V-PF-02) and its missing justification (V-PF-03) offer one «Ауытқу негіздемесін қосу», for both', async () => {
        const doc = await parse(BASE.replace('жоспар: 10 факт: 12', 'жоспар: 10 факт: 8'));
        const line = BASE.split('\n').findIndex(l => l.includes('көрсеткіш "Фото" жоспар: 10 факт: 12'));
        const onLine = doc.diagnostics!.filter(d => d.range.start.line === line && (d.code === 'V-PF-02' || d.code === 'V-PF-03'));
        expect(onLine.map(d => d.code).sort()).toEqual(['V-PF-02', 'V-PF-03']);
        const actions = (await grant.lsp.CodeActionProvider!.getCodeActions(doc, {
            textDocument: { uri: doc.uri.toString() }, range: onLine[0].range, context: { diagnostics: onLine }
        })) as CodeAction[];
        const justify = actions.filter(a => a.title === 'Ауытқу негіздемесін қосу');
        expect(justify).toHaveLength(1);
        expect(justify[0].diagnostics!.map(d => d.code).sort()).toEqual(['V-PF-02', 'V-PF-03']);
        expect(justify[0].isPreferred).toBe(true);
    });

    test('V-PF-04: money under plan gets the same fix', async () => {
        const text = BASE.replace('факт: 4 185 000 теңге', 'факт: 4 042 547 теңге');
        const { actions, apply } = await fixes(text, 'V-PF-04');
        expect(apply(actions[0])).toContain('факт: 4 042 547 теңге\n            ауытқу: ""');
    });

    test('V-PF-01: add a fact placeholder after the plan', async () => {
        const text = BASE.replace('жоспар: 1 құжат факт: 1 құжат', 'жоспар: 1 құжат');
        const { actions, apply } = await fixes(text, 'V-PF-01');
        expect(actions[0].title).toBe('факт: жолын қосу');
        const fixed = apply(actions[0]);
        expect(fixed).toContain('көрсеткіш "Бағдарлама" жоспар: 1 құжат  факт: ""\n');
        // The place to type into, not a made-up 0: the mark stays, on the quotes, until the fact is written.
        const after = (await parse(fixed)).diagnostics!.filter(d => d.code === 'V-PF-01').map(d => String(d.message));
        expect(after).toEqual(['«Бағдарлама» көрсеткішінің факті бос, ал мерзімі 30.11.2020 аяқталған: тырнақшаның орнына нақты нәтижені жазыңыз (мысалы, факт: 12).']);
    });

    test('V-SUM-01: set the total to the sum of the breakdown', async () => {
        const text = BASE.replace('ерлер: 100', 'ерлер: 10');
        const { actions, apply } = await fixes(text, 'V-SUM-01');
        expect(actions.map(a => a.title)).toEqual(['Барлығын қосындыға теңестіру (130)']);
        expect(apply(actions[0])).toContain('барлығы: 130\n        ерлер: 10\n');
    });

    test('V-SUM-01: a breakdown that sums to 100 is converted from percentages to counts', async () => {
        const text = BASE.replace('барлығы: 220', 'барлығы: 300').replace('ерлер: 100', 'ерлер: 30').replace('әйелдер: 120', 'әйелдер: 70');
        const { actions, apply } = await fixes(text, 'V-SUM-01');
        expect(actions[0].title).toBe('Пайыздарды адам санына айналдыру (барлығы 300)');
        expect(actions[0].isPreferred).toBe(true);
        expect(apply(actions[0])).toContain('барлығы: 300\n        ерлер: 90\n        әйелдер: 210\n');
    });

    test('V-SUM-02: percentages of the categories become counts that sum exactly to the total', async () => {
        const text = BASE.replace('балалар: 200\n            жастар: 20', 'балалар: 33\n            жастар: 67').replace('барлығы: 220', 'барлығы: 301');
        const { actions, apply } = await fixes(text, 'V-SUM-02');
        const fixed = apply(actions.find(a => a.title.startsWith('Пайыздарды'))!);
        expect(fixed).toContain('балалар: 99\n            жастар: 202');
    });

    test('apportion keeps the total exact', () => {
        expect(apportion([87, 1, 2, 10], 300)).toEqual([261, 3, 6, 30]);
        expect(apportion([33.3, 33.3, 33.4], 10).reduce((a, b) => a + b, 0)).toBe(10);
    });

    test('V-NUM-02: renumber the activities in order', async () => {
        const text = BASE.replace('іс-шара 2 "Сауалнама"', 'іс-шара 3 "Сауалнама"');
        const { actions, apply } = await fixes(text, 'V-NUM-02');
        expect(actions[0].title).toBe('Нөмірлерді ретімен қою');
        expect(apply(actions[0])).toContain('іс-шара 2 "Сауалнама"');
    });

    test('V-NUM-01: renumber duplicated task numbers', async () => {
        const text = BASE.replace('міндет 2 "Қорытынды"', 'міндет 1 "Қорытынды"');
        const { actions, apply } = await fixes(text, 'V-NUM-01');
        const fixed = apply(actions[0]);
        expect(fixed).toContain('міндет 1 "Оқыту"');
        expect(fixed).toContain('міндет 2 "Қорытынды"');
    });

    test('V-REG-01: replace a misspelled region with the suggestion', async () => {
        const text = BASE.replace('аумақ: "Батыс Қазақстан облысы"', 'аумақ: "Батыс Казахстан облысы"');
        const { actions, apply } = await fixes(text, 'V-REG-01');
        expect(actions[0].title).toBe('«Батыс Қазақстан облысы» деп түзету');
        expect(apply(actions[0])).toContain('аумақ: "Батыс Қазақстан облысы"');
    });

    test('V-KEY-01: replace an unknown statistics row with the suggestion', async () => {
        const text = BASE.replace('жастар: 20', 'жастр: 20');
        const { apply, actions } = await fixes(text, 'V-KEY-01');
        expect(apply(actions[0])).toContain('            жастар: 20\n');
    });

    test('V-FMT-02: write the number in groups of three, as the rest of the file', async () => {
        const text = BASE.replace('жоспар: 4 185 000 теңге  факт', 'жоспар: 4185000 теңге  факт');
        const { actions, apply } = await fixes(text, 'V-FMT-02');
        expect(actions[0].title.replace(/\u00A0/g, ' ')).toBe('«4 185 000» деп түзету');
        expect(apply(actions[0]).replace(/\u00A0/g, ' ')).toContain('жоспар: 4 185 000 теңге  факт: 4 185 000 теңге');
        expect((await parse(apply(actions[0]))).diagnostics!.filter(d => d.code === 'V-FMT-02')).toEqual([]);
    });

    test('V-FMT-03: a decimal comma, as the rest of the file', async () => {
        const text = BASE.replace('жоспар: 10 факт: 12', 'жоспар: 10,5 факт: 12.5');
        const { actions, apply } = await fixes(text, 'V-FMT-03');
        expect(apply(actions[0])).toContain('жоспар: 10,5 факт: 12,5');
    });

    test('«5.344»: the fix writes the thousands grouped, and V-FMT-03 offers no comma that would keep it a fraction', async () => {
        const text = BASE.replace('жоспар: 10 факт: 12', 'жоспар: 10,5 факт: 5.344');
        const { actions, apply } = await fixes(text, 'value');
        expect(actions.map(a => a.title)).toEqual(['«5 344» деп түзету']);
        expect(apply(actions[0])).toContain('жоспар: 10,5 факт: 5 344');
        expect((await parse(text)).diagnostics!.filter(d => d.code === 'V-FMT-03')).toEqual([]);
        // A fraction of another shape is still V-FMT-03's.
        expect((await parse(BASE.replace('жоспар: 10 факт: 12', 'жоспар: 10,5 факт: 5.34'))).diagnostics!.filter(d => d.code === 'V-FMT-03')).toHaveLength(1);
    });

    test('«1О»: the fix writes the digits meant', async () => {
        const { actions, apply } = await fixes(BASE.replace('жоспар: 10 факт: 12', 'жоспар: 10 факт: 1О'), 'value');
        expect(actions.map(a => a.title)).toEqual(['«10» деп түзету']);
        expect(apply(actions[0])).toContain('жоспар: 10 факт: 10\n');
    });

    test('V-FMT-07: replace a known misspelling with what was meant', async () => {
        const text = BASE.replace('рөлі: "Қолдау"', 'рөлі: "Instafram желісінде қолдау"');
        const { actions, apply } = await fixes(text, 'V-FMT-07');
        expect(actions[0].title).toBe('«Instagram» деп түзету');
        expect(apply(actions[0])).toContain('рөлі: "Instagram желісінде қолдау"');
    });

    test('V-PF-05 for a value inside the indicator\'s name: no fix (which of the two is right is the user\'s call)', async () => {
        const text = BASE.replace('көрсеткіш "Фото" жоспар: 10 факт: 12', 'көрсеткіш "Фото Кемінде 100" жоспар: 10 факт: 12');
        const { actions } = await fixes(text, 'V-PF-05');
        expect(actions).toEqual([]);
    });

    test('V-FMT-01: normalise the file to NFC', async () => {
        const text = BASE.replace('"Жас қанат жастар', '"Жас қанат жастар бұй\u0438\u0306');
        const { actions, apply } = await fixes(text, 'V-FMT-01');
        const fixed = apply(actions[0]);
        expect(fixed).toBe(text.normalize('NFC'));
        expect(fixed).toContain('бұйй');
    });
});
