// The hand-written readers of values (values/scan.ts, fast-case.ts) against what they replace:
// the lexer's sticky expressions, toLowerCase() and normalize('NFC').
import { describe, expect, test } from 'vitest';
import { numberEnd, wordEnd } from '../language/src/values/scan.js';
import { NUM_AT, WORD_AT, lex } from '../language/src/values/lexer.js';
import { lowerCase, nfc } from '../language/src/fast-case.js';

/** A seeded generator, so a failure repeats. */
function random(seed: number): () => number {
    let s = seed >>> 0;
    return () => {
        s = (s * 1664525 + 1013904223) >>> 0;
        return s / 2 ** 32;
    };
}

const ALPHABET = [...'0123456789', ' ', '\u00A0', '\u202F', '.', ',', '-', '_', '%', '/', '(', '"',
    ...'адамКЕМІНДЕәғқңөұүһіӘҒҚҢӨҰҮҺІ', '\u0482', '\u0483', '\u0489', '\u04C0', '\u04CF', '\u0500', '\u052F',
    ...'abcXYZ', 'é', 'É', 'Σ', 'ω', '\u0130', '²', '\u0301', '😀', '\uD800', '\t'];

function texts(count: number, seed: number): string[] {
    const next = random(seed);
    const out: string[] = [];
    for (let n = 0; n < count; n++) {
        const length = 1 + Math.floor(next() * 14);
        let text = '';
        for (let i = 0; i < length; i++) text += ALPHABET[Math.floor(next() * ALPHABET.length)];
        out.push(text);
    }
    return out;
}

function expressionEnd(re: RegExp, text: string, at: number): number {
    re.lastIndex = at;
    const m = re.exec(text);
    return m ? at + m[0].length : -1;
}

describe('value scanning', () => {
    test('numberEnd ends where the number expression ends, at every digit', () => {
        const wrong: unknown[] = [];
        const cases = ['15 337 100', '1 000 000,5', '12 3456', '1234 567', '100.', '1 00', '1\u00A0000\u202F000.25', '007', '1 000 оның', '3,5,6', '2 000-ға'];
        for (const text of [...cases, ...texts(5000, 7)]) {
            for (let i = 0; i < text.length; i++) {
                const c = text.charCodeAt(i);
                if (c < 48 || c > 57) continue;
                const found = numberEnd(text, i), expected = expressionEnd(NUM_AT, text, i);
                if (found !== expected) wrong.push([text, i, found, expected]);
            }
        }
        expect(wrong).toEqual([]);
    });

    test('wordEnd ends where the word expression ends, or leaves the word to it', () => {
        let decided = 0;
        const wrong: unknown[] = [];
        const cases = ['іс-шара', 'Кемінде', 'адам-', 'a-1', 'қыз_2', 'кафе\u0301', 'café', 'шара-', 'ab-cd-ef', 'ж-'];
        for (const text of [...cases, ...texts(5000, 11)]) {
            for (let i = 0; i < text.length; i++) {
                const expected = expressionEnd(WORD_AT, text, i);
                const found = wordEnd(text, i);
                if (found >= 0) {
                    decided++;
                    if (found !== expected) wrong.push([text, i, found, expected]);
                }
            }
        }
        expect(wrong).toEqual([]);
        expect(decided).toBeGreaterThan(3000);
    });

    test('lowerCase is toLowerCase for every character up to U+06FF and for words', () => {
        const samples: string[] = [];
        for (let c = 0; c < 0x700; c++) {
            const one = String.fromCharCode(c);
            samples.push(one, `Ә${one}қ`, `a${one}`, `${one}${one}`);
        }
        samples.push(...texts(5000, 13), 'Кемінде', 'ҚАТЫСУШЫ', 'ΟΔΟΣ', 'İstanbul', 'Ӏ', 'адам');
        expect(samples.filter(text => lowerCase(text) !== text.toLowerCase())).toEqual([]);
        expect(lowerCase('Кемінде')).toBe('кемінде');
    });

    test('nfc is normalize(NFC)', () => {
        const samples = [...texts(5000, 17), 'кафе\u0301', 'й', 'и\u0306', 'Ә'];
        expect(samples.filter(text => nfc(text) !== text.normalize('NFC'))).toEqual([]);
        expect(nfc('и\u0306')).toBe('й');
    });

    test('a value is read into the same tokens', () => {
        expect(lex('Кемінде 15 337 100,5 теңге (іс-шара-ға)').map(t => [t.kind, t.text, t.start, t.end, t.n])).toEqual([
            ['word', 'кемінде', 0, 7, undefined],
            ['num', '15 337 100,5', 8, 20, 15337100.5],
            ['word', 'теңге', 21, 26, undefined],
            ['lparen', '(', 27, 28, undefined],
            ['word', 'іс-шара-ға', 28, 38, undefined],
            ['rparen', ')', 38, 39, undefined]
        ]);
    });
});
