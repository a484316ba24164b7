// The report preview and Esep in the browser, in a real VS Code (code-server + chromium, the
// harness of scripts/e2e/ and test/e2e/workbench.mjs). Two groups of scenarios:
//
//   previewScenarios — the packaged extension as users install it: «Esep: Open report preview»
//     beside the editor (the report as HTML: numbers, short rows, one chart per task, the CSP),
//     a click on a row shows its line, typing updates the preview, the colour theme, and the
//     panel comes back after «Developer: Reload Window».
//   webScenarios — a web-only build (package.json with `browser` and without `main`, which VS Code
//     reads as extension kind «web»; vsce refuses to write `extensionKind: ["web"]` itself):
//     VS Code can only run it in the browser's web-worker extension host, the way vscode.dev
//     does; it must show the diagnostics of an example, the preview, and write a .docx report
//     through workspace.fs.
//
// Both arrays have the shape of test/e2e/scenarios.mjs ({ name, title, run(ctx) }, ctx.wb a
// Workbench, ctx.layout the run folders, ctx.text the example), so the harness can run them. Run
// on their own (Node 24 runs this file as it is, types stripped):
//   node test/e2e/preview.scenario.ts [--only name,name] [--no-package] [--desktop-only|--web-only]
// Screenshots go to artifacts/e2e-preview/.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const FILE = 'birgemiz-bilim.grant';
const PLAN_FILE = 'teng-mumkindik.grant';

// The harness is plain JavaScript; its modules are loaded by path (no type declarations).
const load = (file: string): Promise<any> => import(pathToFileURL(path.join(ROOT, file)).href);
const { Failure, expect, norm } = await load('test/e2e/workbench.mjs');

const sleep = (ms: number) => new Promise(r => setTimeout(r, ms));

export interface Scenario {
    name: string;
    title: string;
    run(ctx: any): Promise<void>;
}

/**
 * The extension's activation time as «Developer: Show Running Extensions» shows it («Startup
 * Activation: 49ms»), kept in artifacts/e2e-preview/activation.json under the host's name
 * (`npm run bench` reads it: without VS Code there is no activation to time).
 */
async function recordActivation(ctx: any, host: 'desktop' | 'web'): Promise<number> {
    const { wb } = ctx;
    await wb.runCommand('Developer: Show Running Extensions');
    const editor = wb.page.locator('.runtime-extensions-editor');
    const row: string = await wb.waitFor(async () => {
        const rows: string[] = (await editor.locator('.monaco-list-row').allInnerTexts()).map((t: string) => norm(t));
        return rows.find(r => /Esep/.test(r) && /Activation:?\s*\d+\s*ms/i.test(r));
    }, { timeout: 20_000, message: async () => `Esep with its activation time is not among the running extensions: ${(await editor.locator('.monaco-list-row').allInnerTexts()).map(norm).join(' | ')}` });
    const ms = Number(/Activation:?\s*(\d+)\s*ms/i.exec(row)![1]);
    const file = path.join(ROOT, 'artifacts/e2e-preview/activation.json');
    const recorded = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : {};
    recorded[host] = { activationMs: ms, row, at: new Date().toISOString() };
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, JSON.stringify(recorded, null, 2) + '\n');
    ctx.log(`running: ${row}`);
    return ms;
}

/** 1-based number of the first line containing `needle`. */
function lineOf(text: string, needle: string): number {
    const i = text.split('\n').findIndex(l => l.includes(needle));
    if (i < 0) throw new Failure(`${FILE} has no line with «${needle}»: the example changed, update test/e2e/preview.scenario.ts`);
    return i + 1;
}

/** A command's palette title as VS Code shows it in English (package.nls.en.json, else package.nls.json). */
export function commandTitle(id: string): string {
    const read = (name: string) => {
        const file = path.join(ROOT, name);
        return fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : {};
    };
    const pkg = read('package.json');
    const nls = { ...read('package.nls.json'), ...read('package.nls.en.json') };
    const resolve = (v: unknown) => (typeof v === 'string' ? v.replace(/^%(.+)%$/, (_, k) => nls[k] ?? v) : '');
    const command = pkg.contributes?.commands?.find((c: { command: string }) => c.command === id);
    if (!command) throw new Failure(`package.json contributes no command ${id}`);
    return `${resolve(command.category)}: ${resolve(command.title)}`;
}

/** The document inside the preview's webview (VS Code nests it: iframe.webview → iframe#active-frame). */
function previewFrame(wb: any) {
    return wb.page.frameLocator('iframe.webview.ready').last().frameLocator('iframe#active-frame');
}

async function openExample(ctx: any, name = FILE) {
    await ctx.wb.escape();
    await ctx.wb.hideHover();
    await ctx.wb.openFile(name);
}

/** Opens the preview of the active editor and waits for the report in it. */
async function openPreview(ctx: any) {
    const { wb } = ctx;
    await wb.runCommand(commandTitle('esep.openPreview'));
    const frame = previewFrame(wb);
    await wb.waitFor(async () => (await frame.locator('article.esep-report').count()) > 0, {
        timeout: 30_000,
        message: async () => `no report in the preview (tabs: ${(await wb.page.locator('.tab').allInnerTexts()).map((t: string) => norm(t)).join(' | ')}; preview text: «${norm(await frame.locator('body').innerText().catch(() => '')).slice(0, 200)}»)`
    });
    return frame;
}

/** The row of the preview that shows an indicator: its data-line, classes and text. */
async function previewRow(frame: any, line: number) {
    const row = frame.locator(`tr[data-line="${line}"]`).first();
    if (!(await row.count())) return undefined;
    return { row, classes: String(await row.getAttribute('class')), text: norm(await row.innerText()) };
}

/** Focuses the .grant editor (the first editor group; the preview is in the second). */
async function focusSource(ctx: any) {
    const group = ctx.wb.page.locator('.editor-group-container').first();
    await group.locator('.tab.active').first().click();
    await group.locator('.monaco-editor textarea, .monaco-editor .native-edit-context').first().focus();
    await ctx.wb.keyboard.press('Home');
}

async function revert(ctx: any) {
    await ctx.wb.escape();
    await ctx.wb.runCommand('File: Revert File');
    await sleep(300);
}

async function closeAllEditors(ctx: any) {
    await ctx.wb.escape();
    await ctx.wb.runCommand('View: Close All Editors');
    await sleep(300);
}

export const previewScenarios: Scenario[] = [
    {
        name: 'activation',
        title: 'the extension as shipped activates on a .grant file within 300 ms (Running Extensions), recorded for npm run bench',
        async run(ctx) {
            await openExample(ctx);
            const ms = await recordActivation(ctx, 'desktop');
            expect(ms < 300, `the extension took ${ms} ms to activate`);
            await closeAllEditors(ctx);
        }
    },
    {
        name: 'preview-open',
        title: '«Esep: Open report preview» beside the editor: the report with 698 and 4 042 547, short rows highlighted, the review appendix, charts of comparable counts, a strict CSP',
        async run(ctx) {
            const { wb, text } = ctx;
            await openExample(ctx);
            const frame = await openPreview(ctx);
            // Beside the editor: two editor groups, the preview tab in the second.
            const groups = await wb.page.locator('.editor-group-container').count();
            expect(groups >= 2, `the preview did not open beside the editor (${groups} editor group)`);
            const body = norm(await frame.locator('article.esep-report').innerText());
            for (const part of ['ҚОРЫТЫНДЫ БАҒДАРЛАМАЛЫҚ ЕСЕП', '«Жас қанат» жастар қоғамдық бірлестігі', '15 337 100', '4 042 547', 'Қатысушылар саны']) {
                expect(body.includes(part), `the preview lacks «${part}»`);
            }
            const indicator = lineOf(text, 'көрсеткіш "Қатысушылар саны"  жоспар: Кемінде 200  факт: 698');
            const row = await previewRow(frame, indicator);
            expect(row && row.text.includes('698') && row.text.includes('Кемінде 200'), `no preview row for line ${indicator} with «Кемінде 200 … 698»: ${row?.text}`);
            const short = await frame.locator('tr.short').count();
            expect(short > 0, 'no row is highlighted as short of plan');
            const shortBg = await frame.locator('tr.short td:not(.span)').first().evaluate((td: Element) => getComputedStyle(td).backgroundColor);
            const metBg = await frame.locator('tr.status-met td:not(.span)').first().evaluate((td: Element) => getComputedStyle(td).backgroundColor);
            expect(shortBg !== metBg, `short rows look like met rows (background ${shortBg})`);
            // The form carries no marks; the review appendix after it lists the three unjustified deviations.
            const alerts = await frame.locator('tr.alert-row').count();
            expect(alerts === 0, `${alerts} rows marked inside the form, none expected`);
            expect(body.includes('Тексеруге арналған қосымша') && body.includes('Негіздемесі жазылмаған ауытқулар'), 'the preview lacks the review appendix');
            const tasks = (text.match(/^\s*міндет \d+ "/gm) ?? []).length;
            const charts = await frame.locator('figure.chart svg.esep-chart-svg').count();
            expect(charts > 0 && charts <= tasks, `${charts} charts for ${tasks} tasks`);
            // The policy VS Code applied: the page's meta tag, and no violation reported.
            const csp = await frame.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
            expect(/default-src 'none'/.test(csp ?? '') && /script-src 'nonce-[A-Za-z0-9]+'/.test(csp ?? ''), `the preview's CSP is «${csp}»`);
            ctx.log(`${short} short rows, the review appendix, ${charts} charts`);
            await frame.locator('figure.chart').first().scrollIntoViewIfNeeded();
            await wb.shot('p1-preview-chart');
            await row!.row.scrollIntoViewIfNeeded();
            await wb.shot('p1-preview');
        }
    },
    {
        name: 'preview-click',
        title: 'a click on a row of the preview puts the editor\'s cursor on its line',
        async run(ctx) {
            const { wb, text } = ctx;
            await openExample(ctx);
            const frame = await openPreview(ctx);
            const payroll = lineOf(text, 'көрсеткіш "Гранттың жалпы сомасынан еңбек ақы төлеу қоры"');
            // The cursor elsewhere first, then a click on the row of the preview.
            await focusSource(ctx);
            await wb.goToLine(1);
            const row = await previewRow(frame, payroll);
            expect(row && row.text.includes('4 042 547'), `no preview row for line ${payroll} with 4 042 547`);
            await row!.row.scrollIntoViewIfNeeded();
            await row!.row.click();
            await wb.waitFor(async () => (await wb.cursorLine()) === payroll, {
                timeout: 5_000, message: async () => `after the click the cursor is on line ${await wb.cursorLine()}, not ${payroll}`
            });
            // The cursor moves a moment before the editor's group takes the focus from the preview's:
            // both within the same 5 s (a clean clone's run once read the tab in between).
            const activeTab = () => wb.page.locator('.editor-group-container.active .tab.active').first().getAttribute('data-resource-name');
            await wb.waitFor(async () => (await activeTab()) === FILE, {
                timeout: 5_000, message: async () => `after the click the active editor is «${await activeTab()}», not ${FILE}`
            });
            await wb.shot('p2-preview-click');
        }
    },
    {
        name: 'preview-live',
        title: 'typing in the editor updates the preview: 698 → 150 turns the row short within 2 s',
        async run(ctx) {
            const { wb, text } = ctx;
            await openExample(ctx);
            const frame = await openPreview(ctx);
            const line = lineOf(text, 'көрсеткіш "Қатысушылар саны"  жоспар: Кемінде 200  факт: 698');
            // Keyboard only: the fact is the end of its line («… факт: 698»).
            await focusSource(ctx);
            await wb.goToLine(line);
            await wb.keyboard.press('End');
            for (let i = 0; i < 3; i++) await wb.keyboard.press('Backspace');
            await wb.type('150');
            const typed = Date.now();
            const seen: string[] = [];
            try {
                const row = await wb.waitFor(async () => {
                    const r = await previewRow(frame, line);
                    const state = `${r?.classes.replace('row-data ', '')} ${r?.text.split(' ').slice(-2).join(' ')}`;
                    if (seen.at(-1)?.endsWith(state) !== true) seen.push(`${Date.now() - typed} ms: ${state}`);
                    return r && r.text.includes('150') && r.classes.includes('short') ? r : undefined;
                }, { timeout: 5_000, interval: 50, message: async () => `the preview row of line ${line} did not become «150», short: ${(await previewRow(frame, line))?.classes} «${(await previewRow(frame, line))?.text}»` });
                const ms = Date.now() - typed;
                await row.row.scrollIntoViewIfNeeded();
                await wb.shot('p3-preview-live');
                ctx.log(`row states: ${seen.join(' | ')}`);
                expect(ms <= 2000, `the preview took ${ms} ms to follow the edit`);
                ctx.log(`preview updated ${ms} ms after typing`);
            } finally {
                await focusSource(ctx);
                await revert(ctx);
            }
        }
    },
    {
        name: 'preview-theme',
        title: 'the preview follows the colour theme: dark and light',
        async run(ctx) {
            const { wb } = ctx;
            await openExample(ctx);
            const frame = await openPreview(ctx);
            const look = async () => frame.locator('body').evaluate((b: Element) => ({
                cls: b.className, color: getComputedStyle(b).color, bg: getComputedStyle(b).backgroundColor
            }));
            const before = await look();
            // The theme through the user settings, edited as a user does (harness: editUserSettings).
            const target = /vscode-dark/.test(before.cls) ? 'Default Light Modern' : 'Default Dark Modern';
            await wb.editUserSettings(ctx.layout.settingsFile, (s: Record<string, unknown>) => ({ ...s, 'workbench.colorTheme': target }));
            await wb.closeModalEditor();
            try {
                const after = await wb.waitFor(async () => {
                    const now = await look();
                    return now.bg !== before.bg && now.color !== before.color ? now : undefined;
                }, { timeout: 10_000, message: `the preview's colours did not change with the theme ${target} (still ${before.bg} / ${before.color})` });
                expect(/vscode-(light|dark)/.test(after.cls) && after.cls !== before.cls, `the webview body class did not follow the theme: «${before.cls}» → «${after.cls}»`);
                ctx.log(`${before.cls.trim()} ${before.bg} → ${after.cls.trim()} ${after.bg}`);
                await frame.locator('figure.chart').first().scrollIntoViewIfNeeded();
                await wb.shot('p4-preview-theme');
            } finally {
                await wb.escape();
                await wb.editUserSettings(ctx.layout.settingsFile, (s: Record<string, unknown>) => { const { 'workbench.colorTheme': _, ...rest } = s; return rest; }).catch(() => undefined);
                await wb.closeModalEditor().catch(() => undefined);
                await closeAllEditors(ctx);
            }
        }
    },
    {
        name: 'preview-reload-frame',
        title: 'VS Code reloads the preview\'s frame («Developer: Reload Webviews»): the report is back at once, not «generating…»',
        async run(ctx) {
            const { wb } = ctx;
            await openExample(ctx);
            await openPreview(ctx);
            await sleep(300);
            // The frame starts again from the page's HTML, written before the first rendering came.
            await wb.runCommand('Developer: Reload Webviews');
            await sleep(300);
            const frame = previewFrame(wb);
            const started = Date.now();
            await wb.waitFor(async () => (await frame.locator('article.esep-report').count()) > 0, {
                timeout: 10_000,
                message: async () => `no report after the frame reloaded: «${norm(await frame.locator('body').innerText().catch(() => '')).slice(0, 160)}»`
            });
            ctx.log(`report back ${Date.now() - started} ms after the frame reloaded`);
            await closeAllEditors(ctx);
        }
    },
    {
        name: 'preview-restore',
        title: 'after «Developer: Reload Window» the preview is back, with the report',
        async run(ctx) {
            const { wb } = ctx;
            await openExample(ctx);
            await openPreview(ctx);
            await sleep(500);
            await wb.runCommand('Developer: Reload Window');
            await wb.page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
            await sleep(1000);
            const frame = previewFrame(wb);
            await wb.waitFor(async () => (await frame.locator('article.esep-report').count()) > 0, {
                timeout: 45_000,
                message: async () => `no preview after the reload (tabs: ${(await wb.page.locator('.tab').allInnerTexts()).map(norm).join(' | ')})`
            });
            const tabs: string[] = (await wb.page.locator('.tab').allInnerTexts()).map((t: string) => norm(t));
            expect(tabs.some(t => t.includes(FILE) && t !== FILE), `no preview tab after the reload: ${tabs.join(' | ')}`);
            await wb.shot('p5-preview-restored');
            await closeAllEditors(ctx);
        }
    }
];

export const webScenarios: Scenario[] = [
    {
        name: 'web-host',
        title: 'the web-only build runs in the browser\'s web-worker extension host',
        async run(ctx) {
            const { wb } = ctx;
            await openExample(ctx);
            const ms = await recordActivation(ctx, 'web');
            expect(ms < 300, `the web build took ${ms} ms to activate`);
            await wb.shot('w1-running-extensions');
            await closeAllEditors(ctx);
        }
    },
    {
        name: 'web-diagnostics',
        title: 'web-only build: the example\'s diagnostics (the language server in a web worker)',
        async run(ctx) {
            const { wb, text } = ctx;
            await openExample(ctx);
            const line = lineOf(text, 'жоспар: 4 185 000 теңге  факт: 4 042 547 теңге');
            await wb.goToLine(line);
            await wb.waitFor(async () => (await wb.squigglesOn(line)).includes('warning'), {
                timeout: 45_000, message: `no warning squiggle on line ${line} (V-PF-04: 4 042 547 of 4 185 000) from the web-worker server`
            });
            const rows = await wb.waitFor(async () => {
                const r = await wb.problems('V-PF-04');
                return r.some((x: string) => x.includes('142 453')) ? r : undefined;
            }, { timeout: 15_000, message: async () => `the Problems panel has no V-PF-04 «142 453»: ${(await wb.problems('V-PF-04')).join(' | ')}` });
            ctx.log(`${rows.length} V-PF-04 findings`);
            await wb.shot('w2-web-diagnostics');
            await wb.problems('');
            await wb.closePanel();
        }
    },
    {
        name: 'web-preview',
        title: 'web-only build: the report preview',
        async run(ctx) {
            await openExample(ctx);
            const frame = await openPreview(ctx);
            const body = norm(await frame.locator('article.esep-report').innerText());
            expect(body.includes('4 042 547') && body.includes('698'), 'the web preview lacks 4 042 547 or 698');
            await ctx.wb.shot('w3-web-preview');
            await closeAllEditors(ctx);
        }
    },
    {
        name: 'web-report',
        title: 'web-only build: «Generate report» writes the .docx through workspace.fs',
        async run(ctx) {
            const { wb, layout } = ctx;
            await openExample(ctx);
            const before = new Set(fs.readdirSync(layout.workspace).filter(n => n.endsWith('.docx')));
            await wb.clearNotifications();
            await wb.runCommand(commandTitle('esep.generateReport'));
            const docx = await wb.waitFor(async () => {
                const fresh = fs.readdirSync(layout.workspace).filter(n => n.endsWith('.docx') && !before.has(n));
                if (fresh.length) return fresh[0];
                const failed = (await wb.notifications()).find((t: string) => t.startsWith('error:'));
                if (failed) throw new Failure(`the report command failed: «${failed.slice(7)}»`);
                return undefined;
            }, { timeout: 60_000, message: async () => `no new .docx in the workspace (notifications: ${(await wb.notifications()).join(' | ') || 'none'})` });
            const bytes = fs.readFileSync(path.join(layout.workspace, docx));
            expect(bytes.subarray(0, 2).toString() === 'PK' && bytes.length > 10_000, `${docx} is not a .docx (${bytes.length} bytes)`);
            const { default: mammoth } = await import('mammoth');
            const body = norm((await mammoth.extractRawText({ buffer: bytes })).value);
            expect(body.includes('15 337 100'), `${docx} lacks the sum 15 337 100`);
            await sleep(500);
            await wb.shot('w4-web-report');
            ctx.log(`${docx}: ${bytes.length} bytes`);
        }
    },
    {
        name: 'web-plan-preview',
        title: 'web-only build: a plan without facts previews as the plan form',
        async run(ctx) {
            await openExample(ctx, PLAN_FILE);
            const frame = await openPreview(ctx);
            const kind = await frame.locator('article.esep-report').getAttribute('data-kind');
            expect(kind === 'plan', `${PLAN_FILE} previews as «${kind}», not «plan»`);
            await ctx.wb.shot('w5-web-plan-preview');
            await closeAllEditors(ctx);
        }
    }
];

// ---------------------------------------------------------------------------------------------
// Running on their own.

const WEB_FILES = [
    'README.md', 'README.user.md', 'CHANGELOG.md', 'package.nls.json', 'package.nls.en.json', 'package.nls.kk.json', 'package.nls.ru.json',
    'language-configuration.json', 'syntaxes/grant.tmLanguage.json', 'images/icon.png', 'l10n/bundle.l10n.kk.json', 'l10n/bundle.l10n.ru.json',
    'media/preview.css', 'media/preview.js', 'out/extension-browser.cjs', 'out/server-browser.js', '.vscodeignore'
];

function run(command: string, args: string[], cwd: string) {
    const node = path.join(ROOT, 'node_modules/node/bin/node');
    const result = spawnSync(command === 'node' ? node : command, args, {
        cwd, encoding: 'utf8', env: { ...process.env, PATH: `${path.dirname(node)}:${process.env.PATH}` }
    });
    if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${`${result.stdout}\n${result.stderr}`.trim().split('\n').slice(-15).join('\n')}`);
}

/** Builds the bundles and two .vsix files in `dir`: the extension as shipped, and a web-only build of it. */
export function packageBoth(dir: string): { vsix: string; webVsix: string } {
    const vsce = path.join(ROOT, 'node_modules/@vscode/vsce/vsce');
    fs.mkdirSync(dir, { recursive: true });
    run('node', ['scripts/build.mjs'], ROOT);
    const vsix = path.join(dir, 'esep.vsix');
    // The package script's own vsce arguments (the user README, links kept as written).
    const script: string = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).scripts.package;
    const args = script.slice(script.indexOf('vsce package') + 'vsce package'.length).trim().split(/\s+/);
    const outAt = args.indexOf('--out');
    if (outAt >= 0) args.splice(outAt, 2);
    run('node', [vsce, 'package', ...args, '--out', vsix], ROOT);
    // The web-only build: no Node entry point, so VS Code can only run it in the web-worker host.
    const web = path.join(dir, 'web-extension');
    fs.rmSync(web, { recursive: true, force: true });
    for (const file of WEB_FILES) {
        fs.mkdirSync(path.dirname(path.join(web, file)), { recursive: true });
        fs.copyFileSync(path.join(ROOT, file), path.join(web, file));
    }
    fs.cpSync(path.join(ROOT, 'templates/skeletons'), path.join(web, 'templates/skeletons'), { recursive: true });
    // The walkthrough's pages and pictures, which the user README shows too.
    fs.cpSync(path.join(ROOT, 'media/walkthrough'), path.join(web, 'media/walkthrough'), { recursive: true });
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    delete pkg.main;
    delete pkg.scripts;
    delete pkg.bin;
    delete pkg.devDependencies;
    delete pkg.dependencies;
    // vsce 4.1 refuses `extensionKind: ["web"]` («allowed values are 'ui', 'workspace'»); VS Code
    // deduces the kind «web» from a manifest with `browser` and no `main`, which is what this is.
    delete pkg.extensionKind;
    fs.writeFileSync(path.join(web, 'package.json'), JSON.stringify(pkg, null, 2) + '\n');
    const webVsix = path.join(dir, 'esep-web.vsix');
    run('node', [vsce, 'package', ...args, '--out', webVsix], web);
    return { vsix, webVsix };
}

/** The last error lines of the extension host's logs (Esep's output channel, the host itself) in a run folder. */
function logErrors(userData: string, max = 6): string[] {
    const found: string[] = [];
    const walk = (dir: string) => {
        for (const entry of fs.existsSync(dir) ? fs.readdirSync(dir, { withFileTypes: true }) : []) {
            const file = path.join(dir, entry.name);
            if (entry.isDirectory()) walk(file);
            else if (/^(Esep|remoteexthost|exthost)\.log$/.test(entry.name)) {
                for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
                    if (/error|exception|fail/i.test(line)) found.push(`${entry.name}: ${line.slice(0, 300)}`);
                }
            }
        }
    };
    walk(path.join(userData, 'logs'));
    return found.slice(-max);
}

async function runGroup(label: string, vsix: string, scenarios: Scenario[], artifacts: string, results: { name: string; ok: boolean; message?: string }[]) {
    const cs = await load('scripts/e2e/code-server.mjs');
    const { Workbench } = await load('test/e2e/workbench.mjs');
    const layout = cs.runLayout(cs.newRunFolder(`preview-${label}`, 1));
    cs.prepareRun(layout);
    const installed = cs.installExtension(layout, vsix);
    const server = await cs.startCodeServer(layout);
    const { chromium } = await import('playwright-core');
    const context = await chromium.launchPersistentContext(layout.browserProfile, {
        executablePath: cs.CHROMIUM, headless: true, viewport: { width: 1600, height: 1000 }, locale: 'en-US',
        env: { ...process.env, XDG_CONFIG_HOME: path.join(layout.runDir, 'chromium-xdg/config'), XDG_CACHE_HOME: path.join(layout.runDir, 'chromium-xdg/cache') },
        args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
            '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage']
    });
    try {
        await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
        const page = context.pages()[0] ?? await context.newPage();
        page.setDefaultTimeout(15_000);
        const consoleErrors: string[] = [];
        page.on('console', (m: any) => { if (m.type() === 'error') consoleErrors.push(m.text()); });
        const wb = new Workbench(page, { artifacts, workspace: layout.workspace });
        await wb.open(server.folderUrl);
        console.log(`e2e preview (${label}): ${installed.join(', ')} on ${server.url}`);
        const ctx: any = { wb, layout, text: fs.readFileSync(path.join(layout.workspace, FILE), 'utf8'), notes: [] as string[], log(m: string) { this.notes.push(m); } };
        for (const scenario of scenarios) {
            const started = Date.now();
            const errorsBefore = consoleErrors.length;
            ctx.notes = [];
            try {
                await Promise.race([scenario.run(ctx), sleep(120_000).then(() => { throw new Error(`${scenario.name} did not finish within 120 s`); })]);
                results.push({ name: scenario.name, ok: true });
                console.log(`  ✔ ${scenario.name} — ${scenario.title} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
            } catch (error: any) {
                const message = String(error?.message ?? error).split('\n')[0];
                results.push({ name: scenario.name, ok: false, message });
                console.log(`  ✘ ${scenario.name} — ${scenario.title}\n      ${message}`);
                // What a failure in another machine's CI leaves to go on: the browser console and the host's logs.
                for (const line of consoleErrors.slice(errorsBefore).slice(-5)) console.log(`      browser console: ${line.slice(0, 300)}`);
                for (const line of logErrors(layout.userData)) console.log(`      log: ${line}`);
                await wb.shot(`${scenario.name}-FAILED`).catch(() => undefined);
                await wb.escape().catch(() => undefined);
            }
            for (const note of ctx.notes) console.log(`      ${note}`);
        }
        const csp = consoleErrors.filter(e => /Content Security Policy|Refused to/i.test(e));
        if (csp.length) console.log(`  content security policy messages in the browser console:\n      ${csp.slice(0, 5).join('\n      ')}`);
    } finally {
        await context.close().catch(() => undefined);
        await server.stop();
    }
}

async function main() {
    const args = process.argv.slice(2);
    const only = args.includes('--only') ? args[args.indexOf('--only') + 1].split(',') : undefined;
    const pick = (list: Scenario[]) => list.filter(s => !only || only.includes(s.name));
    const cs = await load('scripts/e2e/code-server.mjs');
    cs.checkPrerequisites();
    const dir = path.join(cs.CACHE, 'preview-package');
    const artifacts = path.join(ROOT, 'artifacts/e2e-preview');
    fs.rmSync(artifacts, { recursive: true, force: true });
    fs.mkdirSync(artifacts, { recursive: true });
    const { vsix, webVsix } = args.includes('--no-package')
        ? { vsix: path.join(dir, 'esep.vsix'), webVsix: path.join(dir, 'esep-web.vsix') }
        : packageBoth(dir);
    console.log(`e2e preview: ${path.relative(ROOT, vsix)} ${Math.round(fs.statSync(vsix).size / 1024)} KB, ${path.relative(ROOT, webVsix)} ${Math.round(fs.statSync(webVsix).size / 1024)} KB`);
    const results: { name: string; ok: boolean; message?: string }[] = [];
    if (!args.includes('--web-only') && pick(previewScenarios).length) await runGroup('desktop', vsix, pick(previewScenarios), artifacts, results);
    if (!args.includes('--desktop-only') && pick(webScenarios).length) await runGroup('web', webVsix, pick(webScenarios), artifacts, results);
    fs.writeFileSync(path.join(artifacts, 'results.json'), JSON.stringify(results, null, 2) + '\n');
    const failed = results.filter(r => !r.ok).length;
    console.log(`screenshots in ${path.relative(ROOT, artifacts)}/`);
    console.log(`${results.length - failed} passed, ${failed} failed`);
    process.exitCode = failed ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
    await main();
    // Every browser and code-server has been stopped by now; a handle left open by a
    // library (a socket, a timer) must not keep the test run waiting: exit with the result.
    process.exit(process.exitCode ?? 0);
}
