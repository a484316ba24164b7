/**
 * Line-level recovery (language/src/recovery.ts): one slip is reported on its line, with its
 * fix, and every other check of the file still runs.
 */
import { describe, expect, test } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { AstUtils } from 'langium';
import type { CodeAction, Diagnostic } from 'vscode-languageserver';
import { BASE, grant, parse } from './helpers.js';
import { setLanguage } from '../language/src/i18n.js';

const msg = (d: Diagnostic) => String(d.message);
const line = (text: string, needle: string) => text.split('\n').findIndex(l => l.includes(needle));

async function fixesFor(text: string, d: Diagnostic) {
    const doc = await parse(text);
    const actions = (await grant.lsp.CodeActionProvider!.getCodeActions(doc, {
        textDocument: { uri: doc.uri.toString() }, range: d.range, context: { diagnostics: [d] }
    })) as CodeAction[];
    const apply = (a: CodeAction) => TextDocument.applyEdits(TextDocument.create('x', 'grant', 1, text), Object.values(a.edit!.changes!)[0]);
    return { actions, apply };
}

/** Diagnostics of the unbroken fixture, to compare with: the slip must add its own and take nothing away. */
async function baseline() {
    return (await parse(BASE)).diagnostics!.filter(d => d.severity! <= 2).map(msg);
}

describe('a misspelt keyword at the start of a line', () => {
    test.each([
        ['көрсеткш', 'a letter left out'],
        ['korsetkish', 'Latin layout'],
        ['корсеткиш', 'Russian layout']
    ])('«%s» (%s): «белгісіз сөз …: «көрсеткіш» деп жазғыңыз келді ме?», the indicator still read', async (typo) => {
        const text = BASE.replace('көрсеткіш "Фото" жоспар: 10 факт: 12', `${typo} "Фото" жоспар: 10 факт: 12`);
        const doc = await parse(text);
        const errors = doc.diagnostics!.filter(d => d.severity === 1);
        expect(errors.map(msg)).toEqual([`белгісіз сөз «${typo}»: «көрсеткіш» деп жазғыңыз келді ме?`]);
        expect(errors[0].range.start).toEqual({ line: line(text, typo), character: text.split('\n')[line(text, typo)].indexOf(typo) });
        expect(errors[0].range.end.character - errors[0].range.start.character).toBe(typo.length);
        const model = grant.model.Evaluator.get(doc).projects[0];
        const before = grant.model.Evaluator.get(await parse(BASE)).projects[0].indicators.find(i => i.name === 'Фото')!;
        expect(model.indicators.find(i => i.name === 'Фото')?.verdict).toEqual(before.verdict);
        const { actions, apply } = await fixesFor(text, errors[0]);
        expect(actions[0].title).toBe('«көрсеткіш» деп түзету');
        expect(apply(actions[0])).toBe(BASE);
    });

    test('in Russian and English too', async () => {
        const text = BASE.replace('көрсеткіш "Фото"', 'көрсеткш "Фото"');
        try {
            setLanguage('ru');
            expect((await parse(text)).diagnostics!.filter(d => d.severity === 1).map(msg)).toEqual(['неизвестное слово «көрсеткш»: вы хотели написать «көрсеткіш»?']);
            setLanguage('en');
            expect((await parse(text)).diagnostics!.filter(d => d.severity === 1).map(msg)).toEqual(['unknown word «көрсеткш»: did you mean «көрсеткіш»?']);
        } finally {
            setLanguage('kk');
        }
    });

    test('the project\'s «кезең:» in an activity is read as its «мерзімі:», one warning, nothing else lost; the fix writes «мерзімі»', async () => {
        const text = BASE.replace('            мерзімі: 01.04.2020 - 30.06.2020', '            кезең: 01.04.2020 - 30.06.2020');
        expect(text).not.toBe(BASE);
        const doc = await parse(text);
        const found = doc.diagnostics!.filter(d => String(d.message).includes('бұл жерде жазылмайды'));
        expect(found.map(msg)).toEqual(['«кезең» бұл жерде жазылмайды: «іс-шара» ішінде ол «мерзімі» деп жазылады, сондықтан солай оқылды.']);
        expect(found[0].severity).toBe(2);
        expect(found[0].range.start).toEqual({ line: line(text, '            кезең: 01.04'), character: 12 });
        // Every other finding of the file as before: the activity is not closed at that line.
        expect(doc.diagnostics!.filter(d => d.severity! <= 2 && d !== found[0]).map(msg)).toEqual(await baseline());
        const period = (d: typeof doc) => grant.model.Evaluator.get(d).projects[0].tasks.flatMap(t => t.activities).map(a => a.period?.period);
        expect(period(doc)).toEqual(period(await parse(BASE)));
        const { actions, apply } = await fixesFor(text, found[0]);
        expect(actions[0].title).toBe('«мерзімі» деп түзету');
        expect(apply(actions[0])).toBe(BASE);
    });

    test('an activity\'s «мерзімі:» in the project header is read as its «кезең:»', async () => {
        const text = BASE.replace('    кезең: 01.03.2020 - 30.11.2020', '    мерзімі: 01.03.2020 - 30.11.2020');
        const doc = await parse(text);
        expect(doc.diagnostics!.filter(d => d.severity! <= 2).map(msg)).toEqual([
            '«мерзімі» бұл жерде жазылмайды: «жоба» ішінде ол «кезең» деп жазылады, сондықтан солай оқылды.', ...await baseline()
        ]);
        expect(grant.model.Evaluator.get(doc).projects[0].period?.period).toEqual(grant.model.Evaluator.get(await parse(BASE)).projects[0].period?.period);
    });

    test('a misspelt field name before «:» too (мерзмі: → мерзімі:)', async () => {
        const text = BASE.replace('мерзімі: наурыз - қараша', 'мерзмі: наурыз - қараша');
        const errors = (await parse(text)).diagnostics!.filter(d => d.severity === 1);
        expect(errors.map(msg)).toEqual(['белгісіз сөз «мерзмі»: «мерзімі» деп жазғыңыз келді ме?']);
    });

    test('the rest of the file keeps every check', async () => {
        const before = await baseline();
        const doc = await parse(BASE.replace('көрсеткіш "Сауалнама"', 'көрсетш "Сауалнама"'));
        const after = doc.diagnostics!.filter(d => d.severity! <= 2).map(msg);
        expect(after.filter(m => !before.includes(m))).toEqual(['белгісіз сөз «көрсетш»: «көрсеткіш» деп жазғыңыз келді ме?']);
        expect(before.filter(m => !after.includes(m))).toEqual([]);
    });
});

describe('a value ends at the end of its line', () => {
    test('a note typed under «факт: 12» is its own error, not the fact\'s unit', async () => {
        const text = BASE.replace('көрсеткіш "Фото" жоспар: 10 факт: 12', 'көрсеткіш "Фото" жоспар: 10 факт: 12\n            Фото кейін қосамын');
        const doc = await parse(text);
        const errors = doc.diagnostics!.filter(d => d.severity === 1);
        expect(errors.map(msg)).toEqual(['Бұл жол ешбір өріске жатпайды, сондықтан оқылмады: «Фото кейін қосамын». Түсініктеме болса, басына // қойыңыз; ескерту болса, ескерту: "…" деп жазыңыз.']);
        expect(errors[0].range).toEqual({ start: { line: line(text, 'кейін'), character: 12 }, end: { line: line(text, 'кейін'), character: 30 } });
        const model = grant.model.Evaluator.get(doc).projects[0];
        const photo = model.indicators.find(i => i.name === 'Фото')!;
        expect(photo.fact?.raw).toBe('12');
        // No unit mismatch: the note is not the fact's unit.
        expect(doc.diagnostics!.filter(d => d.range.start.line === line(text, 'Фото" жоспар') && d.severity! <= 2)).toEqual([]);
        const { actions, apply } = await fixesFor(text, errors[0]);
        expect(actions[0].title).toBe('Жолды түсініктемеге айналдыру (//)');
        expect(apply(actions[0])).toContain('\n            // Фото кейін қосамын');
        expect((await parse(apply(actions[0]))).diagnostics!.filter(d => d.severity === 1)).toEqual([]);
    });

    test('unless the line ends with «,» or inside a parenthesis', async () => {
        const text = BASE.replace('қатысушылар: 20 "Волонтерлер", 200 "Оқушылар"', 'қатысушылар: 20 "Волонтерлер",\n                200 "Оқушылар"')
            .replace('жоспар: кемінде 200 адам факт: 200', 'жоспар: кемінде 200 адам (әр\n                кездесуден) факт: 200');
        const doc = await parse(text);
        expect(doc.diagnostics!.filter(d => d.severity === 1).map(msg)).toEqual([]);
    });

    test('statistics keys, age brackets and publications still start their lines', async () => {
        const doc = await parse(BASE);
        expect(doc.diagnostics!.filter(d => d.severity === 1).map(msg)).toEqual([]);
        expect(doc.parseResult.lexerReport?.diagnostics ?? []).toEqual([]);
    });

    test('a block under an unknown word is set aside whole, and the blocks after it are read', async () => {
        const text = BASE.replace('міндет 2 "Қорытынды" {', 'миссия 2 "Қорытынды" {');
        const doc = await parse(text);
        const errors = doc.diagnostics!.filter(d => d.severity === 1);
        expect(errors.map(msg)).toEqual(['белгісіз сөз «миссия»: бұл блок оқылмады. Блоктың кілт сөзін тексеріңіз (мысалы «міндет», «іс-шара», «әсер»).']);
        expect(doc.parseResult.value.projects[0].infoWorks).toHaveLength(1);
    });
});

describe('text without quotes where a quoted text goes', () => {
    test('гранталушы: «Жас қанат» ЖҚБ — read as the text, a warning and a one-click fix', async () => {
        const text = BASE.replace('гранталушы: "Жас қанат жастар қоғамдық бірлестігі"', 'гранталушы: «Жас қанат» жастар қоғамдық бірлестігі  // атауы');
        const doc = await parse(text);
        expect(doc.diagnostics!.filter(d => d.severity === 1)).toEqual([]);
        const warning = doc.diagnostics!.find(d => msg(d).includes('тырнақшаға алынбаған'))!;
        expect(msg(warning)).toBe('«гранталушы» мәтіні тырнақшаға алынбаған: "«Жас қанат» жастар қоғамдық бірлестігі" деп жазыңыз.');
        expect(warning.severity).toBe(2);
        expect(doc.parseResult.value.projects[0].grantee).toBe('«Жас қанат» жастар қоғамдық бірлестігі');
        const { actions, apply } = await fixesFor(text, warning);
        expect(actions[0].title).toBe('Мәтінді тырнақшаға алу');
        expect(apply(actions[0])).toContain('гранталушы: "«Жас қанат» жастар қоғамдық бірлестігі"  // атауы');
    });

    test('the text stops before the next «keyword:» on the line', async () => {
        const text = BASE.replace('жетекші: "Сейтимов Азат Галимович"', 'жетекші: Сейтимов Азат Галимович');
        const doc = await parse(text);
        expect(doc.diagnostics!.filter(d => d.severity === 1)).toEqual([]);
        expect(doc.parseResult.value.projects[0].head).toBe('Сейтимов Азат Галимович');
        expect(doc.parseResult.value.projects[0].headPosition).toBe('Төраға');
    });

    test('an unclosed quote at the end of the file is closed in one click', async () => {
        const text = 'жоба "Т" {\n    тақырып: "Ауыл мектептері\n}\n';
        const doc = await parse(text);
        const errors = doc.diagnostics!.filter(d => d.severity === 1 && (d.data as { code?: string }).code === 'lexing-error');
        expect(errors.map(msg)).toEqual(['«тақырып» мәтінінің тырнақшасы жабылмаған: жолдың соңына " қойыңыз.']);
        expect(doc.parseResult.value.projects[0].topic).toBe('Ауыл мектептері');
        const { actions, apply } = await fixesFor(text, errors[0]);
        expect(apply(actions[0])).toBe('жоба "Т" {\n    тақырып: "Ауыл мектептері"\n}\n');
    });
});

describe('a title written without quotes (міндет 1 Атауы {)', () => {
    test('a task title: read as the title, one warning on it, a one-click fix, every other check stays', async () => {
        const text = BASE.replace('міндет 1 "Оқыту" {', 'міндет 1 Волонтерлерді оқыту {');
        const doc = await parse(text);
        expect(doc.diagnostics!.filter(d => d.severity === 1)).toEqual([]);
        const warnings = doc.diagnostics!.filter(d => msg(d).includes('тырнақшаға алынбаған'));
        expect(warnings.map(msg)).toEqual(['«міндет» атауы тырнақшаға алынбаған: "Волонтерлерді оқыту" деп жазыңыз.']);
        const at = line(text, 'Волонтерлерді оқыту');
        expect(warnings[0].range).toEqual({ start: { line: at, character: 13 }, end: { line: at, character: 32 } });
        expect(warnings[0].severity).toBe(2);
        expect(doc.parseResult.value.projects[0].tasks[0].title).toBe('Волонтерлерді оқыту');
        expect(doc.diagnostics!.filter(d => d.severity! <= 2 && d !== warnings[0]).map(msg)).toEqual(await baseline());
        const { actions, apply } = await fixesFor(text, warnings[0]);
        expect(actions[0].title).toBe('Мәтінді тырнақшаға алу');
        expect(apply(actions[0])).toBe(BASE.replace('міндет 1 "Оқыту" {', 'міндет 1 "Волонтерлерді оқыту" {'));
    });

    test('an activity with a comment, an indicator before «жоспар:», a team member before «лауазымы:»', async () => {
        const text = BASE.replace('іс-шара 2 "Сауалнама" {', 'іс-шара 2 Сауалнама  // мектептерде\n        {')
            .replace('көрсеткіш "Фото" жоспар: 10', 'көрсеткіш Фото, видео жоспар: 10');
        const doc = await parse(text);
        expect(doc.diagnostics!.filter(d => d.severity === 1).map(msg)).toEqual([]);
        expect(doc.diagnostics!.filter(d => msg(d).includes('атауы тырнақшаға')).map(msg)).toEqual([
            '«көрсеткіш» атауы тырнақшаға алынбаған: "Фото, видео" деп жазыңыз.',
            '«іс-шара» атауы тырнақшаға алынбаған: "Сауалнама" деп жазыңыз.'
        ]);
        const task = doc.parseResult.value.projects[0].tasks[0];
        expect(task.activities[1].title).toBe('Сауалнама');
        expect(task.activities[0].indicators[1].name).toBe('Фото, видео');
        expect(task.activities[0].indicators[1].plan?.$cstNode?.text).toBe('10');
        const member = await parse('жоба "Т" {\n    команда {\n        маман Әлиев Асқар лауазымы: "Тренер"\n    }\n}\n');
        expect(member.parseResult.parserErrors).toEqual([]);
        expect(member.parseResult.value.projects[0].teams[0].members[0]).toMatchObject({ name: 'Әлиев Асқар', position: 'Тренер' });
    });

    test('a colon after the keyword (міндет 1: "Оқыту") is left out with a warning and a one-click fix', async () => {
        const text = BASE.replace('міндет 1 "Оқыту" {', 'міндет 1: "Оқыту" {');
        const doc = await parse(text);
        expect(doc.diagnostics!.filter(d => d.severity === 1)).toEqual([]);
        const warning = doc.diagnostics!.find(d => msg(d).includes('қос нүкте'))!;
        expect(msg(warning)).toBe('«міндет» атауының алдында қос нүкте («:») керек емес: оны өшіріңіз.');
        const at = line(text, 'міндет 1:');
        expect(warning.range).toEqual({ start: { line: at, character: 12 }, end: { line: at, character: 13 } });
        expect(doc.parseResult.value.projects[0].tasks[0].title).toBe('Оқыту');
        const { actions, apply } = await fixesFor(text, warning);
        expect(actions[0].title).toBe('«:» белгісін өшіру');
        expect(apply(actions[0])).toBe(BASE);
    });

    test('a quoted title, an empty one and «маман» inside a value\'s parentheses are left as they are', async () => {
        expect((await parse(BASE)).diagnostics!.filter(d => msg(d).includes('атауы тырнақшаға'))).toEqual([]);
        const empty = await parse(BASE.replace('міндет 1 "Оқыту" {', 'міндет 1 {'));
        expect(empty.diagnostics!.filter(d => d.severity === 1).map(msg)).toEqual(['Бұл жерде тырнақшадағы мәтін ("...") күтілген, бірақ «{» жазылған.']);
        const noun = await parse(BASE.replace('жоспар: 1 құжат факт: 1 құжат', 'жоспар: 2 тізім (7\n                маман) факт: 2 тізім'));
        expect(noun.diagnostics!.filter(d => msg(d).includes('атауы тырнақшаға'))).toEqual([]);
    });
});

describe('a quote left open in the middle of the file', () => {
    test.each([
        ['гранталушы: "Жас қанат жастар қоғамдық бірлестігі"', '«гранталушы» мәтінінің тырнақшасы жабылмаған: жолдың соңына " қойыңыз.'],
        ['міндет 1 "Оқыту" {', '«міндет» атауының тырнақшасы жабылмаған: атаудың соңына " қойыңыз.'],
        ['көрсеткіш "Фото" жоспар', '«көрсеткіш» атауының тырнақшасы жабылмаған: атаудың соңына " қойыңыз.']
    ])('%s without its closing quote: one error on that line, the rest read and checked, the quote closed in one click', async (written, message) => {
        const open = written.replace(/"(?=[^"]*$)/u, '');
        const text = BASE.replace(written, open);
        const doc = await parse(text);
        const errors = doc.diagnostics!.filter(d => d.severity === 1);
        expect(errors.map(msg)).toEqual([message]);
        expect(errors[0].range.start.line).toBe(line(text, open));
        expect(doc.diagnostics!.filter(d => d.severity! <= 2 && d !== errors[0]).map(msg)).toEqual(await baseline());
        const { actions, apply } = await fixesFor(text, errors[0]);
        expect(actions[0].title).toBe('Мәтінді тырнақшаға алу');
        expect(apply(actions[0])).toBe(BASE);
    });

    test('a description over several lines is one text', async () => {
        const text = BASE.replace('            қосымша: 3\n', '            қосымша: 3\n            сипаттама: "Бірінші абзац.\nЕкінші абзац: мақсат пен нәтиже."\n');
        const doc = await parse(text);
        expect(doc.diagnostics!.filter(d => d.severity === 1)).toEqual([]);
    });
});

describe('a date written as a computer shows it (2020-03-01, 01/04/2020)', () => {
    test('read as the date meant, a warning on it, the forms\' way in one click', async () => {
        const text = BASE.replace('кезең: 01.03.2020 - 30.11.2020', 'кезең: 2020-03-01 - 30/11/2020');
        const doc = await parse(text);
        expect(doc.diagnostics!.filter(d => d.severity === 1)).toEqual([]);
        const warnings = doc.diagnostics!.filter(d => msg(d).includes('кк.аа.жжжж түрінде'));
        expect(warnings.map(msg)).toEqual([
            '«2020-03-01» — күн кк.аа.жжжж түрінде жазылады: 01.03.2020 деп жазыңыз.',
            '«30/11/2020» — күн кк.аа.жжжж түрінде жазылады: 30.11.2020 деп жазыңыз.'
        ]);
        const at = line(text, 'кезең:');
        expect(warnings[0].range).toEqual({ start: { line: at, character: 11 }, end: { line: at, character: 21 } });
        const period = grant.model.Evaluator.get(doc).projects[0].period;
        expect(period?.problems).toEqual([]);
        expect(period?.period).toMatchObject({ start: '2020-03-01', end: '2020-11-30' });
        expect(doc.diagnostics!.filter(d => d.severity! <= 2 && !warnings.includes(d)).map(msg)).toEqual(await baseline());
        const { actions, apply } = await fixesFor(text, warnings[0]);
        expect(actions[0].title).toBe('«01.03.2020» деп түзету');
        expect(apply(actions[0])).toContain('кезең: 01.03.2020 - 30/11/2020');
    });

    test('a year in two digits (01.03.20, 30.11.20) is read as this century\'s, with the same warning and fix', async () => {
        const text = BASE.replace('кезең: 01.03.2020 - 30.11.2020', 'кезең: 01.03.20 - 30.11.20');
        const doc = await parse(text);
        expect(doc.diagnostics!.filter(d => d.severity === 1)).toEqual([]);
        const warnings = doc.diagnostics!.filter(d => msg(d).includes('кк.аа.жжжж түрінде'));
        expect(warnings.map(msg)).toEqual([
            '«01.03.20» — күн кк.аа.жжжж түрінде жазылады: 01.03.2020 деп жазыңыз.',
            '«30.11.20» — күн кк.аа.жжжж түрінде жазылады: 30.11.2020 деп жазыңыз.'
        ]);
        const at = line(text, 'кезең:');
        expect(warnings[0].range).toEqual({ start: { line: at, character: 11 }, end: { line: at, character: 19 } });
        expect(grant.model.Evaluator.get(doc).projects[0].period?.period).toMatchObject({ start: '2020-03-01', end: '2020-11-30' });
        const { actions, apply } = await fixesFor(text, warnings[1]);
        expect(apply(actions[0])).toContain('кезең: 01.03.20 - 30.11.2020');
        // A decimal fact («12.5») stays a number.
        expect((await parse(BASE.replace('жоспар: 10 факт: 12', 'жоспар: 10 факт: 12.5'))).diagnostics!.filter(d => msg(d).includes('кк.аа.жжжж'))).toEqual([]);
    });

    test('a range of numbers (10-12) and an impossible month (2020-13-01) are not dates', async () => {
        expect((await parse(BASE.replace('жоспар: 10 факт: 12', 'жоспар: 10-12 факт: 12'))).diagnostics!.filter(d => msg(d).includes('кк.аа.жжжж'))).toEqual([]);
        const bad = await parse(BASE.replace('кезең: 01.03.2020 - 30.11.2020', 'кезең: 2020-13-01 - 30.11.2020'));
        expect(bad.diagnostics!.filter(d => msg(d).includes('кк.аа.жжжж түрінде'))).toEqual([]);
    });
});

describe('a Russian or English field word (план:, место:, indicator)', () => {
    test.each([
        ['жоспар: 10 факт: 12', 'план: 10 факт: 12', 'план', 'жоспар'],
        ['орны: "Орал қаласы"\n            қосымша: 2', 'место: "Орал қаласы"\n            қосымша: 2', 'место', 'орны'],
        ['көрсеткіш "Фото"', 'indicator "Фото"', 'indicator', 'көрсеткіш']
    ])('%s → %s: read as the Kazakh keyword, one error, the fix writes it', async (from, to, word, keyword) => {
        const text = BASE.replace(from, to);
        const doc = await parse(text);
        const errors = doc.diagnostics!.filter(d => d.severity === 1);
        expect(errors.map(msg)).toEqual([`белгісіз сөз «${word}»: «${keyword}» деп жазғыңыз келді ме?`]);
        expect(doc.diagnostics!.filter(d => d.severity! <= 2 && d !== errors[0]).map(msg)).toEqual(await baseline());
        const { actions, apply } = await fixesFor(text, errors[0]);
        expect(actions[0].title).toBe(`«${keyword}» деп түзету`);
        expect(apply(actions[0])).toBe(BASE);
    });
});

describe('a field left without its value (факт: and nothing after it)', () => {
    test('one error on «факт:», the indicator still read, the rest checked, a one-click fix', async () => {
        const text = BASE.replace('жоспар: 10 факт: 12', 'жоспар: 10 факт:');
        const doc = await parse(text);
        const errors = doc.diagnostics!.filter(d => d.severity === 1);
        expect(errors.map(msg)).toEqual(['«факт:» жолында мән жоқ: қос нүктеден кейін мәнін жазыңыз, әйтпесе «факт:» сөзін өшіріңіз.']);
        const at = line(text, 'жоспар: 10 факт:');
        const column = text.split('\n')[at].indexOf('факт:');
        expect(errors[0].range).toEqual({ start: { line: at, character: column }, end: { line: at, character: column + 5 } });
        const photo = grant.model.Evaluator.get(doc).projects[0].indicators.find(i => i.name === 'Фото')!;
        expect(photo.plan?.parts[0]?.n).toBe(10);
        expect(photo.fact).toBeUndefined();
        expect(doc.diagnostics!.map(msg)).toContain('«Фото» көрсеткішінің факті жоқ, ал мерзімі 30.11.2020 аяқталған. факт: жолын қосыңыз.');
        const { actions, apply } = await fixesFor(text, errors[0]);
        expect(actions[0].title).toBe('«факт:» сөзін өшіру');
        expect(apply(actions[0])).toBe(BASE.replace('жоспар: 10 факт: 12', 'жоспар: 10 '));
    });

    test('мерзімі: with the value on the next line is not empty; an empty мерзімі: before орны: is', async () => {
        const next = await parse(BASE.replace('мерзімі: наурыз - қараша', 'мерзімі:\n                наурыз - қараша'));
        expect(next.diagnostics!.filter(d => d.severity === 1)).toEqual([]);
        const empty = await parse(BASE.replace('мерзімі: 01.04.2020 - 30.06.2020', 'мерзімі:'));
        expect(empty.diagnostics!.filter(d => d.severity === 1).map(msg)).toEqual(['«мерзімі:» жолында мән жоқ: қос нүктеден кейін мәнін жазыңыз, әйтпесе «мерзімі:» сөзін өшіріңіз.']);
        expect(empty.parseResult.value.projects[0].tasks[0].activities[1].place).toBe('Орал қаласы');
    });
});

describe('a justification that ends up under another indicator (V-PF-11)', () => {
    test('a new indicator inserted between an indicator and its justification: noticed, the right one named', async () => {
        const text = BASE.replace('көрсеткіш "Фото" жоспар: 10 факт: 12', 'көрсеткіш "Фото" жоспар: 10 факт: 5\n                ауытқу: "Карантин"')
            .replace('көрсеткіш "Фото" жоспар: 10 факт: 5\n', 'көрсеткіш "Фото" жоспар: 10 факт: 5\n            көрсеткіш "Баннер" жоспар: 1 факт: 1\n');
        const doc = await parse(text);
        const found = doc.diagnostics!.filter(d => d.code === 'V-PF-11');
        expect(found.map(msg)).toEqual(['Бұл ауытқу негіздемесі «Баннер» көрсеткішіне жатады, бірақ оның жоспары орындалған; ал «Фото» орындалмаған және негіздемесі жоқ. Негіздемені «Фото» жолының астына жылжытыңыз.']);
        expect(found[0].range.start.line).toBe(line(text, 'Карантин'));
    });

    test('a justification under its own indicator that falls short: nothing to say', async () => {
        const text = BASE.replace('көрсеткіш "Фото" жоспар: 10 факт: 12', 'көрсеткіш "Фото" жоспар: 10 факт: 5\n                ауытқу: "Карантин"');
        expect((await parse(text)).diagnostics!.filter(d => d.code === 'V-PF-11')).toEqual([]);
    });
});

describe('words after a number in a field that is a number alone (statistics, appendix, pages)', () => {
    test.each([
        ['барлығы: 220', 'барлығы: 220 адам', 'барлығы', 'адам'],
        ['жастар: 20', 'жастар: 20 %', 'жастар', '%'],
        ['13-16: 200', '13-16: 200 адам (оқушылар)', '13-16', 'адам (оқушылар)'],
        ['қосымша: 3', 'қосымша: 3-қосымша', 'қосымша', '-қосымша'],
        ['59+: 0', '59+: 0 адам', '59+', 'адам']
    ])('«%s» written «%s»: one error on what follows the number, the number still read; delete or comment in one click', async (from, to, field, extra) => {
        const text = BASE.replace(from, to);
        const doc = await parse(text);
        const errors = doc.diagnostics!.filter(d => d.severity === 1);
        expect(errors.map(msg)).toEqual([`«${field}» жолына тек сан жазылады, сондықтан «${extra}» оқылмады: оны өшіріңіз (түсініктеме болса, алдына // қойыңыз).`]);
        const at = line(text, to);
        expect(errors[0].range).toEqual({ start: { line: at, character: text.split('\n')[at].indexOf(extra) }, end: { line: at, character: text.split('\n')[at].indexOf(extra) + extra.length } });
        // The statistics are read as before: their sums still agree (no V-SUM finding).
        expect(doc.diagnostics!.filter(d => String(d.code).startsWith('V-SUM'))).toEqual([]);
        const { actions, apply } = await fixesFor(text, errors[0]);
        expect(actions.map(a => a.title)).toEqual([`Артық «${extra}» өшіру`, 'Түсініктемеге айналдыру (//)']);
        expect(apply(actions[0])).toBe(BASE);
        expect(apply(actions[1])).toBe(BASE.replace(from, `${from} // ${extra}`));
    });

    test('«қосымша: №3», as the form writes it, is appendix 3 with no finding', async () => {
        for (const written of ['қосымша: №3', 'қосымша: № 3']) {
            const doc = await parse(BASE.replace('қосымша: 3', written));
            expect(doc.diagnostics!.filter(d => d.severity! <= 2).map(msg)).toEqual(await baseline());
            const activity = AstUtils.streamAst(doc.parseResult.value).find(n => n.$type === 'Activity' && (n as unknown as { title: string }).title === 'Кездесу') as unknown as { appendix?: string | number };
            expect(String(activity.appendix), written).toBe('3');
        }
    });

    test('two fields on one line (age brackets too), and a comment after the number, are not extra', async () => {
        const text = BASE.replace('ерлер: 100\n        әйелдер: 120', 'ерлер: 100 әйелдер: 120').replace('барлығы: 220', 'барлығы: 220 // адам')
            .replace(/жасы \{[^}]*\}/u, 'жасы { 13-16: 200  17-22: 20  23-27: 0  28-32: 0  33-45: 0  46-58: 0  59+: 0 }');
        expect(text).toContain('жасы { 13-16: 200  17-22: 20');
        expect((await parse(text)).diagnostics!.filter(d => d.severity === 1)).toEqual([]);
    });
});

describe('a field word without its «:» («факт 12»)', () => {
    test.each([
        ['жоспар: 10 факт: 12', 'жоспар: 10 факт 12', 'факт'],
        ['жоспар: 10 факт: 12', 'жоспар 10 факт: 12', 'жоспар'],
        ['мерзімі: 01.04.2020 - 30.06.2020', 'мерзімі 01.04.2020 - 30.06.2020', 'мерзімі']
    ])('«%s» written «%s»: the error, and «:» put after «%s» in one click', async (from, to, keyword) => {
        const text = BASE.replace(from, to);
        const doc = await parse(text);
        const errors = doc.diagnostics!.filter(d => d.severity === 1);
        expect(errors).toHaveLength(1);
        expect(msg(errors[0])).toMatch(/^Бұл жерде «:» күтілген, бірақ «.+» жазылған\.$/);
        const { actions, apply } = await fixesFor(text, errors[0]);
        expect(actions.map(a => a.title)).toEqual([`«${keyword}» сөзінен кейін «:» қою`]);
        expect(apply(actions[0])).toBe(BASE.replace(from, to.replace(`${keyword} `, `${keyword}: `)));
    });
});
