/**
 * Import speed and memory (issue 14): a plan of about 10 pages and one of about
 * 200 pages, as .docx laid out as NGOs type the form (test/import/plan-docx.ts,
 * from a generated project) and as PDF (LibreOffice's print of that .docx when
 * soffice is installed — the bench installs it with scripts/dev/install-libreoffice.sh unless
 * ESEP_BENCH_NO_INSTALL is set; without it, the 10-page PDF is the committed print of the same
 * plan, test/fixtures/import/generated-22.pdf, and the 200-page one is n/a). Times are medians of
 * in-process imports; memory is the peak RSS of a whole `esep import` process (Node and the
 * language included).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { EmptyFileSystem, URI } from 'langium';
import { createGrantServices } from '../language/src/grant-module.js';
import type { GrantFile } from '../language/src/generated/ast.js';
import { shapeOf } from '../test/import/shape-of.js';
import { planDocx } from '../test/import/plan-docx.js';
import { importDocument } from '../server/src/import/index.js';
import { generateByActivities, type ExampleTexts } from './generate.js';

export interface ImportBenchContext {
    root: string;
    quick: boolean;
    examples: ExampleTexts;
    log: (line: string) => void;
    figure: (id: string, group: string, label: string, value: number | null | undefined, unit: string,
        target?: { op: '<=' | '<'; limit: number }, extra?: { note?: string; samples?: number }) => void;
}

function median(xs: number[]): number {
    const s = [...xs].sort((a, b) => a - b);
    return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

const hasSoffice = () => spawnSync('sh', ['-c', 'command -v soffice'], { stdio: 'ignore' }).status === 0;

/** LibreOffice, installed by the project's script when missing (once; apt-get needs root or sudo). */
function ensureSoffice(ctx: ImportBenchContext): boolean {
    if (hasSoffice()) return true;
    if (process.env.ESEP_BENCH_NO_INSTALL) return false;
    ctx.log('import: LibreOffice is missing; installing it for the PDF figures (scripts/dev/install-libreoffice.sh; ESEP_BENCH_NO_INSTALL=1 skips)');
    const r = spawnSync('bash', [join(ctx.root, 'scripts/dev/install-libreoffice.sh')], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', timeout: 900_000 });
    if (r.status !== 0) ctx.log(`import: LibreOffice could not be installed: ${(r.stderr ?? '').trim().split('\n').pop() ?? r.status}`);
    return hasSoffice();
}

export async function benchImport(ctx: ImportBenchContext): Promise<void> {
    const { shared, Grant } = createGrantServices(EmptyFileSystem);
    const dir = mkdtempSync(join(tmpdir(), 'esep-bench-import-'));
    try {
        const soffice = !ctx.quick && ensureSoffice(ctx);
        const sizes = ctx.quick ? [{ label: '10p', activities: 6 }, { label: '200p', activities: 12 }] : [{ label: '10p', activities: 22 }, { label: '200p', activities: 440 }];
        for (const size of sizes) {
            const { text } = generateByActivities(ctx.examples, size.activities, 7);
            const document = shared.workspace.LangiumDocumentFactory.fromString(text, URI.file(join(dir, `${size.label}.grant`)));
            await shared.workspace.DocumentBuilder.build([document], { validation: false });
            const project = (document.parseResult.value as GrantFile).projects[0];
            const docx = join(dir, `${size.label}.docx`);
            writeFileSync(docx, await planDocx(shapeOf(project)));
            let pdf: string | undefined;
            if (soffice) {
                spawnSync('soffice', ['--headless', `-env:UserInstallation=file://${join(dir, 'lo')}`, '--convert-to', 'pdf', '--outdir', dir, docx], { stdio: 'ignore', timeout: 600_000 });
                if (existsSync(join(dir, `${size.label}.pdf`))) pdf = join(dir, `${size.label}.pdf`);
            } else if (size.label === '10p' && !ctx.quick) {
                // The same 22 activities (seed 7), printed by LibreOffice once (npm run import:fixtures).
                pdf = join(ctx.root, 'test/fixtures/import/generated-22.pdf');
            } else if (ctx.quick) {
                pdf = join(ctx.root, 'test/fixtures/import/teng-mumkindik.pdf');
            }
            const reps = ctx.quick ? 1 : size.label === '10p' ? 5 : 2;
            for (const [format, file] of [['docx', docx], ['pdf', pdf]] as const) {
                if (!file) {
                    ctx.figure(`import.${format}.ms@${size.label}`, 'import', `Import ${format}, ${size.label}`, null, 'ms', undefined, { note: 'soffice not installed: no PDF of this size' });
                    continue;
                }
                const bytes = new Uint8Array(readFileSync(file));
                const times: number[] = [];
                let counts = '';
                for (let r = 0; r < reps; r++) {
                    const start = performance.now();
                    const result = await importDocument(bytes, file, Grant.parser.Lexer);
                    times.push(performance.now() - start);
                    counts = `${result.counts.activities} activities, ${result.counts.pairs} pairs`;
                }
                const pages = format === 'pdf' ? pdfPages(bytes) : undefined;
                const limit = size.label === '10p' ? (format === 'docx' ? 1000 : 3000) : 10_000;
                ctx.figure(`import.${format}.ms@${size.label}`, 'import', `Import ${format}, ${size.label}${pages ? ` (${pages} pages)` : ''}`, median(times), 'ms',
                    { op: '<', limit }, { samples: reps, note: `${counts}; ${Math.round(bytes.length / 1024)} KB` });
                ctx.log(`import ${format} ${size.label}: ${Math.round(median(times))} ms (${counts})`);
            }
            if (size.label === '200p') {
                for (const [format, file] of [['docx', docx], ['pdf', pdf]] as const) {
                    if (!file) continue;
                    const rss = cliPeakRss(ctx.root, dir, file);
                    ctx.figure(`import.${format}.rss.mb@${size.label}`, 'import', `Peak RSS of esep import, ${format}, ${size.label}`, rss, 'MB', { op: '<', limit: 300 });
                }
            }
        }
    } finally {
        rmSync(dir, { recursive: true, force: true });
    }
}

/** Pages of a PDF, counted from its page objects. */
function pdfPages(bytes: Uint8Array): number | undefined {
    const text = new TextDecoder('latin1').decode(bytes);
    const n = (text.match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
    return n || undefined;
}

/** The peak resident memory of `esep import file` in its own process. */
function cliPeakRss(root: string, dir: string, file: string): number | null {
    const rssFile = join(dir, 'rss.txt');
    const preload = join(dir, 'rss.cjs');
    writeFileSync(preload, `process.on('exit', () => require('fs').writeFileSync(${JSON.stringify(rssFile)}, String(process.resourceUsage().maxRSS)));\n`);
    const r = spawnSync(process.execPath, ['--require', preload, join(root, 'bin/esep.js'), 'import', file, '-o', join(dir, 'out.grant'), '--force'],
        { encoding: 'utf8', timeout: 300_000 });
    if (r.status !== 0) return null;
    return Number(readFileSync(rssFile, 'utf8')) / 1024;
}
