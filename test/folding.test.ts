/**
 * Folding ranges (language/src/lsp/folding.ts) are exactly what Langium's default provider gives —
 * every node of three lines or more, every block comment — found without walking every token.
 */
import { describe, expect, test } from 'vitest';
import { DefaultFoldingRangeProvider } from 'langium/lsp';
import type { FoldingRange, FoldingRangeParams } from 'vscode-languageserver';
import { generateByLines } from '../bench/generate.js';
import { grant, parse, readExample, readSpec } from './helpers.js';

const params = {} as FoldingRangeParams;
const langium = new DefaultFoldingRangeProvider(grant);

function sorted(ranges: FoldingRange[]): string[] {
    return ranges.map(r => JSON.stringify([r.startLine, r.startCharacter, r.endLine, r.endCharacter, r.kind])).sort();
}

async function both(text: string): Promise<{ ours: FoldingRange[]; theirs: FoldingRange[] }> {
    const document = await parse(text, false);
    const ours = await grant.lsp.FoldingRangeProvider!.getFoldingRanges(document, params);
    const theirs = await langium.getFoldingRanges(document, params);
    return { ours, theirs };
}

const COMMENTS = `
/* A block comment
   of three
   lines */
// «/* inside a line comment» does not open one
`;

describe('folding ranges', () => {
    const report = readExample('birgemiz-bilim.grant');
    const cases: [string, string][] = [
        ['the report example', report],
        ['the plan example', readExample('teng-mumkindik.grant')],
        ['the syntax reference', readSpec()],
        ['a generated 1 000-line project', generateByLines({ report, plan: readExample('teng-mumkindik.grant') }, 1000, 3).text],
        ['block comments, «/*» in a string and in a line comment', report.replace(/(міндет 1 [^\n]*\{\n)/u, `$1${COMMENTS}        сипаттама: "a /* b\n\n c"\n        /* two\n           lines\n           more */\n`)],
        ['a file with a syntax error', report.replace(/іс-шара 2 "/u, 'іс-шара 2 ')]
    ];
    for (const [name, text] of cases) {
        test(`${name}: the same ranges as Langium's provider`, async () => {
            const { ours, theirs } = await both(text);
            expect(theirs.length).toBeGreaterThan(3);
            expect(sorted(ours)).toEqual(sorted(theirs));
        });
    }

    test('a block comment of three lines folds as a comment; «/*» in a string does not', async () => {
        const text = report.replace(/(міндет 1 [^\n]*\{\n)/u, `$1${COMMENTS}        сипаттама: "a /* b\n\n c"\n`);
        const { ours } = await both(text);
        const line = text.split('\n').findIndex(l => l.startsWith('/* A block comment'));
        expect(ours.filter(r => r.kind === 'comment').map(r => [r.startLine, r.endLine])).toEqual([[line, line + 1]]);
    });
});
