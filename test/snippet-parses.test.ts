/**
 * A snippet inserted from completion parses at once (issue 15: `мерзімі:` left empty was a syntax
 * error right after insertion): its tab stops hold empty quotes, the plan's `""` placeholder and
 * the project's period, each selected so that typing replaces it.
 */
import { describe, expect, test } from 'vitest';
import { expectCompletion } from 'langium/test';
import type { CompletionItem, CompletionList, TextEdit } from 'vscode-languageserver';
import { BASE, grant, parse } from './helpers.js';

const complete = expectCompletion(grant);

async function itemAt(text: string, label: string): Promise<CompletionItem> {
    let list: CompletionList | undefined;
    await complete({ text, index: 0, assert: l => { list = l; }, disposeAfterCheck: true });
    const item = list?.items.find(i => i.label === label);
    expect(item, `no «${label}» offered`).toBeDefined();
    return item!;
}

/** The text VS Code inserts for a snippet before anything is typed: each tab stop's default. */
function inserted(body: string): string {
    const unescape = (s: string) => s.replace(/\\([\\$}])/g, '$1');
    return unescape(body.replace(/\$\{\d+:((?:\\.|[^\\}])*)\}/g, (_, d: string) => d.replace(/\$/g, '\u0000'))
        .replace(/\$\{\d+\}|\$\d+/g, '')).replace(/\u0000/g, '$');
}

/** The document after accepting `label` at `<|>`: the snippet's edit applied with its defaults. */
async function accept(host: string, label: string): Promise<{ text: string; newText: string }> {
    const item = await itemAt(host, label);
    const edit = item.textEdit as TextEdit;
    const text = host.replace('<|>', '');
    const lines = text.split('\n');
    const offset = (p: { line: number; character: number }) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
    const newText = inserted(edit.newText);
    return { text: text.slice(0, offset(edit.range.start)) + newText + text.slice(offset(edit.range.end)), newText };
}

const syntaxErrors = async (text: string) =>
    (await parse(text)).diagnostics!.filter(d => d.severity === 1).map(d => `${d.range.start.line + 1}: ${d.message}`);

describe('a freshly inserted snippet gives no syntax error', () => {
    test('іс-шара: the period is the project\'s, the plan an empty placeholder', async () => {
        const host = BASE.replace('    міндет 2 "Қорытынды" {\n', '    міндет 2 "Қорытынды" {\n        <|>\n');
        const { text, newText } = await accept(host, 'іс-шара …');
        expect(newText).toBe('іс-шара 2 "" {\n    мерзімі: 01.03.2020 - 30.11.2020\n    орны: ""\n    көрсеткіш "" жоспар: ""\n}');
        expect(await syntaxErrors(text)).toEqual([]);
        const item = await itemAt(host, 'іс-шара …');
        expect((item.textEdit as TextEdit).newText).toContain('мерзімі: ${2:01.03.2020 - 30.11.2020}');
        expect((item.textEdit as TextEdit).newText).toContain('жоспар: ${5:""}');
    });

    test('қорытынды: the six sections the final report needs, each text a tab stop', async () => {
        const host = BASE.replace(/\n    қорытынды \{[^}]*\}\n/u, '\n    <|>\n');
        const { text, newText } = await accept(host, 'қорытынды …');
        expect(newText).toBe('қорытынды {\n    ауытқу: ""\n    мақсатқа-жету: ""\n    өзгерістер: ""\n    нақты-нәтижелер: ""\n    ұзақ-мерзімді-әсер: ""\n    тұрақтылық: ""\n}');
        expect(await syntaxErrors(text)).toEqual([]);
        // Inserted, nothing is missing any more: each empty section asks for its text instead.
        const after = (await parse(text)).diagnostics!.filter(d => d.code === 'V-REQ-08').map(d => String(d.message));
        expect(after).toHaveLength(6);
        expect(after.every(m => m.includes('бөлімі бос'))).toBe(true);
    });

    test('міндет and көрсеткіш', async () => {
        const task = await accept(BASE.replace('    ақпараттық-жұмыс "Ақпарат" {', '    <|>\n    ақпараттық-жұмыс "Ақпарат" {'), 'міндет …');
        expect(task.newText).toContain('мерзімі: 01.03.2020 - 30.11.2020');
        expect(await syntaxErrors(task.text)).toEqual([]);
        const indicator = await accept(BASE.replace('            көрсеткіш "Сауалнама"', '            <|>\n            көрсеткіш "Сауалнама"'), 'көрсеткіш …');
        expect(indicator.newText).toBe('көрсеткіш "" жоспар: ""');
        expect(await syntaxErrors(indicator.text)).toEqual([]);
    });

    test('статистика', async () => {
        const stats = await accept(BASE.replace('    ақпараттық-жұмыс "Ақпарат" {', '    <|>\n    ақпараттық-жұмыс "Ақпарат" {'), 'статистика …');
        expect(stats.newText).toContain('барлығы: 0');
        expect((await parse(stats.text)).parseResult.parserErrors).toEqual([]);
        expect((await parse(stats.text)).parseResult.lexerErrors).toEqual([]);
    });

    test('no period in the project: six months from today', async () => {
        const host = 'жоба "X" {\n    міндет 1 "a" {\n        <|>\n    }\n}\n';
        const { text, newText } = await accept(host, 'іс-шара …');
        expect(newText).toMatch(/мерзімі: \d\d\.\d\d\.\d{4} - \d\d\.\d\d\.\d{4}\n/);
        expect((await parse(text)).parseResult.parserErrors).toEqual([]);
    });
});
