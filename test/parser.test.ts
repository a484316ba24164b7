/**
 * The grammar: the normative spec and both examples parse with no parse
 * diagnostics; Kazakh text hygiene (NBSP, NFC); error recovery.
 */
import { describe, expect, test } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver';
import { grant, parse, readExample, readSpec } from './helpers.js';
import { diagnosticCode } from '../server/src/diagnostics.js';

const parseProblems = (diagnostics: Diagnostic[] | undefined) =>
    (diagnostics ?? []).filter(d => ['parse', 'link', 'value'].includes(diagnosticCode(d)));

describe('the normative syntax and the examples', () => {
    test.each([
        ['spec', () => readSpec()],
        ['birgemiz-bilim.grant', () => readExample('birgemiz-bilim.grant')],
        ['teng-mumkindik.grant', () => readExample('teng-mumkindik.grant')]
    ])('%s parses with no parse, link or value diagnostics', async (_name, read) => {
        const doc = await parse(read());
        expect(doc.parseResult.lexerErrors).toEqual([]);
        expect(doc.parseResult.parserErrors).toEqual([]);
        const problems = parseProblems(doc.diagnostics).filter(d => !(d.severity === 2 && diagnosticCode(d) === 'value'));
        expect(problems.map(d => d.message)).toEqual([]);
    });

    test('the spec example is read completely', async () => {
        const doc = await parse(readSpec());
        const project = doc.parseResult.value.projects[0];
        expect(project.name).toBe('Birgemiz: Bilim');
        expect(project.grantee).toBe('«Жас қанат» жастар қоғамдық бірлестігі');
        expect(project.teams[0].members.map(m => m.kind)).toEqual(['қызметкер', 'маман']);
        expect(project.tasks.map(t => t.activities.length)).toEqual([2, 1]);
        expect(project.partners[0].name).toBe('БҚО Білім басқармасы');
        expect(project.proposals[0].sum?.tokens.join(' ')).toContain('20 000 000');
        expect(project.recommendations[0].letter).toBe('25 қараша 2020 жыл. №52 хат');
        const model = grant.model.Evaluator.get(doc).projects[0];
        expect(model.period?.period).toEqual({ start: '2020-03-01', end: '2020-11-30' });
        expect(model.tasks[0].activities[0].period?.period).toEqual({ start: '2020-03-01', end: '2020-11-30' });
        expect(model.indicators).toHaveLength(20);
        expect(model.statistics?.total).toBe(1728);
        expect(model.statistics?.ages.map(a => a.key)).toEqual(['13-16', '17-22', '23-27', '28-32', '33-45', '46-58', '59+']);
        expect(model.sum?.parts[0]).toMatchObject({ n: 15337100, unit: 'теңге' });
    });

    test('birgemiz-bilim.grant holds all of seed 001', async () => {
        const doc = await parse(readExample('birgemiz-bilim.grant'));
        const p = grant.model.Evaluator.get(doc).projects[0];
        expect(p.tasks).toHaveLength(7);
        expect(p.tasks.flatMap(t => t.activities).map(a => a.label)).toEqual(['1.1', '1.2', '1.3', '1.4', '2.1', '3.1', '4.1', '5.1', '6.1', '7.1', '7.2']);
        expect(p.infoWorks.flatMap(i => i.publications)).toHaveLength(24);
        expect(p.node.partners).toHaveLength(19);
        expect(p.impact).toHaveLength(9);
        expect(p.statistics).toMatchObject({ total: 1728, men: 565, women: 1163 });
        expect(p.sum?.words?.value).toBe(15337100);
    });

    test('teng-mumkindik.grant holds the whole plan of seed 002', async () => {
        const doc = await parse(readExample('teng-mumkindik.grant'));
        const p = grant.model.Evaluator.get(doc).projects[0];
        expect(p.tasks).toHaveLength(6);
        expect(p.node.teams[0].members).toHaveLength(4);
        expect(p.indicators.every(i => i.plan && !i.fact)).toBe(true);
        expect(p.presentations).toHaveLength(1);
        expect(p.impact).toHaveLength(6);
        expect(p.period?.period).toEqual({ start: '2025-05-01', end: '2025-10-31' });
    });
});

const wrap = (body: string) => `жоба "Т" {\n    кезең: 01.03.2020 - 30.11.2020\n${body}\n}\n`;

describe('text hygiene', () => {
    test('numbers grouped by NBSP and narrow NBSP are one number', async () => {
        const doc = await parse(wrap('    сома: 15\u00A0337\u202F100 теңге\n    статистика { барлығы: 1\u00A0728 }'));
        expect(doc.parseResult.parserErrors).toEqual([]);
        const p = grant.model.Evaluator.get(doc).projects[0];
        expect(p.sum?.parts[0].n).toBe(15337100);
        expect(p.statistics?.total).toBe(1728);
    });

    test('decomposed letters are normalised to NFC in the model and reported', async () => {
        const decomposed = 'Жобаны басқара\u0438\u0306ды';
        const doc = await parse(wrap(`    гранталушы: "${decomposed}"`));
        const project = doc.parseResult.value.projects[0];
        expect(project.grantee).toBe('Жобаны басқарайды');
        expect(project.grantee).toBe(project.grantee!.normalize('NFC'));
        const fmt = doc.diagnostics!.find(d => d.code === 'V-FMT-01');
        expect(fmt?.severity).toBe(2);
        expect(fmt?.message).toContain('NFC');
    });

    test('strings keep «» quotes and line breaks', async () => {
        const doc = await parse(wrap('    мақсат: "«Бірінші» жол\n    екінші жол"'));
        expect(doc.parseResult.value.projects[0].goal).toBe('«Бірінші» жол\n    екінші жол');
    });

    test('month ranges with - and – and a one-word range resolve against the period year', async () => {
        const body = (period: string) => `    міндет "М" { іс-шара "А" { мерзімі: ${period} орны: "Орал" көрсеткіш "Фото" жоспар: 1 } }`;
        for (const period of ['наурыз - қараша', 'Наурыз – Қараша', 'наурыз-қараша', '01.03.2020 — 30.11.2020']) {
            const doc = await parse(wrap(body(period)));
            expect(doc.parseResult.parserErrors).toEqual([]);
            const a = grant.model.Evaluator.get(doc).projects[0].tasks[0].activities[0];
            expect(a.period?.period, period).toEqual({ start: '2020-03-01', end: '2020-11-30' });
        }
    });

    test('a date written as «1 мамыр 2025 жыл» is read', async () => {
        const doc = await parse(`жоба "Т" { кезең: 1 мамыр 2025 жыл - 31 қазан 2025 жыл }`);
        expect(grant.model.Evaluator.get(doc).projects[0].period?.period).toEqual({ start: '2025-05-01', end: '2025-10-31' });
    });

    test('units that are also keywords and keywords inside value parentheses', async () => {
        const doc = await parse(wrap('    міндет "М" { іс-шара "А" {\n        көрсеткіш "Пост" жоспар: 5 жарияланым факт: 6\n        көрсеткіш "Тізім" жоспар: 2 тізім(7 медициналық қызметкер) факт: 2 тізім(7 медициналық қызметкер)\n    } }'));
        expect(doc.parseResult.parserErrors).toEqual([]);
        const inds = grant.model.Evaluator.get(doc).projects[0].indicators;
        expect(inds[0].plan?.parts[0]).toMatchObject({ n: 5, unit: 'жарияланым' });
        expect(inds[1].plan?.covers).toMatchObject({ n: 7, unit: 'адам' });
    });

    test('task and activity numbers are optional: auto-numbered in order, kept when written', async () => {
        const doc = await parse(wrap('    міндет "А" { іс-шара "а" {} іс-шара "б" {} }\n    міндет 2 "Б" { іс-шара 1 "в" {} }'));
        const p = grant.model.Evaluator.get(doc).projects[0];
        expect(p.tasks.map(t => [t.number, t.numberWritten])).toEqual([[1, false], [2, true]]);
        expect(p.tasks.flatMap(t => t.activities.map(a => a.label))).toEqual(['1.1', '1.2', '2.1']);
    });

    test('keywords are case-insensitive', async () => {
        const doc = await parse('Жоба "Т" { Гранталушы: "А" Міндет "М" { Іс-шара "а" { Көрсеткіш "Фото" Жоспар: Кемінде 5 Факт: 7 } } }');
        expect(doc.parseResult.parserErrors).toEqual([]);
        expect(grant.model.Evaluator.get(doc).projects[0].indicators[0].verdict.status).toBe('met');
    });
});

describe('error recovery', () => {
    test('a garbled indicator line in the middle of an example gives one diagnostic there and the rest still evaluates', async () => {
        const text = readExample('birgemiz-bilim.grant');
        const lines = text.split('\n');
        const target = lines.findIndex(l => l.includes('көрсеткіш "Кездесулер хаттамасы"'));
        expect(target).toBeGreaterThan(0);
        lines[target] = lines[target].replace('жоспар:', 'жоспар').replace('көрсеткіш', 'көрсеткш');
        const doc = await parse(lines.join('\n'));
        const errors = doc.diagnostics!.filter(d => d.severity === 1);
        expect(errors.length).toBeGreaterThanOrEqual(1);
        expect(errors.every(d => d.range.start.line === target)).toBe(true);
        // The misspelt keyword is named with its fix; the missing «:» after it too.
        expect(errors[0].message).toBe('белгісіз сөз «көрсеткш»: «көрсеткіш» деп жазғыңыз келді ме?');
        expect(errors.some(d => /күтілген|болмауы керек/.test(String(d.message)))).toBe(true);
        const p = grant.model.Evaluator.get(doc).projects[0];
        // Every other indicator of the file is still there and judged.
        expect(p.indicators.length).toBeGreaterThanOrEqual(100);
        expect(p.indicators.find(i => i.name === 'Видеороликтың қаралым саны')?.verdict.status).toBe('over');
        expect(p.tasks).toHaveLength(7);
    });

    test('parse errors name what was expected, in Kazakh by default', async () => {
        const doc = await parse('жоба "Т" {\n    гранталушы "А"\n}');
        const d = doc.diagnostics!.find(x => x.severity === 1)!;
        expect(d.range.start.line).toBe(1);
        expect(d.message).toBe('Бұл жерде «:» күтілген, бірақ «"А"» жазылған.');
    });

    test('nothing crashes on arbitrary input', async () => {
        const pieces = ['жоба', '"а"', '{', '}', 'міндет', 'іс-шара', 'көрсеткіш', 'жоспар:', 'факт:', 'кемінде', '5', '1 000', '%', '/', '(', ')', '01.13.2020', 'наурыз', '-', '\u00A0', '«', '»', '\n', 'оның ішінде', 'статистика', 'барлығы:', '😀', '\u0000'];
        let seed = 7;
        const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
        for (let i = 0; i < 60; i++) {
            const text = Array.from({ length: 40 }, () => pieces[Math.floor(rnd() * pieces.length)]).join(' ');
            const doc = await parse(text);
            expect(doc.diagnostics).toBeDefined();
            grant.model.Evaluator.get(doc);
        }
    });
});
