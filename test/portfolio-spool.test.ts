/**
 * `esep summary -o x.json|x.html` and to a pipe: the long parts wait in files beside the output
 * (cli/portfolio/file-spool.ts), not in memory; the document is byte for byte what the builders
 * make in memory; nothing of the working files is left behind, whatever happens.
 */
import { describe, expect, test } from 'vitest';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { spawn, spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileSpool, writePieces } from '../server/src/cli/portfolio/file-spool.js';
import { main } from '../server/src/cli.js';
import { writeFailure } from '../server/src/cli/portfolio/cli.js';
import { TooManyRowsError } from '../server/src/portfolio/xlsx.js';
import { setLanguage } from '../language/src/i18n.js';
import { root } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'esep-spool-'));

/** The CLI with an output that takes bytes, as a pipe does. */
async function toPipe(args: string[]): Promise<{ code: number; bytes: Buffer; lines: string[] }> {
    const chunks: Buffer[] = [];
    const lines: string[] = [];
    const code = await main(args, { out: l => lines.push(l), err: l => lines.push(l), write: b => { chunks.push(Buffer.from(b)); } });
    setLanguage('kk');
    return { code, bytes: Buffer.concat(chunks), lines };
}

const withoutDate = (text: string) => text.replace(/"generatedAt": "[^"]*"/, '').replace(/ · \d\d\.\d\d\.\d{4}<\/p>/, '</p>');

describe('the file spool', () => {
    test('parts kept apart, copied back in order across flushes, multi-byte text intact, the folder removed', () => {
        const spool = new FileSpool(dir);
        expect(spool.has('a')).toBe(false);
        const long = 'көрсеткіш «Қатысушылар саны» ә ғ қ ң ө ұ ү һ і\n'.repeat(40_000); // over a megabyte: flushed
        spool.append('a', long);
        spool.append('b', 'екінші');
        spool.append('a', 'соңы');
        expect(spool.has('a') && spool.has('b')).toBe(true);
        const out: Buffer[] = [];
        writePieces(['<', { part: 'a' }, '|', { part: 'b' }, new TextEncoder().encode('>')], spool, b => { out.push(Buffer.from(b)); });
        expect(Buffer.concat(out).toString('utf8')).toBe(`<${long}соңы|екінші>`);
        const working = readdirSync(dir).filter(n => n.startsWith('.esep-summary-'));
        expect(working).toHaveLength(1);
        spool.dispose();
        expect(readdirSync(dir).filter(n => n.startsWith('.esep-summary-'))).toEqual([]);
    });
});

describe('esep summary writes .json and .html from the spool', () => {
    const examples = join(root, 'examples');

    test('-o x.json and the JSON to a pipe are the same document; no working folder is left', async () => {
        const out = join(dir, 'p.json');
        const written = await toPipe(['summary', examples, '-o', out]);
        expect(written.code).toBe(0);
        const piped = await toPipe(['summary', examples]);
        expect(piped.code).toBe(0);
        const file = readFileSync(out, 'utf8');
        expect(withoutDate(piped.bytes.toString('utf8'))).toBe(withoutDate(file));
        const doc = JSON.parse(file);
        expect(doc.projects).toHaveLength(2);
        expect(doc.indicators.length).toBeGreaterThan(100);
        expect(readdirSync(dir).filter(n => n.startsWith('.esep-summary-'))).toEqual([]);
        expect(readdirSync(tmpdir()).filter(n => n.startsWith('.esep-summary-'))).toEqual([]);
    });

    test('a name with a direction override is written as a JSON escape, never as the character', async () => {
        const evil = join(dir, 'evil');
        rmSync(evil, { recursive: true, force: true });
        const { mkdirSync, writeFileSync } = await import('node:fs');
        mkdirSync(evil);
        writeFileSync(join(evil, 'e.grant'), 'жоба "Аты\u202Eкері" {\n    гранталушы: "Ұйым"\n}\n');
        const piped = await toPipe(['summary', evil]);
        const text = piped.bytes.toString('utf8');
        expect(text).not.toContain('\u202E');
        expect(text).toContain('\\u202E');
        expect(JSON.parse(text).projects[0].project).toBe('Аты\u202Eкері');
    });

    test('-o x.html: the rows of both examples, the tables closed', async () => {
        const out = join(dir, 'p.html');
        expect((await toPipe(['summary', examples, '-o', out])).code).toBe(0);
        const html = readFileSync(out, 'utf8');
        const indicators = /Көрсеткіштер \((\d+)\)<\/h2>.*?<tbody>([\s\S]*?)<\/tbody>/.exec(html);
        expect(indicators).not.toBeNull();
        expect(indicators![2].split('\n').filter(l => l.startsWith('<tr>'))).toHaveLength(Number(indicators![1]));
        expect(html.trimEnd().endsWith('</html>')).toBe(true);
    });

    test('an output folder that does not exist: exit 1, the path and the reason, nothing written', async () => {
        const out = join(dir, 'no-such-folder', 'p.json');
        const r = await toPipe(['summary', examples, '-o', out]);
        expect(r.code).toBe(1);
        expect(r.lines.join('\n')).toMatch(/ENOENT/);
        expect(r.lines.join('\n')).toContain(out);
        expect(existsSync(out)).toBe(false);
    });
});

describe('esep summary interrupted', () => {
    test('Ctrl+C while the rows wait in the spool: exit 130, no working folder and no output left', async () => {
        const folder = join(dir, 'many');
        mkdirSync(folder, { recursive: true });
        for (let k = 0; k < 400; k++) copyFileSync(join(root, 'examples/birgemiz-bilim.grant'), join(folder, `p${k}.grant`));
        const outDir = join(dir, 'interrupted');
        mkdirSync(outDir, { recursive: true });
        const child = spawn(process.execPath, [join(root, 'bin/esep.js'), 'summary', folder, '-o', join(outDir, 'p.json')], { stdio: 'ignore' });
        const working = () => readdirSync(outDir).filter(n => n.startsWith('.esep-summary-'));
        // The spool's folder appears as soon as the summary starts; interrupt then, mid-run.
        for (let t = 0; t < 300 && working().length === 0; t++) await new Promise(r => setTimeout(r, 20));
        expect(working()).toHaveLength(1);
        child.kill('SIGINT');
        const code = await new Promise<number | null>(resolve => child.on('exit', c => resolve(c)));
        expect(code).toBe(130);
        expect(readdirSync(outDir)).toEqual([]);
    }, 30_000);
});

describe('esep summary on a full disk', () => {
    test('the working files cannot be written (a file size limit): one message with the reason, exit 1, nothing left', () => {
        const folder = join(dir, 'forty');
        mkdirSync(folder, { recursive: true });
        // ~60 KB of rows a project: forty make more than the megabyte the spool writes at once.
        for (let k = 0; k < 40; k++) copyFileSync(join(root, 'examples/birgemiz-bilim.grant'), join(folder, `p${k}.grant`));
        const outDir = join(dir, 'full');
        mkdirSync(outDir, { recursive: true });
        const out = join(outDir, 'p.json');
        const r = spawnSync('bash', ['-c', `trap '' XFSZ; ulimit -f 512; exec "${process.execPath}" "${join(root, 'bin/esep.js')}" summary "${folder}" -o "${out}"`],
            { encoding: 'utf8', timeout: 60_000 });
        expect(r.status).toBe(1);
        expect(r.stderr).not.toMatch(/at \S+ \(|node:internal/);
        expect(r.stderr.trim()).toBe(`${out} жазылмады (EFBIG): дискіде орын таусылды немесе файлдың өлшеміне шек қойылған. Орын босатып, қайталап көріңіз.`);
        expect(readdirSync(outDir)).toEqual([]);
    }, 60_000);
});

describe('why an output was not written, in the user\'s language', () => {
    const errno = (code: string) => Object.assign(new Error(code), { code });
    test('a full disk or a size limit: free some space', () => {
        expect(writeFailure('/x/p.json', errno('ENOSPC'), 'kk')).toBe('/x/p.json жазылмады (ENOSPC): дискіде орын таусылды немесе файлдың өлшеміне шек қойылған. Орын босатып, қайталап көріңіз.');
        expect(writeFailure('/x/p.json', errno('EFBIG'), 'ru')).toBe('/x/p.json не записан (EFBIG): на диске закончилось место или размер файла ограничен. Освободите место и повторите.');
    });
    test('a sheet past a spreadsheet\'s rows: split the files, or another output', () => {
        expect(writeFailure('/x/p.xlsx', new TooManyRowsError('Көрсеткіштер', 1_048_575), 'kk'))
            .toBe('/x/p.xlsx жазылмады: «Көрсеткіштер» парағына 1048575 жолдан көп келеді, ал кесте одан көп жолды сыйғызбайды. Файлдарды бірнеше жиынтыққа бөліңіз немесе .json не .csv шығысын таңдаңыз.');
    });
    test('anything else: the folder and the permission, with the reason', () => {
        expect(writeFailure('/x/p.json', errno('EACCES'), 'en')).toBe('/x/p.json was not written (EACCES): check that the folder exists and is writable.');
        expect(writeFailure('/x/p.json', new Error('ended early'), 'en')).toBe('/x/p.json was not written (ended early): check that the folder exists and is writable.');
    });
});
