/**
 * `esep check <files and folders…> [--format text|json] [--report-date dd.mm.yyyy]`: the findings of
 * each file (a folder: of each .grant file in it).
 *
 * Each file's findings are printed as soon as it is checked, and its document (syntax tree,
 * evaluated model, findings) is let go before the next file is read: memory holds one file at a
 * time, never every finding of every file nor the whole output as one string.
 */
import { t } from '../../../language/src/i18n.js';
import { flatten, type FlatDiagnostic } from '../diagnostics.js';
import type { Options } from './args.js';
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { cliServices, loadGrantFile, readText, type CliIO } from './io.js';
import { checkInPieces, piecewiseWanted } from './piecewise/check.js';
import { printable } from '../terminal.js';
import { leanHeapFor } from './lean-heap.js';
import { collectFiles } from './portfolio/files.js';
import { L } from '../portfolio/labels.js';

function internalFailure(file: string, error: unknown, options: Options): FlatDiagnostic {
    const reason = error instanceof Error ? error.message : String(error);
    return { file, line: 1, column: 1, endLine: 1, endColumn: 1, severity: 'error', code: 'internal', message: t('cli.internalFailure', { reason }, options.lang) };
}

/**
 * The findings as they come, in the chosen format. JSON is one array, written line by line
 * (a string of every finding may be longer than a string can be): a line is held back until the
 * next one says whether it needs a comma.
 */
class FindingsPrinter {
    readonly count = { error: 0, warning: 0, info: 0, hint: 0 };
    private held: string | undefined;
    private first = true;

    constructor(private readonly json: boolean, private readonly io: CliIO) {}

    add(d: FlatDiagnostic): void {
        this.count[d.severity]++;
        if (!this.json) {
            this.io.out(printable(`${d.file}:${d.line}:${d.column}: ${d.severity} ${d.code}: ${d.message}`));
            return;
        }
        if (this.held !== undefined) this.io.out(this.held + ',');
        this.held = `${this.first ? '[\n  ' : '  '}${JSON.stringify(d)}`;
        this.first = false;
    }

    end(): void {
        if (!this.json) return;
        this.io.out(this.held === undefined ? '[]' : `${this.held}\n]`);
    }
}

/**
 * One file's findings, sorted; its document (tree, model, findings) is let go before they are
 * printed — through the builder, so the evaluated model's cache lets go of it too.
 */
async function findingsOf(services: ReturnType<typeof cliServices>, file: string, options: Options): Promise<{ findings: FlatDiagnostic[] } | { error: string }> {
    let loaded: Awaited<ReturnType<typeof loadGrantFile>>;
    try {
        loaded = await loadGrantFile(services, file, options.lang);
    } catch (e) {
        // A failure inside Esep: one error finding, never a silent pass.
        return { findings: [internalFailure(file, e, options)] };
    }
    if ('error' in loaded) return loaded;
    const findings = flatten(file, loaded.document);
    await services.shared.workspace.DocumentBuilder.update([], [loaded.document.uri]);
    return { findings };
}

/**
 * A big file, checked a piece at a time (piecewise/check.ts): its findings go to the printer as
 * they come. 'whole' when it is to be read whole after all (nothing printed then).
 */
async function checkedInPieces(services: ReturnType<typeof cliServices>, file: string, options: Options,
    printer: FindingsPrinter): Promise<'done' | 'whole' | { error: string }> {
    let size: number;
    try {
        size = statSync(file).size;
    } catch {
        return 'whole'; // unreadable: its reading says why
    }
    if (!piecewiseWanted(size)) return 'whole';
    const { text, error } = readText(file, options.lang);
    if (error !== undefined || text === undefined) return { error: error ?? t('cli.noSuchFile', { file }, options.lang) };
    try {
        const done = await checkInPieces(services, file, resolve(file), text, d => printer.add(d));
        return done ? 'done' : 'whole';
    } catch (e) {
        // A failure inside Esep: one error finding, never a silent pass (nor a second, whole read, of what was printed).
        printer.add(internalFailure(file, e, options));
        return 'done';
    }
}

export async function check(options: Options, io: CliIO): Promise<number> {
    // A folder stands for the .grant files in it and in its subfolders, as for `esep summary`.
    const { files, emptyFolders } = collectFiles(options.files);
    let failed = false;
    for (const folder of emptyFolders) {
        io.err(L('summary.noGrantFiles', options.lang, { folder }));
        failed = true;
    }
    leanHeapFor(files);
    const services = cliServices(options.reportDate);
    const printer = new FindingsPrinter(options.format === 'json', io);
    let read = 0;
    for (const file of files) {
        const pieces = await checkedInPieces(services, file, options, printer);
        if (pieces === 'done') { read++; continue; }
        if (pieces !== 'whole') {
            io.err(pieces.error);
            failed = true;
            continue;
        }
        const result = await findingsOf(services, file, options);
        if ('error' in result) {
            io.err(result.error);
            failed = true;
            continue;
        }
        for (let i = 0; i < result.findings.length; i++) printer.add(result.findings[i]);
        read++;
    }
    printer.end();
    const count = printer.count;
    if (options.format !== 'json') {
        io.err(t('cli.summary', { files: read, errors: count.error, warnings: count.warning, infos: count.info }, options.lang));
    }
    return failed || count.error > 0 ? 1 : 0;
}
