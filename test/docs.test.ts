/**
 * The user documentation in docs/ cannot drift from the code: every rule code the checks can
 * emit has its entry in the rule reference (Kazakh and Russian) and the reference lists no code
 * the checks do not know; every keyword of the grammar is in the language reference; every
 * example in the references is accepted by the parser; the normative syntax by example is
 * accepted exactly as written; the links between the pages lead somewhere.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, readSpec, root } from './helpers.js';
import { flatten } from '../server/src/diagnostics.js';
import { RULE_CODES } from '../language/src/validation/codes.js';

const LANGS = ['kk', 'ru'] as const;
/** The rule reference is in English too. */
const RULE_LANGS = ['kk', 'ru', 'en'] as const;
const FIX = { kk: '*Қалай түзету:*', ru: '*Как исправить:*', en: '*Fix:*' };
const docs = (lang: string, page: string) => readFileSync(join(root, 'docs', lang, page), 'utf8');

function sourceFiles(dir: string): string[] {
    return readdirSync(dir).flatMap(name => {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) return name === 'generated' ? [] : sourceFiles(path);
        return path.endsWith('.ts') ? [path] : [];
    });
}

/** Codes that are not rules: syntax errors, unresolved links, Esep's own failures (server/src/diagnostics.ts). */
const NON_RULE_CODES = ['parse', 'link', 'internal'];

/**
 * The codes the checks can emit: the typed table of rule codes (language/src/validation/codes.ts,
 * `value` among them), the non-rule codes, and — a second net for a code reported around the
 * table — every «V-…» string literal of the language and the server.
 */
function emittedCodes(): Set<string> {
    const codes = new Set<string>([...RULE_CODES, ...NON_RULE_CODES]);
    const files = [...sourceFiles(join(root, 'language/src')), ...sourceFiles(join(root, 'server/src'))];
    const text = files.map(f => readFileSync(f, 'utf8')).join('\n');
    for (const m of text.matchAll(/['"`](V-[A-Z]+(?:-\d+)?)['"`]/g)) codes.add(m[1]);
    return codes;
}

/** The codes a rule reference documents: its `### CODE` headings, in order. */
export function documentedCodes(markdown: string): string[] {
    return [...markdown.matchAll(/^###\s+(\S+)\s*$/gmu)].map(m => m[1]);
}

/** What is missing from the docs, and what the docs list that the code does not know. */
export function codeDrift(emitted: Iterable<string>, documented: Iterable<string>): { undocumented: string[]; unknown: string[] } {
    const e = new Set(emitted), d = new Set(documented);
    return {
        undocumented: [...e].filter(c => !d.has(c)).sort(),
        unknown: [...d].filter(c => !e.has(c)).sort()
    };
}

describe('rule reference (docs/*/rules.md)', () => {
    const emitted = emittedCodes();

    it('finds the codes the checks emit', () => {
        // A sanity floor: if the scan breaks, the comparison below would pass on nothing.
        expect(emitted.size).toBeGreaterThan(40);
        for (const code of ['V-PF-02', 'V-SUM-01', 'V-REQ-01', 'V-XREF-03', 'V-FMT-07', 'parse', 'value']) expect(emitted).toContain(code);
        // The table is the source: every code it lists is documented (the scan only adds to it).
        expect(RULE_CODES.length).toBeGreaterThan(40);
    });

    for (const lang of RULE_LANGS) {
        it(`${lang}: documents every code the checks emit, and no other`, () => {
            expect(codeDrift(emitted, documentedCodes(docs(lang, 'rules.md')))).toEqual({ undocumented: [], unknown: [] });
        });

        it(`${lang}: each code once, with a meaning and a fix`, () => {
            const text = docs(lang, 'rules.md');
            const codes = documentedCodes(text);
            expect(new Set(codes).size).toBe(codes.length);
            const fix = FIX[lang];
            for (const section of text.split(/^###\s+/mu).slice(1)) {
                const [code] = section.split('\n', 1);
                expect(section, `${code}: no bold title line`).toMatch(/^\S+\n\*\*[^*]+\*\* · \S/u);
                expect(section.includes(fix), `${code}: no «${fix}»`).toBe(true);
            }
        });
    }

    it('kk, ru and en list the same codes in the same order', () => {
        expect(documentedCodes(docs('ru', 'rules.md'))).toEqual(documentedCodes(docs('kk', 'rules.md')));
        expect(documentedCodes(docs('en', 'rules.md'))).toEqual(documentedCodes(docs('kk', 'rules.md')));
    });

    it('every code `esep check` reports on broken files is documented (not only the «V-…» ones)', async () => {
        const broken = [
            'жоба "Т" {\n    гранталушы: Жас қанат ҚБ\n    кезең: 31.02.2020 - 30.11.2020\n    міндет "М" {\n        іс-шара "І" {\n'
                + '            көрсеткш "Фото" жоспар: 5 факт: 6\n            Фото кейін қосамын\n            көрсеткіш "Б" жоспар: кемінде факт: 2\n        }\n    }\n}\n',
            'жоба "Т" {\n    міндет "М" {\n', 'жоба "Т" { сома: 1 000 (бір мың) }\n'
        ];
        const documented = new Set(documentedCodes(docs('kk', 'rules.md')));
        const seen = new Set<string>();
        for (const text of broken) {
            for (const d of flatten('x.grant', await parse(text))) seen.add(d.code);
        }
        expect(seen).toContain('parse');
        expect(seen).toContain('value');
        expect([...seen].filter(c => !documented.has(c))).toEqual([]);
    });

    it('the comparison catches both kinds of drift', () => {
        expect(codeDrift(['V-PF-02', 'V-NEW-01'], ['V-PF-02', 'V-OLD-09'])).toEqual({ undocumented: ['V-NEW-01'], unknown: ['V-OLD-09'] });
        expect(documentedCodes('## Group\n### V-PF-02\ntext\n### value\n#### not a code')).toEqual(['V-PF-02', 'value']);
    });
});

/** Keywords of the grammar: quoted words with a letter in language/src/grant.langium. */
function grammarKeywords(): string[] {
    const grammar = readFileSync(join(root, 'language/src/grant.langium'), 'utf8').replace(/\/\/[^\n]*/g, '');
    const words = [...grammar.matchAll(/'([^'\n]+)'/g)].map(m => m[1]).filter(w => /\p{L}/u.test(w));
    return [...new Set(words)].sort();
}

/** The ```grant blocks of a page. */
function grantBlocks(markdown: string): string[] {
    return [...markdown.matchAll(/^```grant\n([\s\S]*?)^```$/gmu)].map(m => m[1]);
}

describe('language reference (docs/*/language.md)', () => {
    for (const lang of LANGS) {
        it(`${lang}: names every keyword of the grammar`, () => {
            const text = docs(lang, 'language.md');
            const missing = grammarKeywords().filter(k => !text.includes(`\`${k}\``));
            expect(missing).toEqual([]);
        });

        it(`${lang}: every example is accepted by the parser`, async () => {
            const blocks = grantBlocks(docs(lang, 'language.md'));
            expect(blocks.length).toBeGreaterThan(5);
            for (const block of blocks) {
                // A block is a whole project, an indicator (inside an activity) or a part of a project.
                const text = /^\s*жоба\s/u.test(block) ? block
                    : /^\s*көрсеткіш\s/u.test(block) ? `жоба "Мысал" {\nміндет "М" {\nіс-шара "І" {\n${block}}\n}\n}\n`
                        : `жоба "Мысал" {\n${block}}\n`;
                const document = await parse(text, false);
                const errors = [...document.parseResult.lexerErrors, ...document.parseResult.parserErrors].map(e => e.message);
                expect(errors, block).toEqual([]);
            }
        });
    }
});

describe('docs/syntax-by-example.grant', () => {
    it('is accepted exactly as written', async () => {
        const document = await parse(readSpec(), false);
        expect(document.parseResult.lexerErrors).toEqual([]);
        expect(document.parseResult.parserErrors).toEqual([]);
    });
});

describe('links between the documents', () => {
    const pages = [
        ...readdirSync(join(root, 'docs')).flatMap(d => statSync(join(root, 'docs', d)).isDirectory()
            ? readdirSync(join(root, 'docs', d)).filter(f => f.endsWith('.md')).map(f => join(root, 'docs', d, f))
            : d.endsWith('.md') ? [join(root, 'docs', d)] : []),
        join(root, 'README.md')
    ].filter(existsSync);

    it('every relative link leads to a file of the repository', () => {
        const broken: string[] = [];
        for (const page of pages) {
            const text = readFileSync(page, 'utf8');
            for (const m of text.matchAll(/\]\(([^)\s]+)\)/g)) {
                const target = m[1].split('#')[0];
                if (!target || /^[a-z]+:/i.test(target)) continue;
                if (!existsSync(join(dirname(page), decodeURI(target)))) broken.push(`${relative(root, page)} → ${m[1]}`);
            }
        }
        expect(broken).toEqual([]);
    });

    it('nothing points outside the repository (../shared, DOMAIN.md)', () => {
        for (const page of pages) expect(readFileSync(page, 'utf8'), relative(root, page)).not.toMatch(/\.\.\/shared|DOMAIN\.md/u);
    });
});

describe('a repository that stands alone', () => {
    /** Source, tests, scripts and data: what a clone has to build, test and explain itself. */
    const files = ['language/src', 'server/src', 'client/src', 'test', 'scripts', 'bench', 'templates', 'syntaxes']
        .flatMap(dir => {
            const walk = (d: string): string[] => readdirSync(d).flatMap(name => {
                const path = join(d, name);
                if (statSync(path).isDirectory()) return name === 'generated' || name === 'node_modules' ? [] : walk(path);
                return /\.(ts|mjs|js|json|sh|langium)$/.test(name) ? [path] : [];
            });
            return existsSync(join(root, dir)) ? walk(join(root, dir)) : [];
        })
        .filter(f => !f.endsWith('docs.test.ts'));

    it('no file cites DOMAIN.md or reads ../shared: they cite docs/', () => {
        expect(files.length).toBeGreaterThan(50);
        const outside = files.filter(f => /DOMAIN(\.md)? ?§|DOMAIN\.md|\.\.\/shared\/|\/work\/shared/u.test(readFileSync(f, 'utf8')))
            .map(f => relative(root, f));
        expect(outside).toEqual([]);
    });
});
