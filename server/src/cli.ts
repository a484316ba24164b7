/**
 * The `esep` command line: `esep check` and `esep report`.
 * Node-only (reads and writes files); the language and report code it calls are not.
 */
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { NodeFileSystem } from 'langium/node';
import { createGrantServices } from '../../language/src/grant-module.js';
import { isLang, setLanguage, t, type Lang } from '../../language/src/i18n.js';
import { flatten, type FlatDiagnostic } from './diagnostics.js';
import { loadDocument } from './workspace.js';

export interface CliIO {
    out: (line: string) => void;
    err: (line: string) => void;
}

const defaultIO: CliIO = {
    out: line => process.stdout.write(line + '\n'),
    err: line => process.stderr.write(line + '\n')
};

interface Options {
    format: 'text' | 'json';
    lang: Lang;
    reportDate?: string;
    output?: string;
    kind?: string;
    strict: boolean;
    /** `esep report`: overwrite an existing output file. */
    force: boolean;
    files: string[];
}

class UsageError extends Error {}

function parseArgs(args: string[]): Options {
    const options: Options = { format: 'text', lang: 'kk', strict: false, force: false, files: [] };
    for (let i = 0; i < args.length; i++) {
        const a = args[i];
        const value = () => {
            const v = args[++i];
            if (v === undefined) throw new UsageError(t('cli.badOption', { option: a }));
            return v;
        };
        if (a === '--format') {
            const v = value();
            if (v !== 'text' && v !== 'json') throw new UsageError(t('cli.badOption', { option: `${a} ${v}` }));
            options.format = v;
        } else if (a.startsWith('--format=')) {
            const v = a.slice(9);
            if (v !== 'text' && v !== 'json') throw new UsageError(t('cli.badOption', { option: a }));
            options.format = v;
        } else if (a === '--lang' || a.startsWith('--lang=')) {
            const v = a === '--lang' ? value() : a.slice(7);
            if (!isLang(v)) throw new UsageError(t('cli.badOption', { option: `--lang ${v}` }));
            options.lang = v;
            setLanguage(v);
        } else if (a === '--report-date') {
            options.reportDate = value();
        } else if (a === '-o' || a === '--output') {
            options.output = value();
        } else if (a === '--kind') {
            options.kind = value();
        } else if (a === '--strict') {
            options.strict = true;
        } else if (a === '--force' || a === '-f') {
            options.force = true;
        } else if (a.startsWith('-') && a !== '-') {
            throw new UsageError(t('cli.badOption', { option: a }));
        } else {
            options.files.push(a);
        }
    }
    return options;
}

/** Reads a file as UTF-8 text; a one-line message instead of a stack trace when it cannot. */
export function readText(file: string): { text?: string; error?: string } {
    let bytes: Buffer;
    try {
        if (!statSync(file).isFile()) return { error: t('cli.noSuchFile', { file }) };
        bytes = readFileSync(file);
    } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'ENOENT') return { error: t('cli.noSuchFile', { file }) };
        return { error: t('cli.cannotRead', { file, reason: code ?? String(e) }) };
    }
    try {
        const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
        return { text };
    } catch {
        return { error: t('cli.notUtf8', { file }) };
    }
}

function reportDateISO(text: string | undefined): string | undefined {
    if (!text) return undefined;
    const m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text) ?? /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
    if (!m) return undefined;
    return text.includes('-') ? text : `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}`;
}

async function check(options: Options, io: CliIO): Promise<number> {
    const { shared, Grant } = createGrantServices(NodeFileSystem);
    Grant.model.Evaluator.setOptions({ reportDate: reportDateISO(options.reportDate) });
    const all: FlatDiagnostic[] = [];
    let failed = false;
    let read = 0;
    for (const file of options.files) {
        const { text, error } = readText(file);
        if (error !== undefined || text === undefined) {
            io.err(error ?? t('cli.noSuchFile', { file }));
            failed = true;
            continue;
        }
        const document = await loadDocument(shared, Grant, text, resolve(file));
        all.push(...flatten(file, document));
        read++;
    }
    if (options.format === 'json') {
        io.out(JSON.stringify(all, null, 2));
    } else {
        for (const d of all) io.out(`${d.file}:${d.line}:${d.column}: ${d.severity} ${d.code}: ${d.message}`);
        const n = (s: string) => all.filter(d => d.severity === s).length;
        io.err(t('cli.summary', { files: read, errors: n('error'), warnings: n('warning'), infos: n('info') }));
    }
    return failed || all.some(d => d.severity === 'error') ? 1 : 0;
}

export async function main(argv: string[], io: CliIO = defaultIO): Promise<number> {
    const [command, ...rest] = argv;
    try {
        const options = parseArgs(rest);
        if (command === 'check' && options.files.length) return await check(options, io);
        if (command === 'report' && options.files.length === 1) {
            const { report } = await import('./report-cli.js');
            return await report(options.files[0], options, io);
        }
        if (command === 'import' && options.files.length === 1) return await (await import('./import/cli.js')).importCommand(options.files[0], options, io);
        io.err(t('cli.usage'));
        return 2;
    } catch (e) {
        if (e instanceof UsageError) {
            io.err(e.message);
            io.err(t('cli.usage'));
            return 2;
        }
        io.err(String(e instanceof Error ? e.message : e));
        return 1;
    }
}
