#!/usr/bin/env node
// Renders the example reports, converts them to PDF with LibreOffice and to PNG
// pages with pdftoppm, into artifacts/report/ (ignored by git). For looking at
// the documents as a grant manager would; not part of the test run.
//
//   npm run report:preview            all examples
//   npm run report:preview -- --dpi 90
//
// Installs libreoffice-writer and poppler-utils with apt-get when they are
// missing (needs root or sudo); does nothing when they are there.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'artifacts', 'report');
const dpiArg = process.argv.indexOf('--dpi');
const dpi = dpiArg > 0 ? Number(process.argv[dpiArg + 1]) : 70;

const JOBS = [
    { name: 'birgemiz-final-kk', file: 'examples/birgemiz-bilim.grant', args: ['--kind', 'final', '--lang', 'kk'] },
    { name: 'birgemiz-final-ru', file: 'examples/birgemiz-bilim.grant', args: ['--kind', 'final', '--lang', 'ru'] },
    // The same report with the review appendix and the charts a user may ask for.
    { name: 'birgemiz-final-kk-review', file: 'examples/birgemiz-bilim.grant', args: ['--kind', 'final', '--lang', 'kk', '--review', '--charts'] },
    { name: 'birgemiz-interim-kk', file: 'examples/birgemiz-bilim.grant', args: ['--kind', 'interim', '--lang', 'kk'] },
    { name: 'teng-plan-kk', file: 'examples/teng-mumkindik.grant', args: ['--kind', 'plan', '--lang', 'kk'] },
    { name: 'teng-plan-ru', file: 'examples/teng-mumkindik.grant', args: ['--kind', 'plan', '--lang', 'ru'] }
];

function has(command) {
    return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

function run(command, args, options = {}) {
    console.log(`$ ${command} ${args.join(' ')}`);
    // Every tool gets a time limit: a stuck converter must not hang the run.
    execFileSync(command, args, { stdio: 'inherit', cwd: root, timeout: 300_000, ...options });
}

function ensureTools() {
    const missing = [];
    if (!has('soffice')) missing.push('libreoffice-writer', 'fonts-liberation2');
    if (!has('pdftoppm')) missing.push('poppler-utils');
    if (!missing.length) return;
    const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
    const sudo = isRoot ? [] : has('sudo') ? ['sudo'] : undefined;
    if (!sudo) {
        console.error(`Missing: ${missing.join(', ')}. Install them (apt-get install ${missing.join(' ')}) and run again.`);
        process.exit(1);
    }
    const apt = (...args) => sudo.length ? run('sudo', ['apt-get', ...args]) : run('apt-get', args);
    apt('update');
    apt('install', '-y', '--no-install-recommends', ...missing);
}

ensureTools();
run('npm', ['run', 'build']);
mkdirSync(out, { recursive: true });
for (const job of JOBS) {
    const docx = join(out, `${job.name}.docx`);
    run(process.execPath, ['bin/esep.js', 'report', job.file, '-o', docx, '--force', ...job.args]);
    // LibreOffice keeps a profile; a private one avoids clashes with a running instance.
    run('soffice', ['--headless', `-env:UserInstallation=file://${join(out, '.lo-profile')}`, '--convert-to', 'pdf', '--outdir', out, docx],
        { stdio: ['ignore', 'inherit', 'inherit'] });
    const pages = join(out, job.name);
    rmSync(pages, { recursive: true, force: true });
    mkdirSync(pages, { recursive: true });
    run('pdftoppm', ['-png', '-r', String(dpi), join(out, `${job.name}.pdf`), join(pages, 'page')]);
    const count = readdirSync(pages).filter(f => f.endsWith('.png')).length;
    console.log(`${job.name}: ${count} page(s) in ${pages}`);
}
if (!existsSync(out)) process.exit(1);
