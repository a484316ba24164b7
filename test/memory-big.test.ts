/**
 * Memory on big inputs (issue 13, item 8): what a check keeps alive. The figures themselves are
 * in the benchmark (`node bench/run.mjs --only big`); here, the causes that were found.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { grant, parse, BASE } from './helpers.js';
import { runCli } from './cli-helpers.js';

describe('a parsed document does not keep its tokens', () => {
    test('the parser lets go of the token vector once the parse returns', async () => {
        const document = await parse(BASE);
        expect(document.parseResult.value.$type).toBe('GrantFile');
        const wrapper = (grant.parser.LangiumParser as unknown as { wrapper: { input: unknown[] } }).wrapper;
        expect(wrapper.input).toHaveLength(0);
        // The tree still reads its text and positions without them.
        expect(document.parseResult.value.$cstNode?.text).toBe(BASE.trimEnd());
    });
});

describe('esep check prints each file as it goes', () => {
    test('findings of several files: one JSON array, in file order, the same as file by file', async () => {
        const dir = mkdtempSync(join(tmpdir(), 'esep-check-stream-'));
        try {
            const shortOf = (fact: number) => BASE.replace(/факт: \d+/, `факт: ${fact}`);
            const files = [join(dir, 'a.grant'), join(dir, 'b.grant'), join(dir, 'c.grant')];
            writeFileSync(files[0], shortOf(1));
            writeFileSync(files[1], BASE);
            writeFileSync(files[2], shortOf(2));
            const each = await Promise.all(files.map(async f => JSON.parse((await runCli(['check', f, '--format', 'json'])).out) as { file: string }[]));
            const all = await runCli(['check', ...files, '--format', 'json']);
            const parsed = JSON.parse(all.out) as { file: string }[];
            expect(parsed).toEqual([...each[0], ...each[1], ...each[2]]);
            expect(parsed.length).toBeGreaterThan(0);
            // Two-space indentation, a comma at the end of every line but the last.
            const lines = all.out.split('\n');
            expect(lines[0]).toBe('[');
            expect(lines.at(-1)).toBe(']');
            expect(lines.slice(1, -2).every(l => l.startsWith('  {') && l.endsWith('},'))).toBe(true);
            expect(lines.at(-2)!.endsWith('}')).toBe(true);
        } finally {
            rmSync(dir, { recursive: true, force: true });
        }
    });
});
