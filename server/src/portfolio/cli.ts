/**
 * `esep summary <files and folders…> [-o portfolio.xlsx|.html|.json|.csv] [--lang kk|ru|en]
 *   [--report-date dd.mm.yyyy] [--force] [--jobs N]` and
 * `esep export <file.grant> [--format xlsx|json] [-o …] [--lang kk|ru|en] [--report-date …] [--force]`.
 *
 * Without -o the summary goes to standard output: a short table on a terminal, the JSON document
 * on a pipe. The output file is never written over without --force. Exit codes: 0 written,
 * 1 nothing written (no .grant file, output exists, write failure), 2 usage.
 */
import { existsSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { t, type Lang } from '../../../language/src/i18n.js';
import { UsageError, type Options } from '../cli/args.js';
import { defaultIO, type CliIO } from '../cli/io.js';
import { writeAtomic } from '../cli/report.js';
import { portfolioServices, runBatch } from './batch.js';
import { writeCsv } from './csv.js';
import { exportDocument, exportWorkbook } from './export.js';
import { collectFiles, readGrantFile } from './files.js';
import { writeHtml } from './html.js';
import { portfolioJson } from './json.js';
import { L } from './labels.js';
import { nodeCodec } from './node-codec.js';
import { portfolioSheets, projectsSheet, type Portfolio } from './sheets.js';
import { writeXlsx } from './xlsx.js';

type OutputFormat = 'xlsx' | 'html' | 'json' | 'csv';

/** The --report-date the shared parser read (ISO), checked against the calendar («31.02.2020» is not a date). */
function checkedDate(iso: string | undefined, lang: Lang): string | undefined {
    if (iso === undefined) return undefined;
    const d = new Date(`${iso}T00:00:00Z`);
    if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== iso) {
        throw new UsageError(t('cli.badDate', { text: iso.split('-').reverse().join('.') }, lang));
    }
    return iso;
}

function formatOf(file: string): OutputFormat | undefined {
    const ext = extname(file).toLowerCase().slice(1);
    return ext === 'xlsx' || ext === 'html' || ext === 'json' || ext === 'csv' ? ext : undefined;
}

/** The progress line on a terminal (done/total, current file), rewritten in place; nothing on a pipe. */
function progress(io: CliIO, enabled: boolean, lang: Lang) {
    if (!enabled) return { update: undefined, clear: () => undefined };
    let last = 0;
    const columns = () => process.stderr.columns ?? 100;
    return {
        update: (done: number, total: number, file: string) => {
            const now = Date.now();
            if (done < total && now - last < 80) return;
            last = now;
            const line = L('summary.progress', lang, { done, total, file });
            process.stderr.write('\r\x1b[2K' + (line.length > columns() - 1 ? line.slice(0, columns() - 2) + '…' : line));
        },
        clear: () => process.stderr.write('\r\x1b[2K')
    };
}

function terminalTable(p: Portfolio, lang: Lang): string[] {
    const lines: string[] = [];
    for (const r of p.projects) {
        if (r.problem) {
            lines.push(`✘ ${r.file}: ${r.problem}`);
            continue;
        }
        const pct = r.percentMet === undefined ? '  — ' : `${Math.round(r.percentMet * 100)}%`.padStart(4);
        const mark = r.readyToAccept ? '✔' : '✘';
        lines.push(`${mark} ${pct} ${String(r.met + r.over).padStart(3)}/${String(r.planned).padEnd(3)} ${L('col.errors', lang)}: ${r.errors}  ${r.file} — ${r.project}`);
    }
    return lines;
}

/** `esep summary`. Progress and the terminal table only when `io` is the process's own and a terminal. */
export async function summaryCommand(args: Options, io: CliIO): Promise<number> {
    const lang = args.lang;
    const tty: Terminal | undefined = io === defaultIO ? { stdout: !!process.stdout.isTTY, stderr: !!process.stderr.isTTY } : undefined;
    const reportDate = checkedDate(args.reportDate, lang);
    // `esep summary … | head`: a reader that stops early is not an error.
    if (tty) process.stdout.on('error', e => { if ((e as NodeJS.ErrnoException).code === 'EPIPE') process.exit(0); });
    const format = args.output ? formatOf(args.output) : undefined;
    if (args.output && !format) {
        io.err(L('summary.badFormat', lang, { file: args.output }));
        return 2;
    }
    const target = args.output ? resolve(args.output) : undefined;
    // Refuse before the work, not after it.
    if (target && existsSync(target) && !args.force) {
        io.err(L('summary.exists', lang, { file: args.output! }));
        return 1;
    }
    const { files, emptyFolders } = collectFiles(args.files);
    for (const folder of emptyFolders) io.err(L('summary.noGrantFiles', lang, { folder }));
    if (files.length === 0) {
        io.err(L('summary.nothing', lang));
        return 1;
    }
    const bar = progress(io, !!tty?.stderr, lang);
    const results = await runBatch(files, { lang, reportDate, jobs: args.jobs, onProgress: bar.update });
    bar.clear();
    const portfolio: Portfolio = {
        projects: results.flatMap(r => r.projects),
        indicators: results.flatMap(r => r.indicators),
        findings: results.flatMap(r => r.findings)
    };
    const generatedAt = new Date().toISOString();
    const meta = { generatedAt, lang, reportDate, files: files.length };
    if (!target || !format) {
        if (tty?.stdout) for (const line of terminalTable(portfolio, lang)) io.out(line);
        else io.out(JSON.stringify(portfolioJson(portfolio, meta), null, 2));
        return 0;
    }
    let data: Uint8Array | string;
    switch (format) {
        case 'xlsx': data = writeXlsx(portfolioSheets(portfolio, lang), { title: L('html.title', lang), created: generatedAt.replace(/\.\d+Z$/, 'Z'), codec: nodeCodec }); break;
        case 'html': data = writeHtml(portfolio, lang, meta); break;
        case 'json': data = JSON.stringify(portfolioJson(portfolio, meta), null, 2) + '\n'; break;
        case 'csv': data = writeCsv(projectsSheet(portfolio.projects, lang)); break;
    }
    if (!writeOut(target, data, args.force, io, lang)) return 1;
    io.out(L('summary.written', lang, {
        file: args.output!, projects: portfolio.projects.length, indicators: portfolio.indicators.length, findings: portfolio.findings.length
    }));
    return 0;
}

function writeOut(target: string, data: Uint8Array | string, force: boolean, io: CliIO, lang: Lang): boolean {
    try {
        writeAtomic(target, typeof data === 'string' ? new TextEncoder().encode(data) : data, force);
        return true;
    } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (!code) io.err(L('summary.exists', lang, { file: target }));
        else io.err(L('summary.writeFailed', lang, { file: target, reason: code }));
        return false;
    }
}

/** `esep export`: --format xlsx|json, else the -o file's extension, else xlsx. */
export async function exportCommand(args: Options, io: CliIO): Promise<number> {
    const lang = args.lang;
    const reportDate = checkedDate(args.reportDate, lang);
    const input = args.files[0];
    const fromName = args.output ? formatOf(args.output) : undefined;
    const format = args.format !== 'text' ? args.format : fromName === 'json' ? 'json' : 'xlsx';
    const outputIsFolder = !!args.output && /[\\/]$/.test(args.output);
    const name = `${basename(input).replace(/\.grant$/i, '')}.${format}`;
    const target = !args.output ? join(dirname(resolve(input)), name) : outputIsFolder ? join(resolve(args.output), name) : resolve(args.output);
    if (existsSync(target) && !args.force) {
        io.err(L('summary.exists', lang, { file: target }));
        return 1;
    }
    const read = readGrantFile(input, lang);
    if (read.problem !== undefined) {
        io.err(`${input}: ${read.problem}`);
        return 1;
    }
    const services = portfolioServices(lang, reportDate);
    const generatedAt = new Date().toISOString();
    const data = format === 'xlsx'
        ? await exportWorkbook(services, read.text, input, lang, generatedAt, resolve(input), nodeCodec)
        : JSON.stringify(await exportDocument(services, read.text, input, lang, generatedAt, resolve(input)), null, 2) + '\n';
    if (!writeOut(target, data, args.force, io, lang)) return 1;
    io.out(L('export.written', lang, { file: target }));
    return 0;
}

/** Which of the process's outputs are a terminal (a progress line, a table). */
interface Terminal { stdout: boolean; stderr: boolean }
