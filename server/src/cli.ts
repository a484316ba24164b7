/**
 * The `esep` command line: `esep <subcommand> …`, the subcommands listed in cli/commands.ts.
 * Node-only (reads and writes files); the language and report code it calls are not.
 */
import { setLanguage, t, type Lang } from '../../language/src/i18n.js';
import { parseArgs, UsageError } from './cli/args.js';
import { COMMANDS } from './cli/commands.js';
import { defaultIO, type CliIO } from './cli/io.js';
import { printable } from './terminal.js';
import packageJson from '../../package.json' with { type: 'json' };

export type { CliIO } from './cli/io.js';

function usage(lang: Lang): string {
    const extra = Object.values(COMMANDS).flatMap(c => (c.usage ? [t(c.usage, {}, lang)] : []));
    return [t('cli.usage', {}, lang), ...extra].join('\n');
}

export async function main(argv: string[], terminal: CliIO = defaultIO): Promise<number> {
    const [name, ...rest] = argv;
    // Whatever a file holds is shown, never acted on by the terminal (terminal.ts). Bytes written
    // as they are (`write`) are documents for a program (summary's JSON, only when the standard
    // output is not a terminal), escaped by their own format.
    const io: CliIO = { out: line => terminal.out(printable(line, true)), err: line => terminal.err(printable(line, true)), write: terminal.write, terminal: terminal.terminal };
    let lang: Lang = 'kk';
    try {
        // `esep --version`: which Esep this is (to say when asking for help).
        if (name === '--version' || name === '-v' || name === 'version') {
            io.out(`esep ${packageJson.version}`);
            return 0;
        }
        // `esep --help`, `esep help`, `esep check --help`: what each command does, then the usage lines.
        const asked = name === 'help' || name === '--help' || name === '-h';
        const options = parseArgs(name !== undefined && name.startsWith('-') ? argv : rest);
        lang = options.lang;
        if (asked || options.help) {
            io.out(t('cli.help', {}, lang));
            io.out(usage(lang));
            return 0;
        }
        // The findings the language services word (their messages have no language parameter yet)
        // follow the CLI's --lang for this run.
        setLanguage(lang);
        const command = Object.hasOwn(COMMANDS, name ?? '') ? COMMANDS[name] : undefined;
        const enough = command && (command.files === 'one' ? options.files.length === 1 : options.files.length > 0);
        if (!command || !enough) {
            io.err(usage(lang));
            return 2;
        }
        return await (await command.load())(options, io);
    } catch (e) {
        if (e instanceof UsageError) {
            io.err(e.message);
            io.err(usage(lang));
            return 2;
        }
        io.err(String(e instanceof Error ? e.message : e));
        return 1;
    }
}
