/**
 * Runs inside the VS Code extension host (loaded by @vscode/test-electron through
 * `--extensionTestsPath`). The same twelve scenarios as test/e2e/scenarios.mjs, read through the
 * VS Code API instead of the screen: diagnostics, hover, CodeLens and completion providers, code
 * actions, the report command, the `esep.language` setting. No test framework: each scenario is
 * an async function; the last line printed is «N passed, M failed» and run() rejects on failure.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';

interface Finding { file: string; line: number; column: number; severity: string; code: string; message: string }
interface Context {
    workspace: string;
    uri: vscode.Uri;
    text: string;
    expected: { kk: Finding[]; ru: Finding[] };
    report?: { file: string; bytes: Buffer };
    notes: string[];
}

const FILE = 'birgemiz-bilim.grant';
const GRANTEE = '«Жас қанат» жастар қоғамдық бірлестігі';
const SUM = '15 337 100';
const sleep = (ms: number) => new Promise(r => setTimeout(r, ms));
const norm = (text: string) => text.replace(/[\u00a0\u202f\u2007]/g, ' ').replace(/\s+/g, ' ').trim();

class Failure extends Error {}
function expect(condition: unknown, message: string): asserts condition {
    if (!condition) throw new Failure(message);
}

async function waitFor<T>(fn: () => T | undefined | false | Promise<T | undefined | false>, message: string, timeout = 10_000, interval = 100): Promise<T> {
    const deadline = Date.now() + timeout;
    for (;;) {
        const value = await fn();
        if (value) return value;
        if (Date.now() > deadline) throw new Failure(`${message} — not within ${timeout / 1000} s`);
        await sleep(interval);
    }
}

/** 0-based line of the first line containing `needle` (after `after`). */
function lineOf(text: string, needle: string, after = 0): number {
    const lines = text.split('\n');
    for (let i = after; i < lines.length; i++) if (lines[i].includes(needle)) return i;
    throw new Failure(`${FILE} has no line with «${needle}»`);
}

function indicatorsOfTask(text: string, n: number): number {
    const lines = text.split('\n');
    const start = lines.findIndex(l => new RegExp(`^\\s*міндет ${n}\\b`).test(l));
    let count = 0;
    for (let i = start + 1; i < lines.length && !/^\s{4}\S/.test(lines[i]); i++) if (/^\s*көрсеткіш\s+"/.test(lines[i])) count++;
    return count;
}

function position(text: string, line: number, needle: string): vscode.Position {
    const column = text.split('\n')[line].indexOf(needle);
    expect(column >= 0, `line ${line + 1} has no «${needle}»`);
    return new vscode.Position(line, column + 1);
}

async function editor(ctx: Context): Promise<vscode.TextEditor> {
    const document = await vscode.workspace.openTextDocument(ctx.uri);
    return vscode.window.showTextDocument(document);
}

async function revert(ctx: Context): Promise<void> {
    await editor(ctx);
    await vscode.commands.executeCommand('workbench.action.files.revert');
}

async function hoverText(uri: vscode.Uri, at: vscode.Position): Promise<string> {
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, at);
    return norm(hovers.flatMap(h => h.contents.map(c => (typeof c === 'string' ? c : c.value))).join('\n').replace(/[*|\\]/g, ' '));
}

async function lensesOn(uri: vscode.Uri, line: number): Promise<string[]> {
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri, 100);
    return lenses.filter(l => l.range.start.line === line).map(l => l.command?.title ?? '').filter(Boolean);
}

const serious = (d: vscode.Diagnostic) => d.severity === vscode.DiagnosticSeverity.Error || d.severity === vscode.DiagnosticSeverity.Warning;

async function completionLabels(ctx: Context, typed: string): Promise<vscode.CompletionItem[]> {
    const ed = await editor(ctx);
    const activity = lineOf(ctx.text, 'іс-шара 1 "');
    const anchor = lineOf(ctx.text, 'көрсеткіш "Фото"', activity);
    const end = ed.document.lineAt(anchor).range.end;
    const indent = /^\s*/.exec(ed.document.lineAt(anchor).text)![0];
    await ed.edit(e => e.insert(end, `\n${indent}${typed}`));
    const at = new vscode.Position(anchor + 1, indent.length + typed.length);
    try {
        const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', ctx.uri, at);
        return list.items;
    } finally {
        await revert(ctx);
    }
}

const label = (item: vscode.CompletionItem) => (typeof item.label === 'string' ? item.label : item.label.label);

const scenarios: { name: string; run: (ctx: Context) => Promise<void> }[] = [
    {
        name: 'diagnostics: the findings of esep check, in Kazakh',
        async run(ctx) {
            await editor(ctx);
            const mine = ctx.expected.kk.filter(d => d.file.endsWith(FILE));
            const got = await waitFor(() => {
                const diagnostics = vscode.languages.getDiagnostics(ctx.uri);
                return diagnostics.length >= mine.length ? diagnostics : undefined;
            }, `fewer than ${mine.length} diagnostics on ${FILE}`, 30_000);
            for (const want of mine) {
                const found = got.find(d => d.range.start.line === want.line - 1 && norm(d.message) === norm(want.message));
                expect(found, `no diagnostic «${want.message}» on line ${want.line}`);
            }
            expect(got.some(d => d.message.includes('жоспардан 142 453 теңге аз')), 'no V-PF-04 «жоспардан 142 453 теңге аз»');
        }
    },
    {
        name: 'hover on an indicator: its plan/fact table',
        async run(ctx) {
            const line = lineOf(ctx.text, 'көрсеткіш "Қатысушылар саны"');
            const text = await hoverText(ctx.uri, position(ctx.text, line, 'Қатысушылар саны'));
            for (const part of ['Көрсеткіш', 'Қатысушылар саны', 'Жоспар', 'Кемінде 200', 'Факт', '698', '349%', 'артығымен орындалды']) {
                expect(text.includes(part), `the hover lacks «${part}»: «${text}»`);
            }
        }
    },
    {
        name: 'hover on a task: its roll-up',
        async run(ctx) {
            const line = lineOf(ctx.text, 'міндет 1 "');
            const text = await hoverText(ctx.uri, position(ctx.text, line, 'міндет'));
            const m = /(\d+) көрсеткіштің (\d+) орындалды/.exec(text);
            expect(m, `no roll-up in the hover: «${text}»`);
            expect(Number(m[1]) === indicatorsOfTask(ctx.text, 1), `the roll-up counts ${m[1]} indicators`);
        }
    },
    {
        name: 'CodeLens above a task',
        async run(ctx) {
            const line = lineOf(ctx.text, 'міндет 1 "');
            const lenses = await waitFor(async () => {
                const l = await lensesOn(ctx.uri, line);
                return l.length ? l : undefined;
            }, 'no CodeLens on task 1');
            const m = /^(\d+)\/(\d+) орындалды/.exec(lenses[0]);
            expect(m && Number(m[2]) === indicatorsOfTask(ctx.text, 1), `the CodeLens is «${lenses[0]}»`);
        }
    },
    {
        name: 'status bar item «✔ M/N көрсеткіш»',
        async run(ctx) {
            // VS Code has no API to read another extension's status bar item: the extension has to
            // hand its text out (activate() → { statusText(uri) }). The code-server suite reads the screen.
            const ext = vscode.extensions.getExtension('esep.esep');
            expect(ext, 'the extension esep.esep is not loaded');
            const api = (await ext.activate()) as { statusText?: (uri: string) => Promise<string | undefined> } | undefined;
            expect(typeof api?.statusText === 'function', 'the extension exports no statusText(uri): the status bar cannot be read through the VS Code API');
            const text = await waitFor(async () => api!.statusText!(ctx.uri.toString()), 'no status bar text for the example');
            expect(/^[✔⚠] \d+\/\d+ көрсеткіш$/.test(text), `the status bar says «${text}»`);
        }
    },
    {
        name: 'completion: «кө» offers «көрсеткіш»',
        async run(ctx) {
            const items = await completionLabels(ctx, 'кө');
            expect(items.some(i => label(i).startsWith('көрсеткіш')), `no «көрсеткіш» among ${items.slice(0, 10).map(label).join(', ')}`);
        }
    },
    {
        name: 'completion: «korset» offers «көрсеткіш»',
        async run(ctx) {
            const items = await completionLabels(ctx, 'korset');
            const item = items.find(i => label(i).startsWith('көрсеткіш'));
            expect(item, `no «көрсеткіш» among ${items.slice(0, 10).map(label).join(', ')}`);
            // The editor filters by filterText: the Latin spelling must be in it.
            expect((item.filterText ?? label(item)).toLowerCase().includes('korset'), `«көрсеткіш» has no Latin filterText: «${item.filterText}»`);
        }
    },
    {
        name: 'a fact below its target: a new diagnostic within a second',
        async run(ctx) {
            const ed = await editor(ctx);
            const line = lineOf(ctx.text, 'көрсеткіш "Қатысушылар саны"');
            expect(!vscode.languages.getDiagnostics(ctx.uri).some(d => d.range.start.line === line && serious(d)), 'an error or warning before the edit');
            const column = ctx.text.split('\n')[line].lastIndexOf('698');
            await ed.edit(e => e.replace(new vscode.Range(line, column, line, column + 3), '150'));
            const t = Date.now();
            try {
                await waitFor(() => vscode.languages.getDiagnostics(ctx.uri).some(d => d.range.start.line === line && serious(d)), `no new diagnostic on line ${line + 1}`, 5_000, 20);
                const ms = Date.now() - t;
                expect(ms <= 1000, `the diagnostic took ${ms} ms`);
                ctx.notes.push(`new diagnostic after ${ms} ms`);
            } finally {
                await revert(ctx);
            }
        }
    },
    {
        name: 'quick fix «Ауытқу негіздемесін қосу» adds ауытқу: ""',
        async run(ctx) {
            const ed = await editor(ctx);
            const line = lineOf(ctx.text, 'көрсеткіш "Қатысушылар саны"');
            const column = ctx.text.split('\n')[line].lastIndexOf('698');
            await ed.edit(e => e.replace(new vscode.Range(line, column, line, column + 3), '150'));
            try {
                const diagnostics = await waitFor(() => {
                    const d = vscode.languages.getDiagnostics(ctx.uri).filter(x => x.range.start.line === line && serious(x));
                    return d.length ? d : undefined;
                }, 'no diagnostic after the edit', 5_000);
                const range = diagnostics.reduce((r, d) => r.union(d.range), diagnostics[0].range);
                const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', ctx.uri, range, vscode.CodeActionKind.QuickFix.value);
                const fix = actions.find(a => a.title === 'Ауытқу негіздемесін қосу');
                expect(fix, `no quick fix «Ауытқу негіздемесін қосу» (there are: ${actions.map(a => a.title).join(', ')})`);
                if (fix.edit) await vscode.workspace.applyEdit(fix.edit);
                if (fix.command) await vscode.commands.executeCommand(fix.command.command, ...(fix.command.arguments ?? []));
                const lines = ed.document.getText().split('\n').slice(line, line + 3).join('\n');
                expect(lines.includes('ауытқу: ""'), `no ауытқу: "" after the fix: «${lines}»`);
            } finally {
                await revert(ctx);
            }
        }
    },
    {
        name: 'Esep: Generate report writes the .docx next to the file',
        async run(ctx) {
            await editor(ctx);
            const before = new Set(fs.readdirSync(ctx.workspace));
            // Not awaited: the command ends with a notification that waits for a click.
            void vscode.commands.executeCommand('esep.generateReport');
            const name = await waitFor(() => fs.readdirSync(ctx.workspace).find(n => n.endsWith('.docx') && !before.has(n)), 'no .docx written', 60_000);
            const file = path.join(ctx.workspace, name);
            await sleep(500);
            // eslint-disable-next-line @typescript-eslint/no-require-imports
            const mammoth = require('mammoth') as { extractRawText(o: { path: string }): Promise<{ value: string }> };
            const body = norm((await mammoth.extractRawText({ path: file })).value);
            expect(body.includes(GRANTEE), `${name} lacks the grantee`);
            expect(body.includes(SUM), `${name} lacks «${SUM}»`);
            ctx.report = { file, bytes: fs.readFileSync(file) };
        }
    },
    {
        name: 'the command again does not overwrite without asking',
        async run(ctx) {
            expect(ctx.report, 'needs the .docx of the previous scenario');
            const before = fs.readdirSync(ctx.workspace).sort();
            // The modal question cannot be answered through the API: check that nothing is written while it waits.
            void vscode.commands.executeCommand('esep.generateReport');
            await sleep(5_000);
            expect(fs.readFileSync(ctx.report.file).equals(ctx.report.bytes), 'the first .docx changed');
            expect(JSON.stringify(fs.readdirSync(ctx.workspace).sort()) === JSON.stringify(before), 'a file was written without an answer');
            await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
        }
    },
    {
        name: 'esep.language = ru: messages in Russian',
        async run(ctx) {
            const ru = ctx.expected.ru.filter(d => d.file.endsWith(FILE) && d.code === 'V-PF-04');
            const config = vscode.workspace.getConfiguration('esep');
            await config.update('language', 'ru', vscode.ConfigurationTarget.Global);
            try {
                await waitFor(() => ru.every(want => vscode.languages.getDiagnostics(ctx.uri).some(d => norm(d.message) === norm(want.message))),
                    `no Russian «${ru[0]?.message}»`, 20_000);
                const line = lineOf(ctx.text, 'көрсеткіш "Қатысушылар саны"');
                const text = await hoverText(ctx.uri, position(ctx.text, line, 'Қатысушылар саны'));
                expect(/Показатель/.test(text) && /Выполнение плана/.test(text), `the hover is not Russian: «${text}»`);
                const task = lineOf(ctx.text, 'міндет 1 "');
                await waitFor(async () => (await lensesOn(ctx.uri, task)).some(t => /выполнено/.test(t)), 'the CodeLens is not Russian', 10_000);
            } finally {
                await config.update('language', undefined, vscode.ConfigurationTarget.Global);
            }
        }
    }
];

export async function run(): Promise<void> {
    const workspace = process.env.ESEP_E2E_WORKSPACE!;
    const expected = JSON.parse(fs.readFileSync(process.env.ESEP_E2E_EXPECTED!, 'utf8')) as Context['expected'];
    const uri = vscode.Uri.file(path.join(workspace, FILE));
    const ctx: Context = { workspace, uri, text: fs.readFileSync(uri.fsPath, 'utf8'), expected, notes: [] };
    let passed = 0;
    let failed = 0;
    for (const [i, scenario] of scenarios.entries()) {
        ctx.notes = [];
        const t = Date.now();
        try {
            await scenario.run(ctx);
            passed++;
            console.log(`  ✔ ${String(i + 1).padStart(2, '0')} ${scenario.name} (${Date.now() - t} ms)`);
        } catch (error) {
            failed++;
            console.log(`  ✘ ${String(i + 1).padStart(2, '0')} ${scenario.name}\n      ${error instanceof Error ? error.message : String(error)}`);
        }
        for (const note of ctx.notes) console.log(`      ${note}`);
    }
    console.log(`${passed} passed, ${failed} failed`);
    if (failed) throw new Error(`${failed} scenario(s) failed`);
}
