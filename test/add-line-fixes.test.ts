/**
 * A rule that says a line is missing («… көрсетілмеген: орны: "…" қосыңыз») offers to add it in
 * one click: an empty place to fill (which is then the quiet «to fill» mark) or today's date —
 * never made-up data.
 */
import { describe, expect, test } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic } from 'vscode-languageserver';
import { BASE, grant, parse } from './helpers.js';
import { formatDate, todayISO } from '../language/src/dates.js';

async function fix(text: string, code: string): Promise<{ title: string; fixed: string; after: Diagnostic[] }> {
    const doc = await parse(text);
    const d = doc.diagnostics!.find(x => x.code === code)!;
    expect(d, `no ${code}`).toBeDefined();
    const actions = (await grant.lsp.CodeActionProvider!.getCodeActions(doc, {
        textDocument: { uri: doc.uri.toString() }, range: d.range, context: { diagnostics: [d] }
    })) as CodeAction[];
    const fixed = TextDocument.applyEdits(TextDocument.create('x', 'grant', 1, text), Object.values(actions[0].edit!.changes!)[0]);
    return { title: actions[0].title, fixed, after: (await parse(fixed)).diagnostics! };
}

describe('adding the missing line', () => {
    test('V-REQ-06: «орны: "" жолын қосу» first in the activity; then it is the to-fill hint', async () => {
        const text = BASE.replace('            орны: "Орал қаласы"\n            қосымша: 3', '            қосымша: 3');
        const { title, fixed, after } = await fix(text, 'V-REQ-06');
        expect(title).toBe('орны: "" жолын қосу');
        expect(fixed).toBe(BASE.replace('            орны: "Орал қаласы"\n            қосымша: 3', '            қосымша: 3')
            .replace('іс-шара 1 "Кездесу" {\n', 'іс-шара 1 "Кездесу" {\n            орны: ""\n'));
        expect(after.filter(d => d.code === 'V-REQ-06').map(d => [d.severity, d.message])).toEqual([[4, '«Кездесу» іс-шарасының өткізілу орны бос: орны: "…" тырнақшасының ішіне жазыңыз.']]);
    });

    test('V-REQ-09: today\'s date as the filled-in date', async () => {
        const { title, fixed, after } = await fix(BASE.replace('    толтырылған-күні: 01.12.2020\n', ''), 'V-REQ-09');
        const today = formatDate(todayISO());
        expect(title).toBe(`толтырылған-күні: ${today} жолын қосу`);
        expect(fixed).toContain(`жоба "Т" {\n    толтырылған-күні: ${today}\n`);
        expect(after.filter(d => d.code === 'V-REQ-09')).toEqual([]);
    });

    test('V-REQ-01: a missing grantee line is added empty, to fill; an empty one has no such fix', async () => {
        const { title, fixed } = await fix(BASE.replace('    жетекші: "Сейтимов Азат Галимович" лауазымы: "Төраға"\n', ''), 'V-REQ-01');
        expect(title).toBe('жетекші: "" жолын қосу');
        expect(fixed).toContain('жоба "Т" {\n    жетекші: ""\n');
        const empty = await parse(BASE.replace('гранталушы: "Жас қанат жастар қоғамдық бірлестігі"', 'гранталушы: ""'));
        const d = empty.diagnostics!.find(x => x.code === 'V-REQ-01')!;
        const actions = await grant.lsp.CodeActionProvider!.getCodeActions(empty, { textDocument: { uri: empty.uri.toString() }, range: d.range, context: { diagnostics: [d] } });
        expect(actions).toEqual([]);
    });

    test('V-REQ-08: the missing closing sections are added empty at the end of the қорытынды block, to fill; then each is the «empty» error', async () => {
        const text = BASE.replace('        ұзақ-мерзімді-әсер: "Ауыл мектептерінде волонтерлік оқыту жалғасады."\n', '')
            .replace('        тұрақтылық: "Волонтерлер жоба аяқталғаннан кейін де сабақ береді."\n', '');
        const { title, fixed, after } = await fix(text, 'V-REQ-08');
        expect(title).toBe('Қорытынды есептің жетіспейтін бөлімдерін қосу (2)');
        expect(fixed).toBe(text.replace('тәжірибесін алды."\n    }', 'тәжірибесін алды."\n        ұзақ-мерзімді-әсер: ""\n        тұрақтылық: ""\n    }'));
        expect(after.filter(d => d.code === 'V-REQ-08').map(d => d.message)).toEqual([
            'Қорытынды есептің ұзақ-мерзімді-әсер («Шешілетін проблемаға ұзақ мерзімді әсері») бөлімі бос: мәтінін жазыңыз, онсыз есеп қабылданбайды.',
            'Қорытынды есептің тұрақтылық («Жоба нәтижелерінің тұрақтылығы») бөлімі бос: мәтінін жазыңыз, онсыз есеп қабылданбайды.'
        ]);
    });

    test('V-REQ-08: a section missing in the middle is added where the form has it, after the section before it', async () => {
        const text = BASE.replace('        өзгерістер: "Оқушылардың білім деңгейі бастапқы және кейінгі тест бойынша өсті."\n', '')
            .replace('        тұрақтылық: "Волонтерлер жоба аяқталғаннан кейін де сабақ береді."\n', '');
        const { fixed, after } = await fix(text, 'V-REQ-08');
        expect(fixed).toBe(text.replace('сабақ берді."\n', 'сабақ берді."\n        өзгерістер: ""\n')
            .replace('жалғасады."\n', 'жалғасады."\n        тұрақтылық: ""\n'));
        expect(after.filter(d => d.code === 'V-REQ-08')).toHaveLength(2);
    });

    test('V-REQ-08: with no қорытынды block, the block is added before the project\'s closing brace; `қорытынды { }` on one line is opened up', async () => {
        const noBlock = BASE.replace(/\n    қорытынды \{[^}]*\}\n/u, '\n');
        const { fixed } = await fix(noBlock, 'V-REQ-08');
        expect(fixed.endsWith('    }\n    қорытынды {\n        ауытқу: ""\n        мақсатқа-жету: ""\n        өзгерістер: ""\n        нақты-нәтижелер: ""\n'
            + '        ұзақ-мерзімді-әсер: ""\n        тұрақтылық: ""\n    }\n}\n')).toBe(true);
        const oneLine = await fix(noBlock.replace('    серіктес "БҚО', '    қорытынды { }\n    серіктес "БҚО'), 'V-REQ-08');
        expect(oneLine.fixed).toContain('    қорытынды {\n        ауытқу: ""\n');
        expect(oneLine.fixed).toContain('        тұрақтылық: ""\n    }\n    серіктес "БҚО');
    });
});
