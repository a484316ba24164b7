/**
 * The options every `esep` subcommand shares, read from the command line.
 * Parsing only: nothing global is set here; the language travels in the options.
 */
import { isLang, t, type Lang } from '../../../language/src/i18n.js';

export interface Options {
    /** `xlsx`: `esep export` only. */
    format: 'text' | 'json' | 'xlsx';
    lang: Lang;
    /** `--report-date` as an ISO date (YYYY-MM-DD). */
    reportDate?: string;
    output?: string;
    kind?: string;
    strict: boolean;
    /** Overwrite an existing output file. */
    force: boolean;
    /** `esep report --review`: a review appendix after the form. */
    review?: boolean;
    /** `esep report --charts`: plan-vs-fact charts of comparable counts. */
    charts?: boolean;
    files: string[];
    /** `esep summary --jobs N`: threads evaluating at once. */
    jobs?: number;
    /** `--help` or `-h`: what the commands do, and nothing else. */
    help?: boolean;
}

/** A mistake on the command line: the message, then the usage, exit code 2. */
export class UsageError extends Error {}

/** «25.12.2024» or «2024-12-25» → «2024-12-25»; undefined for anything else. */
export function reportDateISO(text: string | undefined): string | undefined {
    if (!text) return undefined;
    const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
    if (dotted) return `${dotted[3]}-${dotted[2].padStart(2, '0')}-${dotted[1].padStart(2, '0')}`;
    return /^\d{4}-\d{2}-\d{2}$/.test(text) ? text : undefined;
}

export function parseArgs(args: string[]): Options {
    const options: Options = { format: 'text', lang: 'kk', strict: false, force: false, files: [] };
    for (let i = 0; i < args.length; i++) {
        const a = args[i];
        const value = () => {
            const v = args[++i];
            if (v === undefined) throw new UsageError(t('cli.badOption', { option: a }, options.lang));
            return v;
        };
        if (a === '--format' || a.startsWith('--format=')) {
            const v = a === '--format' ? value() : a.slice(9);
            if (v !== 'text' && v !== 'json' && v !== 'xlsx') throw new UsageError(t('cli.badOption', { option: `--format ${v}` }, options.lang));
            options.format = v;
        } else if (a === '--lang' || a.startsWith('--lang=')) {
            // «kz», the country's code, is what many type for Kazakh; «KK», «Ru» are the same languages.
            const written = (a === '--lang' ? value() : a.slice(7)).toLowerCase();
            const v = written === 'kz' ? 'kk' : written;
            if (!isLang(v)) throw new UsageError(t('cli.badOption', { option: `--lang ${written}` }, options.lang));
            options.lang = v;
        } else if (a === '--report-date' || a.startsWith('--report-date=')) {
            const v = a === '--report-date' ? value() : a.slice(14);
            const iso = reportDateISO(v);
            if (!iso) throw new UsageError(t('cli.badDate', { text: v }, options.lang));
            options.reportDate = iso;
        } else if (a === '-o' || a === '--output') {
            options.output = value();
        } else if (a === '--kind') {
            options.kind = value();
        } else if (a === '--jobs' || a === '-j') {
            const v = value();
            if (!/^\d+$/.test(v)) throw new UsageError(t('cli.badOption', { option: `${a} ${v}` }, options.lang));
            options.jobs = Number(v);
        } else if (a === '--help' || a === '-h') {
            options.help = true;
        } else if (a === '--strict') {
            options.strict = true;
        } else if (a === '--force' || a === '-f') {
            options.force = true;
        } else if (a === '--review') {
            options.review = true;
        } else if (a === '--charts') {
            options.charts = true;
        } else if (a.startsWith('-') && a !== '-') {
            throw new UsageError(t('cli.badOption', { option: a }, options.lang));
        } else {
            options.files.push(a);
        }
    }
    return options;
}
