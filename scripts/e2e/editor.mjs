#!/usr/bin/env node
// `npm run editor`: a real VS Code in the browser with the extension as it is now.
// Packages the extension (npm run package → esep.vsix), installs it into code-server in a fresh
// folder .cache/e2e/editor-*, opens a copy of examples/ as the workspace (the repository's own
// examples stay untouched), and prints the address. Ctrl+C stops code-server and everything it
// started (its whole process group).
//   npm run editor [-- --port N] [-- --no-package]     (default port 8080 when free, or $ESEP_EDITOR_PORT)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import * as cs from './code-server.mjs';

const args = process.argv.slice(2);
const portArg = args.includes('--port') ? Number(args[args.indexOf('--port') + 1]) : Number(process.env.ESEP_EDITOR_PORT || 0);

try {
    cs.checkPrerequisites();
    const vsix = path.join(cs.ROOT, 'esep.vsix');
    if (!args.includes('--no-package')) {
        const result = spawnSync('npm', ['run', 'package'], {
            cwd: cs.ROOT, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, PATH: `${path.dirname(cs.NODE)}:${process.env.PATH}` }
        });
        if (result.status !== 0) cs.fail('npm run package failed');
    }
    if (!fs.existsSync(vsix)) cs.fail('no esep.vsix: run npm run package');
    const layout = cs.runLayout(cs.newRunFolder('editor', 1));
    cs.prepareRun(layout);
    cs.installExtension(layout, vsix);
    const server = await cs.startCodeServer(layout, { port: portArg || await cs.freePort(8080) });
    console.log(`Esep in VS Code (code-server): ${server.folderUrl}`);
    console.log(`  workspace: ${path.relative(cs.ROOT, layout.workspace)} (a copy of examples/)`);
    console.log(`  settings:  ${path.relative(cs.ROOT, layout.settingsFile)}`);
    console.log(`  log:       ${path.relative(cs.ROOT, layout.log)}`);
    console.log('Ctrl+C stops it.');
    let stopping = false;
    const stop = async signal => {
        if (stopping) return;
        stopping = true;
        console.log(`\n${signal}: stopping code-server (process group ${server.pid})…`);
        await server.stop();
        process.exit(0);
    };
    process.on('SIGINT', () => void stop('SIGINT'));
    process.on('SIGTERM', () => void stop('SIGTERM'));
    process.on('SIGHUP', () => void stop('SIGHUP'));
    const { code, signal } = await server.exited;
    if (!stopping) {
        await server.stop();
        console.error(`code-server exited by itself (${signal ?? `code ${code}`}); see ${layout.log}`);
        process.exit(1);
    }
} catch (error) {
    console.error(`editor: ${error.oneLine ? error.message : (error.stack ?? error)}`);
    process.exit(1);
}
