/**
 * `esep report` of a big file read a piece at a time (server/src/cli/piecewise/report.ts, issue
 * 13 item 8) writes the .docx a whole read writes: every part, document.xml byte for byte, the
 * same messages and exit code. Both paths run here through the command line on small files, the
 * piecewise one forced (ESEP_PIECEWISE=1, as the check's test) with pieces of a few tasks
 * (ESEP_PIECE_CHARS), the whole one with the bounded writer too (ESEP_BOUNDED_REPORT=1), over
 * what crosses pieces: facts only in the last task, deviations in several pieces (justified or
 * not), tasks' accounts, charts, the review appendix, the plan form, Russian, and the reasons a
 * report is refused (a syntax error in one task, an empty plan in a later piece).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { runCli } from './cli-helpers.js';
import { piecewiseCounts } from '../server/src/cli/piecewise/check.js';
import { unzip } from './fuzz/docx-xml.js';

const dir = mkdtempSync(join(tmpdir(), 'esep-piecewise-report-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface TaskSpec { fact?: string; plan?: string; justification?: string; account?: string; broken?: boolean; emptyPlan?: boolean; extra?: string }

function project(tasks: TaskSpec[], closing = ''): string {
    const out = ['жоба "Үлкен" {', '    гранталушы: "ҚБ"', '    тақырып: "Т"', '    кезең: 01.03.2020 - 30.11.2020', '    есеп-күні: 30.11.2020',
        '    сома: 100 000 (жүз мың) теңге', '    жетекші: "А" лауазымы: "Б"', ''];
    tasks.forEach((task, i) => {
        out.push(`    міндет ${i + 1} "Міндет ${i + 1}" {`);
        if (task.account) out.push(`        сипаттама: "${task.account}"`);
        out.push('        іс-шара 1 "Іс-шара" {',
            task.broken ? '            мерзімі наурыз - қараша' : '            мерзімі: наурыз - қараша',
            `            көрсеткіш "Қатысушылар саны" жоспар: ${task.emptyPlan ? '""' : task.plan ?? 'кемінде 10 адам'}${task.fact === undefined ? '' : ` факт: ${task.fact}`}`
            + (task.justification ? ` ауытқу: "${task.justification}"` : ''));
        if (task.extra) out.push(task.extra);
        out.push('        }', '    }');
    });
    if (closing) out.push(closing);
    out.push('}', '');
    return out.join('\n');
}

/** Every part of a .docx by name; the creation and modification times of core.xml masked. */
function parts(bytes: Uint8Array): Map<string, string> {
    const out = new Map<string, string>();
    for (const [name, data] of unzip(bytes)) {
        const text = data.toString('utf8');
        out.set(name, name === 'docProps/core.xml' ? text.replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*/g, '$1…') : text);
    }
    return out;
}

let n = 0;
/** The report of `text` read whole and in pieces: exit codes, messages, the parts of each .docx. */
async function bothWays(text: string, args: string[] = [], pieceChars = 300) {
    const file = join(dir, `r${++n}.grant`);
    writeFileSync(file, text);
    const saved = { whole: process.env.ESEP_PIECEWISE, chars: process.env.ESEP_PIECE_CHARS, bounded: process.env.ESEP_BOUNDED_REPORT };
    const set = (k: string, v: string | undefined) => { if (v === undefined) delete process.env[k]; else process.env[k] = v; };
    try {
        set('ESEP_BOUNDED_REPORT', '1');
        set('ESEP_PIECEWISE', '0');
        const wholeOut = join(dir, `r${n}-whole.docx`);
        const whole = await runCli(['report', file, '-o', wholeOut, ...args]);
        set('ESEP_PIECEWISE', '1');
        set('ESEP_PIECE_CHARS', String(pieceChars));
        const before = piecewiseCounts.pieces;
        const piecesOut = join(dir, `r${n}-pieces.docx`);
        const pieces = await runCli(['report', file, '-o', piecesOut, ...args]);
        const took = piecewiseCounts.pieces > before ? 'pieces' : 'whole';
        const read = (f: string, code: number) => (code === 0 ? parts(readFileSync(f)) : new Map<string, string>());
        return {
            took,
            whole: { ...whole, err: whole.err.replaceAll(wholeOut, 'OUT'), out: whole.out.replaceAll(wholeOut, 'OUT'), parts: read(wholeOut, whole.code) },
            pieces: { ...pieces, err: pieces.err.replaceAll(piecesOut, 'OUT'), out: pieces.out.replaceAll(piecesOut, 'OUT'), parts: read(piecesOut, pieces.code) }
        };
    } finally {
        set('ESEP_PIECEWISE', saved.whole);
        set('ESEP_PIECE_CHARS', saved.chars);
        set('ESEP_BOUNDED_REPORT', saved.bounded);
    }
}

type Both = Awaited<ReturnType<typeof bothWays>>;

function expectSame(r: Both): void {
    expect(r.took).toBe('pieces');
    expect(r.pieces.code).toBe(r.whole.code);
    expect(r.pieces.err).toBe(r.whole.err);
    expect(r.pieces.out).toBe(r.whole.out);
    expect([...r.pieces.parts.keys()].sort()).toEqual([...r.whole.parts.keys()].sort());
    for (const [name, text] of r.whole.parts) {
        // One comparison per part; a mismatch names the part.
        expect({ name, same: r.pieces.parts.get(name) === text }).toEqual({ name, same: true });
    }
}

const documentXml = (r: Both) => r.pieces.parts.get('word/document.xml') ?? '';

describe('esep report in pieces writes what the whole read writes', () => {
    test('deviations in several pieces, some justified, Kazakh and Russian', async () => {
        const tasks: TaskSpec[] = Array.from({ length: 14 }, () => ({}));
        tasks[2] = { fact: '4 адам', justification: 'Ауа райы' };
        tasks[7] = { fact: '12 адам' };
        tasks[13] = { fact: '3 адам' };
        for (const lang of ['kk', 'ru']) {
            const r = await bothWays(project(tasks), ['--lang', lang]);
            expectSame(r);
            expect(r.whole.code).toBe(0);
            // Several runs of tasks, and every task in the tables.
            expect(documentXml(r)).toContain('Міндет 14');
            expect(documentXml(r)).toContain('Ауа райы');
        }
    });

    test('tasks\' accounts, charts and the review appendix, across pieces', async () => {
        const tasks: TaskSpec[] = Array.from({ length: 12 }, (_, i) => ({ fact: `${5 + i} адам` }));
        tasks[1].account = 'Бірінші есеп мәтіні';
        tasks[10].account = 'Соңғы есеп мәтіні';
        tasks[4] = { plan: '100%', fact: '7 адам' }; // not comparable: the review lists it
        const r = await bothWays(project(tasks, '    презентация "Таныстыру" {\n        көрсеткіш "Көрермен" жоспар: 5 факт: 2\n    }'),
            ['--charts', '--review']);
        expectSame(r);
        expect(r.whole.err).not.toContain('жазылмады');
        expect(r.whole.code).toBe(0);
        expect(documentXml(r)).toContain('Соңғы есеп мәтіні');
        expect([...r.pieces.parts.keys()].some(k => k.startsWith('word/charts/'))).toBe(true);
    });

    test('a fact only in the last task (the project\'s stage); the final, plan and interim forms, in Russian', async () => {
        const tasks: TaskSpec[] = Array.from({ length: 9 }, (_, i) => ({ fact: i === 8 ? '11 адам' : undefined }));
        for (const kind of ['final', 'plan', 'interim']) expectSame(await bothWays(project(tasks), ['--kind', kind, '--lang', 'ru', '--review']));
    });

    test('the examples', async () => {
        for (const name of ['birgemiz-bilim.grant', 'teng-mumkindik.grant']) {
            const text = readFileSync(new URL(`../examples/${name}`, import.meta.url), 'utf8');
            for (const args of [['--charts', '--review'], ['--lang', 'ru', '--kind', 'plan']]) expectSame(await bothWays(text, args, 2000));
        }
    });

    test('refused the same way: a syntax error in one task, an empty plan in a later piece', async () => {
        const broken: TaskSpec[] = Array.from({ length: 10 }, () => ({ fact: '3 адам' }));
        broken[6].broken = true;
        const r = await bothWays(project(broken));
        expectSame(r);
        expect(r.whole.code).toBe(1);
        const empty: TaskSpec[] = Array.from({ length: 10 }, () => ({ fact: '3 адам' }));
        empty[8].emptyPlan = true;
        const e = await bothWays(project(empty), ['--kind', 'plan']);
        expectSame(e);
        expect(e.whole.code).toBe(1);
    });
});
