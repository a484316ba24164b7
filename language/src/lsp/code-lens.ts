/**
 * CodeLens above each task and activity: «7/9 орындалды · 2 жетпейді».
 * Switched off by the `esep.codeLens.enabled` setting.
 */
import type { LangiumDocument } from 'langium';
import type { CodeLensProvider } from 'langium/lsp';
import type { CodeLens, CodeLensParams } from 'vscode-languageserver';
import type { GrantServices } from '../grant-module.js';
import type { GrantModelService } from '../model-service.js';
import { allActivities } from '../model.js';
import type { GrantSettings } from './settings.js';
import { rollupLine } from './model-text.js';

export class GrantCodeLensProvider implements CodeLensProvider {
    private readonly evaluator: GrantModelService;
    private readonly settings: GrantSettings;

    constructor(services: GrantServices) {
        this.evaluator = services.model.Evaluator;
        this.settings = services.esep.Settings;
    }

    provideCodeLens(document: LangiumDocument, _params: CodeLensParams): CodeLens[] {
        if (!this.settings.current.codeLensEnabled) return [];
        const lenses: CodeLens[] = [];
        const lens = (node: { $cstNode?: { range: CodeLens['range'] } }, text: string) => {
            const range = node.$cstNode?.range;
            if (!range) return;
            const line = { start: range.start, end: range.start };
            lenses.push({ range: line, command: { title: text, command: '' } });
        };
        for (const project of this.evaluator.get(document).projects) {
            for (const task of project.tasks) lens(task.node, rollupLine(task.rollup));
            for (const activity of allActivities(project)) {
                if (activity.indicators.length || activity.task) lens(activity.node, rollupLine(activity.rollup));
            }
        }
        return lenses.sort((a, b) => a.range.start.line - b.range.start.line);
    }
}
