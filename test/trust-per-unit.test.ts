/**
 * Item 11 of issue 13: per-unit targets («1 (әр қатысушыдан)», «1 (әр ай сайын)»)
 * are judged with the counts the file gives (participants, months of the activity),
 * not reported as «count unknown» (V-SUM-12).
 */
import { describe, expect, test } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver';
import { BASE, parse } from './helpers.js';

const codes = (diagnostics: Diagnostic[] | undefined, code: string) => (diagnostics ?? []).filter(d => d.code === code);

describe('item 11: per-unit targets use the counts the file has', () => {
    // The survey activity's own participants (150) are what `extra` says instead, when given.
    const perUnit = (plan: string, fact: string, extra = '') => BASE.replace('            қатысушылар: 150 "Оқушылар"\n', extra ? '' : '            қатысушылар: 150 "Оқушылар"\n').replace(
        '            көрсеткіш "Сауалнама" жоспар: кемінде 50% факт: 60%\n',
        `            көрсеткіш "Сауалнама" жоспар: кемінде 50% факт: 60%\n${extra}            көрсеткіш "Сертификат" жоспар: ${plan} факт: ${fact}\n`);

    test('«1 (әр қатысушыдан)» with қатысушылар: 7 in the activity: 7 is met, 5 is short (71%)', async () => {
        const ok = await parse(perUnit('1 (әр қатысушыдан)', '7', '            қатысушылар: 7 "Оқушылар"\n'));
        expect(codes(ok.diagnostics, 'V-SUM-12')).toEqual([]);
        expect(codes(ok.diagnostics, 'V-PF-02').filter(d => String(d.message).includes('Жоспар: 1'))).toEqual([]);
        const short = await parse(perUnit('1 (әр қатысушыдан)', '5', '            қатысушылар: 7 "Оқушылар"\n'));
        expect(codes(short.diagnostics, 'V-SUM-12')).toEqual([]);
        expect(codes(short.diagnostics, 'V-PF-02').map(d => d.message)).toEqual([expect.stringContaining('(71%)')]);
    });

    test('«1 (әр ай сайын)» over an activity of six months (01.04–30.09): 6 is met, 4 is short', async () => {
        const six = (fact: string) => perUnit('1 (әр ай сайын)', fact).replace('мерзімі: 01.04.2020 - 30.06.2020', 'мерзімі: 01.04.2020 - 30.09.2020');
        const ok = await parse(six('6'));
        expect(codes(ok.diagnostics, 'V-SUM-12')).toEqual([]);
        expect(codes(ok.diagnostics, 'V-PF-02')).toEqual([]);
        const short = await parse(six('4'));
        expect(codes(short.diagnostics, 'V-PF-02').map(d => d.message)).toEqual([expect.stringContaining('(67%)')]);
    });
});

