/**
 * Writes the committed import fixtures (run by scripts/import-fixtures.mjs):
 * test/fixtures/import/teng-mumkindik.docx — the seed-002 plan as Word lays
 * it out (plan-docx.ts) — and, when LibreOffice is there, its PDF
 * (`soffice --headless --convert-to pdf`), so CI needs no LibreOffice; and
 * teng-mumkindik-esep.pdf — the plan Esep itself writes (`esep report --kind
 * plan`), printed to PDF the same way; birgemiz-bilim-report.docx and .pdf — the
 * final report Esep writes for the other example (a previous year's report to
 * import; the .docx is written without LibreOffice too); birgemiz-bilim-report-typed.pdf —
 * that report as people type the form of seeds 000/001 (report-docx.ts), printed.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { grant, parse } from '../helpers.js';
import { renderReport } from '../../server/src/report/render.js';
import { shapeOfText } from './shape.js';
import { planDocx } from './plan-docx.js';
import { reportDocx } from './report-docx.js';
import { reportShapeOf } from './report-shape.js';
import type { GrantFile } from '../../language/src/generated/ast.js';
import { generatedPlanText } from './generated-plan.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dir = join(root, 'test/fixtures/import');
const example = readFileSync(join(root, 'examples/teng-mumkindik.grant'), 'utf8');
const { shape } = await shapeOfText(example);
const docx = join(dir, 'teng-mumkindik.docx');
writeFileSync(docx, await planDocx(shape));
console.log(`wrote ${docx}`);

/** `docx` printed by LibreOffice to test/fixtures/import/`name`. */
function toPdf(source: string, name: string): void {
    const out = mkdtempSync(join(tmpdir(), 'esep-lo-'));
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${join(out, 'profile')}`, '--convert-to', 'pdf', '--outdir', out, source],
        { stdio: 'inherit', timeout: 180_000 });
    renameSync(join(out, source.replace(/^.*\//, '').replace(/\.docx$/, '.pdf')), join(dir, name));
    rmSync(out, { recursive: true, force: true });
    console.log(`wrote ${join(dir, name)}`);
}

/** The form Esep writes for examples/`file`, as .docx at `path`. */
async function rendered(file: string, kind: 'plan' | 'final', path: string): Promise<string> {
    const text = readFileSync(join(root, 'examples', file), 'utf8');
    const result = await renderReport(await parse(text, true), grant, { kind, lang: 'kk' });
    if (!result.ok) throw new Error(result.errors.map(e => e.message).join('; '));
    writeFileSync(path, result.bytes);
    console.log(`wrote ${path}`);
    return path;
}
const report = await rendered('birgemiz-bilim.grant', 'final', join(dir, 'birgemiz-bilim-report.docx'));
// A longer plan (22 activities of the examples, the import bench's 10-page input): its cells break
// across pages — a plan value cut in two by a page break, a value at the very bottom of a page.
const longPlan = join(dir, 'generated-22.docx');
writeFileSync(longPlan, await planDocx((await shapeOfText(generatedPlanText())).shape));
console.log(`wrote ${longPlan}`);

if (spawnSync('sh', ['-c', 'command -v soffice'], { stdio: 'ignore' }).status !== 0) {
    console.log('soffice (LibreOffice) is not installed: the PDF fixtures were left as they are');
} else {
    toPdf(docx, 'teng-mumkindik.pdf');
    const tmp = mkdtempSync(join(tmpdir(), 'esep-report-'));
    toPdf(await rendered('teng-mumkindik.grant', 'plan', join(tmp, 'teng-mumkindik-esep.docx')), 'teng-mumkindik-esep.pdf');
    toPdf(report, 'birgemiz-bilim-report.pdf');
    toPdf(longPlan, 'generated-22.pdf');
    const birgemiz = await parse(readFileSync(join(root, 'examples/birgemiz-bilim.grant'), 'utf8'), true);
    const typed = join(tmp, 'birgemiz-bilim-report-typed.docx');
    writeFileSync(typed, await reportDocx(reportShapeOf((birgemiz.parseResult.value as GrantFile).projects[0])));
    toPdf(typed, 'birgemiz-bilim-report-typed.pdf');
    rmSync(tmp, { recursive: true, force: true });
}

