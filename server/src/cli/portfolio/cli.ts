/**
 * `esep summary <files and folders…> [-o portfolio.xlsx|.html|.json|.csv] [--lang kk|ru|en]
 *   [--report-date dd.mm.yyyy] [--force] [--jobs N]` and
 * `esep export <file.grant> [--format xlsx|json] [-o …] [--lang kk|ru|en] [--report-date …] [--force]`.
 *
 * Without -o the summary goes to standard output: a short table on a terminal, the JSON document
 * on a pipe. The output file is never written over without --force. Exit codes: 0 written,
 * 1 nothing written (no .grant file, no file gave a project, output exists, write failure), 2 usage.
 */
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { appendAll } from '../../../../language/src/arrays.js';
import { t, type Lang } from '../../../../language/src/i18n.js';
import { UsageError, type Options } from '../args.js';
import type { CliIO } from '../io.js';
import { ExistsError, writeAtomicWith } from '../report.js';
import { FileSpool, writePieces } from './file-spool.js';
import type { Piece } from '../../portfolio/spool.js';
import { portfolioServices, runBatch } from './batch.js';
import { csvStyle, writeCsv } from '../../portfolio/csv.js';
import { exportDocument, exportWorkbook } from '../../portfolio/export.js';
import { collectFiles, readGrantFile } from './files.js';
import { HtmlBuilder } from '../../portfolio/html.js';
import { PortfolioJsonBuilder, type SummaryMeta } from '../../portfolio/json.js';
import { L } from '../../portfolio/labels.js';
import { terminalTable } from './terminal-table.js';
import { nodeCodec } from './node-codec.js';
import type { FileRows, ProjectRow } from '../../portfolio/rows.js';
import { FINDINGS, INDICATORS, PROJECTS, projectsSheet, tableCells, tableColumns, tableName, type TableDef } from '../../portfolio/sheets.js';
import { TooManyRowsError, WorkbookBuilder } from '../../portfolio/xlsx.js';

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

/** Where the rows of each file go as they come: the output being built. */
interface Sink {
    add(rows: FileRows): void;
    /** The output, in order (the long parts of .json and .html wait in the spool's files). */
    finish(meta: SummaryMeta): Piece[];
}

function sinkFor(format: OutputFormat | undefined, lang: Lang, spool: () => FileSpool): Sink | undefined {
    switch (format) {
        case undefined: return undefined;
        case 'json': {
            const builder = new PortfolioJsonBuilder(spool());
            return { add: rows => builder.add(rows), finish: meta => builder.pieces(meta) };
        }
        case 'html': {
            const builder = new HtmlBuilder(lang, spool());
            return { add: rows => builder.add(rows), finish: meta => builder.pieces(meta) };
        }
        case 'csv': {
            const projects: ProjectRow[] = [];
            return { add: rows => { appendAll(projects, rows.projects); }, finish: () => [writeCsv(projectsSheet(projects, lang), csvStyle(lang))] };
        }
        case 'xlsx': {
            const book = new WorkbookBuilder(nodeCodec);
            const sheet = <R>(def: TableDef<R>) => book.addSheet(tableName(def as TableDef<unknown>, lang), tableColumns(def, lang));
            const [p, i, f] = [sheet(PROJECTS), sheet(INDICATORS), sheet(FINDINGS)];
            return {
                add: rows => {
                    for (const r of rows.projects) p.addRow(tableCells(PROJECTS, r, lang));
                    for (const r of rows.indicators) i.addRow(tableCells(INDICATORS, r, lang));
                    for (const r of rows.findings) f.addRow(tableCells(FINDINGS, r, lang));
                },
                finish: meta => [book.finish({ title: L('html.title', lang), created: meta.generatedAt.replace(/\.\d+Z$/, 'Z'), codec: nodeCodec })]
            };
        }
    }
}

/** `esep summary`. Progress and the terminal table only where `io` says its output is a terminal. */
export async function summaryCommand(args: Options, io: CliIO): Promise<number> {
    const lang = args.lang;
    const tty: Terminal | undefined = io.terminal ? { stdout: io.terminal.out, stderr: io.terminal.err } : undefined;
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
    // Each file's rows go straight into the output being built (the long parts of .json and
    // .html into the spool's files) and are dropped: memory stays bounded whatever the number of
    // files; only the one-line project rows are kept.
    const output = !target || !format ? (tty?.stdout ? undefined : 'json') : format;
    let spool: FileSpool | undefined;
    const spoolFolder = target ? dirname(target) : tmpdir();
    let sink: Sink | undefined;
    // Ctrl+C (or a kill) while the rows wait in the spool: its working folder goes too.
    const interrupted = (signal: NodeJS.Signals) => {
        spool?.dispose();
        process.exit(signal === 'SIGINT' ? 130 : 143);
    };
    try {
        sink = sinkFor(output, lang, () => {
            spool = new FileSpool(spoolFolder);
            process.once('SIGINT', interrupted);
            process.once('SIGTERM', interrupted);
            return spool;
        });
    } catch (e) {
        // The output's folder is missing or cannot be written: said before the work, not after it.
        io.err(writeFailure(target ?? spoolFolder, e, lang));
        return 1;
    }
    try {
        const projects: ProjectRow[] = [];
        let indicators = 0;
        let findings = 0;
        // What the output cannot take (a sheet past a spreadsheet's rows, a working file on a full
        // disk) stops adding to it; the batch runs on and the reason is said once, after it
        // (thrown here, inside a worker's message, it would have ended the process with a stack trace).
        let sinkFailure: unknown;
        await runBatch(files, { lang, reportDate, jobs: args.jobs, onProgress: bar.update }, rows => {
            appendAll(projects, rows.projects);
            indicators += rows.indicators.length;
            findings += rows.findings.length;
            if (sinkFailure !== undefined) return;
            try {
                sink?.add(rows);
            } catch (e) {
                sinkFailure = e;
            }
        });
        bar.clear();
        if (sinkFailure !== undefined) {
            io.err(writeFailure(target ?? spoolFolder, sinkFailure, lang));
            return 1;
        }
        const unread = projects.filter(p => p.problem !== undefined);
        if (unread.length === projects.length) {
            // No file gave a project (missing, unreadable, or no «жоба» block): a table or a workbook
            // of reasons alone would read as a result. The reasons, and nothing written.
            for (const line of terminalTable(unread, args.files, lang)) io.err(line);
            io.err(L('summary.none', lang));
            return 1;
        }
        const generatedAt = new Date().toISOString();
        const meta = { generatedAt, lang, reportDate, files: files.length };
        if (!target || !format) {
            if (sink) toStandardOutput(sink.finish(meta), spool, io);
            else for (const line of terminalTable(projects, args.files, lang)) io.out(line);
            return 0;
        }
        if (!writeOut(target, sink!.finish(meta), spool, args.force, io, lang)) return 1;
        io.out(L('summary.written', lang, {
            file: args.output!, projects: projects.length - unread.length, indicators, findings
        }));
        if (unread.length) io.out(L('summary.unread', lang, { count: unread.length }));
        return 0;
    } finally {
        spool?.dispose();
        process.off('SIGINT', interrupted);
        process.off('SIGTERM', interrupted);
    }
}

/** A document to the standard output: piece by piece where the output takes bytes, else as one text. */
function toStandardOutput(pieces: Piece[], spool: FileSpool | undefined, io: CliIO): void {
    if (io.write) {
        writePieces(pieces, spool, io.write);
        return;
    }
    const decoder = new TextDecoder();
    let text = '';
    writePieces(pieces, spool, bytes => { text += decoder.decode(bytes, { stream: true }); });
    io.out((text + decoder.decode()).trimEnd());
}

function writeOut(target: string, data: Piece[], spool: FileSpool | undefined, force: boolean, io: CliIO, lang: Lang): boolean {
    try {
        writeAtomicWith(target, force, write => writePieces(data, spool, write));
        return true;
    } catch (e) {
        if (e instanceof ExistsError) io.err(L('summary.exists', lang, { file: target }));
        else io.err(writeFailure(target, e, lang));
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
    if (!writeOut(target, [data], undefined, args.force, io, lang)) return 1;
    io.out(L('export.written', lang, { file: target }));
    return 0;
}

/** Why an output was not written, in the user's language: no space, a sheet too long, or the folder. */
export function writeFailure(file: string, error: unknown, lang: Lang): string {
    if (error instanceof TooManyRowsError) return L('summary.tooManyRows', lang, { file, sheet: error.sheet, max: error.max });
    const code = (error as NodeJS.ErrnoException)?.code;
    if (code === 'ENOSPC' || code === 'EFBIG' || code === 'EDQUOT') return L('summary.noSpace', lang, { file, reason: code });
    return L('summary.writeFailed', lang, { file, reason: code ?? (error instanceof Error ? error.message : String(error)) });
}

/** Which of the process's outputs are a terminal (a progress line, a table). */
interface Terminal { stdout: boolean; stderr: boolean }
