import { t } from '../../language/src/i18n.js';
import type { CliIO } from './cli.js';

export async function report(_file: string, _options: unknown, io: CliIO): Promise<number> {
    io.err(t('cli.usage'));
    return 2;
}
