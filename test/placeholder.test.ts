/**
 * `жоспар: ""` / `факт: ""` keeps a place for a value without giving one (model/forms.ts
 * isPlaceholder): such a fact is no fact, and a plan so written is a field to fill (a whole file
 * with one: to-fill-activity.test.ts). Here the reading itself, on crafted value texts.
 */
import { describe, expect, test } from 'vitest';
import type { Value } from '../language/src/generated/ast.js';
import { isPlaceholder } from '../language/src/model/forms.js';

const value = (text: string) => ({ $text: text, tokens: [] }) as unknown as Value;

describe('an empty placeholder value', () => {
    test('two quotes, straight or curly, with spaces around, are a placeholder', () => {
        for (const text of ['""', '“”', ' "" ', '\t""', '\u00A0“”', '""\n']) expect(isPlaceholder(value(text)), JSON.stringify(text)).toBe(true);
    });

    test('anything else is a value', () => {
        for (const text of ['10', 'Кемінде 10', '"10"', '"" 5', '""""', '«»', '“ ”x', '', ' ']) expect(isPlaceholder(value(text)), JSON.stringify(text)).toBe(false);
        expect(isPlaceholder(undefined)).toBe(false);
    });
});
