/**
 * The CLI as an adversary meets it (issue 13, items 2, 4, 5, 6): a check that
 * fails inside is never a clean pass; a failed write leaves no temporary file;
 * --force replaces only a regular file; nothing a file holds acts on the terminal.
 */
import { describe, expect, test } from 'vitest';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { BASE, parse, grant, root } from './helpers.js';
import { runCli } from './cli-helpers.js';

const run = runCli;

const dir = mkdtempSync(join(tmpdir(), 'esep-trust-'));
function file(name: string, content: string): string {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
}

/** `n` tasks, each with an unmet indicator without a justification: four findings a task. */
function manyFindings(n: number): string {
    const head = 'жоба "Көп" {\n    гранталушы: "ҚБ"\n    тақырып: "Т"\n    кезең: 01.03.2020 - 30.11.2020\n    сома: 100 (жүз) теңге\n    жетекші: "А" лауазымы: "Б"\n';
    const task = (i: number) => `    міндет ${i} "М" {\n        іс-шара 1 "И" {\n            көрсеткіш "Қатысушылар"  жоспар: Кемінде 10  факт: 3\n        }\n    }\n`;
    const parts = [head];
    for (let i = 1; i <= n; i++) parts.push(task(i));
    parts.push('}\n');
    return parts.join('');
}

describe('item 2: a check that cannot finish is never a clean pass', () => {
    test('40 000 tasks with 160 000 findings: every finding is printed and the exit is 1 (the installed bin)', () => {
        const path = file('many.grant', manyFindings(40000));
        const r = spawnSync(process.execPath, [join(root, 'bin/esep.js'), 'check', path, '--format', 'json'],
            { encoding: 'utf8', timeout: 120_000, maxBuffer: 1 << 30 });
        const list = JSON.parse(r.stdout) as { code: string; severity: string }[];
        expect(list.length).toBeGreaterThanOrEqual(160000);
        expect(list.filter(d => d.code === 'V-PF-02' && d.severity === 'error').length).toBe(40000);
        expect(r.status).toBe(1);
    }, 240_000);

    test('a validation that throws gives an error finding on the document, not an empty list', async () => {
        const validator = grant.validation.DocumentValidator as unknown as { validateAst: (...a: unknown[]) => Promise<unknown> };
        const original = validator.validateAst;
        validator.validateAst = () => Promise.reject(new RangeError('Maximum call stack size exceeded'));
        try {
            const doc = await parse(BASE);
            const errors = (doc.diagnostics ?? []).filter(d => d.severity === 1);
            expect(errors).toHaveLength(1);
            expect(errors[0].code).toBe('internal');
            expect(errors[0].message).toMatch(/^Esep бұл файлды тексеруді аяқтай алмады \(ішкі қате: Maximum call stack size exceeded\)\. .*файл таза деп саналмайды/);
        } finally {
            validator.validateAst = original;
        }
    });
});

describe('item 2: no list from a file is spread into a call', () => {
    test('no push(...x), unshift(...x), Math.max(...x) or Math.min(...x) in the language, the server or the client', () => {
        const found: string[] = [];
        const walk = (folder: string) => {
            for (const name of readdirSync(join(root, folder), { withFileTypes: true })) {
                const path = join(folder, name.name);
                if (name.isDirectory()) { if (name.name !== 'generated') walk(path); continue; }
                if (!name.name.endsWith('.ts')) continue;
                const code = readFileSync(join(root, path), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
                code.split('\n').forEach((line, i) => {
                    if (/\.(push|unshift)\(\s*\.\.\.|Math\.(max|min)\(\s*\.\.\.|fromC(harCode|odePoint)\(\s*\.\.\./u.test(line)) found.push(`${path}:${i + 1}: ${line.trim()}`);
                });
            }
        };
        for (const folder of ['language/src', 'server/src', 'client/src']) walk(folder);
        // A number's words: at most a few per group of three digits.
        expect(found.filter(f => !f.startsWith('language/src/numwords.ts:'))).toEqual([]);
    });
});

describe('item 6: escape sequences never reach the terminal', () => {
    const hostile = BASE.replace('көрсеткіш "Фото" жоспар: 10 факт: 12', 'көрсеткіш "Фото\u001b[2J\u001b]8;;http://x\u0007\u009b31m\u202e" жоспар: 10 факт: 3');

    test('esep check (text): the name is shown with visible escapes, no control character is printed', async () => {
        const path = file('esc.grant', hostile);
        const r = await run(['check', path]);
        expect(r.out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/u);
        expect(r.out).toContain('«Фото\\u001B[2J\\u001B]8;;http://x\\u0007\\u009B31m\\u202E»');
    });

    test('esep check --format json: still JSON, with the same name, and no raw C1 or bidi control', async () => {
        const path = file('esc-json.grant', hostile);
        const r = await run(['check', path, '--format', 'json']);
        expect(r.out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/u);
        const list = JSON.parse(r.out) as { message: string }[];
        expect(list.some(d => d.message.includes('Фото\u001b[2J\u001b]8;;http://x\u0007\u009b31m\u202e'))).toBe(true);
    });

    test('esep report: the unjustified row is printed with visible escapes', async () => {
        const path = file('esc-report.grant', hostile);
        const r = await run(['report', path, '-o', join(dir, 'esc.docx')]);
        expect(r.err).toContain('Фото\\u001B[2J');
        expect(r.err).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/u);
    });
});

describe('item 5: --force replaces a regular file only', () => {
    test('a FIFO, a symlink and a device node are refused and stay what they were', async () => {
        const input = file('force.grant', BASE);
        const fifo = join(dir, 'pipe.docx');
        const made = spawnSync('mkfifo', [fifo], { timeout: 5000 });
        if (made.status === 0) {
            const r = await run(['report', input, '-o', fifo, '--force']);
            expect(r.code).toBe(1);
            expect(r.err).toContain(`${fifo} кәдімгі файл емес (сілтеме, құрылғы не арна): оның орнына есеп жазылмайды, --force болса да.`);
            expect(lstatSync(fifo).isFIFO()).toBe(true);
        }
        const elsewhere = join(dir, 'elsewhere.txt');
        writeFileSync(elsewhere, 'keep me');
        const link = join(dir, 'link.docx');
        symlinkSync(elsewhere, link);
        const r2 = await run(['report', input, '-o', link, '--force']);
        expect(r2.code).toBe(1);
        expect(lstatSync(link).isSymbolicLink()).toBe(true);
        expect(readFileSync(elsewhere, 'utf8')).toBe('keep me');
        // A device node (as root, in the test folder: a copy of /dev/null).
        const device = join(dir, 'null.docx');
        if (spawnSync('mknod', [device, 'c', '1', '3'], { timeout: 5000 }).status === 0) {
            const r3 = await run(['report', input, '-o', device, '--force']);
            expect(r3.code).toBe(1);
            expect(lstatSync(device).isCharacterDevice()).toBe(true);
        }
        // A regular file is still replaced.
        const plain = file('plain.docx', 'old');
        expect((await run(['report', input, '-o', plain, '--force'])).code).toBe(0);
        expect(readFileSync(plain).subarray(0, 2).toString()).toBe('PK');
    }, 60_000);
});

describe('item 4: a failed write leaves no temporary file', () => {
    test('a file size limit cuts the write short: exit 1, a message, and the folder as it was', () => {
        const out = join(dir, 'limited');
        mkdirSync(out);
        const input = file('limited.grant', BASE);
        // SIGXFSZ ignored, so the write fails with EFBIG instead of killing the process.
        const r = spawnSync('bash', ['-c', `trap '' XFSZ; ulimit -f 4; exec "${process.execPath}" "${join(root, 'bin/esep.js')}" report "${input}" -o "${join(out, 'r.docx')}"`],
            { encoding: 'utf8', timeout: 60_000 });
        expect(r.status).toBe(1);
        expect(r.stderr).toMatch(/r\.docx жазылмады \(EFBIG\)/);
        expect(readdirSync(out)).toEqual([]);
        expect(existsSync(join(out, 'r.docx'))).toBe(false);
    }, 60_000);
});
