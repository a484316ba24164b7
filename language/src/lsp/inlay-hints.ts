/**
 * Inlay hints after each fact: the share of the plan reached («180%»).
 * Switched off by the `esep.inlayHints.enabled` setting.
 */
import type { LangiumDocument } from 'langium';
import type { InlayHintProvider } from 'langium/lsp';
import type { InlayHint, InlayHintParams } from 'vscode-languageserver';
import type { GrantServices } from '../grant-module.js';
import type { GrantModelService } from '../model-service.js';
import type { GrantSettings } from './settings.js';
import { t } from '../i18n.js';
import { percentOfPlan, statusText } from './model-text.js';

function before(a: { line: number; character: number }, b: { line: number; character: number }): boolean {
    return a.line < b.line || (a.line === b.line && a.character < b.character);
}

export class GrantInlayHintProvider implements InlayHintProvider {
    private readonly evaluator: GrantModelService;
    private readonly settings: GrantSettings;

    constructor(services: GrantServices) {
        this.evaluator = services.model.Evaluator;
        this.settings = services.esep.Settings;
    }

    getInlayHints(document: LangiumDocument, params: InlayHintParams): InlayHint[] {
        if (!this.settings.current.inlayHintsEnabled) return [];
        const hints: InlayHint[] = [];
        const model = this.evaluator.get(document);
        for (const project of model.projects) {
            for (const indicator of project.indicators) {
                const end = indicator.node.fact?.$cstNode?.range.end;
                const percent = percentOfPlan(indicator);
                if (!end || !percent) continue;
                if (before(end, params.range.start) || before(params.range.end, end)) continue;
                hints.push({
                    position: end,
                    // An arrow keeps the share apart from the fact: «36 → 3 600%», never «36 3 600%».
                    label: `→ ${percent}`,
                    paddingLeft: true,
                    tooltip: t('lsp.inlay.tooltip', { percent, status: statusText(indicator.verdict.status) })
                });
            }
        }
        return hints;
    }
}
