import { describe, expect, test } from 'vitest';
import { expectFormatting } from 'langium/test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { grant, parse, readSpec } from './helpers.js';

const format = expectFormatting(grant);
const options = { tabSize: 4, insertSpaces: true };

async function formatted(text: string): Promise<string> {
    const doc = await parse(text, false);
    const edits = await grant.lsp.Formatter!.formatDocument(doc, { textDocument: { uri: doc.uri.toString() }, options });
    return TextDocument.applyEdits(doc.textDocument, edits);
}

/** What a file says, as the model reads it: every indicator's plan, fact and verdict. */
async function meaning(text: string): Promise<string> {
    const doc = await parse(text, false);
    const model = grant.model.Evaluator.get(doc);
    return JSON.stringify({
        errors: doc.parseResult.parserErrors.length + doc.parseResult.lexerErrors.length,
        indicators: model.projects.flatMap(p => p.indicators.map(i => [i.name, i.plan?.raw.replace(/\s+/g, ' '), i.fact?.raw.replace(/\s+/g, ' '), i.verdict.status, i.verdict.ratio])),
        values: [...model.values.values()].map(v => v.parts.map(p => p.n))
    });
}

const examplesDir = fileURLToPath(new URL('../examples/', import.meta.url));
const files: [string, string][] = [
    ['syntax-by-example.grant', readSpec()],
    ...readdirSync(examplesDir).filter(f => f.endsWith('.grant')).map(f => [f, readFileSync(examplesDir + f, 'utf8')] as [string, string])
];

describe('formatting the spec file and the examples', () => {
    test.each(files)('%s: only whitespace changes, the meaning stays, and twice is once', async (_name, text) => {
        const once = await formatted(text);
        expect(once.replace(/\s+/g, '')).toBe(text.replace(/\s+/g, ''));
        // Every string, comment and number is kept as written.
        const nonSpace = (s: string) => s.match(/"[^"]*"|\/\/[^\n]*/g);
        expect(nonSpace(once)).toEqual(nonSpace(text));
        expect(await meaning(once)).toBe(await meaning(text));
        expect(await formatted(once)).toBe(once);
    });

    test('the spec keeps its shape: 4 spaces per block, aligned plan and fact columns', async () => {
        const once = await formatted(readSpec());
        const lines = once.split('\n');
        const row = (name: string) => lines.find(l => l.includes(`көрсеткіш "${name}"`))!;
        const rows = ['Кездесулер кестесі', 'Кездесулер бағдарламасы', 'Қатысушылар саны', 'Видеороликтың қаралым саны', 'Фото'].map(row);
        expect(new Set(rows.map(r => r.indexOf('жоспар:'))).size).toBe(1);
        expect(new Set(rows.map(r => r.indexOf('факт:'))).size).toBe(1);
        expect(rows.every(r => r.startsWith(' '.repeat(12) + 'көрсеткіш'))).toBe(true);
        expect(lines.find(l => l.includes('ауытқу: "Жоспар пайызбен'))!.startsWith(' '.repeat(16) + 'ауытқу')).toBe(true);
        expect(once.endsWith('}\n')).toBe(true);
    });
});

describe('formatting rules', () => {
    test('indentation by block, continuation lines one level deeper, blank lines kept (one at most)', async () => {
        await format({
            before: [
                'жоба "X"   {',
                '  міндет 1 "a"{',
                'іс-шара 1 "b" {',
                '      мерзімі:   наурыз - қараша   ',
                '',
                '',
                '',
                '  көрсеткіш "Фото" жоспар: кемінде 5 факт: 7',
                '  ауытқу: "себебі"',
                '     }',
                '}',
                '    серіктес "С" рөлі: "р"',
                'ескерту: "е"',
                '}'
            ].join('\n'),
            after: [
                'жоба "X" {',
                '    міндет 1 "a" {',
                '        іс-шара 1 "b" {',
                '            мерзімі: наурыз - қараша',
                '',
                '            көрсеткіш "Фото" жоспар: кемінде 5 факт: 7',
                '                ауытқу: "себебі"',
                '        }',
                '    }',
                '    серіктес "С" рөлі: "р"',
                '        ескерту: "е"',
                '}',
                ''
            ].join('\n')
        });
    });

    test('single-line indicators of one activity share the жоспар and факт columns', async () => {
        await format({
            before: [
                'жоба "X" {',
                '    міндет 1 "a" {',
                '        іс-шара 1 "b" {',
                '            көрсеткіш "Фото" жоспар: кемінде 5 факт: 7',
                '            көрсеткіш "Қатысушылар саны" жоспар:    200 адам факт: 250   // жақсы',
                '            көрсеткіш "Видео" факт: 2',
                '        }',
                '    }',
                '}',
                ''
            ].join('\n'),
            after: [
                'жоба "X" {',
                '    міндет 1 "a" {',
                '        іс-шара 1 "b" {',
                '            көрсеткіш "Фото"              жоспар: кемінде 5  факт: 7',
                '            көрсеткіш "Қатысушылар саны"  жоспар: 200 адам   факт: 250   // жақсы',
                '            көрсеткіш "Видео"                                факт: 2',
                '        }',
                '    }',
                '}',
                ''
            ].join('\n')
        });
    });

    test('never inside a value: «1  000» stays two numbers, strings and comments stay as written', async () => {
        const text = 'жоба "X" {\n  сома: 1  000   теңге\n  мақсат: "a   b\n     c"\n  /* x\n     y */\n}\n';
        const out = await formatted(text);
        expect(out).toBe('жоба "X" {\n    сома: 1  000   теңге\n    мақсат: "a   b\n     c"\n    /* x\n     y */\n}\n');
    });

    test('narrative lines go one level under «сипаттама», the closing quote at its level; other strings stay', async () => {
        const text = 'жоба "X" {\n  міндет 1 "a" {\n сипаттама: "\n   Бірінші абзац.\n\n        - тізім\n | 1 | 2 |\n   "\n  мақсат: "a\n     b"\n  }\n}\n';
        const out = await formatted(text);
        expect(out).toBe('жоба "X" {\n    міндет 1 "a" {\n        сипаттама: "\n            Бірінші абзац.\n\n            - тізім\n            | 1 | 2 |\n        "\n        мақсат: "a\n     b"\n    }\n}\n');
        expect(await formatted(out)).toBe(out);
    });

    test('a file with errors is still only re-spaced', async () => {
        const text = 'жоба "X" {\n міндет 1 "a" {\n   іс-шара 1 "b" { көрсеткіш жоспар: ?? 5\n}\n';
        const out = await formatted(text);
        expect(out.replace(/\s+/g, '')).toBe(text.replace(/\s+/g, ''));
        expect(await formatted(out)).toBe(out);
    });

    test('range formatting touches only the range', async () => {
        const text = 'жоба "X" {\n  аумақ:   "А"\n  мақсат:   "Б"\n}\n';
        const doc = await parse(text, false);
        const edits = await grant.lsp.Formatter!.formatDocumentRange(doc, {
            textDocument: { uri: doc.uri.toString() }, options,
            range: { start: { line: 2, character: 0 }, end: { line: 2, character: 14 } }
        });
        expect(TextDocument.applyEdits(doc.textDocument, edits)).toBe('жоба "X" {\n  аумақ:   "А"\n    мақсат: "Б"\n}\n');
    });
});

describe('texts the line recovery put in quotes', () => {
    test('a title or a value without quotes: only whitespace changes, the «{» stays one', async () => {
        const text = 'жоба "Т" {\n  гранталушы:   Жас қанат\n    міндет 1 Оқыту   {\n  іс-шара 1 Курс {\n орны: "Орал"\n  көрсеткіш Фото жоспар: 10\n }\n }\n}\n';
        expect(await formatted(text)).toBe('жоба "Т" {\n    гранталушы: Жас қанат\n    міндет 1 Оқыту {\n        іс-шара 1 Курс {\n            орны: "Орал"\n            көрсеткіш Фото жоспар: 10\n        }\n    }\n}\n');
    });
});
