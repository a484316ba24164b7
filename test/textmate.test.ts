// The TextMate grammar (syntaxes/grant.tmLanguage.json) and the editor configuration
// (language-configuration.json): they parse, every keyword of grant.langium is coloured,
// and Kazakh words with internal hyphens are single words.
//
// VS Code runs the grammar with Oniguruma; here its patterns are compiled with JavaScript
// RegExp ('iu', `(?i)` stripped), so the grammar keeps to the subset both engines accept.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const read = (file: string): string => fs.readFileSync(path.join(root, file), 'utf8');

interface Rule {
    name?: string;
    match?: string;
    begin?: string;
    end?: string;
    include?: string;
    captures?: Record<string, { name?: string }>;
    patterns?: Rule[];
}

interface TmGrammar {
    scopeName: string;
    patterns: Rule[];
    repository: Record<string, Rule>;
}

interface LanguageConfiguration {
    comments: { lineComment: string; blockComment: [string, string] };
    brackets: [string, string][];
    autoClosingPairs: { open: string; close: string; notIn?: string[] }[];
    surroundingPairs: [string, string][];
    wordPattern: string;
    indentationRules: { increaseIndentPattern: string; decreaseIndentPattern: string };
    folding: { markers: { start: string; end: string } };
    onEnterRules: { beforeText: string; afterText?: string; previousLineText?: string }[];
}

const grammarText = read('syntaxes/grant.tmLanguage.json');
const configText = read('language-configuration.json');
const langium = read('language/src/grant.langium');

const compile = (pattern: string, flags = 'iu'): RegExp => new RegExp(pattern.replace('(?i)', ''), flags);

/** Every `match`, `begin` and `end` pattern anywhere in the grammar. */
function collectPatterns(node: unknown, key = 'match', out: string[] = []): string[] {
    if (Array.isArray(node)) {
        for (const item of node) collectPatterns(item, key, out);
    } else if (node && typeof node === 'object') {
        for (const [k, v] of Object.entries(node)) {
            if (k === key && typeof v === 'string') out.push(v);
            else collectPatterns(v, key, out);
        }
    }
    return out;
}

/** The keyword literals of grant.langium: quoted tokens that contain a letter. */
function grammarKeywords(): string[] {
    const found = new Set<string>();
    for (const m of langium.matchAll(/'([^'\\\r\n]+)'/gu)) {
        if (/\p{L}/u.test(m[1])) found.add(m[1]);
    }
    return [...found].sort();
}

// A one-line TextMate tokenizer, enough to check which scope a word gets: at each position
// the rule matching earliest wins, ties go to the rule listed first (as in vscode-textmate).
function flatten(grammar: TmGrammar, rules: Rule[], out: Rule[] = []): Rule[] {
    for (const rule of rules) {
        if (rule.include) {
            const target = grammar.repository[rule.include.replace(/^#/, '')];
            if (!target) throw new Error(`unknown include ${rule.include}`);
            flatten(grammar, target.patterns ?? [target], out);
        } else if (rule.match || rule.begin) {
            out.push(rule);
        }
    }
    return out;
}

function scopeAt(grammar: TmGrammar, line: string, word: string): string {
    const at = line.indexOf(word);
    if (at < 0) throw new Error(`${word} is not in ${line}`);
    const rules = flatten(grammar, grammar.patterns).map((rule) => ({
        rule,
        re: compile(rule.match ?? rule.begin!, 'giu'),
        end: rule.end ? compile(rule.end, 'giu') : undefined
    }));
    let pos = 0;
    while (pos < line.length) {
        let best: { index: number; length: number; rule: Rule; m: RegExpExecArray } | undefined;
        for (const { rule, re, end } of rules) {
            re.lastIndex = pos;
            const m = re.exec(line);
            if (!m || (best && m.index >= best.index)) continue;
            let length = m[0].length;
            if (end) {
                end.lastIndex = m.index + length;
                const e = end.exec(line);
                length = e ? e.index + e[0].length - m.index : line.length - m.index;
            }
            best = { index: m.index, length, rule, m };
        }
        if (!best) return '';
        const { index, length, rule, m } = best;
        if (at >= index && at < index + Math.max(length, 1)) {
            // A capture that covers the word gives its own scope, as in a theme.
            let offset = index;
            for (let i = 1; i < m.length; i++) {
                const group = m[i];
                if (group === undefined) continue;
                const start = line.indexOf(group, offset);
                if (rule.captures?.[String(i)]?.name && at >= start && at < start + group.length) {
                    return [rule.name, rule.captures[String(i)].name].filter(Boolean).join(' ');
                }
                offset = start;
            }
            return rule.name ?? '';
        }
        pos = index + Math.max(length, 1);
    }
    return '';
}

describe('TextMate grammar', () => {
    test('parses as JSON and names the source.grant scope', () => {
        const grammar = JSON.parse(grammarText) as TmGrammar;
        expect(grammar.scopeName).toBe('source.grant');
        expect(grammar.patterns.length).toBeGreaterThan(0);
    });

    test('every pattern compiles as a JavaScript RegExp (no Oniguruma-only syntax)', () => {
        const grammar = JSON.parse(grammarText) as unknown;
        const patterns = ['match', 'begin', 'end'].flatMap((key) => collectPatterns(grammar, key));
        expect(patterns.length).toBeGreaterThan(10);
        for (const pattern of patterns) {
            expect(() => compile(pattern), pattern).not.toThrow();
            expect(pattern, 'possessive quantifier').not.toMatch(/[*+?}]\+/);
            expect(pattern, '\\h').not.toMatch(/(^|[^\\])\\h/);
            expect(pattern, '(?x)').not.toContain('(?x)');
        }
    });

    test('every keyword of grant.langium is matched whole by some match pattern, in any case', () => {
        const matchers = collectPatterns(JSON.parse(grammarText)).map((p) => compile(p));
        const keywords = grammarKeywords();
        expect(keywords).toEqual(expect.arrayContaining(['жоба', 'іс-шара', 'мақсатты-топ', 'көрсеткіш', 'жоспар', 'факт']));
        const missing: string[] = [];
        for (const keyword of keywords) {
            for (const text of [keyword, keyword.toUpperCase()]) {
                if (!matchers.some((re) => re.exec(text)?.[0] === text)) missing.push(text);
            }
        }
        expect(missing).toEqual([]);
    });

    test('keywords are not found inside longer words', () => {
        const grammar = JSON.parse(grammarText) as TmGrammar;
        expect(scopeAt(grammar, 'жобалар', 'жобалар')).not.toMatch(/keyword/);
        expect(scopeAt(grammar, 'іс-шаралар', 'шара')).not.toMatch(/keyword|punctuation/);
        expect(scopeAt(grammar, 'әрі', 'әрі')).not.toMatch(/keyword/);
    });

    test('colours the constructs of the syntax example', () => {
        const grammar = JSON.parse(grammarText) as TmGrammar;
        const cases: [string, string, RegExp][] = [
            ['// a comment', 'comment', /^comment\.line/],
            ['/* block */ жоба', 'block', /^comment\.block/],
            ['жоба "«Birgemiz: Bilim»" {', 'Bilim', /^string\.quoted\.double/],
            ['жоба "x" {', 'жоба', /^(keyword\.control|storage\.type)/],
            ['    іс-шара 1 "x" {', 'іс-шара', /^(keyword\.control|storage\.type)/],
            ['    ОРГАНҒА-ҰСЫНЫС "x" {', 'ОРГАНҒА-ҰСЫНЫС', /^(keyword\.control|storage\.type)/],
            ['        көрсеткіш "x" жоспар: 1', 'көрсеткіш', /^(keyword\.control|storage\.type)/],
            ['    мақсатты-топ: "x"', 'мақсатты-топ', /(variable\.other\.property|support\.type\.property-name)/],
            ['        балалар: 16', 'балалар', /(variable\.other\.property|support\.type\.property-name)/],
            ['    кезең: 01.03.2020 - 30.11.2020', '30.11.2020', /^constant\.(numeric|other)\.date/],
            ['    сома: 15 337 100 теңге', '100', /^constant\.numeric/],
            ['    сома: 15 337 100 теңге', 'теңге', /^(support\.constant|entity\.name\.type)/],
            ['    жоспар: 1\u00a0000 адам', '000', /^constant\.numeric/],
            ['    өсім: 12,5%', '12,5', /^constant\.numeric/],
            ['    жүктеме: 50%', '%', /constant\.numeric|keyword\.other\.unit/],
            ['    жоспар: кемінде 5 (әр кездесуден)', 'кемінде', /^keyword\.operator\.comparison/],
            ['    жоспар: кемінде 5 (әр кездесуден)', 'әр', /^keyword\.operator/],
            ['    жоспар: кем дегенде 5', 'дегенде', /^keyword\.operator\.comparison/],
            ['    жоспар: ең көбі 4 185 000 теңге', 'көбі', /^keyword\.operator\.comparison/],
            ['    жоспар: 1 000 адам, оның ішінде 200', 'ішінде', /^keyword\.operator/],
            ['    мерзімі: наурыз - қараша', 'қараша', /^constant\.language/],
            ['    кезең: 1 января 2025 - декабрь', 'января', /^constant\.language/],
            ['    мерзімі: наурыз - қараша', '-', /^punctuation/],
            ['    жоспар: кемінде 10/2', '/', /^punctuation/]
        ];
        for (const [line, word, scope] of cases) {
            expect(scopeAt(grammar, line, word), `${word} in ${line}`).toMatch(scope);
        }
    });
});

describe('language configuration', () => {
    const config = (): LanguageConfiguration => JSON.parse(configText) as LanguageConfiguration;

    test('parses as JSON, with comments and brackets', () => {
        const c = config();
        expect(c.comments).toEqual({ lineComment: '//', blockComment: ['/*', '*/'] });
        expect(c.brackets).toEqual(expect.arrayContaining([['{', '}'], ['(', ')']]));
    });

    test('auto-closes and surrounds with «», "", (), {}', () => {
        const c = config();
        const pairs = c.autoClosingPairs.map((p) => p.open + p.close);
        expect(pairs).toEqual(expect.arrayContaining(['«»', '""', '()', '{}']));
        expect(c.autoClosingPairs.find((p) => p.open === '"')?.notIn).toContain('string');
        expect(c.surroundingPairs.map((p) => p.join(''))).toEqual(expect.arrayContaining(['«»', '""', '()', '{}']));
    });

    test('the word pattern keeps Kazakh words with internal hyphens whole', () => {
        const word = new RegExp(config().wordPattern, 'u');
        // VS Code compiles a string wordPattern without flags: it must work that way too.
        const plain = new RegExp(config().wordPattern);
        for (const re of [word, plain]) {
            for (const w of ['іс-шара', 'мақсатты-топ', 'қатысушылар', 'ақпараттық-жұмыс', 'ӘҒҚҢӨҰҮҺІ', 'Birgemiz', '15']) {
                expect(re.exec(w)?.[0], w).toBe(w);
            }
            expect(re.exec('    іс-шара 1 "x" {')?.[0]).toBe('іс-шара');
            expect(re.exec('мақсатты-топ: "x"')?.[0]).toBe('мақсатты-топ');
            expect(re.exec('- қараша')?.[0]).toBe('қараша');
        }
    });

    test('indents after {, outdents on }, folds on #region markers', () => {
        const c = config();
        const increase = new RegExp(c.indentationRules.increaseIndentPattern);
        const decrease = new RegExp(c.indentationRules.decreaseIndentPattern);
        expect(increase.test('    іс-шара 1 "x" {')).toBe(true);
        expect(increase.test('    санаты {  // категориялар')).toBe(true);
        expect(increase.test('        балалар: 16')).toBe(false);
        expect(decrease.test('    }')).toBe(true);
        expect(decrease.test('    жоспар: 1')).toBe(false);
        expect(new RegExp(c.folding.markers.start).test('    // #region команда')).toBe(true);
        expect(new RegExp(c.folding.markers.end).test('    // #endregion')).toBe(true);
        for (const rule of c.onEnterRules) {
            for (const pattern of [rule.beforeText, rule.afterText, rule.previousLineText]) {
                if (pattern !== undefined) expect(() => new RegExp(pattern)).not.toThrow();
            }
        }
    });
});
