/**
 * What the parser says when a brace is missing, extra, or a field stands in the wrong block: the
 * place and the fix in words a non-programmer reads («Бұл жерде «}» күтілген» told them to add a
 * brace where none goes).
 */
import { describe, expect, test } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic } from 'vscode-languageserver';
import { BASE, grant, parse } from './helpers.js';

const msg = (d: Diagnostic) => String(d.message);
const errorsOf = async (text: string) => (await parse(text)).diagnostics!.filter(d => d.severity === 1);
const lastActivity = '            көрсеткіш "Сауалнама" жоспар: кемінде 50% факт: 60%\n        }';

describe('braces and blocks', () => {
    test('a block left open: «Алдыңғы блок «}» белгісімен жабылмаған», and «}» put in one click', async () => {
        const text = BASE.replace(lastActivity, '            көрсеткіш "Сауалнама" жоспар: кемінде 50% факт: 60%');
        const errors = await errorsOf(text);
        expect(errors.map(msg)).toEqual(['Алдыңғы блок «}» белгісімен жабылмаған: «міндет» жолының алдына «}» қойыңыз.']);
        const at = text.split('\n').findIndex(l => l.startsWith('    міндет 2'));
        expect(errors[0].range.start).toEqual({ line: at, character: 4 });
        const doc = await parse(text);
        const actions = (await grant.lsp.CodeActionProvider!.getCodeActions(doc, {
            textDocument: { uri: doc.uri.toString() }, range: errors[0].range, context: { diagnostics: [errors[0]] }
        })) as CodeAction[];
        expect(actions[0].title).toBe('Алдына «}» қою');
        const fixed = TextDocument.applyEdits(TextDocument.create('x', 'grant', 1, text), Object.values(actions[0].edit!.changes!)[0]);
        expect(await errorsOf(fixed)).toEqual([]);
    });

    test('an extra «}»: «Бұл «}» артық … Оны өшіріңіз.»', async () => {
        const errors = await errorsOf(BASE.replace(/\}\s*$/u, '}\n}\n'));
        expect(errors.map(msg)).toEqual(['Бұл «}» артық: ашылған блоктардың бәрі бұдан жоғарыда жабылған. Оны өшіріңіз.']);
    });

    test('a block closed too early: what follows belongs to no block', async () => {
        const errors = await errorsOf(BASE.replace(lastActivity + '\n    }', lastActivity + '\n    }\n}'));
        expect(errors.map(msg)[0]).toBe('Жоба блогы бұдан жоғарыда жабылып қойған, сондықтан «міндет» ешбір блокқа кірмейді: жоғарыдағы артық «}» белгісін өшіріңіз.');
    });

    test('a field in a block it does not belong to is named with the block', async () => {
        // (The project's «кезең:» in an activity is read as its «мерзімі:»: recovery.test.ts.)
        const errors = await errorsOf(BASE.replace('орны: "Орал қаласы"\n            қосымша: 2', 'орны: "Орал қаласы"\n            сома: 100 000 теңге\n            қосымша: 2'));
        expect(errors.map(msg)[0]).toBe('«сома» «іс-шара» блогына жатпайды: оны тиісті блокқа көшіріңіз немесе өшіріңіз.');
    });
});
