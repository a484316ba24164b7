#!/usr/bin/env node
// The pictures of the walkthrough and of the extension's page (media/walkthrough/*.png), taken in
// a real VS Code with the packaged extension, the way the e2e scenarios drive it:
//   start.png   «Esep: New project» — the new file
//   facts.png   an activity of the example with its facts and the share of plan reached
//   checks.png  a money row under plan: the squiggle, its hover, the Problems panel
//   report.png  the report preview beside the editor
// node scripts/e2e/pictures.mjs [--no-package] [--out DIR]   (default DIR: media/walkthrough)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import * as cs from './code-server.mjs';
import { Workbench, norm } from '../../test/e2e/workbench.mjs';

const args = process.argv.slice(2);
const out = path.resolve(cs.ROOT, args.includes('--out') ? args[args.indexOf('--out') + 1] : 'media/walkthrough');
const sleep = ms => new Promise(r => setTimeout(r, ms));
const log = (...parts) => console.log('pictures:', ...parts);
const FILE = 'birgemiz-bilim.grant';

function nls(value) {
    const read = name => JSON.parse(fs.readFileSync(path.join(cs.ROOT, name), 'utf8'));
    const table = { ...read('package.nls.json'), ...read('package.nls.en.json') };
    return String(value).replace(/^%(.+)%$/, (_, key) => table[key] ?? value);
}
const label = id => {
    const c = JSON.parse(fs.readFileSync(path.join(cs.ROOT, 'package.json'), 'utf8')).contributes.commands.find(x => x.command === id);
    return `${nls(c.category)}: ${nls(c.title)}`;
};
const lineOf = (text, needle) => text.split('\n').findIndex(l => l.includes(needle)) + 1;

let server, context;
const timer = setTimeout(() => { console.error('pictures: gave up after 6 minutes'); void cleanup().then(() => process.exit(1)); }, 360_000);
async function cleanup() {
    await context?.close().catch(() => {});
    await server?.stop();
}

try {
    cs.checkPrerequisites();
    if (!args.includes('--no-package')) {
        const r = spawnSync('npm', ['run', 'package'], { cwd: cs.ROOT, stdio: ['ignore', 'ignore', 'inherit'], timeout: 300_000,
            env: { ...process.env, PATH: `${path.dirname(cs.NODE)}:${process.env.PATH}` } });
        if (r.status !== 0) cs.fail('npm run package failed');
    }
    const layout = cs.runLayout(cs.newRunFolder('pictures', 1));
    cs.prepareRun(layout, { 'editor.fontSize': 14, 'workbench.colorTheme': 'Default Light Modern', 'esep.reportDate': '30.11.2020' });
    cs.installExtension(layout, path.join(cs.ROOT, 'esep.vsix'));
    server = await cs.startCodeServer(layout);
    const { chromium } = await import('playwright-core');
    context = await chromium.launchPersistentContext(layout.browserProfile, {
        executablePath: cs.CHROMIUM, headless: true, viewport: { width: 1280, height: 760 }, locale: 'en-US',
        args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-dev-shm-usage']
    });
    const page = context.pages()[0] ?? await context.newPage();
    page.setDefaultTimeout(30_000);
    const wb = new Workbench(page, { artifacts: out, workspace: layout.workspace });
    await wb.open(server.folderUrl);
    const text = fs.readFileSync(path.join(layout.workspace, FILE), 'utf8');
    /** The editor area (and the panel below it, when open), `height` pixels at most: what the step is about, readable when scaled down. */
    const shot = async (name, height = 560) => {
        const editor = await page.locator('.part.editor').boundingBox();
        const panel = await page.locator('.part.panel').boundingBox().catch(() => null);
        const bottom = panel && panel.height > 0 ? panel.y + panel.height : editor.y + editor.height;
        const clip = { x: editor.x, y: editor.y, width: editor.width, height: Math.min(height, bottom - editor.y) };
        await page.screenshot({ path: path.join(out, `${name}.png`), clip });
    };
    fs.mkdirSync(out, { recursive: true });

    // facts: activity 1 of task 1, its indicators with facts and the share of plan reached.
    // A click in the explorer (quick open's file search is slow on a busy machine).
    await page.locator('.explorer-folders-view .monaco-list-row').filter({ hasText: FILE }).first().click();
    await wb.waitFor(async () => (await wb.activeTab()) === FILE, { timeout: 30_000, message: `${FILE} did not open` });
    await wb.waitFor(async () => (await wb.statusBarItems()).some(t => /көрсеткіш/.test(t)), { timeout: 60_000, message: 'the language server did not start' });
    const activity = lineOf(text, 'іс-шара 1 "');
    await wb.goToLine(activity + 14);
    await wb.goToLine(activity - 2);
    await wb.goToLine(lineOf(text, 'көрсеткіш "Қатысушылар саны"'));
    await wb.keyboard.press('End');
    await sleep(1500);
    await shot('facts');
    log('facts.png');

    // checks: the payroll row under plan — its squiggle and hover, the Problems panel below.
    await wb.problems('V-PF-04');
    const payroll = lineOf(text, 'еңбек ақы');
    const factLine = text.split('\n').slice(payroll - 1).findIndex(l => l.includes('факт:')) + payroll;
    await wb.goToLine(factLine);
    const factText = /факт:\s*([\d\s]+\d)/.exec(text.split('\n')[factLine - 1])?.[1].trim();
    await wb.hover(factLine, factText ?? 'факт', { expectText: /V-PF-04|жоспардан/ });
    await sleep(500);
    await shot('checks', 620);
    log('checks.png');
    await wb.hideHover();
    await wb.closePanel();

    // report: the preview beside the editor.
    await wb.goToLine(lineOf(text, 'міндет 1 "'));
    await wb.runCommand(label('esep.openPreview'));
    await wb.waitFor(async () => {
        for (const frame of page.frames().filter(f => f !== page.mainFrame())) {
            const body = await frame.evaluate(() => document.body?.innerText ?? '').catch(() => '');
            if (/698/.test(norm(body))) return true;
        }
        return false;
    }, { timeout: 60_000, message: 'the preview does not show the report' });
    await page.mouse.move(640, 740); // no tooltip of the breadcrumbs in the picture
    await sleep(1500);
    await shot('report', 640);
    log('report.png');
    await wb.runCommand('View: Close All Editors');

    // start: «New project» writes a new .grant file and opens it.
    await wb.runCommand(label('esep.newProject'));
    const input = page.locator('.quick-input-widget input.input').first();
    await input.waitFor({ state: 'visible' });
    await input.fill('менің-жобам.grant');
    await wb.keyboard.press('Enter');
    await wb.waitFor(async () => (await wb.activeTab()) === 'менің-жобам.grant', { timeout: 20_000, message: 'the new project did not open' });
    await sleep(2500);
    await shot('start');
    log('start.png');
    for (const name of ['start', 'facts', 'checks', 'report']) {
        log(`${name}.png: ${Math.round(fs.statSync(path.join(out, `${name}.png`)).size / 1024)} KB`);
    }
} catch (error) {
    console.error(`pictures: ${error.oneLine ? error.message : (error.stack ?? error)}`);
    process.exitCode = 1;
} finally {
    clearTimeout(timer);
    await cleanup();
}
