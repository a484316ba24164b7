/**
 * The client's commands against a fake `vscode` (an in-memory file system and
 * scripted dialogs): a report is written through a temporary file, never over
 * an existing one without asking, and not at all when the server reports errors.
 */
import { beforeEach, describe, expect, test, vi } from 'vitest';

const files = new Map<string, Uint8Array>();
const calls: { kind: string; args: unknown[] }[] = [];
const answers: Record<string, unknown[]> = { warning: [], info: [], input: [] };
const commands = new Map<string, (...args: unknown[]) => unknown>();
const config: Record<string, unknown> = { language: 'en' };
let renames: { from: string; to: string; overwrite: boolean }[] = [];

vi.mock('vscode', () => {
    class Uri {
        constructor(readonly scheme: string, readonly path: string) {}
        get fsPath() { return this.path; }
        toString() { return `${this.scheme}://${this.path}`; }
        static file(p: string) { return new Uri('file', p); }
        static joinPath(base: Uri, ...parts: string[]) {
            const segs = base.path.split('/').filter(Boolean);
            for (const part of parts.flatMap(p => p.split('/'))) {
                if (part === '..') segs.pop(); else if (part && part !== '.') segs.push(part);
            }
            return new Uri(base.scheme, '/' + segs.join('/'));
        }
    }
    const disposable = { dispose() {} };
    const event = () => disposable;
    const notFound = () => Object.assign(new Error('FileNotFound'), { code: 'FileNotFound' });
    const isDir = (p: string) => [...files.keys()].some(k => k.startsWith(p.endsWith('/') ? p : p + '/'));
    return {
        Uri,
        FileType: { File: 1, Directory: 2 },
        ProgressLocation: { Notification: 15 },
        StatusBarAlignment: { Left: 1, Right: 2 },
        ThemeColor: class { constructor(readonly id: string) {} },
        languages: { onDidChangeDiagnostics: event },
        env: { openExternal: (uri: Uri) => { calls.push({ kind: 'openExternal', args: [uri.path] }); return Promise.resolve(true); } },
        commands: {
            registerCommand: (id: string, fn: (...args: unknown[]) => unknown) => { commands.set(id, fn); return disposable; },
            executeCommand: (id: string, ...args: unknown[]) => { calls.push({ kind: 'command', args: [id, ...args] }); return Promise.resolve(); }
        },
        workspace: {
            workspaceFolders: [{ uri: new Uri('file', '/w') }],
            getConfiguration: () => ({ get: (key: string) => config[key] }),
            onDidChangeTextDocument: event,
            onDidChangeConfiguration: event,
            openTextDocument: (arg: Uri | { content: string }) => Promise.resolve(arg instanceof Uri ? { uri: arg, languageId: 'grant' } : { uri: new Uri('untitled', '/1'), languageId: 'grant', ...arg }),
            fs: {
                stat: (uri: Uri) => files.has(uri.path) ? Promise.resolve({ type: 1 }) : isDir(uri.path) ? Promise.resolve({ type: 2 }) : Promise.reject(notFound()),
                readFile: (uri: Uri) => files.has(uri.path) ? Promise.resolve(files.get(uri.path)!) : Promise.reject(notFound()),
                writeFile: (uri: Uri, bytes: Uint8Array) => { files.set(uri.path, bytes); return Promise.resolve(); },
                createDirectory: () => Promise.resolve(),
                delete: (uri: Uri) => { files.delete(uri.path); return Promise.resolve(); },
                rename: (from: Uri, to: Uri, options: { overwrite: boolean }) => {
                    renames.push({ from: from.path, to: to.path, overwrite: options.overwrite });
                    if (files.has(to.path) && !options.overwrite) return Promise.reject(new Error('FileExists'));
                    files.set(to.path, files.get(from.path)!);
                    files.delete(from.path);
                    return Promise.resolve();
                }
            }
        },
        window: {
            activeTextEditor: undefined,
            onDidChangeActiveTextEditor: event,
            createStatusBarItem: () => ({ show() {}, hide() {}, dispose() {} }),
            withProgress: (_o: unknown, task: () => Promise<unknown>) => task(),
            showErrorMessage: (...args: unknown[]) => { calls.push({ kind: 'error', args }); return Promise.resolve(undefined); },
            showWarningMessage: (...args: unknown[]) => { calls.push({ kind: 'warning', args }); return Promise.resolve(answers.warning.shift()); },
            showInformationMessage: (...args: unknown[]) => { calls.push({ kind: 'info', args }); return Promise.resolve(answers.info.shift()); },
            showInputBox: async (options: { validateInput: (v: string) => Promise<string | undefined> }) => {
                const value = answers.input.shift() as string | undefined;
                if (value === undefined) return undefined;
                calls.push({ kind: 'validate', args: [value, await options.validateInput(value)] });
                return value;
            },
            showTextDocument: (doc: unknown) => { calls.push({ kind: 'show', args: [doc] }); return Promise.resolve(); }
        }
    };
});

const vscode = await import('vscode');
const { safeFileName, startClient } = await import('../client/src/common.js');

const docx = new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3]);
const b64 = Buffer.from(docx).toString('base64');
let response: unknown;
const client = {
    start: () => Promise.resolve(),
    sendRequest: vi.fn((_method: string, _params: unknown) => Promise.resolve(response))
};
const source = vscode.Uri.file('/w/proj/birgemiz.grant');
const run = (id: string, arg: unknown = source) => commands.get(id)!(arg) as Promise<void>;
const kinds = () => calls.map(c => c.kind);

beforeEach(async () => {
    files.clear();
    calls.length = 0;
    renames = [];
    answers.warning = []; answers.info = []; answers.input = [];
    config['report.outputFolder'] = '';
    files.set('/w/proj/birgemiz.grant', new TextEncoder().encode('жоба "Birgemiz: Bilim" {}'));
    files.set('/ext/templates/skeletons/project.kk.grant', new TextEncoder().encode('жоба "Жаңа жоба" {\n}\n'));
    if (!commands.size) await startClient({ subscriptions: [], extensionUri: vscode.Uri.file('/ext') } as never, client as never);
});

describe('Esep: Есеп жасау', () => {
    test('the request carries the file, the kind and the language', async () => {
        response = { errors: ['x'] };
        await run('esep.generateReport');
        expect(client.sendRequest).toHaveBeenLastCalledWith('esep/renderReport', { uri: 'file:///w/proj/birgemiz.grant', kind: 'final', lang: 'en' });
    });

    test('errors from the server are shown and nothing is written', async () => {
        response = { errors: ['3:5: Бұл жерде «}» күтілген'] };
        await run('esep.generateReport');
        expect([...files.keys()].filter(k => k.endsWith('.docx') || k.endsWith('.tmp'))).toEqual([]);
        const error = calls.find(c => c.kind === 'error')!;
        expect(String(error.args[0])).toContain('3:5: Бұл жерде «}» күтілген');
        expect(String(error.args[0])).toContain('Nothing was written.');
    });

    test('written next to the .grant file as «<project>-final.docx», through a temporary file', async () => {
        response = { data: b64, projectName: 'Birgemiz: Bilim' };
        answers.info.push('Open');
        await run('esep.generateReport');
        expect(files.get('/w/proj/Birgemiz Bilim-final.docx')).toEqual(docx);
        expect(renames).toHaveLength(1);
        expect(renames[0].from).toMatch(/^\/w\/proj\/\.esep-.*\.tmp$/);
        expect(renames[0].overwrite).toBe(false);
        expect([...files.keys()].some(k => k.endsWith('.tmp'))).toBe(false);
        expect(calls.find(c => c.kind === 'info')!.args.slice(1)).toEqual(['Open', 'Reveal in Explorer']);
        expect(calls.find(c => c.kind === 'openExternal')!.args[0]).toBe('/w/proj/Birgemiz Bilim-final.docx');
    });

    test('an existing report: a modal question; Overwrite replaces it', async () => {
        files.set('/w/proj/Birgemiz Bilim-final.docx', new Uint8Array([1]));
        response = { data: b64, projectName: 'Birgemiz: Bilim' };
        answers.warning.push('Overwrite');
        await run('esep.generateReport');
        const warning = calls.find(c => c.kind === 'warning')!;
        expect(warning.args[1]).toMatchObject({ modal: true });
        expect(warning.args.slice(2)).toEqual(['Overwrite', 'Save as new name']);
        expect(files.get('/w/proj/Birgemiz Bilim-final.docx')).toEqual(docx);
        expect(renames[0].overwrite).toBe(true);
    });

    test('«Save as new name» keeps the old one', async () => {
        files.set('/w/proj/Birgemiz Bilim-final.docx', new Uint8Array([1]));
        files.set('/w/proj/Birgemiz Bilim-final (2).docx', new Uint8Array([2]));
        response = { data: b64, projectName: 'Birgemiz: Bilim' };
        answers.warning.push('Save as new name');
        await run('esep.generateReport');
        expect(files.get('/w/proj/Birgemiz Bilim-final.docx')).toEqual(new Uint8Array([1]));
        expect(files.get('/w/proj/Birgemiz Bilim-final (2).docx')).toEqual(new Uint8Array([2]));
        expect(files.get('/w/proj/Birgemiz Bilim-final (3).docx')).toEqual(docx);
    });

    test('dismissing the question writes nothing', async () => {
        files.set('/w/proj/Birgemiz Bilim-final.docx', new Uint8Array([1]));
        response = { data: b64, projectName: 'Birgemiz: Bilim' };
        await run('esep.generateReport');
        expect(files.get('/w/proj/Birgemiz Bilim-final.docx')).toEqual(new Uint8Array([1]));
        expect(renames).toEqual([]);
    });

    test('esep.report.outputFolder, and the plan command', async () => {
        config['report.outputFolder'] = 'есептер';
        response = { data: b64, projectName: 'Тең мүмкіндік' };
        await run('esep.generatePlan');
        expect(client.sendRequest).toHaveBeenLastCalledWith('esep/renderReport', expect.objectContaining({ kind: 'plan' }));
        expect(files.get('/w/proj/есептер/Тең мүмкіндік-plan.docx')).toEqual(docx);
    });

    test('file names lose what file systems refuse', () => {
        expect(safeFileName('«A/B»: C?')).toBe('«A B» C');
        expect(safeFileName('...')).toBe('esep');
    });
});

describe('Esep: Жаңа жоба', () => {
    test('the skeleton from the extension, under the name asked for, in the clicked folder', async () => {
        answers.input.push('менің-жобам');
        await run('esep.newProject', vscode.Uri.file('/w/proj'));
        expect(new TextDecoder().decode(files.get('/w/proj/менің-жобам.grant'))).toBe('жоба "Жаңа жоба" {\n}\n');
        expect(kinds()).toContain('show');
    });

    test('never over an existing file', async () => {
        answers.input.push('birgemiz');
        await run('esep.newProject', vscode.Uri.file('/w/proj'));
        expect(calls.find(c => c.kind === 'validate')!.args[1]).toBe('A file named birgemiz.grant already exists here.');
        expect(new TextDecoder().decode(files.get('/w/proj/birgemiz.grant'))).toBe('жоба "Birgemiz: Bilim" {}');
        expect(kinds()).toContain('error');
    });
});
