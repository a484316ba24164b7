import { describe, expect, test } from 'vitest';
import { expectSymbols, expectWorkspaceSymbols, highlightHelper } from 'langium/test';
import type { DocumentSymbol } from 'vscode-languageserver';
import { grant, parse, readSpec, services } from './helpers.js';
import { FACT_MET, FACT_UNMET } from '../language/src/lsp/semantic-tokens.js';

function tree(symbols: DocumentSymbol[], depth = 0, out: string[] = []): string[] {
    for (const s of symbols) {
        out.push(`${'  '.repeat(depth)}${s.name}${s.detail ? ` [${s.detail}]` : ''}`);
        tree(s.children ?? [], depth + 1, out);
    }
    return out;
}

describe('outline', () => {
    test('project → tasks → activities → indicators, numbered', async () => {
        await expectSymbols(grant)({
            text: readSpec(),
            disposeAfterCheck: true,
            assert: symbols => {
                const lines = tree(symbols);
                expect(lines[0]).toBe('Birgemiz: Bilim [16/20]');
                expect(lines).toContain('  1. Мүдделі топ өкілдерінің қажеттіліктеріне сай келетін волонтер-оқытушылардың жұмысын ұйымдастыру [6/7]');
                expect(lines).toContain('    1.2 Ауылдық елді-мекендегі білім алушылардың қажеттіліктерін анықтау үшін сауалнама жүргізу [1/2]');
                expect(lines).toContain('      Қатысушылар саны [✔ кемінде 200 адам → 698]');
                expect(lines).toContain('  2. Ағылшын тілін оқыту курсын ұйымдастыру [5/7]');
                expect(lines).toContain('      Қатысушылардың қанағаттану деңгейі [… кемінде 70% → —]');
                // The other blocks, in document order.
                const top = symbols[0].children!.map(s => s.name);
                expect(top).toEqual(['команда', top[1], top[2], 'Волонтерларды іріктеу және оқыту', 'әсер', 'статистика',
                    'БҚО Білім басқармасы', 'қорытынды', 'Жастар туризмін дамыту мен лагерлерін өткізу жөніндегі жоба «JasTour»',
                    'Батыс Қазақстан облысы Жастар саясаты мәселелері басқармасы']);
                const task1 = symbols[0].children![1];
                expect(task1.children!.map(a => a.name.slice(0, 4))).toEqual(['1.1 ', '1.2 ']);
                expect(task1.children![0].children!.map(i => i.name)).toEqual([
                    'Кездесулер кестесі', 'Кездесулер бағдарламасы', 'Қатысушылар саны', 'Видеороликтың қаралым саны', 'Фото'
                ]);
                // Ranges nest: a child lies inside its parent.
                const inside = (a: DocumentSymbol, b: DocumentSymbol) => a.range.start.line >= b.range.start.line && a.range.end.line <= b.range.end.line;
                expect(inside(task1.children![0], task1)).toBe(true);
            }
        });
    });

    test('a task without a number gets its place', async () => {
        await expectSymbols(grant)({
            text: 'жоба "X" {\n    міндет "Бірінші" {\n        іс-шара "А" {\n        }\n    }\n    міндет "Екінші" {\n    }\n}',
            disposeAfterCheck: true,
            assert: symbols => expect(tree(symbols)).toEqual(['X', '  1. Бірінші', '    1.1 А [іс-шара]', '  2. Екінші'])
        });
    });
});

describe('workspace symbols', () => {
    test('tasks, activities and indicators of every open file, forgiving the keyboard', async () => {
        const doc = await parse(readSpec(), false);
        try {
            await expectWorkspaceSymbols(services.shared)({
                query: 'kezdesu',
                assert: symbols => {
                    const names = symbols.map(s => s.name);
                    expect(names).toEqual(expect.arrayContaining(['Кездесулер кестесі', 'Кездесулер бағдарламасы']));
                    const one = symbols.find(s => s.name === 'Кездесулер кестесі' && (s.location as { uri: string }).uri === doc.uri.toString())!;
                    expect(one.containerName).toBe('1.1');
                }
            });
            await expectWorkspaceSymbols(services.shared)({
                query: 'агылшын',
                assert: symbols => expect(symbols.map(s => s.name)).toEqual(expect.arrayContaining(['2. Ағылшын тілін оқыту курсын ұйымдастыру', '2.1 Ағылшын тілін оқыту курсы']))
            });
        } finally {
            await services.shared.workspace.DocumentBuilder.update([], [doc.uri]);
        }
    });
});

describe('semantic tokens', () => {
    test('numbers, titles, indicator names and facts that meet or miss their plan', async () => {
        const highlight = highlightHelper(grant);
        const { tokens } = await highlight('жоба "X" {\n    міндет 1 "Т" {\n        іс-шара 2 "А" {\n            көрсеткіш "Фото" жоспар: кемінде 10 факт: 4\n            көрсеткіш "Видео" жоспар: 2 факт: 3\n        }\n    }\n}');
        const provider = grant.lsp.SemanticTokenProvider!;
        const met = provider.tokenModifiers[FACT_MET], unmet = provider.tokenModifiers[FACT_UNMET];
        const of = (text: string) => tokens.filter(tk => tk.text === text);
        expect(of('1')[0].tokenType).toBe('number');
        expect(of('2').map(tk => tk.tokenType)).toContain('number');
        expect(of('"Т"')[0].tokenType).toBe('class');
        expect(of('"А"')[0].tokenType).toBe('function');
        expect(of('"Фото"')[0].tokenType).toBe('property');
        expect(of('4')[0].tokenModifiers & unmet).toBe(unmet);
        expect(of('3')[0].tokenModifiers & met).toBe(met);
        expect(provider.semanticTokensOptions.legend.tokenModifiers).toEqual(expect.arrayContaining([FACT_MET, FACT_UNMET]));
    });
});
