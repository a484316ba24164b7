// Starting and stopping a real VS Code (code-server from npm, installed by setup.sh into
// .cache/e2e/code-server) in one run folder: its settings, extensions, logs and a copy of
// examples/ as the workspace all live under .cache/e2e/run-*, so nothing in the repository and
// nothing in ~ is touched. Used by the scenario runner (run.mjs) and by `npm run editor`.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const CACHE = path.join(ROOT, '.cache/e2e');
export const ARTIFACTS = path.join(ROOT, 'artifacts/e2e');
export const NODE = path.join(ROOT, 'node_modules/node/bin/node');
export const CODE_SERVER = path.join(CACHE, 'code-server/node_modules/code-server/out/node/entry.js');
export const CHROMIUM = process.env.ESEP_CHROMIUM || '/usr/bin/chromium';

/** Settings a user would otherwise click away: no welcome page, no telemetry, no tips, no git. */
export const USER_SETTINGS = {
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.welcomePage.walkthroughs.openOnInstall': false,
    'workbench.enableExperiments': false,
    'workbench.editor.enablePreview': false,
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'extensions.ignoreRecommendations': true,
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'security.workspace.trust.enabled': false,
    'git.enabled': false,
    'git.openRepositoryInParentFolders': 'never',
    'chat.disableAIFeatures': true,
    'chat.commandCenter.enabled': false,
    'files.autoSave': 'off',
    'files.hotExit': 'off',
    'editor.minimap.enabled': false,
    'editor.hover.delay': 150,
    'editor.hover.sticky': true,
    'editor.quickSuggestionsDelay': 10,
    'editor.codeLens': true,
    'window.restoreWindows': 'none',
    'window.commandCenter': false,
    'workbench.layoutControl.enabled': false,
    'terminal.integrated.enablePersistentSessions': false
};

export function fail(message) {
    const error = new Error(message);
    error.oneLine = true;
    throw error;
}

/** Checks what setup.sh installs; a missing piece is one clear line. */
export function checkPrerequisites() {
    if (!fs.existsSync(NODE)) fail(`the project's Node 24 (${path.relative(ROOT, NODE)}) is missing: run npm install`);
    if (!fs.existsSync(CODE_SERVER)) fail('code-server is not installed in .cache/e2e: run bash scripts/e2e/setup.sh');
    if (!fs.existsSync(CHROMIUM)) fail(`${CHROMIUM} is missing: run bash scripts/e2e/setup.sh (installs Debian's chromium)`);
}

/** A fresh run folder .cache/e2e/<prefix>-<time>; keeps the newest `keep` old ones for post-mortems. */
export function newRunFolder(prefix, keep = 2) {
    fs.mkdirSync(CACHE, { recursive: true });
    const old = fs.readdirSync(CACHE).filter(n => n.startsWith(`${prefix}-`)).sort();
    for (const name of old.slice(0, Math.max(0, old.length - keep))) {
        fs.rmSync(path.join(CACHE, name), { recursive: true, force: true });
    }
    const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\..*/, '').replace('T', '-');
    const dir = path.join(CACHE, `${prefix}-${stamp}`);
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
    return dir;
}

/** The folders of one run. */
export function runLayout(runDir) {
    const layout = {
        runDir,
        userData: path.join(runDir, 'user-data'),
        extensions: path.join(runDir, 'extensions'),
        workspace: path.join(runDir, 'workspace'),
        xdg: path.join(runDir, 'xdg'),
        config: path.join(runDir, 'code-server.yaml'),
        log: path.join(runDir, 'code-server.log'),
        browserProfile: path.join(runDir, 'chromium')
    };
    layout.settingsFile = path.join(layout.userData, 'User/settings.json');
    return layout;
}

/** Copies examples/ (the .grant files only) as the workspace, and writes the user settings. */
export function prepareRun(layout, settings = {}) {
    for (const dir of [layout.userData, layout.extensions, layout.workspace, layout.xdg, path.dirname(layout.settingsFile)]) {
        fs.mkdirSync(dir, { recursive: true });
    }
    for (const name of fs.readdirSync(path.join(ROOT, 'examples'))) {
        fs.cpSync(path.join(ROOT, 'examples', name), path.join(layout.workspace, name), { recursive: true });
    }
    writeSettings(layout, { ...USER_SETTINGS, ...settings });
    fs.writeFileSync(layout.config, 'bind-addr: 127.0.0.1:0\nauth: none\ncert: false\n');
}

export function writeSettings(layout, settings) {
    fs.writeFileSync(layout.settingsFile, JSON.stringify(settings, null, 2) + '\n');
}

export function readSettings(layout) {
    return JSON.parse(fs.readFileSync(layout.settingsFile, 'utf8'));
}

function env(layout) {
    return {
        ...process.env,
        PATH: `${path.dirname(NODE)}:${process.env.PATH}`,
        XDG_CONFIG_HOME: path.join(layout.xdg, 'config'),
        XDG_DATA_HOME: path.join(layout.xdg, 'data'),
        XDG_CACHE_HOME: path.join(layout.xdg, 'cache'),
        XDG_STATE_HOME: path.join(layout.xdg, 'state'),
        VSCODE_CLI_DATA_DIR: path.join(layout.xdg, 'cli')
    };
}

function commonArgs(layout) {
    return [
        '--config', layout.config,
        '--user-data-dir', layout.userData,
        '--extensions-dir', layout.extensions,
        '--disable-telemetry', '--disable-update-check'
    ];
}

/** Installs a .vsix into the run's extensions folder, the way a user would (`--install-extension`). */
export function installExtension(layout, vsix) {
    const result = spawnSync(NODE, [CODE_SERVER, ...commonArgs(layout), '--install-extension', vsix, '--force'], {
        env: env(layout), encoding: 'utf8', timeout: 120_000
    });
    const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
    fs.appendFileSync(layout.log, `--- install ${vsix}\n${output}\n`);
    if (result.status !== 0 || !/successfully installed/i.test(output)) {
        const last = output.trim().split('\n').filter(Boolean).pop() ?? `exit ${result.status}`;
        fail(`code-server --install-extension ${path.basename(vsix)} failed: ${last}`);
    }
    const installed = fs.readdirSync(layout.extensions).filter(n => !n.startsWith('.') && n !== 'extensions.json');
    return installed;
}

/** A free TCP port on 127.0.0.1: `preferred` if it is free, else any. */
export function freePort(preferred = 0) {
    return new Promise((resolve, reject) => {
        const server = net.createServer();
        server.unref();
        server.on('error', error => (preferred ? freePort(0).then(resolve, reject) : reject(error)));
        server.listen(preferred, '127.0.0.1', () => {
            const { port } = server.address();
            server.close(() => resolve(port));
        });
    });
}

async function waitForHealth(url, child, timeoutMs) {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
        if (child.exitCode !== null) return false;
        try {
            const res = await fetch(`${url}/healthz`);
            if (res.ok) return true;
        } catch { /* not listening yet */ }
        await new Promise(r => setTimeout(r, 150));
    }
    return false;
}

/**
 * Starts code-server on 127.0.0.1 in its own process group (its file watcher and extension host
 * outlive the main process otherwise). Returns { url, folderUrl, stop }.
 */
export async function startCodeServer(layout, { port, stdio = 'log' } = {}) {
    port ??= await freePort();
    const out = fs.openSync(layout.log, 'a');
    const child = spawn(NODE, [
        CODE_SERVER, ...commonArgs(layout),
        '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none',
        '--disable-workspace-trust', '--disable-getting-started-override',
        '--ignore-last-opened',
        layout.workspace
    ], { env: env(layout), detached: true, stdio: ['ignore', stdio === 'inherit' ? 'inherit' : out, stdio === 'inherit' ? 'inherit' : out] });
    const url = `http://127.0.0.1:${port}`;
    const exited = new Promise(resolve => child.on('exit', (code, signal) => resolve({ code, signal })));
    let stopped = false;
    const stop = async () => {
        if (stopped) return;
        stopped = true;
        const group = -child.pid;
        try { process.kill(group, 'SIGTERM'); } catch { /* already gone */ }
        for (let i = 0; i < 30; i++) {
            try { process.kill(group, 0); } catch { fs.closeSync(out); return; }
            await new Promise(r => setTimeout(r, 100));
        }
        try { process.kill(group, 'SIGKILL'); } catch { /* already gone */ }
        fs.closeSync(out);
    };
    if (!(await waitForHealth(url, child, 30_000))) {
        await stop();
        const tail = fs.readFileSync(layout.log, 'utf8').trim().split('\n').slice(-3).join(' | ');
        fail(`code-server did not start on ${url} within 30 s: ${tail}`);
    }
    return { url, folderUrl: `${url}/?folder=${encodeURIComponent(layout.workspace)}`, stop, exited, pid: child.pid, port };
}
