import { afterEach, describe, expect, test } from 'vitest';
import { expectCompletion } from 'langium/test';
import type { CompletionItem, CompletionList } from 'vscode-languageserver';
import { grant, parse, readExample, readSpec } from './helpers.js';
import { setLanguage } from '../language/src/i18n.js';
import { filterVariants, fold, matches } from '../language/src/lsp/fold.js';

const complete = expectCompletion(grant);

/** The completion items at `<|>`. */
async function itemsAt(text: string): Promise<CompletionItem[]> {
    let list: CompletionList | undefined;
    await complete({ text, index: 0, assert: l => { list = l; }, disposeAfterCheck: true });
    return list?.items ?? [];
}

const labels = (items: CompletionItem[]) => items.map(i => i.label);

const inActivity = (body: string) => `жоба "X" {\n    міндет 1 "a" {\n        іс-шара 1 "b" {\n            ${body}\n        }\n    }\n}`;

afterEach(() => setLanguage('kk'));

describe('folding the keyboard', () => {
    test('Latin, Russian look-alikes and fragments fold onto the Kazakh keyword', () => {
        expect(fold('mindet')).toBe(fold('міндет'));
        expect(fold('миндет')).toBe(fold('міндет'));
        expect(fold('ис-шара')).toBe(fold('іс-шара'));
        for (const typed of ['mindet', 'миндет', 'МІНДЕТ', 'минд']) expect(matches(typed, 'міндет'), typed).toBe(true);
        for (const typed of ['korset', 'корсет', 'кө', 'ko', 'korsetkish']) expect(matches(typed, 'көрсеткіш'), typed).toBe(true);
        for (const typed of ['ис-шара', 'is-shara', 'исшара', 'ис']) expect(matches(typed, 'іс-шара'), typed).toBe(true);
        expect(matches('жоспар', 'міндет')).toBe(false);
        expect(matches('', 'міндет')).toBe(true);
    });

    test('filterText carries the typed form and the Latin and Russian spellings', () => {
        const ft = filterVariants('көрсеткіш', 'korset');
        expect(ft.split(' ')).toEqual(expect.arrayContaining(['korset', 'көрсеткіш', 'корсеткиш', 'korsetkish']));
    });
});

describe('completion is context-aware', () => {
    test('inside `статистика { санаты { | } }`: the category keys, not `міндет`', async () => {
        const items = await itemsAt('жоба "X" {\n    статистика {\n        санаты {\n            <|>\n        }\n    }\n}');
        expect(labels(items)).toEqual(expect.arrayContaining(['балалар', 'жастар', 'мемқызметшілер', 'бюджеттік-қызметкерлер',
            'мүгедектер', 'егде-жастағылар', 'жұмыссыздар', 'қоғамдық-ұйымдар', 'бизнес', 'басқалар']));
        expect(items).toHaveLength(10);
        expect(labels(items)).not.toContain('міндет');
        expect((items[0].textEdit as { newText: string }).newText).toBe('балалар: ');
    });

    test('inside `жасы { }`: the seven age brackets', async () => {
        const items = await itemsAt('жоба "X" {\n    статистика {\n        жасы {\n            <|>\n        }\n    }\n}');
        expect(labels(items)).toEqual(['13-16', '17-22', '23-27', '28-32', '33-45', '46-58', '59+']);
    });

    test('in the project body: project fields and blocks with what they mean on the form', async () => {
        const items = await itemsAt('жоба "X" {\n    <|>\n}');
        expect(labels(items)).toEqual(expect.arrayContaining(['гранталушы', 'міндет', 'әсер', 'статистика']));
        expect(labels(items)).not.toContain('көрсеткіш');
        const grantee = items.find(i => i.label === 'гранталушы')!;
        expect(grantee.detail).toMatch(/Грантты алушы/);
        expect(JSON.stringify(grantee.documentation)).toMatch(/I блок/);
        expect((grantee.textEdit as { newText: string }).newText).toBe('гранталушы: ');
    });

    test('details follow the language setting', async () => {
        setLanguage('ru');
        const items = await itemsAt('жоба "X" {\n    <|>\n}');
        expect(items.find(i => i.label === 'гранталушы')!.detail).toMatch(/Грантополучатель/);
    });
});

describe('transliterated input finds the keyword', () => {
    test.each([
        ['mindet', 'жоба "X" {\n    mindet<|>\n}', 'міндет'],
        ['миндет', 'жоба "X" {\n    миндет<|>\n}', 'міндет'],
        ['ис-шара', 'жоба "X" {\n    міндет 1 "a" {\n        ис-шара<|>\n    }\n}', 'іс-шара'],
        ['is-shara', 'жоба "X" {\n    міндет 1 "a" {\n        is-shara<|>\n    }\n}', 'іс-шара'],
        ['korset', inActivity('korset<|>'), 'көрсеткіш'],
        ['кө', inActivity('кө<|>'), 'көрсеткіш']
    ])('%s', async (typed, text, keyword) => {
        const items = await itemsAt(text);
        const item = items.find(i => i.label === keyword && i.kind === 14 /* Keyword */);
        expect(item, labels(items).join(', ')).toBeDefined();
        // The editor filters by filterText against what was typed: it must carry the typed form.
        expect(item!.filterText!.split(' ')).toContain(typed);
        expect((item!.textEdit as { newText: string }).newText.startsWith(keyword)).toBe(true);
    });
});

describe('vocabulary in value positions', () => {
    test('standard indicator names after `көрсеткіш`', async () => {
        const items = await itemsAt(inActivity('көрсеткіш <|>'));
        expect(labels(items)).toEqual(expect.arrayContaining(['Қатысушылар тізімі', 'Қатысушылар саны', 'Фотосуреттер']));
        const item = items.find(i => i.label === 'Қатысушылар саны')!;
        expect((item.textEdit as { newText: string }).newText).toBe('"Қатысушылар саны"');
    });

    test('a name being typed, on a Russian keyboard, inside quotes', async () => {
        const items = await itemsAt(inActivity('көрсеткіш "катыс<|>"'));
        expect(labels(items)).toContain('Қатысушылар саны');
        const item = items.find(i => i.label === 'Қатысушылар саны')!;
        const edit = item.textEdit as { newText: string; range: { start: { character: number }; end: { character: number } } };
        expect(edit.newText).toBe('"Қатысушылар саны"');
        // The whole «"катыс"» is replaced, both quotes included.
        expect(edit.range.end.character - edit.range.start.character).toBe('"катыс"'.length);
        expect(item.filterText!.startsWith('"')).toBe(true);
    });

    test('Block IV names inside `әсер { }`', async () => {
        const items = await itemsAt('жоба "X" {\n    әсер {\n        көрсеткіш <|>\n    }\n}');
        expect(labels(items)).toContain('Тікелей бенефициарлар саны');
        expect(labels(items)).not.toContain('Фотосуреттер');
    });

    test('regions after `аумақ:` and `орны:`', async () => {
        const region = await itemsAt('жоба "X" {\n    аумақ: <|>\n}');
        expect(labels(region)).toEqual(expect.arrayContaining(['Батыс Қазақстан облысы', 'Маңғыстау облысы', 'Алматы қаласы']));
        const place = await itemsAt(inActivity('орны: <|>'));
        expect(labels(place)).toContain('Маңғыстау облысы');
        const glued = await itemsAt('жоба "X" {\n    аумақ:<|>\n}');
        expect((glued.find(i => i.label === 'Абай облысы')!.textEdit as { newText: string }).newText).toBe(' "Абай облысы"');
    });

    test('months after `мерзімі:` and after the dash of a period', async () => {
        expect(labels(await itemsAt(inActivity('мерзімі: <|>')))).toEqual(expect.arrayContaining(['наурыз', 'қараша']));
        expect(labels(await itemsAt(inActivity('мерзімі: наурыз - <|>')))).toContain('желтоқсан');
        // The project's period takes dates (test/completion-traps.test.ts), not months.
        expect(labels(await itemsAt('жоба "X" {\n    кезең: <|>\n}'))).not.toContain('мамыр');
    });

    test('comparators after `жоспар:`, units after the number', async () => {
        const before = await itemsAt(inActivity('көрсеткіш "Фото" жоспар: <|>'));
        expect(labels(before)).toEqual(expect.arrayContaining(['кемінде', 'кем дегенде', 'ең көбі']));
        const after = await itemsAt(inActivity('көрсеткіш "Фото" жоспар: кемінде 5 <|>'));
        expect(labels(after)).toEqual(expect.arrayContaining(['адам', 'фото', 'факт']));
        expect(labels(after)).not.toContain('кемінде');
        const fact = await itemsAt(inActivity('көрсеткіш "Фото" жоспар: 5 факт: 7 <|>'));
        expect(labels(fact)).toContain('фото');
    });
});

describe('snippets', () => {
    test('a new task is numbered after the last one', async () => {
        const items = await itemsAt('жоба "X" {\n    міндет 1 "a" {\n    }\n    <|>\n}');
        const snippet = items.find(i => i.label === 'міндет …')!;
        expect(snippet.insertTextFormat).toBe(2);
        expect((snippet.textEdit as { newText: string }).newText).toMatch(/^міндет 2 "\$\{1\}" \{/);
        expect((snippet.textEdit as { newText: string }).newText).toContain('іс-шара 1');
    });

    test('activity, indicator and statistics snippets', async () => {
        expect(labels(await itemsAt('жоба "X" {\n    міндет 1 "a" {\n        <|>\n    }\n}'))).toContain('іс-шара …');
        const indicator = (await itemsAt(inActivity('<|>'))).find(i => i.label === 'көрсеткіш …')!;
        // Tab stops, no made-up values that could end up in a report.
        expect((indicator.textEdit as { newText: string }).newText).toBe('көрсеткіш "${1}" жоспар: ${2:""}$0');
        const stats = (await itemsAt('жоба "X" {\n    <|>\n}')).find(i => i.label === 'статистика …')!;
        const body = (stats.textEdit as { newText: string }).newText;
        expect(body).toContain('балалар: 0');
        expect(body).toContain('59+: 0');
    });
});

describe('keyword texts', () => {
    test('every keyword of the grammar says what it means on the form, in kk, ru and en', async () => {
        const { GrammarAST, AstUtils } = await import('langium');
        const { keywordLabel, keywordWhere } = await import('../language/src/lsp/keyword-docs.js');
        const keywords = new Set(AstUtils.streamAllContents(grant.Grammar).filter(GrammarAST.isKeyword).map(k => k.value).filter(v => /\p{L}/u.test(v)));
        // Keywords that stand only inside a value's parentheses («(оның ішінде …)») are not fields.
        const fields = [...keywords].filter(k => keywordLabel(k) === undefined);
        for (const lang of ['kk', 'ru', 'en'] as const) {
            setLanguage(lang);
            for (const k of keywords) {
                const label = keywordLabel(k);
                if (label === undefined) continue;
                expect(label.length, k).toBeGreaterThan(2);
            }
        }
        expect(fields.filter(k => !/^(оның|ішінде|әр|кемінде)$/u.test(k))).toEqual([]);
        setLanguage('kk');
        expect(keywordWhere('жоспар')).toMatch(/III блок/);
    });

    test('the LSP messages are NFC and «»-quoted where they quote', async () => {
        const { messages } = await import('../language/src/messages.js');
        for (const [key, value] of Object.entries(messages)) {
            if (!key.startsWith('lsp.')) continue;
            for (const text of Object.values(value)) {
                expect(text, key).toBe(text.normalize('NFC'));
                expect(text, key).not.toMatch(/[“”„]/);
            }
        }
    });
});

/** For each line: does it start inside a string (a multi-line «сипаттама: "…"» text)? Comments are skipped. */
function linesInsideStrings(lines: string[]): boolean[] {
    const out: boolean[] = [];
    let inString = false;
    for (const line of lines) {
        out.push(inString);
        for (let k = 0; k < line.length; k++) {
            if (!inString && line.startsWith('//', k)) break;
            if (line[k] === '"') inString = !inString;
        }
    }
    return out;
}

describe('completion reads only the project block around the cursor', () => {
    test('on the examples: the same items as a parse of the whole file, at line starts and after typed letters', async () => {
        const provider = grant.lsp.CompletionProvider as unknown as { getCompletion: Function; windowed: boolean };
        for (const name of ['birgemiz-bilim.grant', 'teng-mumkindik.grant', 'syntax-by-example.grant']) {
            const source = name.startsWith('syntax') ? readSpec() : readExample(name);
            const lines = source.split('\n');
            const inText = linesInsideStrings(lines);
            // Completion only reads the document: one parse per file serves every position.
            const document = await parse(source, false);
            let compared = 0;
            for (let i = 0; i < lines.length; i += 5) {
                // A line of a narrative text (inside a multi-line string) offers no completion: the
                // test's cost must not grow with the length of the grantee's prose.
                if (inText[i]) continue;
                const indent = lines[i].length - lines[i].trimStart().length;
                const word = /^[^\s:"«]+/.exec(lines[i].slice(indent))?.[0] ?? '';
                const colon = lines[i].indexOf(': ');
                for (const character of new Set([indent, indent + Math.min(2, word.length), lines[i].length, ...(colon > 0 ? [colon + 2] : [])])) {
                    const params = { textDocument: { uri: document.uri.toString() }, position: { line: i, character } };
                    provider.windowed = true;
                    const windowed = await provider.getCompletion(document, params);
                    provider.windowed = false;
                    const whole = await provider.getCompletion(document, params);
                    provider.windowed = true;
                    // Labels, edits and their ranges, sort order: all of it.
                    expect(windowed?.items, `${name}:${i + 1}:${character + 1}`).toEqual(whole?.items);
                    compared++;
                }
            }
            expect(compared).toBeGreaterThan(50);
        }
    }, 60_000);

    test('after a header value (its CST node is no block): the header keywords', async () => {
        const items = await itemsAt('жоба "X" {\n    сома: 15 337 100\n    міндет 1 "a" { }\n    сома: 1\n    же<|>\n}');
        expect(labels(items)).toContain('жетекші');
    });
});
