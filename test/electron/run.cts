/**
 * `npm run test:electron`: the end-to-end scenarios through the VS Code API, in a VS Code that
 * @vscode/test-electron downloads (so: only on machines that can reach update.code.visualstudio.com;
 * the machines of this project cannot, and run the same scenarios against code-server with
 * `npm run test:e2e`). The extension is loaded from the working tree (npm run build first), the
 * workspace is a copy of examples/ under .cache/e2e/electron-run, and the expected messages come
 * from `esep check --format json`, like in the code-server suite.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';

const ROOT = path.resolve(__dirname, '../..');
const RUN = path.join(ROOT, '.cache/e2e/electron-run');

function cli(workspace: string, lang: string): unknown {
    const files = fs.readdirSync(workspace).filter(n => n.endsWith('.grant')).map(n => path.join(workspace, n));
    const result = spawnSync(process.execPath, [path.join(ROOT, 'bin/esep.js'), 'check', ...files, '--format', 'json', '--lang', lang], { encoding: 'utf8' });
    return JSON.parse(result.stdout);
}

async function main(): Promise<void> {
    if (!fs.existsSync(path.join(ROOT, 'out/extension.cjs'))) throw new Error('out/extension.cjs is missing: run npm run build first');
    fs.rmSync(RUN, { recursive: true, force: true });
    const workspace = path.join(RUN, 'workspace');
    const userData = path.join(RUN, 'user-data');
    fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
    fs.cpSync(path.join(ROOT, 'examples'), workspace, { recursive: true });
    fs.writeFileSync(path.join(userData, 'User/settings.json'), JSON.stringify({
        'workbench.startupEditor': 'none', 'telemetry.telemetryLevel': 'off', 'update.mode': 'none',
        'security.workspace.trust.enabled': false, 'git.enabled': false, 'extensions.ignoreRecommendations': true
    }, null, 2));
    const expected = path.join(RUN, 'expected.json');
    fs.writeFileSync(expected, JSON.stringify({ kk: cli(workspace, 'kk'), ru: cli(workspace, 'ru') }));
    const code = await runTests({
        version: process.env.ESEP_VSCODE_VERSION || 'stable',
        cachePath: path.join(ROOT, '.cache/e2e/vscode-test'),
        extensionDevelopmentPath: ROOT,
        extensionTestsPath: path.join(__dirname, 'suite/index.cjs'),
        extensionTestsEnv: { ESEP_E2E_EXPECTED: expected, ESEP_E2E_WORKSPACE: workspace },
        launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes',
            '--user-data-dir', userData, '--extensions-dir', path.join(RUN, 'extensions')]
    });
    process.exit(code);
}

main().catch(error => {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`test:electron: ${message}`);
    if (/ENOTFOUND|ECONNREFUSED|ETIMEDOUT|EAI_AGAIN/.test(message)) {
        console.error('test:electron: VS Code could not be downloaded (this suite needs update.code.visualstudio.com); `npm run test:e2e` runs the same scenarios against code-server.');
    }
    console.log('0 passed, 1 failed');
    process.exit(1);
});
