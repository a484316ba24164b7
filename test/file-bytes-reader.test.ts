/**
 * The CLI's and the summary workers' file reader (server/src/node-files.ts, FileBytesReader):
 * one buffer kept from file to file, yet every file's bytes exactly its own — after a bigger
 * one, across the buffer's growth, empty — and the same refusals as every other read: not a
 * regular file (a folder, a FIFO: never waited on), more than the limit.
 */
import { describe, expect, test } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { FileBytesReader, FileTooLargeError, NotRegularFileError } from '../server/src/node-files.js';

const dir = mkdtempSync(join(tmpdir(), 'esep-reader-'));
function file(name: string, bytes: Uint8Array | string): string {
    const path = join(dir, name);
    writeFileSync(path, bytes);
    return path;
}
/** Bytes that differ from place to place, so a stale byte of an earlier file shows. */
function pattern(length: number, seed: number): Uint8Array {
    const out = new Uint8Array(length);
    for (let i = 0; i < length; i++) out[i] = (i * 31 + seed) & 0xff;
    return out;
}

/** What `read` gave, as plain bytes (it hands out a view of its buffer). */
const read = (reader: FileBytesReader, path: string, limit?: number) => Uint8Array.from(reader.read(path, limit));

describe('one kept buffer, each file its own bytes', () => {
    test('a big file, then a small one, then an empty one, then one that makes the buffer grow', () => {
        const reader = new FileBytesReader();
        const big = pattern(300_000, 1), small = pattern(1_000, 2), larger = pattern(700_000, 3);
        expect(read(reader, file('big.grant', big))).toEqual(big);
        expect(read(reader, file('small.grant', small))).toEqual(small);
        expect(read(reader, file('empty.grant', new Uint8Array(0)))).toEqual(new Uint8Array(0));
        expect(read(reader, file('larger.grant', larger))).toEqual(larger);
        const text = 'жоба "Бірге" {}\n';
        expect(new TextDecoder().decode(reader.read(file('text.grant', text)))).toBe(text);
    });

    test('more than the limit, a folder and a FIFO are refused', () => {
        const reader = new FileBytesReader();
        expect(() => reader.read(file('limit.grant', pattern(101, 4)), 100)).toThrow(FileTooLargeError);
        expect(read(reader, file('at-limit.grant', pattern(100, 5)), 100)).toEqual(pattern(100, 5));
        const folder = join(dir, 'folder.grant');
        mkdirSync(folder);
        expect(() => reader.read(folder)).toThrow(NotRegularFileError);
        const fifo = join(dir, 'pipe.grant');
        if (spawnSync('mkfifo', [fifo]).status !== 0) return; // no mkfifo here
        expect(() => reader.read(fifo)).toThrow(NotRegularFileError);
        expect(() => reader.read(join(dir, 'missing.grant'))).toThrow(/ENOENT/);
    });
});
