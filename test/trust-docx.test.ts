/**
 * Item 1 of issue 13: characters XML cannot hold. One U+0001 in `тақырып`
 * made a document.xml Word and LibreOffice refuse; now the check says where
 * (V-FMT-08, with a quick fix) and the writer leaves them out at one place,
 * so every XML part of every report is well-formed (a strict parser reads them).
 */
import { describe, expect, test } from 'vitest';
import { EmptyFileSystem } from 'langium';
import { CodeActionKind } from 'vscode-languageserver';
import { renderReport } from '../server/src/report/render.js';
import { docxXmlProblems, saxesError, unzip } from './fuzz/docx-xml.js';
import { wellFormedError } from './fuzz/well-formed.js';
import { BASE, grant, parse, readExample, readSpec } from './helpers.js';
import { createGrantServices } from '../language/src/grant-module.js';

const KINDS = ['final', 'plan', 'interim'] as const;
const LANGS = ['kk', 'ru'] as const;

/** The .docx of every kind and language of `text`, each with the problems of its XML parts. */
async function reports(text: string) {
    const doc = await parse(text);
    const out: { name: string; problems: string[]; xml: string }[] = [];
    for (const kind of KINDS) {
        for (const lang of LANGS) {
            const result = await renderReport(doc, grant, { kind, lang });
            if (!result.ok) continue;
            out.push({ name: `${kind}/${lang}`, problems: docxXmlProblems(result.bytes), xml: unzip(result.bytes).get('word/document.xml')!.toString('utf8') });
        }
    }
    return out;
}

const hostile = BASE
    .replace('тақырып: "Ауыл мектептеріне волонтерлік көмек"', 'тақырып: "Ауыл мектептеріне\u0001 волонтерлік көмек"')
    .replace('көрсеткіш "Фото" жоспар: 10 факт: 12', 'көрсеткіш "Фо\u0000то\u000b\u001f\uffff" жоспар: 10 факт: 12')
    .replace('іс-шара 2 "Сауалнама"', 'іс-шара 2 "Сауал\u0008нама\u0085"');

describe('item 1: no report holds a character XML cannot', () => {
    test('U+0001 in the topic, NUL, U+000B, U+001F, U+FFFF, U+0008, U+0085 in names: every XML part of every report is well-formed', async () => {
        const all = await reports(hostile);
        expect(all.map(r => r.name)).toEqual(['final/kk', 'final/ru', 'plan/kk', 'plan/ru', 'interim/kk', 'interim/ru']);
        for (const r of all) {
            expect(r.problems, r.name).toEqual([]);
            // The text is kept, without the characters.
            expect(r.xml.includes('Ауыл мектептеріне волонтерлік көмек'), r.name).toBe(true);
        }
        expect(/>Фото\s*</u.test(all[0].xml)).toBe(true);
        expect(all[0].xml.includes('Сауалнама')).toBe(true);
    });

    test('a lone surrogate (possible in text an editor sends): flagged by V-FMT-08, and the report stays well-formed', async () => {
        const { shared, Grant } = createGrantServices(EmptyFileSystem);
        const document = shared.workspace.LangiumDocumentFactory.fromString(BASE.replace('"Фото"', '"Фото\ud800"'), (await import('langium')).URI.parse('file:///t/surrogate.grant'));
        shared.workspace.LangiumDocuments.addDocument(document);
        await shared.workspace.DocumentBuilder.build([document], { validation: true });
        const result = await renderReport(document, Grant, { kind: 'final', lang: 'kk' });
        expect(result.ok).toBe(true);
        if (result.ok) expect(docxXmlProblems(result.bytes)).toEqual([]);
        expect((document.diagnostics ?? []).some(d => d.code === 'V-FMT-08')).toBe(true);
    });

    test('the examples and the syntax file: every XML part of every report is well-formed, by the fuzzer\'s check and by saxes', async () => {
        const { renderReport: render } = await import('../server/src/report/render.js');
        for (const text of [readExample('birgemiz-bilim.grant'), readExample('teng-mumkindik.grant'), readSpec()]) {
            for (const r of await reports(text)) expect(r.problems, r.name).toEqual([]);
            const result = await render(await parse(text), grant, { kind: 'final', lang: 'ru' });
            if (!result.ok) continue;
            for (const [name, data] of unzip(result.bytes)) {
                if (/\.(xml|rels)$/u.test(name)) expect(saxesError(data.toString('utf8')), name).toBeUndefined();
            }
        }
    }, 60_000);

    test('V-FMT-08 names the characters where they stand, and the quick fix removes every one of them', async () => {
        const doc = await parse(hostile);
        const found = (doc.diagnostics ?? []).filter(d => d.code === 'V-FMT-08');
        expect(found.map(d => d.message)).toEqual([
            'Мәтінде көрінбейтін басқару таңбалары бар (U+0001): олар Word құжатында болмайды, сондықтан есепке кірмейді. Оларды өшіріңіз (жылдам түзету: «Басқару таңбаларын өшіру»).',
            expect.stringContaining('(U+0000)'),
            expect.stringContaining('(U+000B, U+001F, U+FFFF)'),
            expect.stringContaining('(U+0008)'),
            expect.stringContaining('(U+0085)')
        ]);
        expect(found[0].severity).toBe(2);
        const line = hostile.split('\n').findIndex(l => l.includes('\u0001'));
        expect(found[0].range.start).toEqual({ line, character: hostile.split('\n')[line].indexOf('\u0001') });
        expect(found[0].range.end.character - found[0].range.start.character).toBe(1);
        const actions = await grant.lsp.CodeActionProvider!.getCodeActions(doc, {
            textDocument: { uri: doc.uri.toString() }, range: found[0].range, context: { diagnostics: [found[0]] }
        }) as { title: string; kind: string; isPreferred?: boolean; edit: { changes: Record<string, { newText: string }[]> } }[];
        expect(actions.map(a => [a.title, a.kind, a.isPreferred])).toEqual([['Басқару таңбаларын өшіру', CodeActionKind.QuickFix, true]]);
        const fixed = Object.values(actions[0].edit.changes)[0][0].newText;
        expect(fixed).toBe(hostile.replace(/[\u0000\u0001\u0008\u000b\u001f\u0085\uffff]/gu, ''));
        const after = await parse(fixed);
        expect((after.diagnostics ?? []).filter(d => d.code === 'V-FMT-08')).toEqual([]);
    });

    test('the fuzzer\'s well-formedness check refuses what saxes refuses, and accepts what it accepts', () => {
        const W = 'xmlns:w="urn:w"';
        const good = [
            `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${W}><w:t xml:space="preserve">a &amp; b &#x41; &#65;</w:t><w:br/></w:document>`,
            `<a><!-- note --><?pi data?><![CDATA[<x> & ]]></a>`,
            `<a b='1' c="2">Қазақ «мәтін» \u{1F600}</a>\n`
        ];
        const bad = [
            '<a>b\u0001c</a>', '<a>\uFFFF</a>', '<a>\uD800</a>', '<a><b></a>', '<a>', '<a></a><b/>', 'text<a/>',
            '<a b="1" b="2"/>', '<a b=1/>', '<a b="<"/>', '<a>&nbsp;</a>', '<a>& b</a>', '<a>&#1;</a>', '<a>]]></a>',
            '<a><!-- a -- b --></a>', `<a/><?xml version="1.0"?>`, '<w:a/>', '<a w:b="1"/>', '<1a/>',
            '<?xml version="2.0"?><a/>', ''
        ];
        for (const xml of good) {
            expect(saxesError(xml), xml).toBeUndefined();
            expect(wellFormedError(xml), xml).toBeUndefined();
        }
        for (const xml of bad) {
            expect(saxesError(xml), xml).toBeDefined();
            expect(wellFormedError(xml), xml).toBeDefined();
        }
        expect(wellFormedError('<a>\n b\u0001c</a>')).toBe('2:3: a character XML does not allow (U+0001)');
        // Stricter than XML on purpose: a .docx part has no DOCTYPE (and so no entities of its own).
        expect(wellFormedError('<!DOCTYPE a><a/>')).toBe('1:1: a DOCTYPE (a .docx part has none)');
    });

    test('a clean file has no V-FMT-08', async () => {
        const doc = await parse(BASE);
        expect((doc.diagnostics ?? []).filter(d => d.code === 'V-FMT-08')).toEqual([]);
    });
});
