// Runs every end-to-end group in a real VS Code, one after the other, and closes with one
// summary line «N passed, M failed» over all of them (exit code 0 only when all passed):
//   1. scripts/e2e/run.mjs            — the twelve editor scenarios (diagnostics … Russian)
//   2. test/e2e/preview.scenario.ts   — the report preview, and the web-only build in the
//                                       browser's web-worker extension host
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const groups = [
    ['editor', 'scripts/e2e/run.mjs'],
    ['preview and web', 'test/e2e/preview.scenario.ts']
];

function runGroup(file) {
    return new Promise(resolve => {
        const child = spawn(process.execPath, [file, ...process.argv.slice(2)], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
        let last;
        let buffer = '';
        child.stdout.on('data', chunk => {
            process.stdout.write(chunk);
            buffer += chunk;
            for (const line of buffer.split('\n').slice(0, -1)) {
                const m = /^(\d+) passed, (\d+) failed$/.exec(line.trim());
                if (m) last = { passed: Number(m[1]), failed: Number(m[2]) };
            }
            buffer = buffer.slice(buffer.lastIndexOf('\n') + 1);
        });
        // A group whose summary line is out but whose process lingers is stopped after a grace period.
        const watchdog = setInterval(() => {
            if (last && child.exitCode === null) {
                clearInterval(watchdog);
                setTimeout(() => child.exitCode === null && child.kill('SIGKILL'), 30_000).unref();
            }
        }, 1000);
        child.on('close', code => { clearInterval(watchdog); resolve({ code: code ?? (last && last.failed === 0 ? 0 : 1), counts: last }); });
    });
}

let passed = 0;
let failed = 0;
for (const [name, file] of groups) {
    const { code, counts } = await runGroup(file);
    if (!counts) {
        console.log(`e2e: the ${name} group stopped before running its scenarios (exit ${code}).`);
        failed++;
        continue;
    }
    passed += counts.passed;
    failed += counts.failed + (code !== 0 && counts.failed === 0 ? 1 : 0);
}
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
