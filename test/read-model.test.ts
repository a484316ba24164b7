/**
 * The read model decides what a per-unit plan counts («кемінде 5 (әр кездесуден)»), where a
 * project stands, and which header fields each form needs; the rules, the hover and the
 * report ask it. Each case: what the user sees (the finding or its absence) on a small file.
 */
import { describe, expect, test } from 'vitest';
import { BASE, grant, parse } from './helpers.js';
import { diagnosticCode } from '../server/src/diagnostics.js';
import { formFor, requiredHeader } from '../language/src/model.js';

const ACTIVITY = `            көрсеткіш "Фото" жоспар: 10 факт: 12`;

async function findings(text: string): Promise<string[]> {
    const doc = await parse(text);
    return doc.diagnostics!.map(d => `${diagnosticCode(d)}: ${(typeof d.message === 'string' ? d.message : d.message.value).replace(/\u00A0/g, ' ')}`);
}

function withIndicator(lines: string, extra = ''): string {
    expect(BASE.includes(ACTIVITY)).toBe(true);
    return BASE.replace(ACTIVITY, lines).replace('            толықтығы: "100% орындалды."\n', extra);
}

async function indicator(text: string, name: string) {
    const doc = await parse(text);
    const model = grant.model.Evaluator.get(doc);
    return model.projects[0].indicators.find(i => i.name === name)!;
}

describe('per-unit plans are judged against the counts the file gives', () => {
    test('«әр кездесуден кемінде 5» against the «Кездесулер саны» fact: 5 × 10 = 50', async () => {
        const short = withIndicator('            көрсеткіш "Кездесулер саны" жоспар: 10 факт: 10\n            көрсеткіш "Фото" жоспар: кемінде 5 (әр кездесуден) факт: 40');
        const all = await findings(short);
        expect(all).toContain('V-PF-02: Жоспар: кемінде 5 (әр кездесуден), факт: 40 (80%) — жоспар орындалмады.');
        expect(all.some(f => f.startsWith('V-SUM-12'))).toBe(false);
        expect((await indicator(short, 'Фото')).perCount).toEqual({ n: 10, source: 'indicator' });
        const met = await findings(short.replace('факт: 40', 'факт: 50'));
        expect(met.filter(f => f.startsWith('V-PF-02') || f.startsWith('V-SUM-12'))).toEqual([]);
    });

    test('the number of meetings named in the result («36 кездесу өткізілді»)', async () => {
        const text = withIndicator('            нәтиже: "Жыл бойы 36 кездесу өткізілді."\n            көрсеткіш "Фото" жоспар: кемінде 5 (әр кездесуден) факт: 180');
        const ei = await indicator(text, 'Фото');
        expect(ei.perCount).toEqual({ n: 36, source: 'text' });
        expect(ei.verdict.status).toBe('met');
        // Two different numbers of meetings: the count is not known, the fact is not judged.
        const unsure = withIndicator('            нәтиже: "36 кездесу жоспарланды, 30 кездесу өтті."\n            көрсеткіш "Фото" жоспар: кемінде 5 (әр кездесуден) факт: 180');
        expect((await findings(unsure)).filter(f => f.startsWith('V-SUM-12'))).toHaveLength(1);
    });

    test('the number before the unit\'s word is found anywhere in a long narrative, written as people write it', async () => {
        const photo = '\n            көрсеткіш "Фото" жоспар: кемінде 5 (әр кездесуден) факт: 180';
        const read = async (result: string) => (await indicator(withIndicator(`            нәтиже: "${result}"${photo}`), 'Фото')).perCount;
        const filler = 'Кездесулерге ата-аналар мен мұғалімдер қатысты, кездесу сайын жаңа тақырып талқыланды. '.repeat(20);
        expect(await read(`${filler}Барлығы 36 кездесу өткізілді.`)).toEqual({ n: 36, source: 'text' });
        expect(await read(`${filler}2024 жылы 1 200 кездесу өтті.`)).toEqual({ n: 1200, source: 'text' });
        expect(await read('Барлығы 36\u00A0Кездесу ұйымдастырылды.')).toEqual({ n: 36, source: 'text' });
        expect(await read('36\n кездесулер өтті.')).toEqual({ n: 36, source: 'text' });
        // Glued to a word («А36»), or no space before the word («36кездесу»): not a count of meetings.
        expect(await read('А36 кездесу, 36кездесу.')).toBeUndefined();
        expect(await read(`${filler}36 кездесу, ${filler}30 кездесу.`)).toBeUndefined();
    });

    test('«1 (әр ай сайын)» over the months of the activity, «1 (әр қатысушыдан)» over its participants', async () => {
        // «Курс»: наурыз – қараша, 9 months; 220 participants.
        const monthly = withIndicator('            көрсеткіш "Есеп" жоспар: 1 (әр ай сайын) факт: 6');
        expect((await indicator(monthly, 'Есеп')).perCount).toEqual({ n: 9, source: 'months' });
        expect(await findings(monthly)).toContain('V-PF-02: Жоспар: 1 (әр ай сайын), факт: 6 (67%) — жоспар орындалмады.');
        const each = withIndicator('            көрсеткіш "Пікір" жоспар: 1 (әр қатысушыдан) факт: 220');
        const ei = await indicator(each, 'Пікір');
        expect(ei.perCount).toEqual({ n: 220, source: 'participants' });
        expect(ei.verdict.status).toBe('met');
    });

    test('a count the file does not give stays unknown: V-SUM-12 says the fact is not checked', async () => {
        const text = withIndicator('            көрсеткіш "Журнал" жоспар: 1 (әр мектепте) факт: 21');
        expect(await findings(text)).toContain('V-SUM-12: Жоспар «әр мектепте» бойынша берілген, бірақ олардың саны белгісіз: факт (21) тексерілмейді.');
        expect((await indicator(text, 'Журнал')).perCount).toBeUndefined();
    });
});

describe('where a project stands, and what each form needs', () => {
    test('a plan without facts is previewed as the plan; with facts in its period, as the interim report', async () => {
        const planOnly = BASE.replace(/ факт: [^\n]*/g, '').replace(/^\s*есеп-күні: .*$/m, '    есеп-күні: 01.05.2020');
        const doc = await parse(planOnly);
        // Its period has started (01.03.2020): running, but with no fact yet the plan is what it shows.
        expect(grant.model.Evaluator.get(doc).projects[0].stage).toBe('running');
        expect(formFor(grant.model.Evaluator.get(doc).projects[0])).toBe('plan');
        const before = await parse(planOnly.replace('есеп-күні: 01.05.2020', 'есеп-күні: 01.02.2020'));
        expect(grant.model.Evaluator.get(before).projects[0].stage).toBe('plan');
        const running = await parse(BASE.replace(/^\s*есеп-күні: .*$/m, '    есеп-күні: 01.05.2020'));
        expect(formFor(grant.model.Evaluator.get(running).projects[0])).toBe('interim');
        const finished = await parse(BASE);
        expect(grant.model.Evaluator.get(finished).projects[0].stage).toBe('finished');
        expect(formFor(grant.model.Evaluator.get(finished).projects[0])).toBe('final');
    });

    test('one list of header fields: the plan needs three, the reports five', () => {
        expect(requiredHeader('plan').map(r => r.keyword)).toEqual(['гранталушы', 'тақырып', 'кезең']);
        expect(requiredHeader('final').map(r => r.keyword)).toEqual(['гранталушы', 'тақырып', 'кезең', 'жетекші', 'сома']);
    });

    test('a plan without «жетекші» is warned (the report will need it); a report without it is an error', async () => {
        const noHead = BASE.replace(/^\s*жетекші: .*$/m, '');
        const asReport = (await parse(noHead)).diagnostics!.filter(d => diagnosticCode(d) === 'V-REQ-01');
        expect(asReport.map(d => d.severity)).toEqual([1]);
        const asPlan = (await parse(noHead.replace(/ факт: [^\n]*/g, '').replace(/^\s*есеп-күні: .*$/m, '    есеп-күні: 01.05.2020')))
            .diagnostics!.filter(d => diagnosticCode(d) === 'V-REQ-01');
        expect(asPlan.map(d => d.severity)).toEqual([2]);
        expect(asPlan[0].message).toContain('жетекші');
    });
});
