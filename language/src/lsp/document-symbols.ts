/**
 * The outline: project → tasks → activities → indicators, named with their
 * numbers («1 …», «1.2 …»), plus the other blocks of the project. The
 * evaluated model gives the numbers (written or implied) and the roll-ups.
 */
import type { AstNode, LangiumDocument } from 'langium';
import type { DocumentSymbolProvider } from 'langium/lsp';
import { SymbolKind, type DocumentSymbol, type DocumentSymbolParams } from 'vscode-languageserver';
import type { GrantServices } from '../grant-module.js';
import type { GrantModelService } from '../model-service.js';
import type { EvalActivity, EvalIndicator, EvalProject } from '../model.js';
import { achieved } from '../model.js';
import { displayValue } from '../model.js';
import type { Council, Learning } from '../generated/ast.js';
import { narrativePlainText, type NarrativePiece } from '../narrative.js';
import { statusIcon } from './model-text.js';
import { ActivityParts } from './reused-answers.js';

/** A node of a broken file may lack its name (the parser recovered past it): then it gets no symbol. */
function symbol(node: AstNode, name: string | undefined, kind: SymbolKind, detail?: string, children?: DocumentSymbol[]): DocumentSymbol | undefined {
    const cst = node.$cstNode;
    if (!cst || !name?.trim()) return undefined;
    // The selection: the first line of the node (its keyword, number and title).
    const range = cst.range;
    const selectionRange = { start: range.start, end: range.start.line === range.end.line ? range.end : { line: range.start.line, character: range.start.character + 1 } };
    return { name: name.replace(/\s+/g, ' ').trim(), kind, detail, range, selectionRange, children };
}

function defined<T>(items: (T | undefined)[]): T[] {
    return items.filter((x): x is T => x !== undefined);
}

export function indicatorSymbol(ei: EvalIndicator): DocumentSymbol | undefined {
    const plan = ei.plan ? displayValue(ei.plan) : '—';
    const fact = ei.fact ? displayValue(ei.fact) : '—';
    return symbol(ei.node, ei.name, SymbolKind.Field, `${statusIcon(ei.verdict.status)} ${plan} → ${fact}`);
}

/** The account of a task or activity in the outline: «сипаттама» with its first words, and its tables. */
function narrativeSymbols(pieces: NarrativePiece[]): DocumentSymbol[] {
    return defined(pieces.map(p => {
        if (p.kind === 'learning') return learningSymbol(p.node);
        if (p.kind === 'council') return councilSymbol(p.node);
        const first = narrativePlainText(p.blocks).split('\n')[0] ?? '';
        const words = first.split(/\s+/).slice(0, 6).join(' ');
        return symbol(p.node, 'сипаттама', SymbolKind.String, words ? `${words}…` : undefined);
    }));
}

function learningSymbol(l: Learning): DocumentSymbol | undefined {
    return symbol(l, 'оқыту-нәтижелері', SymbolKind.Namespace, undefined, defined(l.items.map(i => symbol(i, i.name, SymbolKind.Field))));
}

function councilSymbol(c: Council): DocumentSymbol | undefined {
    return symbol(c, 'сараптамалық-кеңес', SymbolKind.Namespace, undefined, defined(c.members.map(m => symbol(m, m.name, SymbolKind.Constant, m.position))));
}

/** Children in document order. */
function inOrder(children: DocumentSymbol[]): DocumentSymbol[] {
    return children.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

/** An activity's symbol, taken again while it is the same reading (reused-answers.ts). */
const activityParts = new ActivityParts<DocumentSymbol | undefined>('symbols');

function activitySymbol(ea: EvalActivity, keyword: string): DocumentSymbol | undefined {
    const start = ea.node.$cstNode?.range.start;
    if (!start || ea.node.$type !== 'Activity') return freshActivitySymbol(ea, keyword);
    const { part, lines } = activityParts.get(ea, start, () => freshActivitySymbol(ea, keyword));
    return part && moved(part, lines);
}

/** A copy of `s` (the kept one is never handed out: callers add children), `lines` further down. */
function moved(s: DocumentSymbol, lines: number): DocumentSymbol {
    const range = (r: DocumentSymbol['range']) => lines
        ? { start: { line: r.start.line + lines, character: r.start.character }, end: { line: r.end.line + lines, character: r.end.character } }
        : r;
    return { name: s.name, kind: s.kind, detail: s.detail, range: range(s.range), selectionRange: range(s.selectionRange), children: s.children?.map(c => moved(c, lines)) };
}

function freshActivitySymbol(ea: EvalActivity, keyword: string): DocumentSymbol | undefined {
    const name = ea.label ? `${ea.label} ${ea.title}` : ea.title;
    const detail = ea.indicators.length ? `${achieved(ea.rollup)}/${ea.rollup.total}` : keyword;
    return symbol(ea.node, name, SymbolKind.Event, detail, inOrder([...defined(ea.indicators.map(indicatorSymbol)), ...narrativeSymbols(ea.narrative)]));
}

export function projectSymbols(project: EvalProject): DocumentSymbol | undefined {
    const children: (DocumentSymbol | undefined)[] = [];
    const node = project.node;
    for (const team of node.teams) {
        children.push(symbol(team, 'команда', SymbolKind.Namespace, undefined,
            defined(team.members.map(m => symbol(m, m.name, SymbolKind.Constant, m.position)))));
    }
    for (const task of project.tasks) {
        children.push(symbol(task.node, `${task.number}. ${task.title}`, SymbolKind.Class,
            task.rollup.total ? `${achieved(task.rollup)}/${task.rollup.total}` : undefined,
            inOrder([...defined(task.activities.map(a => activitySymbol(a, 'іс-шара'))), ...narrativeSymbols(task.narrative)])));
    }
    for (const iw of project.infoWorks) {
        const block = activitySymbol(iw.block, 'ақпараттық-жұмыс');
        if (block) block.children = [...(block.children ?? []), ...defined(iw.activities.map(a => activitySymbol(a, 'іс-шара')))];
        children.push(block);
    }
    for (const p of project.presentations) children.push(activitySymbol(p, 'презентация'));
    for (const block of node.impacts) {
        const indicators = project.impact.filter(i => i.node.$container === block);
        children.push(symbol(block, 'әсер', SymbolKind.Namespace, undefined, defined(indicators.map(indicatorSymbol))));
    }
    for (const s of node.statistics) children.push(symbol(s, 'статистика', SymbolKind.Namespace, s.total));
    for (const l of node.learning) children.push(learningSymbol(l));
    for (const c of node.councils) children.push(councilSymbol(c));
    for (const p of node.partners) children.push(symbol(p, p.name, SymbolKind.Object, 'серіктес'));
    for (const c of node.conclusions) children.push(symbol(c, 'қорытынды', SymbolKind.Namespace));
    for (const p of node.proposals) children.push(symbol(p, p.name, SymbolKind.Object, 'ұсыныс'));
    for (const r of node.recommendations) children.push(symbol(r, r.body, SymbolKind.Object, 'органға-ұсыныс'));
    // Document order, whatever the block.
    const sorted = defined(children).sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
    return symbol(node, project.name, SymbolKind.Module,
        project.rollup.total ? `${achieved(project.rollup)}/${project.rollup.total}` : undefined, sorted);
}

export class GrantDocumentSymbolProvider implements DocumentSymbolProvider {
    private readonly evaluator: GrantModelService;

    constructor(services: GrantServices) {
        this.evaluator = services.model.Evaluator;
    }

    getSymbols(document: LangiumDocument, _params: DocumentSymbolParams): DocumentSymbol[] {
        return defined(this.evaluator.get(document).projects.map(projectSymbols));
    }
}
