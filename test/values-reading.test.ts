/**
 * A value's text is read once for every indicator and role (values/cache.ts, parser.ts:
 * readValueText), then the indicator's name and the role are applied (finishValue). The value
 * an indicator gets must be the one a reading made for it alone gives: checked for every plan
 * and fact of the examples, the spec, the fixtures and crafted texts, each under the names and
 * roles of other indicators too.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { AstUtils } from 'langium';
import { finishValue, readValueText } from '../language/src/values/parser.js';
import { clearValueCache, parseValue } from '../language/src/values/index.js';
import type { ValueContext } from '../language/src/values/types.js';
import { isIndicator, type Indicator } from '../language/src/generated/ast.js';
import { valueText } from '../language/src/model.js';
import { parse } from './helpers.js';

const FILES = ['examples/birgemiz-bilim.grant', 'examples/teng-mumkindik.grant', 'docs/syntax-by-example.grant', 'test/fixtures/valid-report.grant'];

const CRAFTED: Array<[string, string]> = [
    ['10 (оның ішінде 4)', 'Қатысушылар саны (оның ішінде жастар)'],
    ['5 (3)', 'Тренингтер / қатысушылар'],
    ['10/2 скриншот', 'Жарияланымдар / скриншот'],
    ['кемінде 5 (әр кездесуден)', 'Кездесулер'],
    ['-3', 'Бенефициарлар'],
    ['""', 'Фото'],
    ['кемінде 2 000 000 теңге', 'Қаржы'],
    ['5 (алты)', 'Бейнероликтер']
];

async function pairs(): Promise<Array<[string, ValueContext]>> {
    const out: Array<[string, ValueContext]> = CRAFTED.flatMap(([text, name]) => [
        [text, { indicatorName: name, role: 'plan' }], [text, { indicatorName: name, role: 'fact' }]] as Array<[string, ValueContext]>);
    for (const file of FILES) {
        const document = await parse(readFileSync(new URL(`../${file}`, import.meta.url), 'utf8'), false);
        for (const node of AstUtils.streamAst(document.parseResult.value)) {
            if (!isIndicator(node)) continue;
            const indicator = node as Indicator;
            if (indicator.plan) out.push([valueText(indicator.plan), { indicatorName: indicator.name, role: 'plan' }]);
            if (indicator.fact) out.push([valueText(indicator.fact), { indicatorName: indicator.name, role: 'fact' }]);
        }
    }
    return out;
}

describe('one reading of a value text serves every indicator', () => {
    it('gives each indicator and role what a reading of its own gives', async () => {
        const all = await pairs();
        expect(all.length).toBeGreaterThan(200);
        const names = [...new Set(all.map(([, ctx]) => ctx.indicatorName))];
        let compared = 0;
        all.forEach(([text, own], i) => {
            const alone = finishValue(readValueText(text, own), own);
            // The same text read first for other indicators (names further down the list) and roles.
            for (const k of [1, 7, 31]) {
                const other: ValueContext = { indicatorName: names[(i + k) % names.length], role: k % 2 ? 'fact' : 'plan' };
                const reading = readValueText(text, other);
                if (reading.byName) continue;
                expect(finishValue(reading, own), `${text} under «${own.indicatorName}» read first for «${other.indicatorName}»`).toEqual(alone);
                compared++;
            }
        });
        expect(compared).toBeGreaterThan(500);
    });

    it('leaves a reading as it was when it is applied to an indicator', () => {
        const reading = readValueText('10/2', { role: 'plan' });
        const before = JSON.stringify(reading.value);
        const value = finishValue(reading, { indicatorName: 'Жарияланымдар / скриншот', role: 'fact' });
        expect(value.parts.map(p => p.unit)).toEqual(['жарияланым', 'скриншот']);
        expect(JSON.stringify(reading.value)).toBe(before);
    });

    it('reads a bare number in parentheses under the name of its own indicator', () => {
        clearValueCache();
        const a = parseValue('10 (4)', { indicatorName: 'Қатысушылар (оның ішінде жастар)', role: 'plan' });
        const b = parseValue('10 (4)', { indicatorName: 'Қатысушылар (оның ішінде әйелдер)', role: 'plan' });
        expect(a.ofWhich[0]?.label).toBe('жастар');
        expect(b.ofWhich[0]?.label).toBe('әйелдер');
    });
});
