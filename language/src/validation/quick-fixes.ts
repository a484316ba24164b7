/**
 * Quick fixes, keyed by the rule ID each diagnostic carries in `data.code`.
 * They edit only what the rule is about and never drop anything the user wrote.
 */
import { AstUtils, CstUtils, GrammarUtils, type AstNode, type LangiumDocument, type MaybePromise } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import type { CodeAction, CodeActionParams, Command, Diagnostic, TextEdit } from 'vscode-languageserver';
import { CodeActionKind } from 'vscode-languageserver';
import type { Conclusion, GrantFile, Indicator, Project, Statistics, Task } from '../generated/ast.js';
import { t } from '../i18n.js';
import { withoutControlChars } from '../control-chars.js';
import { REQUIRED_CLOSING, formatNumber, headerFieldState } from '../model.js';
import { lowerCase } from '../fast-case.js';
import { addMonths, formatDate, todayISO } from '../dates.js';
import { issueOf, type Issue, type RuleCode } from './codes.js';
import { recoveryFixes } from './recovery-fixes.js';

type Fix<C extends RuleCode> = (issue: Issue<C>, diagnostic: Diagnostic, document: LangiumDocument) => CodeAction[];

/** `ауытқу: ""` under the indicator; not for a value in the indicator's name (the user decides which is right). */
const addDeviationFix: Fix<'V-PF-02' | 'V-PF-03' | 'V-PF-04' | 'V-PF-05'> = (issue, diagnostic, document) => {
    if (issue.code === 'V-PF-05' && issue.embedded) return [];
    const fix = addDeviation(document, diagnostic);
    return fix ? [action(t('fix.addDeviation'), diagnostic, document, [fix], issue.code === 'V-PF-03' || issue.code === 'V-PF-04')] : [];
};

const statisticsFix: Fix<'V-SUM-01' | 'V-SUM-02' | 'V-SUM-03'> = (issue, diagnostic, document) => {
    const stats = nodeAt<Statistics>(document, diagnostic, 'Statistics');
    if (!stats) return [];
    const out: CodeAction[] = [];
    if (issue.percent && issue.total !== undefined && issue.group) {
        const edits = percentToCounts(document, stats, issue.group, issue.total, issue.counts ?? []);
        if (edits.length) out.push(action(t('fix.percentToCounts', { total: formatNumber(issue.total) }), diagnostic, document, edits, true));
    }
    if (issue.sum !== undefined) {
        const edit = setTotal(document, stats, issue.sum);
        if (edit) out.push(action(t('fix.setTotal', { sum: formatNumber(issue.sum) }), diagnostic, document, [edit], !issue.percent));
    }
    return out;
};

const renumberFix: Fix<'V-NUM-01' | 'V-NUM-02'> = (issue, diagnostic, document) => {
    const edits = renumber(document, diagnostic, issue.scope);
    // Never the preferred fix: the numbers are the contract's, and renumbering breaks the link to it.
    return edits.length ? [action(t('fix.renumber'), diagnostic, document, edits, false)] : [];
};

const replaceFix: Fix<'V-REG-01' | 'V-REQ-03' | 'V-KEY-01' | 'V-FMT-02' | 'V-FMT-03' | 'V-FMT-07' | 'V-SUM-09' | 'V-XREF-01' | 'V-XREF-03' | 'value'> = (issue, diagnostic, document) => {
    if (!issue.suggestion) return [];
    const range = diagnostic.range;
    const quoted = document.textDocument.getText(range).startsWith('"');
    const newText = quoted ? `"${issue.suggestion}"` : issue.suggestion;
    return [action(t('fix.replaceWith', { text: issue.suggestion }), diagnostic, document, [{ range, newText }], true)];
};

/** The quick fixes by rule code (codes.ts says what data each code's diagnostic carries). */
const FIXES: { [C in RuleCode]?: Fix<C> } = {
    'V-PF-01': (_issue, diagnostic, document) => {
        const fix = addFact(document, diagnostic);
        return fix ? [action(t('fix.addFact'), diagnostic, document, [fix], true)] : [];
    },
    'V-PF-02': addDeviationFix, 'V-PF-03': addDeviationFix, 'V-PF-04': addDeviationFix, 'V-PF-05': addDeviationFix,
    // A missing line: the line, first in its block — an empty place (a hint to fill) or today's date.
    'V-REQ-06': (_issue, diagnostic, document) => {
        const block = nodeAt<AstNode>(document, diagnostic, 'Activity') ?? nodeAt<AstNode>(document, diagnostic, 'Presentation');
        return addLineFix(document, diagnostic, block, 'орны: ""');
    },
    'V-REQ-08': (issue, diagnostic, document) => {
        const missing = issue.missing ?? [];
        if (!missing.length) return [];
        const lines = missing.map(key => `${key}: ""`);
        const block = nodeAt<Conclusion>(document, diagnostic, 'Conclusion');
        const edits = block
            ? inFormOrder(document, block, missing) ?? [beforeClosingBrace(document, block, lines)]
            : [beforeClosingBrace(document, nodeAt<Project>(document, diagnostic, 'Project'), ['қорытынды {', ...lines.map(l => `    ${l}`), '}'])];
        const written = edits.filter((e): e is TextEdit => e !== undefined);
        return written.length ? [action(t('fix.addClosing', { count: missing.length }), diagnostic, document, written, true)] : [];
    },
    'V-REQ-09': (_issue, diagnostic, document) =>
        addLineFix(document, diagnostic, nodeAt<Project>(document, diagnostic, 'Project'), `толтырылған-күні: ${formatDate(todayISO())}`),
    'V-REQ-01': (issue, diagnostic, document) => {
        const project = nodeAt<Project>(document, diagnostic, 'Project');
        if (!project || headerFieldState(project, issue.field) !== 'missing') return [];
        const value = issue.field === 'period' ? `${formatDate(todayISO())} - ${formatDate(addMonths(todayISO(), 6))}` : '""';
        return addLineFix(document, diagnostic, project, `${issue.keyword}: ${value}`);
    },
    'V-SUM-01': statisticsFix, 'V-SUM-02': statisticsFix, 'V-SUM-03': statisticsFix,
    'V-NUM-01': renumberFix, 'V-NUM-02': renumberFix,
    'V-REG-01': replaceFix, 'V-REQ-03': replaceFix, 'V-KEY-01': replaceFix, 'V-FMT-02': replaceFix, 'V-FMT-03': replaceFix, 'V-FMT-07': replaceFix, 'V-SUM-09': replaceFix, 'V-XREF-01': replaceFix, 'V-XREF-03': replaceFix, value: replaceFix,
    'V-FMT-08': (_issue, diagnostic, document) => {
        // Every such character of the file, not only this run: they are never wanted.
        const text = document.textDocument.getText();
        const end = document.textDocument.positionAt(text.length);
        return [action(t('fix.controlChars'), diagnostic, document, [{ range: { start: { line: 0, character: 0 }, end }, newText: withoutControlChars(text) }], true)];
    },
    'V-FMT-01': (_issue, diagnostic, document) => {
        const text = document.textDocument.getText();
        const end = document.textDocument.positionAt(text.length);
        return [action(t('fix.nfc'), diagnostic, document, [{ range: { start: { line: 0, character: 0 }, end }, newText: text.normalize('NFC') }], true)];
    }
};

function fixesFor<C extends RuleCode>(issue: Issue<C>, diagnostic: Diagnostic, document: LangiumDocument): CodeAction[] {
    const fix = FIXES[issue.code] as Fix<C> | undefined;
    return fix ? fix(issue, diagnostic, document) : [];
}

export class GrantCodeActionProvider implements CodeActionProvider {
    getCodeActions(document: LangiumDocument, params: CodeActionParams): MaybePromise<Array<Command | CodeAction> | undefined> {
        const actions: CodeAction[] = [];
        for (const diagnostic of params.context.diagnostics) {
            try {
                // What the line recovery reports (the lexer's codes): the keyword meant, quotes, a comment.
                const lexing = (diagnostic.data as { code?: unknown } | undefined)?.code ?? diagnostic.code;
                if (lexing === 'lexing-error' || lexing === 'lexing-warning' || lexing === 'parsing-error') {
                    recoveryFixes(document.textDocument, diagnostic).forEach((fix, i) => actions.push(action(fix.title, diagnostic, document, fix.edits, i === 0)));
                    continue;
                }
                const issue = issueOf(diagnostic);
                if (!issue) continue;
                for (const fix of fixesFor(issue, diagnostic, document)) actions.push(fix);
            } catch {
                // A fix that cannot be computed is simply not offered.
            }
        }
        return sameOnce(actions);
    }
}

/**
 * The same fix offered for two findings of one place (an unmet plan, V-PF-02, and its missing
 * justification, V-PF-03, both offer «Ауытқу негіздемесін қосу»): one entry in the menu, which
 * answers both, not the same line twice.
 */
function sameOnce(actions: CodeAction[]): CodeAction[] {
    const out: CodeAction[] = [];
    const first = new Map<string, CodeAction>();
    for (const a of actions) {
        const key = `${a.title}\u0000${JSON.stringify(a.edit)}`;
        const earlier = first.get(key);
        if (!earlier) {
            first.set(key, a);
            out.push(a);
            continue;
        }
        earlier.diagnostics = [...(earlier.diagnostics ?? []), ...(a.diagnostics ?? [])];
        earlier.isPreferred = earlier.isPreferred || a.isPreferred;
    }
    return out;
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

/** «орны: "" жолын қосу»: `line` first inside the block `node` (after its «{»), one step in. */
function addLineFix(document: LangiumDocument, diagnostic: Diagnostic, node: AstNode | undefined, line: string): CodeAction[] {
    const brace = node?.$cstNode && GrammarUtils.findNodeForKeyword(node.$cstNode, '{');
    if (!node?.$cstNode || !brace) return [];
    const indent = lineIndent(document, node.$cstNode.offset) + '    ';
    const pos = document.textDocument.positionAt(brace.end);
    return [action(t('fix.addLine', { line }), diagnostic, document, [{ range: { start: pos, end: pos }, newText: `\n${indent}${line}` }], true)];
}

/**
 * The missing closing sections where the form has them: each after the section before it in the
 * form's order that the block has (or first, after the «{»), so the file reads as the report
 * prints. Undefined for a block written on one line (`қорытынды { }`): that one is opened up.
 */
function inFormOrder(document: LangiumDocument, block: Conclusion, missing: readonly string[]): TextEdit[] | undefined {
    const cst = block.$cstNode;
    const open = cst && GrammarUtils.findNodeForKeyword(cst, '{');
    const close = cst && GrammarUtils.findNodesForKeyword(cst, '}').at(-1);
    if (!cst || !open || !close || open.range.start.line === close.range.start.line) return undefined;
    const inner = lineIndent(document, cst.offset) + '    ';
    const present = new Map<string, number>();
    for (const entry of block.entries) {
        if (entry.key !== undefined && entry.$cstNode) present.set(lowerCase(entry.key), entry.$cstNode.end);
    }
    const edits: TextEdit[] = [];
    let after = open.end;
    for (const key of REQUIRED_CLOSING) {
        const end = present.get(key);
        if (end !== undefined) {
            after = end;
        } else if (missing.includes(key)) {
            const at = document.textDocument.positionAt(after);
            edits.push({ range: { start: at, end: at }, newText: `\n${inner}${key}: ""` });
        }
    }
    return edits;
}

/**
 * Lines at the end of a block, before its closing brace, one level in from the block's own line
 * (a brace on a line of its own keeps its line; `{ }` on one line is opened up).
 */
function beforeClosingBrace(document: LangiumDocument, node: AstNode | undefined, lines: string[]): TextEdit | undefined {
    const braces = node?.$cstNode ? GrammarUtils.findNodesForKeyword(node.$cstNode, '}') : [];
    const brace = braces.at(-1);
    if (!node?.$cstNode || !brace) return undefined;
    const outer = lineIndent(document, node.$cstNode.offset);
    const inner = `${outer}    `;
    const text = document.textDocument.getText();
    const lineStart = text.lastIndexOf('\n', brace.offset - 1) + 1;
    const alone = /^[ \t]*$/.test(text.slice(lineStart, brace.offset));
    const body = lines.map(l => `${inner}${l}\n`).join('');
    if (alone) {
        const at = document.textDocument.positionAt(lineStart);
        return { range: { start: at, end: at }, newText: body };
    }
    // `қорытынды { }`: the spaces before the brace go with the new lines.
    let from = brace.offset;
    while (from > lineStart && (text[from - 1] === ' ' || text[from - 1] === '\t')) from--;
    const range = { start: document.textDocument.positionAt(from), end: document.textDocument.positionAt(brace.offset) };
    return { range, newText: `\n${body}${outer}` };
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

/** ` факт: ""` after the plan, for the user to fill in. */
function addFact(document: LangiumDocument, diagnostic: Diagnostic): TextEdit | undefined {
    const indicator = nodeAt<Indicator>(document, diagnostic, 'Indicator');
    if (!indicator || indicator.fact || !indicator.plan?.$cstNode) return undefined;
    const pos = document.textDocument.positionAt(indicator.plan.$cstNode.end);
    // An empty place to type the fact into, not a made-up 0 that would print as a real result.
    return { range: { start: pos, end: pos }, newText: '  факт: ""' };
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

/** The counts of the group (as the model read them, carried in the diagnostic) scaled from percentages to `total`. */
function percentToCounts(document: LangiumDocument, stats: Statistics, group: 'gender' | 'category' | 'age', total: number, percents: number[]): TextEdit[] {
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
        if (percents.length !== 2) return [];
        const counts = apportion(percents, total);
        return [{ range: men.range, newText: numberText(counts[0]) }, { range: women.range, newText: numberText(counts[1]) }];
    }
    if (percents.length !== entries.length) return [];
    const counts = apportion(percents, total);
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
