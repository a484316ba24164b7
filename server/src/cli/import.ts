/**
 * `esep import <plan.docx|plan.pdf> [-o out.grant] [--force]`
 *
 * Reads the signed plan (or a previous final report) and writes a draft
 * .grant next to it (or to -o). The source is only read; an existing output
 * is never overwritten without --force. Every failure is one line.
 *
 * Exit codes: 0 written; 1 not written (unreadable source, existing output); 2 usage.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { EmptyFileSystem } from 'langium';
import { createGrantServices } from '../../../language/src/grant-module.js';
import { t, type MessageKey } from '../../../language/src/i18n.js';
import type { Options } from './args.js';
import type { CliIO } from './io.js';
import { writeAtomic } from './report.js';
import { ImportError, importDocument } from '../import/index.js';

export interface ImportCliOptions {
    output?: string;
    force?: boolean;
}

/** `plan.docx` → `plan.grant` in the same folder. */
export function draftName(source: string): string {
    return join(dirname(source), basename(source, extname(source)) + '.grant');
}

export async function importCommand(file: string, options: ImportCliOptions, io: CliIO): Promise<number> {
    const input = resolve(file);
    let bytes: Uint8Array;
    try {
        if (!statSync(input).isFile()) { io.err(t('cli.noSuchFile', { file })); return 1; }
        bytes = readFileSync(input);
    } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        io.err(code === 'ENOENT' ? t('cli.noSuchFile', { file }) : t('cli.cannotRead', { file, reason: code ?? String(e) }));
        return 1;
    }
    let target = options.output ? resolve(options.output) : draftName(input);
    try {
        if (options.output && statSync(target).isDirectory()) target = join(target, basename(draftName(input)));
    } catch { /* not there yet: a file name */ }
    if (target === input) { io.err(t('import.sameAsInput', { file })); return 1; }
    // `-o draft.txt`: the editor and esep read .grant files only; said before any work.
    if (!/\.grant$/i.test(target)) { io.err(t('import.notGrantName', { file: options.output ?? target })); return 2; }
    if (existsSync(target) && !options.force) { io.err(t('import.exists', { file: target })); return 1; }

    const { Grant } = createGrantServices(EmptyFileSystem);
    let result;
    try {
        result = await importDocument(bytes, basename(input), Grant.parser.Lexer);
    } catch (e) {
        if (e instanceof ImportError) io.err(t(`import.error.${e.kind}` as MessageKey, { file }));
        else io.err(t('import.failed', { file, reason: e instanceof Error ? e.message : String(e) }));
        return 1;
    }
    try {
        writeAtomic(target, new TextEncoder().encode(result.text), !!options.force);
    } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        io.err(existsSync(target) && !options.force ? t('import.exists', { file: target }) : t('report.writeFailed', { file: target, reason: code ?? String(e) }));
        return 1;
    }
    const c = result.counts;
    io.out(result.kind === 'report'
        ? t('import.writtenReport', { file: target, tasks: c.tasks, activities: c.activities, pairs: c.pairs, facts: c.facts, notes: c.notes })
        : t('import.written', { file: target, tasks: c.tasks, activities: c.activities, pairs: c.pairs, notes: c.notes }));
    io.err(t('import.next', { file: target }));
    return 0;
}

/** The subcommand's entry in cli/commands.ts. */
export const importRun = (options: Options, io: CliIO): Promise<number> => importCommand(options.files[0], options, io);
