/**
 * Writes the committed import fixtures (run by scripts/import-fixtures.mjs):
 * test/fixtures/import/teng-mumkindik.docx — the seed-002 plan as Word lays
 * it out (plan-docx.ts) — and, when LibreOffice is there, its PDF
 * (`soffice --headless --convert-to pdf`), so CI needs no LibreOffice.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { shapeOfText } from './shape.js';
import { planDocx } from './plan-docx.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dir = join(root, 'test/fixtures/import');
const { shape } = await shapeOfText(readFileSync(join(root, 'examples/teng-mumkindik.grant'), 'utf8'));
const docx = join(dir, 'teng-mumkindik.docx');
writeFileSync(docx, await planDocx(shape));
console.log(`wrote ${docx}`);
if (spawnSync('sh', ['-c', 'command -v soffice'], { stdio: 'ignore' }).status !== 0) {
    console.log('soffice (LibreOffice) is not installed: the PDF fixture was left as it is');
} else {
    const out = mkdtempSync(join(tmpdir(), 'esep-lo-'));
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${join(out, 'profile')}`, '--convert-to', 'pdf', '--outdir', out, docx],
        { stdio: 'inherit', timeout: 180_000 });
    renameSync(join(out, 'teng-mumkindik.pdf'), join(dir, 'teng-mumkindik.pdf'));
    rmSync(out, { recursive: true, force: true });
    console.log(`wrote ${join(dir, 'teng-mumkindik.pdf')}`);
}
