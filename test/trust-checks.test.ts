/**
 * The checks as an operator's reviewer reads a report (issue 13, items 9, 10, 12, 13;
 * item 11 is in trust-per-unit.test.ts),
 * on reports written from the forms: closing claims by meaning, the contract's
 * task numbers, per-unit targets with the counts the file gives, the
 * over-achievement threshold, month names in the message's language, the
 * severities once the period is over, and a small project's report.
 */
import { describe, expect, test } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver';
import { setLanguage } from '../language/src/i18n.js';
import { buildReportModel } from '../server/src/report/build/index.js';
import { inlineText, type Table } from '../server/src/report/document.js';
import { main } from '../server/src/cli.js';
import { BASE, grant, parse } from './helpers.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const codes = (diagnostics: Diagnostic[] | undefined, code: string) => (diagnostics ?? []).filter(d => d.code === code);

/** BASE with «Фото» short of plan and unjustified, and the closing `ауытқу:` text given. */
const claiming = (text: string) => BASE
    .replace('көрсеткіш "Фото" жоспар: 10 факт: 12', 'көрсеткіш "Фото" жоспар: 10 факт: 6')
    .replace('ауытқу: "Жоба жоспарға сай орындалды."', `ауытқу: "${text}"`);

describe('item 9: a closing claim of no deviation is recognised by meaning, in Kazakh and Russian', () => {
    const claims = [
        'Жоба жоспарға сай орындалды.',
        'Жоба жоспарға сай толық орындалды.',
        'Жоба жоспарға сай толығымен орындалды.',
        'Жоба ауытқусыз орындалды.',
        'Барлық іс-шаралар толық көлемде орындалды.',
        'Жоспардан ауытқулар болған жоқ.',
        'Ауытқу анықталмады.',
        'Ешқандай ауытқу болмады.',
        'Жоба толықтай жүзеге асырылды.',
        'Жоспар 100% орындалды.',
        'Іс-шаралар толық, жоспарға сәйкес орындалды.',
        'Ауытқулар жоқ.',
        'Проект выполнен в полном объёме.',
        'Проект реализован полностью, без отклонений.',
        'Отклонений от плана не было.',
        'Отклонения не выявлены.',
        'План выполнен на 100%.',
        'Все мероприятия выполнены согласно плану.',
        'Отклонений нет.'
    ];
    for (const text of claims) {
        test(`«${text}» with an indicator short of plan: V-PF-03 on the claim`, async () => {
            const found = codes((await parse(claiming(text))).diagnostics, 'V-PF-03').filter(d => String(d.message).includes(text));
            expect(found, text).toHaveLength(1);
        });
    }
    const notClaims = [
        'Жоба ішінара орындалды.',
        'Фото көрсеткіші бойынша ауытқу бар: қаржы жетіспеді.',
        'Жоспар толық орындалмады.',
        'Жоспар толық орындалған жоқ.',
        'Іс-шаралар толық емес орындалды.',
        'Проект выполнен не полностью.',
        'Отклонения есть: не хватило фото.',
        'Проект частично выполнен.',
        'Фото: 6 орнына 10, себебі карантин.'
    ];
    for (const text of notClaims) {
        test(`«${text}» is no claim of «no deviation»: no V-PF-03 on it`, async () => {
            const found = codes((await parse(claiming(text))).diagnostics, 'V-PF-03').filter(d => String(d.message).includes(text));
            expect(found, text).toEqual([]);
        });
    }
    test('the claim with every indicator met: nothing to say', async () => {
        const doc = await parse(BASE.replace('ауытқу: "Жоба жоспарға сай орындалды."', 'ауытқу: "Жоба жоспарға сай толығымен орындалды."'));
        expect(codes(doc.diagnostics, 'V-PF-03')).toEqual([]);
    });
});

describe('item 10: unique task numbers are the contract\'s numbers', () => {
    test('tasks written in another order than their numbers: no warning, no renumbering', async () => {
        const swapped = BASE.replace('міндет 1 "Оқыту"', 'міндет 2 "Оқыту"').replace('міндет 2 "Қорытынды"', 'міндет 1 "Қорытынды"');
        const doc = await parse(swapped);
        expect(codes(doc.diagnostics, 'V-NUM-02')).toEqual([]);
        expect(codes(doc.diagnostics, 'V-NUM-01')).toEqual([]);
    });

    test('a gap (1, 3): V-NUM-02 names the missing number; renumbering is offered, but not as the preferred fix', async () => {
        const doc = await parse(BASE.replace('міндет 2 "Қорытынды"', 'міндет 3 "Қорытынды"'));
        const found = codes(doc.diagnostics, 'V-NUM-02');
        expect(found.map(d => d.message)).toEqual(['Міндет нөмірлері үзілген: 2 жоқ. Нөмірлер келісімшарттағыдай болуы керек — келісімшартпен салыстырыңыз.']);
        const actions = await grant.lsp.CodeActionProvider!.getCodeActions(doc, {
            textDocument: { uri: doc.uri.toString() }, range: found[0].range, context: { diagnostics: found }
        }) as { title: string; isPreferred?: boolean }[];
        expect(actions.every(a => !a.isPreferred)).toBe(true);
    });

    test('a duplicate: V-NUM-01, and renumbering is not the preferred fix', async () => {
        const doc = await parse(BASE.replace('міндет 2 "Қорытынды"', 'міндет 1 "Қорытынды"'));
        const found = codes(doc.diagnostics, 'V-NUM-01');
        expect(found).toHaveLength(1);
        const actions = await grant.lsp.CodeActionProvider!.getCodeActions(doc, {
            textDocument: { uri: doc.uri.toString() }, range: found[0].range, context: { diagnostics: found }
        }) as { title: string; isPreferred?: boolean }[];
        expect(actions.every(a => !a.isPreferred)).toBe(true);
    });
});

describe('item 12: over-achievement strictly above 150 %, months in the message\'s language, severities once the period is over', () => {
    const photo = (fact: string) => BASE.replace('көрсеткіш "Фото" жоспар: 10 факт: 12', `көрсеткіш "Фото" жоспар: 10 факт: ${fact}`);

    test('15 of 10 (exactly 150 %) is met; 16 of 10 is over-achievement (V-PF-07)', async () => {
        expect(codes((await parse(photo('15'))).diagnostics, 'V-PF-07')).toEqual([]);
        expect(codes((await parse(photo('16'))).diagnostics, 'V-PF-07')).toHaveLength(1);
    });

    test('V-MEDIA-01 names the month in Russian and English messages in that language', async () => {
        const text = BASE.replace('            20.06.2020 "Qazvolunteer.kz" "Жаңалық 06-20"\n', '');
        try {
            setLanguage('ru');
            expect(codes((await parse(text)).diagnostics, 'V-MEDIA-01')[0].message).toContain('июнь 2020 (1)');
            setLanguage('en');
            expect(codes((await parse(text)).diagnostics, 'V-MEDIA-01')[0].message).toContain('June 2020 (1)');
        } finally {
            setLanguage('kk');
        }
        expect(codes((await parse(text)).diagnostics, 'V-MEDIA-01')[0].message).toContain('маусым 2020 (1)');
    });

    test('after the period (report date 15.12.2020, end 30.11.2020): a missing fact, a short month and a decomposed letter are errors', async () => {
        const after = (text: string) => text.replace('есеп-күні: 30.11.2020', 'есеп-күні: 15.12.2020');
        const missing = BASE.replace('көрсеткіш "Фото" жоспар: 10 факт: 12', 'көрсеткіш "Фото" жоспар: 10');
        const shortMonth = BASE.replace('            20.06.2020 "Qazvolunteer.kz" "Жаңалық 06-20"\n', '');
        const decomposed = BASE.replace('"Оқыту"', '"Оқыту и\u0306"');
        const severity = async (text: string, code: string) => codes((await parse(text)).diagnostics, code).map(d => d.severity);
        expect(await severity(after(missing), 'V-PF-01')).toEqual([1]);
        expect(await severity(after(shortMonth), 'V-MEDIA-01')).toEqual([1]);
        expect(await severity(after(decomposed), 'V-FMT-01')).toEqual([1]);
        // On the last day of the period (the report date is the end): still warnings.
        expect(await severity(missing, 'V-PF-01')).toEqual([2]);
        expect(await severity(shortMonth, 'V-MEDIA-01')).toEqual([2]);
        expect(await severity(decomposed, 'V-FMT-01')).toEqual([2]);
    });
});

describe('item 13: the report of a small project', () => {
    const small = [
        'жоба "Шағын" {',
        '    гранталушы: "«Үміт» қоғамдық бірлестігі"',
        '    тақырып: "Ауыл жастарына кеңес беру"',
        '    кезең: 01.03.2020 - 30.11.2020',
        '    есеп-күні: 30.11.2020',
        '    сома: 3 000 000 (үш миллион) теңге',
        '    жетекші: "Ахметова Айгүл" лауазымы: "Төраға"',
        '    міндет 1 "Кеңес беру" {',
        '        іс-шара 1 "Кеңес" {',
        '            мерзімі: наурыз - қараша',
        '            орны: "Орал қаласы"',
        '            қосымша: 1',
        '            көрсеткіш "Қатысушылар саны" жоспар: кемінде 20 адам факт: 12',
        '        }',
        '    }',
        '}',
        ''
    ].join('\n');

    const activitiesTable = async (text: string, lang: 'kk' | 'ru' = 'kk') => {
        const doc = await parse(text);
        const project = grant.model.Evaluator.get(doc).projects[0];
        const built = buildReportModel(project, { kind: 'final', lang });
        const table = built.doc.blocks.find((b): b is Table => b.type === 'table')!;
        const header = table.header[0].cells.map(c => c.paragraphs.map(inlineText).join(' '));
        const data = table.rows.find(r => r.kind === 'data')!.cells.map(c => c.paragraphs.map(inlineText).join('\n'));
        return Object.assign((name: string) => data[header.findIndex(h => h.startsWith(name))], { cells: data });
    };

    test('«Қатысушылар саны» column: the fact of the activity\'s «Қатысушылар саны» indicator when there is no қатысушылар: line', async () => {
        const column = await activitiesTable(small);
        expect(column('Қатысушылар саны')).toBe('12');
    });

    test('the completeness column says how much of the target was reached: 12 of 20 is «60% орындалды.», not «0%»', async () => {
        const column = await activitiesTable(small);
        expect(column('Жоспарланған мерзімге')).toBe('60% орындалды.');
        const ru = await activitiesTable(small, 'ru');
        expect(ru('')).toBeDefined();
        expect(ru.cells).toContain('Выполнено на 60%.');
    });

    test('esep report: the unjustified row of a missing fact says so once («факт жазылмаған»), never «факт факт»', async () => {
        const dir = mkdtempSync(join(tmpdir(), 'esep-small-'));
        const path = join(dir, 'small.grant');
        writeFileSync(path, small.replace(' факт: 12', ''));
        for (const lang of ['kk', 'ru'] as const) {
            const err: string[] = [];
            await main(['report', path, '--lang', lang, '-o', join(dir, `${lang}.docx`)], { out: () => undefined, err: l => err.push(l) });
            setLanguage('kk');
            const text = err.join('\n');
            expect(text).toMatch(/Қатысушылар саны/u);
            expect(text).not.toMatch(/факт\s+факт/u);
        }
    });
});
