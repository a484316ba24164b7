/**
 * The `esep` subcommands, one entry each. A new subcommand is one entry here pointing
 * to its own file (loaded only when it runs), and, if it has one, a usage line in messages.ts.
 */
import type { MessageKey } from '../../../language/src/i18n.js';
import type { Options } from './args.js';
import type { CliIO } from './io.js';

export type CommandRun = (options: Options, io: CliIO) => Promise<number>;

export interface Command {
    /** How many files it takes: at least one, or exactly one. */
    files: 'some' | 'one';
    /** Its usage line, printed after the shared usage (check and report are in `cli.usage`). */
    usage?: MessageKey;
    load: () => Promise<CommandRun>;
}

export const COMMANDS: Readonly<Record<string, Command>> = {
    check: { files: 'some', load: async () => (await import('./check.js')).check },
    report: { files: 'one', load: async () => (await import('./report.js')).reportCommand },
    import: { files: 'one', usage: 'cli.usage.import', load: async () => (await import('./import.js')).importRun },
    summary: { files: 'some', usage: 'cli.usage.portfolio', load: async () => (await import('./portfolio/cli.js')).summaryCommand },
    export: { files: 'one', load: async () => (await import('./portfolio/cli.js')).exportCommand }
};
