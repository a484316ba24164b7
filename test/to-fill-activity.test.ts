/**
 * An activity's empty place (`орны: ""`) or channel (`арна: ""`) is a placeholder still to fill,
 * like the header's `гранталушы: ""`: a hint on the quotes while the project runs, an error once a
 * report is asked for, and an item of the report's refusal at the same line. A missing line is
 * still the V-REQ-06 warning.
 */
import { describe, expect, test } from 'vitest';
import { BASE, grant, parse } from './helpers.js';
import { markReportRequested } from '../language/src/required.js';
import { prepareReport } from '../server/src/report/prepare.js';

const place = BASE.replace('            орны: "Орал қаласы"\n            қосымша: 3', '            орны: ""\n            қосымша: 3');
const lineOf = (text: string, needle: string, from = 0) => text.split('\n').findIndex((l, i) => i >= from && l.includes(needle));

describe('empty activity fields', () => {
    test('орны: "" is a hint on the quotes, naming the activity; no «no place» warning', async () => {
        const doc = await parse(place);
        const found = doc.diagnostics!.filter(d => d.code === 'V-REQ-06');
        expect(found.map(d => [d.severity, d.message])).toEqual([
            [4, '«Кездесу» іс-шарасының өткізілу орны бос: орны: "…" тырнақшасының ішіне жазыңыз.']
        ]);
        const line = lineOf(place, 'орны: ""');
        expect(found[0].range).toEqual({ start: { line, character: 18 }, end: { line, character: 20 } });
    });

    test('a written place gives nothing; a missing one is still the warning', async () => {
        expect((await parse(BASE)).diagnostics!.filter(d => d.code === 'V-REQ-06')).toEqual([]);
        const missing = await parse(BASE.replace('            орны: "Орал қаласы"\n            қосымша: 3', '            қосымша: 3'));
        expect(missing.diagnostics!.filter(d => d.code === 'V-REQ-06').map(d => [d.severity, d.message])).toEqual([
            [2, 'Іс-шараның өткізілу орны көрсетілмеген: орны: "…" қосыңыз.']
        ]);
    });

    test('an untitled activity is named by its number; арна: "" of information work too', async () => {
        const text = place.replace('іс-шара 1 "Кездесу"', 'іс-шара 1 ""')
            .replace('    ақпараттық-жұмыс "Ақпарат" {\n', '    ақпараттық-жұмыс "Ақпарат" {\n        арна: ""\n');
        const doc = await parse(text);
        expect(doc.diagnostics!.filter(d => d.code === 'V-REQ-06').map(d => [d.severity, d.range.start.line, d.message])).toEqual([
            [4, lineOf(text, 'орны: ""'), '«2.1» іс-шарасының өткізілу орны бос: орны: "…" тырнақшасының ішіне жазыңыз.'],
            [4, lineOf(text, 'арна: ""'), '«Ақпарат» іс-шарасының байланыс арнасы бос: арна: "…" тырнақшасының ішіне жазыңыз.']
        ]);
    });

    test('the report refuses it at its line; once asked, the hint is an error', async () => {
        const doc = await parse(place);
        const prepared = prepareReport(doc, grant, { kind: 'final', lang: 'kk' });
        expect(prepared.ok).toBe(false);
        expect(prepared.ok ? [] : prepared.errors).toEqual([{
            line: lineOf(place, 'орны: ""') + 1, column: 19, code: 'V-REQ-06',
            message: 'қорытынды есеп үшін «Кездесу» іс-шарасының өткізілу орны керек, бірақ «орны:» жолы бос: оны толтырыңыз.'
        }]);
        markReportRequested(doc.uri.toString());
        const again = await grant.validation.DocumentValidator.validateDocument(doc);
        expect(again.filter(d => d.code === 'V-REQ-06').map(d => d.severity)).toEqual([1]);
    });
});

describe('an empty fact (факт: "")', () => {
    test('is no fact: the status still has none, and once the period is over the mark is on the quotes', async () => {
        const text = BASE.replace('жоспар: 10 факт: 12', 'жоспар: 10 факт: ""');
        const doc = await parse(text);
        const photo = grant.model.Evaluator.get(doc).projects[0].indicators.find(i => i.name === 'Фото')!;
        expect(photo.fact).toBeUndefined();
        const found = doc.diagnostics!.filter(d => d.code === 'V-PF-01');
        expect(found.map(d => d.message)).toEqual(['«Фото» көрсеткішінің факті бос, ал мерзімі 30.11.2020 аяқталған: тырнақшаның орнына нақты нәтижені жазыңыз (мысалы, факт: 12).']);
        const line = lineOf(text, 'факт: ""');
        const column = text.split('\n')[line].indexOf('""');
        expect(found[0].range).toEqual({ start: { line, character: column }, end: { line, character: column + 2 } });
    });
});

describe('an empty title (іс-шара 1 "", көрсеткіш "")', () => {
    test('a hint on the quotes naming what it is the title of; the report refuses it at its line', async () => {
        const text = BASE.replace('іс-шара 1 "Кездесу"', 'іс-шара 1 ""').replace('көрсеткіш "Фото"', 'көрсеткіш ""');
        const doc = await parse(text);
        const found = doc.diagnostics!.filter(d => d.code === 'V-REQ-15');
        expect(found.map(d => [d.severity, d.range.start.line, d.message])).toEqual([
            [4, lineOf(text, 'көрсеткіш ""'), 'Көрсеткіштің атауы бос: көрсеткіш "…" тырнақшасының ішіне атауын жазыңыз.'],
            [4, lineOf(text, 'іс-шара 1 ""'), 'Іс-шараның атауы бос: іс-шара "…" тырнақшасының ішіне атауын жазыңыз.']
        ]);
        const line = lineOf(text, 'іс-шара 1 ""');
        expect(found[1].range).toEqual({ start: { line, character: 18 }, end: { line, character: 20 } });
        const prepared = prepareReport(doc, grant, { kind: 'final', lang: 'kk' });
        expect(prepared.ok ? [] : prepared.errors.map(e => [e.line, e.message])).toEqual([
            [lineOf(text, 'көрсеткіш ""') + 1, 'қорытынды есеп үшін көрсеткіштің атауы керек, бірақ ол бос: көрсеткіш "…" тырнақшасының ішіне жазыңыз.'],
            [line + 1, 'қорытынды есеп үшін іс-шараның атауы керек, бірақ ол бос: іс-шара "…" тырнақшасының ішіне жазыңыз.']
        ]);
    });
});
