import { afterEach, describe, expect, test } from 'vitest';
import { grant, parse, readSpec } from './helpers.js';
import { setLanguage } from '../language/src/i18n.js';

const settings = grant.esep.Settings;

afterEach(() => {
    settings.update({});
    setLanguage('kk');
});

async function lenses(text: string) {
    const doc = await parse(text, false);
    const list = await grant.lsp.CodeLensProvider!.provideCodeLens(doc, { textDocument: { uri: doc.uri.toString() } }) ?? [];
    const lines = doc.textDocument.getText().split('\n');
    return list.map(l => ({ line: lines[l.range.start.line].trim().slice(0, 20), title: l.command!.title }));
}

async function hints(text: string) {
    const doc = await parse(text, false);
    const range = { start: { line: 0, character: 0 }, end: doc.textDocument.positionAt(text.length) };
    const list = await grant.lsp.InlayHintProvider!.getInlayHints(doc, { textDocument: { uri: doc.uri.toString() }, range }) ?? [];
    const lines = doc.textDocument.getText().split('\n');
    return list.map(h => ({ before: lines[h.position.line].slice(0, h.position.character), label: h.label as string, tooltip: h.tooltip as string }));
}

describe('CodeLens above tasks and activities', () => {
    test('the spec file', async () => {
        const list = await lenses(readSpec());
        expect(list).toEqual([
            // «Фото: кемінде 5 (әр кездесуден)», fact 180: the result names 36 meetings, 5 × 36 = 180 (met).
            { line: 'міндет 1 "Мүдделі то', title: '6/7 орындалды · 1 тексерілмейді' },
            { line: 'іс-шара 1 "Жобаны іс', title: '5/5 орындалды' },
            { line: 'іс-шара 2 "Ауылдық е', title: '1/2 орындалды · 1 тексерілмейді' },
            { line: 'міндет 2 "Ағылшын ті', title: '5/7 орындалды · 1 факт жоқ · 1 тексерілмейді' },
            { line: 'іс-шара 1 "Ағылшын т', title: '5/7 орындалды · 1 факт жоқ · 1 тексерілмейді' },
            { line: 'ақпараттық-жұмыс "Во', title: '2/2 орындалды' }
        ]);
    });

    test('«жетпейді»: indicators short of plan', async () => {
        const list = await lenses('жоба "X" {\n    міндет 1 "a" {\n        іс-шара 1 "b" {\n            көрсеткіш "Фото" жоспар: кемінде 10 факт: 4\n            көрсеткіш "Видео" жоспар: 2 факт: 2\n        }\n    }\n}');
        expect(list.map(l => l.title)).toEqual(['1/2 орындалды · 1 жетпейді', '1/2 орындалды · 1 жетпейді']);
    });

    test('in Russian, and switched off by esep.codeLens.enabled', async () => {
        settings.update({ language: 'ru' });
        expect((await lenses(readSpec()))[5].title).toBe('2/2 выполнено');
        settings.update({ codeLens: { enabled: false } });
        expect(await lenses(readSpec())).toEqual([]);
    });
});

describe('inlay hints after facts', () => {
    test('the share of plan, after the fact', async () => {
        const list = await hints(readSpec());
        const find = (fact: string) => list.find(h => h.before.trimEnd().endsWith(fact));
        expect(find('факт: 698')).toMatchObject({ label: '→ 349%' });
        expect(find('факт: 36')).toMatchObject({ label: '→ 360%' });
        expect(find('факт: 1 618, оның ішінде 319')).toMatchObject({ label: '→ 162%' });
        expect(find('факт: 4 042 547')!.label).toBe('→ 97%');
        expect(find('факт: 698')!.tooltip).toMatch(/артығымен орындалды/);
        // A per-meeting plan against the 36 meetings the activity's result names: 180 of 5 × 36.
        expect(find('факт: 180')).toMatchObject({ label: '→ 100%' });
        // No percentage where plan and fact cannot be compared («1 (әр мектепте)»: schools not counted), nor where there is no fact.
        expect(list.some(h => h.before.includes('Қатысу журналы'))).toBe(false);
        expect(list.every(h => h.before.includes('факт:'))).toBe(true);
    });

    test('180% for a fact of 18 against a plan of 10', async () => {
        const list = await hints('жоба "X" {\n    міндет 1 "a" {\n        іс-шара 1 "b" {\n            көрсеткіш "Фото" жоспар: кемінде 10 факт: 18\n        }\n    }\n}');
        expect(list.map(h => h.label)).toEqual(['→ 180%']);
    });

    test('switched off by esep.inlayHints.enabled', async () => {
        settings.update({ inlayHints: { enabled: false } });
        expect(await hints(readSpec())).toEqual([]);
    });
});

describe('settings', () => {
    test('esep.reportDate reaches the model', () => {
        settings.update({ reportDate: '15.08.2025' });
        expect(grant.model.Evaluator.getOptions().reportDate).toBe('2025-08-15');
        settings.update({ reportDate: '31.02.2025' });
        expect(grant.model.Evaluator.getOptions().reportDate).toBeUndefined();
    });
});
