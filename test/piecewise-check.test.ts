/**
 * `esep check` of a big file a piece at a time (server/src/cli/piecewise/, issue 13 item 8)
 * gives what the whole read gives: every finding (code, severity, message, range), in the same
 * order, and the same exit code. Both paths run here on small files, the piecewise one forced
 * (ESEP_PIECEWISE=1) with pieces of a few tasks (ESEP_PIECE_CHARS), over what crosses pieces:
 * task numbers repeated or missing in other pieces, facts only in the last task (the project's
 * stage), a syntax error in one task, the conclusion's «no deviation» claim against indicators
 * of every piece, number formats set in the header and broken in a task.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { runCli } from './cli-helpers.js';
import { piecewiseCounts } from '../server/src/cli/piecewise/check.js';
import { scanLayout } from '../server/src/cli/piecewise/scan.js';

const dir = mkdtempSync(join(tmpdir(), 'esep-piecewise-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface TaskSpec { number?: string; fact?: string; plan?: string; broken?: boolean; extra?: string }

function project(tasks: TaskSpec[], opts: { reportDate?: string; between?: Record<number, string>; closing?: string } = {}): string {
    const out = ['// Жоба бөліктерімен тексеріледі.', 'жоба "Үлкен" {', '    гранталушы: "ҚБ"', '    тақырып: "Т"',
        '    кезең: 01.03.2020 - 30.11.2020', `    есеп-күні: ${opts.reportDate ?? '30.11.2020'}`,
        '    сома: 100 000 (жүз мың) теңге', '    жетекші: "А" лауазымы: "Б"', ''];
    tasks.forEach((task, i) => {
        const number = task.number === undefined ? `${i + 1} ` : task.number === '' ? '' : `${task.number} `;
        out.push(`    міндет ${number}"Міндет ${i + 1}" {`, '        іс-шара 1 "Іс-шара" {',
            task.broken ? '            мерзімі наурыз - қараша' : '            мерзімі: наурыз - қараша',
            `            көрсеткіш "Қатысушылар саны" жоспар: ${task.plan ?? 'кемінде 10 адам'}${task.fact === undefined ? '' : ` факт: ${task.fact}`}`);
        if (task.extra) out.push(task.extra);
        out.push('        }', '    }');
        if (opts.between?.[i]) out.push(opts.between[i]);
    });
    if (opts.closing) out.push(opts.closing);
    out.push('}', '');
    return out.join('\n');
}

let n = 0;
async function bothWays(text: string, pieceChars = 300) {
    const file = join(dir, `f${++n}.grant`);
    writeFileSync(file, text);
    const saved = { whole: process.env.ESEP_PIECEWISE, chars: process.env.ESEP_PIECE_CHARS };
    try {
        process.env.ESEP_PIECEWISE = '0';
        const whole = await runCli(['check', file, '--format', 'json']);
        process.env.ESEP_PIECEWISE = '1';
        process.env.ESEP_PIECE_CHARS = String(pieceChars);
        const before = { ...piecewiseCounts };
        const pieces = await runCli(['check', file, '--format', 'json']);
        const took = piecewiseCounts.pieces > before.pieces ? 'pieces' : 'whole';
        return { whole, pieces, took, findings: JSON.parse(whole.out) as { code: string; severity: string; message: string; line: number }[] };
    } finally {
        for (const [k, v] of [['ESEP_PIECEWISE', saved.whole], ['ESEP_PIECE_CHARS', saved.chars]] as const) {
            if (v === undefined) delete process.env[k]; else process.env[k] = v;
        }
    }
}

function expectSame(r: Awaited<ReturnType<typeof bothWays>>) {
    expect(r.took).toBe('pieces');
    expect(JSON.parse(r.pieces.out)).toEqual(JSON.parse(r.whole.out));
    expect(r.pieces.code).toBe(r.whole.code);
}

describe('esep check in pieces gives what the whole read gives', () => {
    test('the examples, a few tasks a piece', async () => {
        for (const name of ['birgemiz-bilim.grant', 'teng-mumkindik.grant']) {
            const r = await bothWays(readFileSync(new URL(`../examples/${name}`, import.meta.url), 'utf8'), 2000);
            expectSame(r);
            expect(r.findings.length).toBeGreaterThan(0);
        }
    });

    test('a task number used twice, in different pieces, and a gap', async () => {
        const tasks: TaskSpec[] = Array.from({ length: 12 }, (_, i) => ({ fact: String(3 + i) }));
        tasks[9].number = '2'; // task 2 again, pieces later
        tasks[5].number = ''; // no number: its place in the whole file
        const r = await bothWays(project(tasks));
        expectSame(r);
        expect(r.findings.filter(f => f.code === 'V-NUM-01')).toHaveLength(1);
        const gap = await bothWays(project(Array.from({ length: 8 }, (_, i) => ({ number: String(i < 4 ? i + 1 : i + 3), fact: '10' }))));
        expectSame(gap);
        expect(gap.findings.filter(f => f.code === 'V-NUM-02')).toHaveLength(1);
    });

    test('facts only in the last task make every piece a report', async () => {
        const tasks: TaskSpec[] = Array.from({ length: 10 }, () => ({}));
        tasks[9].fact = '12';
        const r = await bothWays(project(tasks, { reportDate: '01.06.2020' }));
        expectSame(r);
        // The first task has no fact, and is judged as a report's.
        expect(r.findings.some(f => f.line < 20 && f.severity !== 'hint')).toBe(true);
        const plan = await bothWays(project(Array.from({ length: 10 }, () => ({})), { reportDate: '01.06.2020' }));
        expectSame(plan);
        expect(plan.findings.length).toBeLessThan(r.findings.length);
    });

    test('a syntax error in one task', async () => {
        const tasks: TaskSpec[] = Array.from({ length: 10 }, () => ({ fact: '4' }));
        tasks[4].broken = true;
        const r = await bothWays(project(tasks));
        expectSame(r);
        expect(r.findings.some(f => f.code === 'parse')).toBe(true);
        expect(r.whole.code).toBe(1);
        // The header misses a field, but the file has a syntax error (in another piece): nothing said of it yet.
        const headless = await bothWays(project(tasks).replace('    жетекші: "А" лауазымы: "Б"\n', ''));
        expectSame(headless);
        expect(headless.findings.some(f => f.code === 'V-REQ-01')).toBe(false);
        const mended = await bothWays(project(tasks.map(t => ({ ...t, broken: false }))).replace('    жетекші: "А" лауазымы: "Б"\n', ''));
        expectSame(mended);
        expect(mended.findings.some(f => f.code === 'V-REQ-01')).toBe(true);
    });

    test('the conclusion says «no deviation» while tasks of other pieces fall short', async () => {
        const tasks: TaskSpec[] = Array.from({ length: 10 }, (_, i) => ({ fact: i % 3 === 0 ? '5' : '12' }));
        const closing = '    қорытынды {\n        ауытқу: "Жоба жоспарға сай толық орындалды."\n    }';
        const r = await bothWays(project(tasks, { closing }));
        expectSame(r);
        const claim = r.findings.find(f => f.code === 'V-PF-03');
        expect(claim?.message).toContain('«Қатысушылар саны»');
    });

    test('number formats: the header groups digits, a task does not; decimals with a point and a comma', async () => {
        const tasks: TaskSpec[] = Array.from({ length: 10 }, () => ({ fact: '10' }));
        tasks[7].plan = 'кемінде 10000 адам';
        tasks[2].plan = 'кемінде 2,5 адам';
        tasks[8].plan = 'кемінде 3.5 адам';
        const r = await bothWays(project(tasks));
        expectSame(r);
        expect(r.findings.map(f => f.code)).toEqual(expect.arrayContaining(['V-FMT-02', 'V-FMT-03']));
    });

    test('what stands between tasks (information work, a comment) and after them is the frame\'s', async () => {
        const tasks: TaskSpec[] = Array.from({ length: 10 }, () => ({ fact: '6' }));
        const between = {
            3: '    // түсініктеме\n    ақпараттық-жұмыс "БАҚ" {\n        көрсеткіш "Пост" жоспар: кемінде 5 факт: 2\n    }',
            6: '    /* тағы бір\n       түсініктеме */'
        };
        const r = await bothWays(project(tasks, { between, closing: '    статистика {\n        барлығы: 10\n        ерлер: 4\n        әйелдер: 5\n    }' }));
        expectSame(r);
        expect(r.findings.length).toBeGreaterThan(10);
    });
});

describe('a file whose shape cannot be cut safely is read whole', () => {
    test('two tasks on one line, a text left open', () => {
        const one = project([{}, {}]).replace('    }\n    міндет 2', '    } міндет 2');
        expect(scanLayout(one)).toBeUndefined();
        expect(scanLayout(project([{}, {}]).replace('"Міндет 2"', '"Міндет 2'))).toBeUndefined();
        expect(scanLayout(project([{}, {}]))?.tasks).toHaveLength(2);
    });

    test('a report date written after the tasks', async () => {
        const text = project(Array.from({ length: 8 }, () => ({})), { reportDate: '01.02.2020' })
            .replace('    есеп-күні: 01.02.2020\n', '').replace(/\n\}\n$/, '\n    есеп-күні: 30.11.2020\n}\n');
        const r = await bothWays(text);
        expect(r.took).toBe('whole');
        expect(JSON.parse(r.pieces.out)).toEqual(JSON.parse(r.whole.out));
    });

    test('a misspelt task keyword, which the line recovery reads as «міндет»', async () => {
        const text = project(Array.from({ length: 6 }, () => ({ fact: '4' }))).replace('    міндет 4 "Міндет 4"', '    міндт 4 "Міндет 4"');
        const r = await bothWays(text);
        expect(JSON.parse(r.pieces.out)).toEqual(JSON.parse(r.whole.out));
        expect(r.pieces.code).toBe(r.whole.code);
    });

    test('and its findings are the whole read\'s', async () => {
        const r = await bothWays(project([{ fact: '1' }, {}]).replace('    }\n    міндет 2', '    } міндет 2'));
        expect(r.took).toBe('whole');
        expect(JSON.parse(r.pieces.out)).toEqual(JSON.parse(r.whole.out));
    });
});
