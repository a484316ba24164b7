/**
 * Reading the evaluated model for the editor: finding the evaluated task or
 * activity of an AST node, and the words for statuses and roll-ups. What a
 * verdict means is decided by the model (model/predicates.ts).
 */
import type { AstNode } from 'langium';
import {
    achieved, allActivities, formatPercent, ratioOf, short,
    type EvalActivity, type EvalIndicator, type EvalTask, type EvaluatedFile, type Rollup, type Status
} from '../model.js';
import { t, type MessageKey } from '../i18n.js';

const STATUS_KEYS: Record<Status, MessageKey> = {
    met: 'lsp.status.met', over: 'lsp.status.over', unmet: 'lsp.status.unmet', deviation: 'lsp.status.deviation',
    unverifiable: 'lsp.status.unverifiable', missing: 'lsp.status.missing', noPlan: 'lsp.status.noPlan'
};

const STATUS_ICONS: Record<Status, string> = {
    met: '✔', over: '✔', unmet: '✘', deviation: '≠', unverifiable: '?', missing: '…', noPlan: '·'
};

export function statusText(status: Status): string {
    return t(STATUS_KEYS[status]);
}

export function statusIcon(status: Status): string {
    return STATUS_ICONS[status];
}

/** The percentage of plan reached, when the verdict has a ratio and plan and fact could be compared. */
export function percentOfPlan(indicator: EvalIndicator): string | undefined {
    const ratio = ratioOf(indicator);
    return ratio === undefined ? undefined : formatPercent(ratio);
}

export function findTask(model: EvaluatedFile, node: AstNode): EvalTask | undefined {
    for (const p of model.projects) {
        const found = p.tasks.find(task => task.node === node);
        if (found) return found;
    }
    return undefined;
}

export function findActivity(model: EvaluatedFile, node: AstNode): EvalActivity | undefined {
    for (const p of model.projects) {
        const found = allActivities(p).find(a => a.node === node);
        if (found) return found;
    }
    return undefined;
}

/** «7/9 орындалды · 2 жетпейді · 1 факт жоқ» */
export function rollupLine(rollup: Rollup): string {
    if (rollup.total === 0) return t('lsp.lens.empty');
    const parts = [t('lsp.lens.achieved', { achieved: achieved(rollup), total: rollup.total })];
    const shortCount = short(rollup);
    if (shortCount) parts.push(t('lsp.lens.short', { count: shortCount }));
    if (rollup.missing) parts.push(t('lsp.lens.missing', { count: rollup.missing }));
    if (rollup.unverifiable) parts.push(t('lsp.lens.unverifiable', { count: rollup.unverifiable }));
    return parts.join(' · ');
}
