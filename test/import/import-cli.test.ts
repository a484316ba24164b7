/**
 * `esep import`: a draft next to the source, never over an existing file
 * without --force, the source untouched, and one clear line for every file
 * that cannot be read.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { readExample } from '../helpers.js';
import { shapeOfText } from './shape.js';
import { planDocx } from './plan-docx.js';
import { runCli } from '../cli-helpers.js';

const run = runCli;

const dir = mkdtempSync(join(tmpdir(), 'esep-import-'));
const file = (name: string, content: string | Uint8Array) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
};
let docx: Uint8Array;
beforeAll(async () => {
    docx = await planDocx((await shapeOfText(readExample('teng-mumkindik.grant'))).shape);
});

describe('esep import', () => {
    test('writes name.grant next to the source; the draft checks with no errors; the source is untouched', async () => {
        const src = file('Тең мүмкіндік жоспары.docx', docx);
        const r = await run(['import', src]);
        expect(r.code).toBe(0);
        const target = join(dir, 'Тең мүмкіндік жоспары.grant');
        expect(r.out).toBe(`Нобай жазылды: ${target} — 6 міндет, 14 іс-шара, 71 көрсеткіш жоспарымен; тексеретін белгі: 0.`);
        expect(r.err).toBe(`Келесі қадам: esep check ${target}`);
        expect(Buffer.compare(readFileSync(src), Buffer.from(docx))).toBe(0);
        // No syntax error (the plan's own findings, such as its missing grant sum, are the rules' to report).
        const check = await run(['check', target, '--format', 'json']);
        const findings = JSON.parse(check.out) as { code: string; severity: string }[];
        expect(findings.filter(f => f.code === 'parse' || f.code === 'lexing')).toEqual([]);
        expect(findings.filter(f => f.severity === 'error').map(f => f.code)).toEqual(['V-REQ-01']);
    });

    test('never overwrites without --force; -o names the output', async () => {
        const src = file('again.docx', docx);
        const target = join(dir, 'again.grant');
        writeFileSync(target, 'менің жазбаларым');
        const r = await run(['import', src]);
        expect(r.code).toBe(1);
        expect(r.err).toBe(`${target} бұрыннан бар: ол қайта жазылмады. Қайта жазу үшін --force қосыңыз немесе -o арқылы басқа атау беріңіз.`);
        expect(readFileSync(target, 'utf8')).toBe('менің жазбаларым');
        expect((await run(['import', src, '--force'])).code).toBe(0);
        expect(readFileSync(target, 'utf8')).toMatch(/^\/\/ Esep: «again\.docx»/u);
        const other = join(dir, 'басқа.grant');
        expect((await run(['import', src, '-o', other])).code).toBe(0);
        expect(existsSync(other)).toBe(true);
        expect((await run(['import', src, '-o', src, '--force'])).err).toMatch(/бастапқы файлдың орнына жазылмайды/u);
        // A draft under another extension would not be read as one: refused before any work.
        const txt = join(dir, 'draft.txt');
        const named = await run(['import', src, '-o', txt]);
        expect(named.code).toBe(2);
        expect(named.err).toBe(`${txt}: нобай .grant файлы болып жазылады, сондықтан атауы .grant деп аяқталсын (мысалы, -o жоба.grant).`);
        expect(existsSync(txt)).toBe(false);
    });

    const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
    const utf16 = (s: string) => [...s].flatMap(ch => [ch.charCodeAt(0), 0]);
    const bad: [string, string, () => Uint8Array | string, RegExp][] = [
        ['a text file', 'notes.docx', () => 'бұл жай мәтін', /: бұл Word \(\.docx\) немесе PDF файлы емес\. /u],
        ['an empty file', 'empty.pdf', () => '', /: файл бос, импорттайтын мәтін жоқ\.$/u],
        ['a damaged zip', 'broken.docx', () => new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]), /: файл бүлінген, оқылмады\. /u],
        ['a zip that is not a Word file', 'book.docx', () => zipSync({ '[Content_Types].xml': new TextEncoder().encode('<Types/>'), 'xl/workbook.xml': new Uint8Array(10) }), /: бұл Word \(\.docx\) немесе PDF файлы емес/u],
        ['a zip bomb (more than 50 MB of XML)', 'bomb.docx', () => zipSync({ 'word/document.xml': new Uint8Array(51 * 1024 * 1024).fill(0x20) }, { level: 9 }), /: файлдың ішіндегі мәтін тым үлкен \(50 МБ-тан асады\)/u],
        ['an encrypted Word file', 'secret.docx', () => new Uint8Array([...CFB, ...new Array(504).fill(0), ...utf16('EncryptedPackage')]), /: файл құпиясөзбен қорғалған/u],
        ['an old .doc', 'old.doc', () => new Uint8Array([...CFB, ...new Array(504).fill(0)]), /: бұл Word-тың ескі пішімі \(\.doc\)/u]
    ];
    test.each(bad)('%s: one clear line, exit 1, nothing written', async (_name, name, content, message) => {
        const src = file(name, content());
        const r = await run(['import', src]);
        expect(r.code).toBe(1);
        expect(r.err.split('\n')).toHaveLength(1);
        expect(r.err).toMatch(message);
        expect(r.err).not.toMatch(/at .*\.ts:\d+|Error:/);
        expect(existsSync(src.replace(/\.\w+$/, '.grant'))).toBe(false);
    });

    test('a missing file, and usage', async () => {
        expect((await run(['import', join(dir, 'жоқ.docx')])).err).toMatch(/жоқ\.docx: файл табылмады\./u);
        const usage = await run(['import']);
        expect(usage.code).toBe(2);
        expect(usage.err).toContain('esep import <жоспар.docx|жоспар.pdf> [-o нобай.grant] [--force]');
    });
});
