/**
 * A person filling the new-project skeleton types into its tab stops, which stand inside the
 * empty quotes — `жоспар: "кемінде 30 адам"`, `сома: "15 000 000 теңге"` too. What they type
 * must read as they meant it: no «мәнінде сан жоқ» for a value that has a number.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { fillSkeleton } from '../client/src/skeleton.js';
import { grant, parse } from './helpers.js';

const template = readFileSync(new URL('../templates/skeletons/project.kk.grant', import.meta.url), 'utf8');

/** What a person types into the tab stop of each field (inside the quotes). */
const TYPED: [RegExp, string][] = [
    [/^\s*жоба /, 'Бірге білім'], [/гранталушы:/, 'Жас қанат жастар қоғамдық бірлестігі'],
    [/басым-бағыт:/, 'Білім, ғылым, ақпарат, дене шынықтыру және спорт саласындағы мақсаттарға қол жеткізу'],
    [/тақырып:/, 'Ауыл мектептеріне волонтерлік көмек'], [/мақсат:/, 'Ауыл балаларына көмек'], [/аумақ:/, 'Батыс Қазақстан облысы'],
    [/мақсатты-топ:/, 'Оқушылар'], [/сома:/, '15 000 000 теңге'], [/шарт:/, '01.03.2026 №12'], [/күтілетін-нәтиже:/, 'Оқушылар оқытылды'],
    [/әріптестер:/, '2'], [/орны:/, 'Орал қаласы'], [/арна:/, 'Instagram'], [/жоспар:/, 'кемінде 30 адам'], [/./, 'Атауы']
];

function typeThrough(snippet: string): string {
    return snippet.split('\n').map(line => {
        // Each tab stop of the line gets the text of the field before it.
        return line.replace(/(.*?)"\$\{\d+\}"/g, (_, before: string) => {
            const typed = TYPED.find(([re]) => re.test(before))![1];
            return `${before}"${typed}"`;
        });
    }).join('\n').replace(/\\([\\$}])/g, '$1');
}

describe('typing through the new-project skeleton', () => {
    test('values typed inside the quotes read as values: no errors, the plans and the sum are numbers', async () => {
        const text = typeThrough(fillSkeleton(template, new Date()).snippet);
        expect(text).toContain('жоспар: "кемінде 30 адам"');
        expect(text).toContain('сома: "15 000 000 теңге"');
        const doc = await parse(text);
        expect(doc.diagnostics!.filter(d => d.severity === 1).map(d => `${d.range.start.line + 1}: ${d.message}`)).toEqual([]);
        expect(doc.diagnostics!.map(d => String(d.message)).filter(m => m.includes('сан жоқ'))).toEqual([]);
        const project = grant.model.Evaluator.get(doc).projects[0];
        expect(project.sum?.parts[0]?.n).toBe(15_000_000);
        const plans = project.indicators.map(i => i.plan);
        expect(plans).toHaveLength(13);
        for (const plan of plans) expect(plan).toMatchObject({ cmp: 'ge', parts: [{ n: 30, unit: 'адам' }] });
    });

    test('a quoted value that has no number is still the «no number» error, named without the quotes', async () => {
        const text = typeThrough(fillSkeleton(template, new Date()).snippet).replace('жоспар: "кемінде 30 адам"', 'жоспар: "көп адам"');
        const doc = await parse(text);
        expect(doc.diagnostics!.filter(d => d.severity === 1).map(d => String(d.message)))
            .toEqual(['«көп адам» мәнінде сан жоқ. Мысалы: кемінде 10, 100%, 1 000 адам, оның ішінде 200.']);
    });
});
