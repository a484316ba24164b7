/**
 * Quick fixes, keyed by the rule ID each diagnostic carries in `data.code`.
 * They edit only what the rule is about and never drop anything the user wrote.
 */
import { AstUtils, CstUtils, type AstNode, type LangiumDocument, type MaybePromise } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import type { CodeAction, CodeActionParams, Command, Diagnostic, TextEdit } from 'vscode-languageserver';
import { CodeActionKind } from 'vscode-languageserver';
import type { GrantFile, Indicator, Project, Statistics, Task } from '../generated/ast.js';
import { t } from '../i18n.js';
import { parseNumber, formatNumber } from '../values/index.js';
import { recoveryFixes } from './recovery-fixes.js';

interface FixData { code?: string; embedded?: boolean; suggestion?: string; sum?: number; total?: number; group?: string; percent?: boolean; scope?: string }

export class GrantCodeActionProvider implements CodeActionProvider {
    getCodeActions(document: LangiumDocument, params: CodeActionParams): MaybePromise<Array<Command | CodeAction> | undefined> {
        const actions: CodeAction[] = [];
        for (const diagnostic of params.context.diagnostics) {
            const data = (diagnostic.data ?? {}) as FixData;
            const code = data.code ?? (typeof diagnostic.code === 'string' ? diagnostic.code : undefined);
            if (!code) continue;
            try {
                for (const fix of this.fixesFor(code, data, diagnostic, document)) actions.push(fix);
            } catch {
                // A fix that cannot be computed is simply not offered.
            }
        }
        return actions;
    }

    private fixesFor(code: string, data: FixData, diagnostic: Diagnostic, document: LangiumDocument): CodeAction[] {
        switch (code) {
            case 'lexing-error':
            case 'lexing-warning':
                return recoveryFixes(document.textDocument, diagnostic).map((fix, i) => action(fix.title, diagnostic, document, fix.edits, i === 0));
            case 'V-PF-02':
            case 'V-PF-03':
            case 'V-PF-04':
            case 'V-PF-05': {
                // A value in the indicator's name: the user decides which of the two is right.
                if (data.embedded) return [];
                const fix = addDeviation(document, diagnostic);
                return fix ? [action(t('fix.addDeviation'), diagnostic, document, [fix], code === 'V-PF-03' || code === 'V-PF-04')] : [];
            }
            case 'V-PF-01': {
                const fix = addFact(document, diagnostic);
                return fix ? [action(t('fix.addFact'), diagnostic, document, [fix], true)] : [];
            }
            case 'V-SUM-01':
            case 'V-SUM-02':
            case 'V-SUM-03': {
                const stats = nodeAt<Statistics>(document, diagnostic, 'Statistics');
                if (!stats) return [];
                const out: CodeAction[] = [];
                if (data.percent && data.total !== undefined) {
                    const edits = percentToCounts(document, stats, data.group ?? '', data.total);
                    if (edits.length) out.push(action(t('fix.percentToCounts', { total: formatNumber(data.total) }), diagnostic, document, edits, true));
                }
                if (data.sum !== undefined) {
                    const edit = setTotal(document, stats, data.sum);
                    if (edit) out.push(action(t('fix.setTotal', { sum: formatNumber(data.sum) }), diagnostic, document, [edit], !data.percent));
                }
                return out;
            }
            case 'V-NUM-01':
            case 'V-NUM-02': {
                const edits = renumber(document, diagnostic, data.scope);
                return edits.length ? [action(t('fix.renumber'), diagnostic, document, edits, true)] : [];
            }
            case 'V-REG-01':
            case 'V-REQ-03':
            case 'V-KEY-01':
            case 'V-FMT-02':
            case 'V-FMT-03':
            case 'V-FMT-07': {
                if (!data.suggestion) return [];
                const range = diagnostic.range;
                const text = document.textDocument.getText(range);
                const quoted = text.startsWith('"');
                const newText = quoted ? `"${data.suggestion}"` : data.suggestion;
                return [action(t('fix.replaceWith', { text: data.suggestion }), diagnostic, document, [{ range, newText }], true)];
            }
            case 'V-FMT-01': {
                const text = document.textDocument.getText();
                const end = document.textDocument.positionAt(text.length);
                return [action(t('fix.nfc'), diagnostic, document, [{ range: { start: { line: 0, character: 0 }, end }, newText: text.normalize('NFC') }], true)];
            }
            default:
                return [];
        }
    }
}

function action(title: string, diagnostic: Diagnostic, document: LangiumDocument, edits: TextEdit[], preferred: boolean): CodeAction {
    return {
        title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: preferred,
        edit: { changes: { [document.textDocument.uri]: edits } }
    };
}

function nodeAt<T extends AstNode>(document: LangiumDocument, diagnostic: Diagnostic, type: string): T | undefined {
    const root = (document.parseResult.value as GrantFile).$cstNode;
    if (!root) return undefined;
    const offset = document.textDocument.offsetAt(diagnostic.range.start);
    const leaf = CstUtils.findLeafNodeAtOffset(root, offset);
    let node: AstNode | undefined = leaf?.astNode;
    while (node && node.$type !== type) node = node.$container;
    return node as T | undefined;
}

function lineIndent(document: LangiumDocument, offset: number): string {
    const text = document.textDocument.getText();
    const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
    return /^[ \t]*/.exec(text.slice(lineStart))![0];
}

/** `ауытқу: ""` on a new line under the indicator (after its fact, or its plan). */
function addDeviation(document: LangiumDocument, diagnostic: Diagnostic): TextEdit | undefined {
    const indicator = nodeAt<Indicator>(document, diagnostic, 'Indicator');
    if (!indicator || indicator.deviation !== undefined) return undefined;
    const anchor = indicator.fact ?? indicator.plan;
    const end = anchor?.$cstNode?.end ?? indicator.$cstNode?.end;
    if (end === undefined || !indicator.$cstNode) return undefined;
    const indent = lineIndent(document, indicator.$cstNode.offset) + '    ';
    const pos = document.textDocument.positionAt(end);
    return { range: { start: pos, end: pos }, newText: `\n${indent}ауытқу: ""` };
}

/** ` факт: 0` after the plan, for the user to fill in. */
function addFact(document: LangiumDocument, diagnostic: Diagnostic): TextEdit | undefined {
    const indicator = nodeAt<Indicator>(document, diagnostic, 'Indicator');
    if (!indicator || indicator.fact || !indicator.plan?.$cstNode) return undefined;
    const pos = document.textDocument.positionAt(indicator.plan.$cstNode.end);
    return { range: { start: pos, end: pos }, newText: '  факт: 0' };
}

function numberText(n: number): string {
    return formatNumber(n).replace(/\u00A0/g, ' ');
}

function setTotal(document: LangiumDocument, stats: Statistics, sum: number): TextEdit | undefined {
    const cst = stats.$cstNode;
    if (!cst || stats.total === undefined) return undefined;
    const totalNode = [...CstUtils.streamCst(cst)].find(n => n.astNode === stats && n.text === stats.total && (n as { grammarSource?: { $type?: string } }).grammarSource !== undefined && n.offset > cst.offset);
    if (!totalNode) return undefined;
    return { range: totalNode.range, newText: numberText(sum) };
}

/** Largest-remainder rounding so the counts sum exactly to the total. */
export function apportion(percents: number[], total: number): number[] {
    const raw = percents.map(p => (p * total) / 100);
    const floors = raw.map(Math.floor);
    let rest = total - floors.reduce((a, b) => a + b, 0);
    const order = raw.map((r, i) => ({ i, frac: r - Math.floor(r) })).sort((a, b) => b.frac - a.frac);
    for (const { i } of order) {
        if (rest <= 0) break;
        floors[i]++;
        rest--;
    }
    return floors;
}

function percentToCounts(document: LangiumDocument, stats: Statistics, group: string, total: number): TextEdit[] {
    const entries: { node: AstNode & { count: string } }[] =
        group === 'gender' ? [] : group === 'category' ? stats.categories.map(node => ({ node })) : stats.ages.map(node => ({ node }));
    const edits: TextEdit[] = [];
    if (group === 'gender') {
        const cst = stats.$cstNode;
        if (!cst || stats.men === undefined || stats.women === undefined) return [];
        const leaves = [...CstUtils.streamCst(cst)].filter(n => n.astNode === stats);
        const men = leaves.find(n => n.text === stats.men && n.offset > (leaves.find(l => l.text.toLowerCase() === 'ерлер')?.offset ?? 0));
        const women = leaves.find(n => n.text === stats.women && n.offset > (leaves.find(l => l.text.toLowerCase() === 'әйелдер')?.offset ?? 0));
        if (!men || !women) return [];
        const counts = apportion([parseNumber(stats.men) ?? 0, parseNumber(stats.women) ?? 0], total);
        return [{ range: men.range, newText: numberText(counts[0]) }, { range: women.range, newText: numberText(counts[1]) }];
    }
    const counts = apportion(entries.map(e => parseNumber(e.node.count) ?? 0), total);
    entries.forEach((e, i) => {
        const leaf = [...CstUtils.streamCst(e.node.$cstNode!)].reverse().find(n => n.text === e.node.count);
        if (leaf) edits.push({ range: leaf.range, newText: numberText(counts[i]) });
    });
    return edits;
}

/** Numbers the tasks (or the activities of one task) 1, 2, 3 … in document order. */
function renumber(document: LangiumDocument, diagnostic: Diagnostic, scope: string | undefined): TextEdit[] {
    const file = document.parseResult.value as GrantFile;
    let items: (AstNode & { number?: string })[] = [];
    if (scope === 'activities') {
        const task = nodeAt<Task>(document, diagnostic, 'Task');
        items = task?.activities ?? [];
    } else {
        const project = nodeAt<Project>(document, diagnostic, 'Project') ?? file.projects[0];
        items = project?.tasks ?? [];
    }
    const edits: TextEdit[] = [];
    items.forEach((item, i) => {
        const want = String(i + 1);
        if (item.number === want) return;
        const cst = item.$cstNode;
        if (!cst) return;
        const keyword = CstUtils.findLeafNodeAtOffset(cst, cst.offset);
        if (item.number !== undefined) {
            const leaf = [...CstUtils.streamCst(cst)].find(n => n.astNode === item && n.text === item.number);
            if (leaf) edits.push({ range: leaf.range, newText: want });
        } else if (keyword) {
            edits.push({ range: { start: keyword.range.end, end: keyword.range.end }, newText: ` ${want}` });
        }
    });
    void AstUtils;
    return edits;
}
