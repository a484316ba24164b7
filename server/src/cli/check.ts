/** `esep check <files…> [--format text|json] [--report-date dd.mm.yyyy]`: the findings of each file. */
import { t } from '../../../language/src/i18n.js';
import { flatten, type FlatDiagnostic } from '../diagnostics.js';
import type { Options } from './args.js';
import { cliServices, loadGrantFile, type CliIO } from './io.js';
import { printable } from '../terminal.js';

function internalFailure(file: string, error: unknown, options: Options): FlatDiagnostic {
    const reason = error instanceof Error ? error.message : String(error);
    return { file, line: 1, column: 1, endLine: 1, endColumn: 1, severity: 'error', code: 'internal', message: t('cli.internalFailure', { reason }, options.lang) };
}

export async function check(options: Options, io: CliIO): Promise<number> {
    const services = cliServices(options.reportDate);
    const all: FlatDiagnostic[] = [];
    let failed = false;
    let read = 0;
    for (const file of options.files) {
        let loaded: Awaited<ReturnType<typeof loadGrantFile>>;
        try {
            loaded = await loadGrantFile(services, file, options.lang);
        } catch (e) {
            // A failure inside Esep: one error finding, never a silent pass.
            all.push(internalFailure(file, e, options));
            read++;
            continue;
        }
        if ('error' in loaded) {
            io.err(loaded.error);
            failed = true;
            continue;
        }
        // One by one: spreading an array of unknown length into push() overflows the stack.
        for (const d of flatten(file, loaded.document)) all.push(d);
        // The document is not needed any more: its tree, model and findings can go.
        services.shared.workspace.LangiumDocuments.deleteDocument(loaded.document.uri);
        read++;
    }
    const count = { error: 0, warning: 0, info: 0, hint: 0 };
    for (const d of all) count[d.severity]++;
    if (options.format === 'json') {
        // Line by line: one string of every finding may be longer than a string can be.
        if (!all.length) io.out('[]');
        else all.forEach((d, i) => io.out(`${i ? '  ' : '[\n  '}${JSON.stringify(d)}${i + 1 < all.length ? ',' : '\n]'}`));
    } else {
        for (const d of all) io.out(printable(`${d.file}:${d.line}:${d.column}: ${d.severity} ${d.code}: ${d.message}`));
        io.err(t('cli.summary', { files: read, errors: count.error, warnings: count.warning, infos: count.info }, options.lang));
    }
    return failed || count.error > 0 ? 1 : 0;
}
