/**
 * `esep check`: exit codes, the text and JSON formats, bad files.
 */
import { describe, expect, test } from 'vitest';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync, spawnSync } from 'node:child_process';
import { root, SPEC_PATH } from './helpers.js';
import { runCli } from './cli-helpers.js';

const run = runCli;

const dir = mkdtempSync(join(tmpdir(), 'esep-cli-'));
function file(name: string, content: string | Uint8Array): string {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
}

describe('esep check', () => {
    test('the examples and the spec print no errors and exit 0', async () => {
        const r = await run(['check', join(root, 'examples/birgemiz-bilim.grant'), join(root, 'examples/teng-mumkindik.grant'), SPEC_PATH]);
        expect(r.code).toBe(0);
        expect(r.out).not.toMatch(/: error /);
        expect(r.err).toMatch(/3 файл тексерілді: 0 қате/);
    });

    test('text format: file:line:col: severity code: message', async () => {
        const path = file('bad.grant', 'жоба "Т" {\n    гранталушы "А"\n}\n');
        const r = await run(['check', path]);
        expect(r.code).toBe(1);
        expect(r.out.split('\n')[0]).toBe(`${path}:2:16: error parse: Бұл жерде «:» күтілген, бірақ «"А"» жазылған.`);
    });

    test('--format json prints an array of diagnostics with 1-based positions', async () => {
        const path = file('stat.grant', 'жоба "Т" {\n    статистика {\n        барлығы: 300\n        ерлер: 30\n        әйелдер: 70\n    }\n}\n');
        const r = await run(['check', path, '--format', 'json']);
        expect(r.code).toBe(1);
        const list = JSON.parse(r.out) as Record<string, unknown>[];
        expect(Array.isArray(list)).toBe(true);
        for (const d of list) {
            expect(Object.keys(d).sort()).toEqual(['code', 'column', 'endColumn', 'endLine', 'file', 'line', 'message', 'severity']);
            expect(['error', 'warning', 'info', 'hint']).toContain(d.severity);
        }
        const sum = list.find(d => d.code === 'V-SUM-01')!;
        expect(sum).toMatchObject({ file: path, line: 3, column: 18, endLine: 3, endColumn: 21, severity: 'error' });
        expect(sum.message).toBe('Ерлер (30) + әйелдер (70) = 100, ал барлығы 300. Сандардың қосындысы 100 — бұл пайызға ұқсайды: оларды адам санына айналдырыңыз.');
    });

    test('--lang ru and --lang en switch the messages', async () => {
        const path = file('ru.grant', 'жоба "Т" {\n    гранталушы "А"\n}\n');
        expect((await run(['check', path, '--lang', 'ru'])).out).toContain('Здесь ожидалось «:», но написано «"А"».');
        expect((await run(['check', path, '--lang=en'])).out).toContain('Expected «:» here, but found «"А"».');
        // «kz» (the country's code) and capitals name the same languages.
        expect((await run(['check', path, '--lang', 'kz'])).out).toBe((await run(['check', path])).out);
        expect((await run(['check', path, '--lang=RU'])).out).toContain('Здесь ожидалось «:», но написано «"А"».');
    });

    test('a missing file and a non-UTF-8 file get one line each, no stack trace', async () => {
        const missing = join(dir, 'nope.grant');
        const r1 = await run(['check', missing]);
        expect(r1.code).toBe(1);
        expect(r1.err.split('\n')[0]).toBe(`${missing}: файл табылмады.`);
        const latin1 = file('cp1251.grant', new Uint8Array([0xE6, 0xEE, 0xE1, 0xE0, 0x20, 0x22, 0xFF, 0x22]));
        const r2 = await run(['check', latin1]);
        expect(r2.code).toBe(1);
        expect(r2.err.split('\n')[0]).toBe(`${latin1}: файл UTF-8 кодтауында емес. Оны UTF-8 ретінде қайта сақтаңыз.`);
        expect(r2.err).not.toMatch(/at .*\.js:\d+/);
    });

    test('evidence paths: a missing folder is a warning, an existing one is fine', async () => {
        const base = readFileSync(join(root, 'test/fixtures/valid-report.grant'), 'utf8');
        const withEvidence = (p: string) => base.replace('            қосымша: 1\n', `            қосымша: 1\n            дәлел: "${p}"\n`);
        mkdirSync(join(dir, 'дәлелдер', '1-1'), { recursive: true });
        const ok = file('evidence-ok.grant', withEvidence('дәлелдер/1-1'));
        expect((await run(['check', ok])).out).toBe('');
        const missing = file('evidence-missing.grant', withEvidence('дәлелдер/2-1'));
        const r = await run(['check', missing]);
        expect(r.code).toBe(0);
        expect(r.out).toMatch(/:18:20: warning V-PATH-02: «дәлелдер\/2-1» — мұндай файл не папка табылмады/);
    });

    test('a folder is checked file by file; a folder with no .grant file says so and fails', async () => {
        const folder = join(dir, 'project-folder');
        mkdirSync(join(folder, 'old'), { recursive: true });
        writeFileSync(join(folder, 'a.grant'), readFileSync(join(root, 'examples/birgemiz-bilim.grant')));
        writeFileSync(join(folder, 'old', 'b.grant'), readFileSync(join(root, 'examples/teng-mumkindik.grant')));
        writeFileSync(join(folder, 'notes.txt'), 'not a project');
        const r = await run(['check', folder]);
        expect(r.code).toBe(0);
        expect(r.err).toContain('2 файл тексерілді');
        expect(r.out).toContain(`${join(folder, 'a.grant')}:`);
        expect(r.out).toContain(`${join(folder, 'old', 'b.grant')}:`);
        expect(r.out).not.toContain('notes.txt');
        const empty = join(dir, 'no-projects');
        mkdirSync(empty, { recursive: true });
        const none = await run(['check', empty]);
        expect(none.code).toBe(1);
        expect(none.err).toContain(`${empty}: бұл қалтада .grant файлы жоқ.`);
    });

    test('a signed plan or another document given instead of a .grant file is named as such, with what to do', async () => {
        const docx = join(root, 'test/fixtures/import/teng-mumkindik.docx');
        const pdf = join(root, 'test/fixtures/import/teng-mumkindik.pdf');
        const word = await run(['check', docx]);
        expect(word.code).toBe(1);
        expect(word.err).toContain(`${docx}: бұл Word құжаты, .grant файлы емес. Қол қойылған жоспардан .grant нобайын жасау үшін: esep import ${docx}`);
        expect((await run(['check', pdf, '--lang', 'ru'])).err).toContain(`${pdf}: это документ PDF, а не файл .grant. Черновик .grant из подписанного плана: esep import ${pdf}`);
        const doc = file('old.doc', Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
        expect((await run(['check', doc])).err).toContain('бұл ескі Word құжаты (.doc)');
        const png = file('photo.grant', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
        expect((await run(['check', png])).err).toContain(`${png}: бұл мәтіндік файл емес (сурет, архив не басқа құжат).`);
        const zip = file('archive.grant', Uint8Array.from([0x50, 0x4b, 0x05, 0x06, ...new Array(18).fill(0)]));
        expect((await run(['check', zip])).err).toContain('бұл мәтіндік файл емес');
        // UTF-16 text: still «save it as UTF-8»; and the summary says the same things as rows.
        const utf16 = file('notepad.grant', Uint8Array.from([0xff, 0xfe, 0x36, 0x04]));
        expect((await run(['check', utf16])).err).toContain('файл UTF-8 кодтауында емес');
        // Beside a project, each is a row with its reason; alone, the same reasons on the error stream, nothing written.
        const summary = JSON.parse((await run(['summary', join(root, 'examples/birgemiz-bilim.grant'), docx, pdf, doc, png])).out) as { projects: { file: string; problem?: string }[] };
        expect(summary.projects.map(p => p.problem)).toEqual([
            undefined,
            'Бұл Word құжаты, .grant файлы емес: қол қойылған жоспардан .grant нобайын esep import жасайды.',
            'Бұл PDF құжаты, .grant файлы емес: қол қойылған жоспардан .grant нобайын esep import жасайды.',
            'Бұл ескі Word құжаты (.doc), .grant файлы емес: оны .docx етіп сақтап, esep import арқылы нобай жасаңыз.',
            'Бұл мәтіндік файл емес (ішінде екілік деректер бар): .grant файлын қайта сақтаңыз.'
        ]);
        const alone = await run(['summary', docx, png]);
        expect(alone.code).toBe(1);
        expect(alone.out).toBe('');
        expect(alone.err).toContain(`✘ ${docx}: Бұл Word құжаты, .grant файлы емес: қол қойылған жоспардан .grant нобайын esep import жасайды.`);
        expect(alone.err).toContain(`✘ ${png}: Бұл мәтіндік файл емес`);
    });

    test('--help says what each command does, in the chosen language, and exits 0', async () => {
        for (const args of [['--help'], ['help'], ['check', '--help'], ['-h']]) {
            const r = await run(args);
            expect(r.code).toBe(0);
            expect(r.out).toContain('check    файлдарды тексереді');
            expect(r.out).toContain('Қолданылуы: esep check <файлдар мен қалталар…>');
        }
        const ru = await run(['summary', '-h', '--lang', 'ru']);
        expect(ru.code).toBe(0);
        expect(ru.out).toContain('summary  пишет сводку по многим проектам');
    });

    test('--version names the version of package.json', async () => {
        const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
        for (const args of [['--version'], ['-v']]) {
            const r = await run(args);
            expect(r.code).toBe(0);
            expect(r.out.trim()).toBe(`esep ${version}`);
        }
    });

    test('usage errors exit 2', async () => {
        expect((await run([])).code).toBe(2);
        expect((await run(['check'])).code).toBe(2);
        const r = await run(['check', 'x.grant', '--format', 'xml']);
        expect(r.code).toBe(2);
        expect(r.err).toContain('Белгісіз параметр');
    });

    test('the installed bin runs, also on the machine\'s own Node', () => {
        const bin = join(root, 'bin/esep.js');
        const out = execFileSync(process.execPath, [bin, 'check', SPEC_PATH, '--format', 'json'], { encoding: 'utf8' });
        expect(JSON.parse(out).length).toBeGreaterThan(0);
        const systemNode = '/usr/bin/node';
        const r = spawnSync(systemNode, [bin, 'check', SPEC_PATH], { encoding: 'utf8' });
        if (r.error) return; // no system Node on this machine
        expect(r.status).toBe(0);
    });

    test('the bin keeps Node\'s compile cache in the temporary folder, and runs without one', () => {
        const bin = join(root, 'bin/esep.js');
        const temp = mkdtempSync(join(tmpdir(), 'esep-cache-'));
        const { NODE_COMPILE_CACHE: _own, ...inherited } = process.env;
        const env = { ...inherited, TMPDIR: temp };
        const first = spawnSync(process.execPath, [bin, 'check', SPEC_PATH], { encoding: 'utf8', env });
        expect(first.status).toBe(0);
        if (typeof (process as { getBuiltinModule?: unknown }).getBuiltinModule === 'function') {
            // Node ≥ 22: the bundle's compiled code is kept for the next run.
            const cache = join(temp, 'node-compile-cache');
            expect(readdirSync(cache).length).toBeGreaterThan(0);
            const entries = () => readdirSync(cache).flatMap(version => readdirSync(join(cache, version))).length;
            const before = entries();
            // The summary keeps its own (two entries more): the workers' bundle, and the CLI's compiled
            // under the workers' V8 flags, in the folder of those flags.
            const summary = spawnSync(process.execPath, [bin, 'summary', SPEC_PATH, join(root, 'examples/birgemiz-bilim.grant'), '--jobs', '2', '-o', join(temp, 'p.csv')], { encoding: 'utf8', env });
            expect(summary.status).toBe(0);
            expect(entries()).toBe(before + 2);
            // … and leaves the check's alone: a check after a summary still takes its compiled CLI
            // (when both shared one entry, each run threw the other's away and compiled 6 MB again).
            const again = spawnSync(process.execPath, [bin, 'check', SPEC_PATH], { encoding: 'utf8', env: { ...env, NODE_DEBUG_NATIVE: 'COMPILE_CACHE' } });
            expect(again.status).toBe(0);
            expect(again.stderr).toMatch(/code cache for CommonJS \S*cli\.cjs was accepted/);
            expect(again.stderr).not.toMatch(/cli\.cjs was rejected/);
        }
        // A temporary folder where nothing can be made (Node itself would loop there for ever): no cache, the same result.
        const none = spawnSync(process.execPath, [bin, 'check', SPEC_PATH], { encoding: 'utf8', env: { ...env, TMPDIR: '/proc/esep-no-such-folder' }, timeout: 30_000, killSignal: 'SIGKILL' });
        expect(none.error).toBeUndefined();
        expect(none.status).toBe(0);
        expect(none.stderr).toBe(first.stderr);
    });
});
