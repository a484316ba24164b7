// Regenerates test/fixtures/import/ (the seed-002 plan as .docx and its PDF made by LibreOffice).
// Installs libreoffice-writer with apt-get when it is missing (idempotent; root or sudo), then
// runs test/import/write-fixtures.ts. The fixtures are committed: tests and CI need no LibreOffice.
import { execFileSync, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const has = command => spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
const run = (command, args) => {
    console.log(`$ ${command} ${args.join(' ')}`);
    execFileSync(command, args, { stdio: 'inherit', cwd: root, timeout: 900_000 });
};

if (!has('soffice')) {
    const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
    const sudo = isRoot ? [] : has('sudo') ? ['sudo'] : undefined;
    if (!sudo) {
        console.error('LibreOffice is missing: install it (apt-get install libreoffice-writer fonts-liberation2) and run again.');
        process.exit(1);
    }
    const apt = args => (sudo.length ? run('sudo', ['apt-get', ...args]) : run('apt-get', args));
    apt(['update']);
    apt(['install', '-y', '--no-install-recommends', 'libreoffice-writer', 'fonts-liberation2']);
}
run(process.execPath, [fileURLToPath(new URL('../node_modules/vite-node/vite-node.mjs', import.meta.url)), 'test/import/write-fixtures.ts']);
