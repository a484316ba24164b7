/**
 * The language of the extension's own strings: the `esep.language` setting, and the runtime
 * strings of that language (through @vscode/l10n, like the server's messages).
 */
import * as vscode from 'vscode';
import * as l10n from '@vscode/l10n';
import { SETTINGS_SECTION, type Lang } from '../../language/src/lsp/protocol.js';

export function configuredLanguage(): Lang {
    const lang = vscode.workspace.getConfiguration(SETTINGS_SECTION).get<string>('language');
    return lang === 'ru' || lang === 'en' ? lang : 'kk';
}

/** Loads the runtime strings of the configured language (English needs no bundle). */
export async function loadStrings(extensionUri: vscode.Uri): Promise<void> {
    const lang = configuredLanguage();
    if (lang === 'en') {
        l10n.config({ contents: {} });
        return;
    }
    try {
        const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, 'l10n', `bundle.l10n.${lang}.json`));
        l10n.config({ contents: new TextDecoder().decode(bytes) });
    } catch {
        l10n.config({ contents: {} });
    }
}
