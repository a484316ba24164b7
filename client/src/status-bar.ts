/**
 * The status bar item of the active .grant file, asked of the server after each change.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { SETTINGS_SECTION, STATUS_REQUEST, type StatusResult } from '../../language/src/lsp/protocol.js';
import { LANGUAGE_ID } from './pick-grant.js';

/** The status bar item: «✔ 47/52 көрсеткіш» for the active .grant file. */
export class StatusBar implements vscode.Disposable {
    private readonly item = vscode.window.createStatusBarItem('esep.status', vscode.StatusBarAlignment.Left, 50);
    private timer: ReturnType<typeof setTimeout> | undefined;
    private readonly subscriptions: vscode.Disposable[] = [];
    private generation = 0;

    constructor(private readonly client: BaseLanguageClient) {
        this.item.name = 'Esep';
        this.item.command = 'workbench.actions.view.problems';
        this.subscriptions.push(
            vscode.window.onDidChangeActiveTextEditor(() => this.schedule(0)),
            vscode.workspace.onDidChangeTextDocument(e => {
                if (e.document === vscode.window.activeTextEditor?.document) this.schedule(400);
            }),
            vscode.workspace.onDidChangeConfiguration(e => {
                if (e.affectsConfiguration(SETTINGS_SECTION)) this.schedule(600);
            }),
            // New diagnostics mean the server has built the file again: the roll-up may have changed.
            vscode.languages.onDidChangeDiagnostics(e => {
                const active = vscode.window.activeTextEditor?.document.uri.toString();
                if (active && e.uris.some(u => u.toString() === active)) this.schedule(100);
            })
        );
    }

    schedule(delay: number): void {
        if (this.timer) clearTimeout(this.timer);
        this.timer = setTimeout(() => void this.update(), delay);
    }

    private async update(): Promise<void> {
        const document = vscode.window.activeTextEditor?.document;
        const generation = ++this.generation;
        if (!document || document.languageId !== LANGUAGE_ID) {
            this.item.hide();
            return;
        }
        try {
            const status = await this.client.sendRequest<StatusResult | null>(STATUS_REQUEST, { uri: document.uri.toString() });
            if (generation !== this.generation) return;
            if (!status) {
                this.item.hide();
                return;
            }
            this.item.text = status.text;
            this.item.tooltip = status.tooltip;
            this.item.backgroundColor = status.errors ? new vscode.ThemeColor('statusBarItem.errorBackground')
                : status.short > 0 ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
            this.item.show();
        } catch {
            this.item.hide();
        }
    }

    dispose(): void {
        if (this.timer) clearTimeout(this.timer);
        this.item.dispose();
        for (const s of this.subscriptions) s.dispose();
    }
}
