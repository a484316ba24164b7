/** `esep check <files…> [--format text|json] [--report-date dd.mm.yyyy]`: the findings of each file. */
import { t } from '../../../language/src/i18n.js';
import { flatten, type FlatDiagnostic } from '../diagnostics.js';
import type { Options } from './args.js';
import { cliServices, loadGrantFile, type CliIO } from './io.js';

export async function check(options: Options, io: CliIO): Promise<number> {
    const services = cliServices(options.reportDate);
    const all: FlatDiagnostic[] = [];
    let failed = false;
    let read = 0;
    for (const file of options.files) {
        const loaded = await loadGrantFile(services, file, options.lang);
        if ('error' in loaded) {
            io.err(loaded.error);
            failed = true;
            continue;
        }
        all.push(...flatten(file, loaded.document));
        read++;
    }
    if (options.format === 'json') {
        io.out(JSON.stringify(all, null, 2));
    } else {
        for (const d of all) io.out(`${d.file}:${d.line}:${d.column}: ${d.severity} ${d.code}: ${d.message}`);
        const n = (s: string) => all.filter(d => d.severity === s).length;
        io.err(t('cli.summary', { files: read, errors: n('error'), warnings: n('warning'), infos: n('info') }, options.lang));
    }
    return failed || all.some(d => d.severity === 'error') ? 1 : 0;
}
