/**
 * A per-unit plan («1 (әр кездесуден)») counts the units a narrative names («36 кездесу
 * өткізілді»). The reading looks for the unit's word and reads the number before it by hand
 * (per-count.ts); here it must find exactly what the full expression finds on any text.
 */
import { describe, expect, test } from 'vitest';
import { numbersBefore, unitMention } from '../language/src/model/per-count.js';

function byExpression(text: string, scope: string): number[] {
    return [...new Set([...text.matchAll(unitMention(scope))].map(m => Number(m[1].replace(/[ \u00A0]/g, ''))))].sort((a, b) => a - b);
}

function byHand(text: string, scope: string): number[] {
    const found = new Set<number>();
    numbersBefore(text, scope, found);
    return [...found].sort((a, b) => a - b);
}

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number): () => number {
    let s = seed >>> 0;
    return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

const PIECES = ['1', '2', '36', '200', '1234', ' ', '  ', '\u00A0', '\n', '\t', 'а', 'Б', 'x', 'Z', 'ә', '-', ',', '.', '«', '²', '٣',
    'кездесу', 'Кездесу', 'КЕЗДЕСУ', 'кездесулер', 'кездесуге', 'сапар күні', 'Сапар күні', 'сапар  күні', 'мектеп', '😀',
    // Letters that lower-case to two units, by the letters around them, or outside the table: the word is then found another way.
    'İ', 'Σ', 'Ⅻ', 'Ａ', '–'];

describe('the number before a unit\'s word', () => {
    test('crafted cases: thousands, no-break spaces, capitals, glued numbers, several mentions', () => {
        const cases: Array<[string, string, number[]]> = [
            ['Барлығы 36 кездесу өтті', 'кездесу', [36]],
            ['2024 жылы 1 200 кездесу', 'кездесу', [1200]],
            ['1234 567 кездесу', 'кездесу', [567]],
            ['36\u00A0Кездесулер', 'кездесу', [36]],
            ['А36 кездесу, 36кездесу', 'кездесу', []],
            ['5 кездесу, 7 кездесу', 'кездесу', [5, 7]],
            ['3 сапар күні', 'сапар күні', [3]]
        ];
        for (const [text, scope, want] of cases) {
            expect(byHand(text, scope), text).toEqual(want);
            expect(byExpression(text, scope), text).toEqual(want);
        }
    });

    test('on 20 000 random texts, exactly what the expression reads', () => {
        const next = random(20261204);
        for (let i = 0; i < 20000; i++) {
            let text = '';
            const n = 1 + Math.floor(next() * 12);
            for (let k = 0; k < n; k++) text += PIECES[Math.floor(next() * PIECES.length)];
            for (const scope of ['кездесу', 'сапар күні', 'мектеп']) {
                expect(byHand(text, scope), JSON.stringify(text)).toEqual(byExpression(text, scope));
            }
        }
    });
});
