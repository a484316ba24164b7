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
let renames: { from: string; to: string; overwrite: boolean; scheme?: string }[] = [];
const fsSchemes: string[] = [];
/** Folders that are symbolic links (their stat type has the SymbolicLink bit). */
const links = new Set<string>();

vi.mock('vscode', () => {
    class Uri {
        readonly authority = '';
        constructor(readonly scheme: string, readonly path: string) {}
        get fsPath() { return this.path; }
        with(change: { scheme?: string; path?: string }) { return new Uri(change.scheme ?? this.scheme, change.path ?? this.path); }
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
        FileType: { File: 1, Directory: 2, SymbolicLink: 64 },
        ProgressLocation: { Notification: 15 },
        StatusBarAlignment: { Left: 1, Right: 2 },
        ThemeColor: class { constructor(readonly id: string) {} },
        Position: class { constructor(readonly line: number, readonly character: number) {} },
        WorkspaceEdit: class { inserts: { uri: Uri; text: string }[] = []; insert(uri: Uri, _at: unknown, text: string) { this.inserts.push({ uri, text }); } },
        languages: { onDidChangeDiagnostics: event, registerCodeLensProvider: () => disposable },
        env: { openExternal: (uri: Uri) => { calls.push({ kind: 'openExternal', args: [uri.path] }); return Promise.resolve(true); } },
        commands: {
            registerCommand: (id: string, fn: (...args: unknown[]) => unknown) => { commands.set(id, fn); return disposable; },
            executeCommand: (id: string, ...args: unknown[]) => { calls.push({ kind: 'command', args: [id, ...args] }); return Promise.resolve(); }
        },
        workspace: {
            workspaceFolders: [{ uri: new Uri('file', '/w') }],
            getWorkspaceFolder: (uri: Uri) => (uri.scheme === 'file' && uri.path.startsWith('/w/') ? { uri: new Uri('file', '/w') } : undefined),
            getConfiguration: () => ({ get: (key: string) => config[key] }),
            onDidChangeTextDocument: event,
            onDidChangeConfiguration: event,
            openTextDocument: (arg: Uri | { content: string }) => Promise.resolve(arg instanceof Uri
                ? { uri: arg, languageId: 'grant', getText: () => new TextDecoder().decode(files.get(arg.path) ?? new Uint8Array()) }
                : { uri: new Uri('untitled', '/1'), languageId: 'grant', ...arg }),
            applyEdit: (edit: { inserts: { uri: Uri; text: string }[] }) => {
                for (const { uri, text } of edit.inserts) files.set(uri.path, new TextEncoder().encode(text));
                return Promise.resolve(true);
            },
            fs: {
                stat: (uri: Uri) => links.has(uri.path) ? Promise.resolve({ type: 2 | 64 }) : files.has(uri.path) ? Promise.resolve({ type: 1 }) : isDir(uri.path) ? Promise.resolve({ type: 2 }) : Promise.reject(notFound()),
                readFile: (uri: Uri) => files.has(uri.path) ? Promise.resolve(files.get(uri.path)!) : Promise.reject(notFound()),
                writeFile: (uri: Uri, bytes: Uint8Array) => { fsSchemes.push(uri.scheme); files.set(uri.path, bytes); return Promise.resolve(); },
                createDirectory: () => Promise.resolve(),
                delete: (uri: Uri) => { files.delete(uri.path); return Promise.resolve(); },
                rename: (from: Uri, to: Uri, options: { overwrite: boolean }) => {
                    renames.push({ from: from.path, to: to.path, overwrite: options.overwrite, scheme: to.scheme });
                    fsSchemes.push(from.scheme, to.scheme);
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
            showWarningMessage: (...args: unknown[]) => {
                calls.push({ kind: 'warning', args });
                // The buttons are message items ({ title }): the answer is the item of that title.
                const answer = answers.warning.shift();
                return Promise.resolve(args.slice(2).find(a => (a as { title?: string })?.title === answer) ?? answer);
            },
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
const { startClient } = await import('../client/src/common.js');
const { isInside, safeFileName } = await import('../client/src/files.js');
const { loadStrings } = await import('../client/src/ui-language.js');

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
    config.language = 'en';
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
        expect(warning.args.slice(2)).toEqual([{ title: 'Overwrite' }, { title: 'Save as new name' }, { title: 'Cancel', isCloseAffordance: true }]);
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

    test('the .grant file is only read: its bytes stay, nothing is written or renamed onto it', async () => {
        const before = files.get('/w/proj/birgemiz.grant');
        response = { data: b64, projectName: 'Birgemiz: Bilim', fileName: 'Birgemiz-Bilim-final.docx' };
        await run('esep.generateReport');
        expect(files.get('/w/proj/birgemiz.grant')).toBe(before);
        expect(renames.map(r => r.to)).toEqual(['/w/proj/Birgemiz-Bilim-final.docx']);
    });

    test('a virtual workspace (vscode-vfs): written through workspace.fs in the same scheme, «Open» shows it in the Explorer', async () => {
        const remote = vscode.Uri.file('/w/proj/birgemiz.grant').with({ scheme: 'vscode-vfs' });
        response = { data: b64, projectName: 'X', fileName: 'X-final.docx' };
        fsSchemes.length = 0;
        answers.info.push('Open');
        await run('esep.generateReport', remote);
        expect(client.sendRequest).toHaveBeenLastCalledWith('esep/renderReport', expect.objectContaining({ uri: 'vscode-vfs:///w/proj/birgemiz.grant' }));
        expect(renames).toEqual([expect.objectContaining({ to: '/w/proj/X-final.docx', scheme: 'vscode-vfs' })]);
        expect(new Set(fsSchemes)).toEqual(new Set(['vscode-vfs']));
        // A browser cannot open a .docx: «Open» reveals it in the Explorer.
        expect(calls.find(c => c.kind === 'command')?.args[0]).toBe('revealInExplorer');
    });

    test('a file name from the server is a name, never a path', async () => {
        response = { data: b64, projectName: 'X', fileName: '../../etc/passwd.docx' };
        await run('esep.generateReport');
        expect(renames.map(r => r.to)).toEqual(['/w/proj/.. .. etc passwd.docx']);
    });

    test('esep.report.outputFolder inside the workspace: «..» up to its root, or an absolute path in it', async () => {
        response = { data: b64, projectName: 'X', fileName: 'X-final.docx' };
        config['report.outputFolder'] = '../есептер';
        await run('esep.generateReport');
        config['report.outputFolder'] = '/w/reports/2025';
        await run('esep.generateReport');
        expect(renames.map(r => r.to)).toEqual(['/w/есептер/X-final.docx', '/w/reports/2025/X-final.docx']);
    });

    for (const outside of ['../../outside', '/etc/esep', '/w2/reports', 'C:\\Users\\me']) {
        test(`esep.report.outputFolder outside the workspace («${outside}»): refused with a clear message, the server is not asked, nothing written`, async () => {
            config['report.outputFolder'] = outside;
            response = { data: b64, projectName: 'X', fileName: 'X-final.docx' };
            client.sendRequest.mockClear();
            answers.warning = [];
            await run('esep.generateReport');
            const error = calls.find(c => c.kind === 'error');
            expect(String(error?.args[0])).toBe(`The report folder «${outside}» (esep.report.outputFolder) is outside the workspace /w. Nothing was written: choose a folder inside it.`);
            expect(error?.args[1]).toBe('Open Settings');
            expect(client.sendRequest).not.toHaveBeenCalled();
            expect(renames).toEqual([]);
            expect([...files.keys()].filter(k => k.endsWith('.docx') || k.endsWith('.tmp'))).toEqual([]);
        });
    }

    test('esep.report.outputFolder through a symlink inside the workspace: refused, nothing written', async () => {
        links.add('/w/proj/есептер');
        try {
            config['report.outputFolder'] = 'есептер/2025';
            response = { data: b64, projectName: 'X', fileName: 'X-final.docx' };
            client.sendRequest.mockClear();
            await run('esep.generateReport');
            const error = calls.find(c => c.kind === 'error');
            expect(String(error?.args[0])).toBe('The report folder «есептер/2025» (esep.report.outputFolder) goes through the link /w/proj/есептер, which may lead outside the workspace. Nothing was written: choose a folder inside the workspace that is not a link.');
            expect(client.sendRequest).not.toHaveBeenCalled();
            expect(renames).toEqual([]);
            // The same folder when it is not a link: written.
            links.clear();
            calls.length = 0;
            await run('esep.generateReport');
            expect(renames.map(r => r.to)).toEqual(['/w/proj/есептер/2025/X-final.docx']);
        } finally {
            links.clear();
        }
    });

    test('the refusal in Kazakh and Russian, from the l10n bundles', async () => {
        const { readFileSync } = await import('node:fs');
        for (const lang of ['kk', 'ru']) {
            files.set(`/ext/l10n/bundle.l10n.${lang}.json`, readFileSync(new URL(`../l10n/bundle.l10n.${lang}.json`, import.meta.url)));
        }
        config['report.outputFolder'] = '/etc';
        try {
            config.language = 'kk';
            await loadStrings(vscode.Uri.file('/ext'));
            await run('esep.generateReport');
            config.language = 'ru';
            await loadStrings(vscode.Uri.file('/ext'));
            await run('esep.generateReport');
        } finally {
            config.language = 'en';
            await loadStrings(vscode.Uri.file('/ext'));
        }
        const errors = calls.filter(c => c.kind === 'error').map(c => String(c.args[0]));
        expect(errors).toEqual([
            '«/etc» есеп қалтасы (esep.report.outputFolder) /w жұмыс аймағынан тыс жатыр. Ештеңе жазылған жоқ: оның ішіндегі қалтаны таңдаңыз.',
            'Папка отчёта «/etc» (esep.report.outputFolder) вне рабочей области /w. Ничего не записано: выберите папку внутри неё.'
        ]);
    });

    test('inside a folder: the same scheme and authority, whole path segments, drive letters in any case', () => {
        const U = vscode.Uri;
        expect(isInside(U.file('/w/a/b'), U.file('/w'))).toBe(true);
        expect(isInside(U.file('/w'), U.file('/w/'))).toBe(true);
        expect(isInside(U.file('/w2/a'), U.file('/w'))).toBe(false);
        expect(isInside(U.file('/C:/Work/x'), U.file('/c:/work'))).toBe(true);
        expect(isInside(U.file('/w/a').with({ scheme: 'vscode-vfs' }), U.file('/w'))).toBe(false);
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

describe('«New project from the template» on an empty .grant file', () => {
    test('the same skeleton as «New project»: periods from today, not the template\'s', async () => {
        files.set('/ext/templates/skeletons/project.kk.grant', new TextEncoder().encode('жоба "" {\n    кезең: 01.05.2025 - 31.10.2025\n}\n'));
        files.set('/w/proj/empty.grant', new Uint8Array());
        await run('esep.fillSkeleton', vscode.Uri.file('/w/proj/empty.grant'));
        const written = new TextDecoder().decode(files.get('/w/proj/empty.grant'));
        expect(written).not.toContain('2025');
        expect(written).toMatch(new RegExp(`^    кезең: \\d\\d\\.\\d\\d\\.${new Date().getFullYear()} - `, 'm'));
    });

    test('a file with text in it is left as it is', async () => {
        await run('esep.fillSkeleton', source);
        expect(new TextDecoder().decode(files.get('/w/proj/birgemiz.grant'))).toBe('жоба "Birgemiz: Bilim" {}');
    });
});

describe('the extension\'s API (what activate() returns)', () => {
    test('statusText(uri): the status bar text the server gives for a document; undefined without a project', async () => {
        const api = await startClient({ subscriptions: [], extensionUri: vscode.Uri.file('/ext') } as never, client as never);
        response = { text: '✔ 93/102 көрсеткіш', tooltip: '', achieved: 93, total: 102, short: 9 };
        expect(await api.statusText('file:///w/proj/birgemiz.grant')).toBe('✔ 93/102 көрсеткіш');
        expect(client.sendRequest).toHaveBeenLastCalledWith('esep/status', { uri: 'file:///w/proj/birgemiz.grant' });
        response = null;
        expect(await api.statusText('file:///w/proj/other.grant')).toBeUndefined();
    });
});
