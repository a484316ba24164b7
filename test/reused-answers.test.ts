/**
 * While the user types, semantic tokens, folding ranges and the outline take each untouched
 * activity's part from the answer before, moved to where the activity now stands
 * (language/src/lsp/semantic-tokens.ts, folding.ts, document-symbols.ts). What must hold: after
 * every edit each answer is exactly that of a fresh document of the new text, and the untouched
 * activities' parts were indeed taken again.
 */
import { describe, expect, test } from 'vitest';
import { CancellationToken, type FoldingRange } from 'vscode-languageserver';
import type { LangiumDocument } from 'langium';
import { reusedAnswers } from '../language/src/lsp/reused-answers.js';
import { openInServer, parse, readExample, services } from './helpers.js';

const lsp = services.Grant.lsp;
const none = CancellationToken.None;

async function answers(document: LangiumDocument) {
    const textDocument = { uri: document.uri.toString() };
    const tokens = (await lsp.SemanticTokenProvider!.semanticHighlight(document, { textDocument }, none)).data;
    const folding = (await lsp.FoldingRangeProvider!.getFoldingRanges(document, { textDocument }, none) as FoldingRange[])
        .map(r => JSON.stringify([r.startLine, r.startCharacter, r.endLine, r.endCharacter, r.kind])).sort();
    const symbols = JSON.parse(JSON.stringify(await lsp.DocumentSymbolProvider!.getSymbols(document, { textDocument }, none)));
    return { tokens: [...tokens], folding, symbols };
}

let counter = 0;

async function open(text: string) {
    const { document, type, close } = await openInServer(`file:///test/reused-answers-${++counter}.grant`, text);
    await answers(document);
    let current = text;
    return {
        async type(find: string | RegExp, replace: string) {
            const next = current.replace(find, replace);
            expect(next, `${find} not found`).not.toBe(current);
            current = next;
            await type(next);
            const before = { ...reusedAnswers };
            const ours = await answers(document);
            const taken = { tokens: reusedAnswers.tokens - before.tokens, folding: reusedAnswers.folding - before.folding, symbols: reusedAnswers.symbols - before.symbols };
            const fresh = await answers(await parse(next));
            expect(ours.tokens).toEqual(fresh.tokens);
            expect(ours.folding).toEqual(fresh.folding);
            expect(ours.symbols).toEqual(fresh.symbols);
            return taken;
        },
        close
    };
}

describe('semantic tokens, folding and the outline while the user types', () => {
    test('edits in a fact, above activities and in a title: the answers of a fresh document, untouched activities taken again', async () => {
        const base = readExample('birgemiz-bilim.grant');
        const doc = await open(base);
        // A digit typed into a fact: one activity read anew, the others taken again where they were.
        let taken = await doc.type('факт: 36', 'факт: 360');
        expect(taken.tokens).toBeGreaterThan(5);
        expect(taken.folding).toBeGreaterThan(5);
        expect(taken.symbols).toBeGreaterThan(5);
        // Two lines added to a task's description: every activity after them moves down.
        taken = await doc.type(/(міндет 2 [^\n]*\{\n)/u, '$1        // бір\n        // екі\n');
        expect(taken.tokens).toBeGreaterThan(5);
        // A fact that turns a verdict (the token's modifier «met»/«unmet» changes) and a title edited.
        await doc.type('факт: 360', 'факт: 1');
        await doc.type(/іс-шара 2 "/u, 'іс-шара 2 "Жаңа: ');
        // A line added on the line of an activity's start (its column stays): the same again.
        await doc.type(/\n(\s*іс-шара 3 )/u, '\n\n$1');
        doc.close();
    });

    test('a task renumbered: its activities get new labels in the outline, nothing stale is kept', async () => {
        const doc = await open(readExample('teng-mumkindik.grant'));
        await doc.type(/міндет 2 /u, 'міндет 9 ');
        await doc.type(/міндет 9 /u, 'міндет 2 ');
        doc.close();
    });
});
