// Narrative texts: how a `сипаттама: "…"` text is read (paragraphs, bullets, numbered items,
// «|» tables), where the language accepts it, and what the model carries.
import { describe, expect, test } from 'vitest';
import { parseNarrative } from '../language/src/narrative.js';
import { grant, parse, readExample } from './helpers.js';

describe('reading a narrative text', () => {
    test('a line is a paragraph; blank lines and indentation do not count', () => {
        expect(parseNarrative('\n    Бірінші абзац.\n\n      Екінші   абзац.\n')).toEqual([
            { kind: 'paragraph', text: 'Бірінші абзац.' },
            { kind: 'paragraph', text: 'Екінші абзац.' }
        ]);
    });

    test('«- », «• », «· » start bullet items; a paragraph ends the list', () => {
        expect(parseNarrative('Нәтижесінде:\n- бірі;\n· екіншісі;\n• үшіншісі.\nСоңы.')).toEqual([
            { kind: 'paragraph', text: 'Нәтижесінде:' },
            { kind: 'bullets', items: ['бірі;', 'екіншісі;', 'үшіншісі.'] },
            { kind: 'paragraph', text: 'Соңы.' }
        ]);
    });

    test('numbered items keep the numbers as written, repeated ones too', () => {
        expect(parseNarrative('1. Бір.\n2. Екі.\n2. Тағы екі.\n3) Үш.')).toEqual([
            { kind: 'numbered', items: [
                { number: '1.', text: 'Бір.' }, { number: '2.', text: 'Екі.' },
                { number: '2.', text: 'Тағы екі.' }, { number: '3)', text: 'Үш.' }
            ] }
        ]);
    });

    test('«|» rows make a table: the first row is the header, a dash row is skipped', () => {
        expect(parseNarrative('| № | Бағыт | Өсім |\n|---|---|---|\n| 1 | Құқықтық сауаттылық | 24% |')).toEqual([
            { kind: 'table', header: ['№', 'Бағыт', 'Өсім'], rows: [['1', 'Құқықтық сауаттылық', '24%']] }
        ]);
    });

    test('a number without a dot, a dash inside a line and «2020 жылы» stay paragraphs', () => {
        expect(parseNarrative('1 іс-шара бойынша.\n2020 жылы волонтер - оқытушылар.').map(b => b.kind)).toEqual(['paragraph', 'paragraph']);
    });

    test('nothing written, nothing read', () => {
        expect(parseNarrative(undefined)).toEqual([]);
        expect(parseNarrative('  \n \n')).toEqual([]);
    });
});

describe('narrative in the language and the model', () => {
    const text = [
        'жоба "X" {',
        '    міндет 1 "Міндет" {',
        '        іс-шара 1 "Іс-шара" {',
        '            көрсеткіш "Саны" жоспар: 1 факт: 1',
        '            сипаттама: "',
        '                Алдымен мәтін.',
        '            "',
        '            оқыту-нәтижелері {',
        '                бағыт "Ағылшын тілі" ұзақтығы: 48 сағат бастапқы: 46% кейінгі: 75% өсім: 29%',
        '            }',
        '            сипаттама: "Содан кейін мәтін." орысша: "Затем текст."',
        '        }',
        '        сипаттама: "Міндеттің сипаттамасы."',
        '    }',
        '    статистика {',
        '        барлығы: 10',
        '        сипаттама: "Жобаға қатысушылар саны 10 адамды құрайды."',
        '    }',
        '}'
    ].join('\n');

    test('tasks, activities and statistics carry their account in the order written', async () => {
        const doc = await parse(text);
        expect(doc.parseResult.parserErrors).toEqual([]);
        const project = grant.model.Evaluator.get(doc).projects[0];
        const act = project.tasks[0].activities[0];
        expect(act.narrative.map(p => p.kind)).toEqual(['text', 'learning', 'text']);
        const last = act.narrative[2];
        expect(last.kind === 'text' && last.blocksRu).toEqual([{ kind: 'paragraph', text: 'Затем текст.' }]);
        expect(project.tasks[0].narrative.map(p => p.kind)).toEqual(['text']);
        expect(project.statistics?.narrative.length).toBe(1);
        expect(act.indicators.map(i => i.name)).toEqual(['Саны']);
    });

    test('a narrative outside its places is a syntax error with a position', async () => {
        const doc = await parse('жоба "X" {\n    сипаттама: "Жобаның сипаттамасы."\n}\n');
        expect(doc.parseResult.parserErrors.length).toBeGreaterThan(0);
        expect(doc.parseResult.parserErrors[0].token.startLine).toBe(2);
    });

    test('the example carries seed 001\'s account: the legal-literacy table, the bullets, the five principles', async () => {
        const doc = await parse(readExample('birgemiz-bilim.grant'));
        expect(doc.parseResult.parserErrors).toEqual([]);
        const project = grant.model.Evaluator.get(doc).projects[0];
        const task5 = project.tasks[4].narrative.flatMap(p => (p.kind === 'text' ? p.blocks : []));
        expect(task5.find(b => b.kind === 'table')).toMatchObject({ rows: [['1', 'Құқықтық сауаттылық', '8 сағат', '66%', '90%', '24%']] });
        const act71 = project.tasks[6].activities[0].narrative;
        expect(act71.map(p => p.kind)).toEqual(['text', 'learning', 'text']);
        const blocks = act71.flatMap(p => (p.kind === 'text' ? p.blocks : []));
        expect(blocks.find(b => b.kind === 'bullets')).toMatchObject({ items: expect.arrayContaining([expect.stringMatching(/^Онлайн форматта/)]) });
        const principles = blocks.find(b => b.kind === 'numbered');
        expect(principles?.kind === 'numbered' && principles.items.map(i => i.number)).toEqual(['1.', '2.', '2.', '3.', '4.', '5.']);
        expect(project.tasks[0].activities[2].narrative.map(p => p.kind)).toEqual(['text', 'council', 'text']);
    });
});

describe('narrative in the editor', () => {
    const text = [
        'жоба "X" {',
        '    міндет 1 "Міндет" {',
        '        іс-шара 1 "Іс-шара" {',
        '            сипаттама: "',
        '                Бірінші абзац.',
        '                - тізім',
        '            "',
        '        }',
        '    }',
        '}'
    ].join('\n');

    test('a narrative over several lines folds, from «сипаттама» to its closing quote', async () => {
        const doc = await parse(text);
        const ranges = await grant.lsp.FoldingRangeProvider!.getFoldingRanges(doc, { textDocument: { uri: doc.uri.toString() } });
        expect(ranges.some(r => r.startLine === 3 && r.endLine >= 5)).toBe(true);
    });

    test('the outline shows the account under its activity, with its first words', async () => {
        const doc = await parse(text);
        const symbols = await grant.lsp.DocumentSymbolProvider!.getSymbols(doc, { textDocument: { uri: doc.uri.toString() } });
        const activity = symbols[0].children![0].children![0];
        expect(activity.children!.map(c => [c.name, c.detail])).toEqual([['сипаттама', 'Бірінші абзац.…']]);
    });
});
