/**
 * The CLI as the tests run it: `main` in this process, its lines collected, the
 * message language put back to Kazakh afterwards (`--lang` sets it for the run).
 */
import { main } from '../server/src/cli.js';
import { setLanguage } from '../language/src/i18n.js';

export async function runCli(args: string[]): Promise<{ code: number; out: string; err: string }> {
    const out: string[] = [];
    const err: string[] = [];
    const code = await main(args, { out: l => out.push(l), err: l => err.push(l) });
    setLanguage('kk');
    return { code, out: out.join('\n'), err: err.join('\n') };
}
