/**
 * Workspace symbols: every project, task, activity and indicator of every
 * .grant file the server knows, found with the same forgiving matching as
 * completion («mindet», «корсет»).
 */
import type { AstNode, LangiumDocument } from 'langium';
import type { LangiumSharedServices, WorkspaceSymbolProvider } from 'langium/lsp';
import { SymbolKind, type WorkspaceSymbol, type WorkspaceSymbolParams } from 'vscode-languageserver';
import type { GrantServices } from '../grant-module.js';
import { allActivities } from '../model.js';
import { matches } from './fold.js';

export class GrantWorkspaceSymbolProvider implements WorkspaceSymbolProvider {
    private readonly shared: LangiumSharedServices;

    constructor(shared: LangiumSharedServices) {
        this.shared = shared;
    }

    getSymbols(params: WorkspaceSymbolParams): WorkspaceSymbol[] {
        const out: WorkspaceSymbol[] = [];
        for (const document of this.shared.workspace.LangiumDocuments.all) {
            if (!this.shared.ServiceRegistry.hasServices(document.uri)) continue;
            const services = this.shared.ServiceRegistry.getServices(document.uri) as Partial<GrantServices>;
            if (!services.model) continue;
            this.collect(document, services as GrantServices, params.query, out);
        }
        return out;
    }

    private collect(document: LangiumDocument, services: GrantServices, query: string, out: WorkspaceSymbol[]): void {
        const uri = document.uri.toString();
        const add = (name: string, kind: SymbolKind, node: AstNode, container?: string) => {
            const range = node.$cstNode?.range;
            const clean = name.replace(/\s+/g, ' ').trim();
            if (!range || !clean || !matches(query, clean)) return;
            out.push({ name: clean, kind, location: { uri, range }, containerName: container });
        };
        for (const project of services.model.Evaluator.get(document).projects) {
            add(project.name, SymbolKind.Module, project.node);
            for (const task of project.tasks) add(`${task.number}. ${task.title}`, SymbolKind.Class, task.node, project.name);
            for (const activity of allActivities(project)) {
                const name = activity.label ? `${activity.label} ${activity.title}` : activity.title;
                add(name, SymbolKind.Event, activity.node, project.name);
            }
            for (const indicator of project.indicators) {
                add(indicator.name, SymbolKind.Field, indicator.node, indicator.owner?.label || project.name);
            }
        }
    }
}
