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
import { isLang, type Lang } from '../../../language/src/i18n.js';
import type { CliIO } from '../cli.js';
import { writeAtomic } from '../report-cli.js';
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

interface Args {
    inputs: string[];
    output?: string;
    format?: string;
    lang: Lang;
    reportDate?: string;
    force: boolean;
    jobs?: number;
}

class UsageError extends Error {}

function parse(args: string[], lang: Lang): Args {
    const out: Args = { inputs: [], lang, force: false };
    for (let i = 0; i < args.length; i++) {
        const a = args[i];
        const eq = a.startsWith('--') ? a.indexOf('=') : -1;
        const name = eq > 0 ? a.slice(0, eq) : a;
        const value = () => {
            if (eq > 0) return a.slice(eq + 1);
            const v = args[++i];
            if (v === undefined) throw new UsageError(`${name}?`);
            return v;
        };
        if (name === '-o' || name === '--output') out.output = value();
        else if (name === '--format') out.format = value();
        else if (name === '--lang') {
            const v = value();
            if (!isLang(v)) throw new UsageError(`--lang ${v}`);
            out.lang = v;
        } else if (name === '--report-date') out.reportDate = value();
        else if (name === '--force' || name === '-f') out.force = true;
        else if (name === '--jobs' || name === '-j') {
            const v = Number(value());
            if (!Number.isInteger(v) || v < 0) throw new UsageError(`--jobs ${v}`);
            out.jobs = v;
        } else if (a.startsWith('-') && a !== '-') throw new UsageError(a);
        else out.inputs.push(a);
    }
    return out;
}

/** «30.11.2020» → «2020-11-30»; undefined when absent; throws a usage error when malformed. */
function reportDateISO(text: string | undefined, lang: Lang): string | undefined {
    if (text === undefined) return undefined;
    const m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text.trim());
    const iso = m ? `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}` : undefined;
    const d = iso ? new Date(`${iso}T00:00:00Z`) : undefined;
    if (!iso || !d || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== iso) {
        throw new UsageError(L('summary.badReportDate', lang, { value: text }));
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

export async function summary(argv: string[], io: CliIO, lang: Lang, tty?: Terminal): Promise<number> {
    const args = parse(argv, lang);
    lang = args.lang;
    if (args.inputs.length === 0) throw new UsageError('');
    const reportDate = reportDateISO(args.reportDate, lang);
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
    const { files, emptyFolders } = collectFiles(args.inputs);
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

export async function exportCommand(argv: string[], io: CliIO, lang: Lang): Promise<number> {
    const args = parse(argv, lang);
    lang = args.lang;
    if (args.inputs.length !== 1) throw new UsageError('');
    const reportDate = reportDateISO(args.reportDate, lang);
    const input = args.inputs[0];
    const format = args.format ?? (args.output ? formatOf(args.output) : undefined) ?? 'xlsx';
    if (format !== 'xlsx' && format !== 'json') throw new UsageError(`--format ${format}`);
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

/** Which of the process's outputs are a terminal (a progress line, a table); none when the IO is not the process's. */
export interface Terminal { stdout: boolean; stderr: boolean }

/** `esep summary …` / `esep export …`: the dispatch's one entry. `interactive`: io is the process's own. */
export async function portfolioCommand(command: 'summary' | 'export', argv: string[], io: CliIO, interactive = false, lang: Lang = 'kk'): Promise<number> {
    const tty: Terminal | undefined = interactive ? { stdout: !!process.stdout.isTTY, stderr: !!process.stderr.isTTY } : undefined;
    try {
        return command === 'summary' ? await summary(argv, io, lang, tty) : await exportCommand(argv, io, lang);
    } catch (e) {
        if (e instanceof UsageError) {
            if (e.message) io.err(e.message);
            io.err(L('summary.usage', lang));
            return 2;
        }
        throw e;
    }
}
