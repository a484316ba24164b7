/**
 * Hover: on an indicator, its plan against its fact as a table; on a task or
 * activity, its roll-up and the indicators not reached; on a keyword, what
 * that field of the official form means and where it goes in the report.
 */
import { CstUtils, GrammarAST, type AstNode, type LangiumDocument } from 'langium';
import type { HoverProvider } from 'langium/lsp';
import type { Hover, HoverParams } from 'vscode-languageserver';
import { isActivity, isIndicator, isInfoWork, isLearningItem, isNarrative, isPresentation, isProject, isPublications, isStatistics, isTask, isTeam, isValue, type Indicator } from '../generated/ast.js';
import type { GrantServices } from '../grant-module.js';
import type { GrantModelService } from '../model-service.js';
import { displayValue, isAchieved, isRunning, isShort, publicationMonths, teamCounts, type EvalActivity, type EvalIndicator, type EvalProject, type EvalTask } from '../model.js';
import { cell, learningMarkdown, publicationsMarkdown, statisticsMarkdown, teamMarkdown } from './hover-blocks.js';
import { t } from '../i18n.js';
import { keywordMarkdown } from './keyword-docs.js';
import { findActivity, findTask, percentOfPlan, statusIcon, statusText } from './model-text.js';

/** The keywords of a learning row: on them, the row's table comes first, then what the keyword means. */
const LEARNING_KEYWORDS = new Set(['бағыт', 'ұзақтығы', 'бастапқы', 'кейінгі', 'өсім']);

export class GrantHoverProvider implements HoverProvider {
    private readonly evaluator: GrantModelService;

    constructor(services: GrantServices) {
        this.evaluator = services.model.Evaluator;
    }

    getHoverContent(document: LangiumDocument, params: HoverParams): Hover | undefined {
        const root = document.parseResult.value.$cstNode;
        if (!root) return undefined;
        const offset = document.textDocument.offsetAt(params.position);
        const leaf = CstUtils.findLeafNodeAtOffset(root, offset);
        if (!leaf || leaf.hidden) return undefined;
        const markdown = this.contentFor(document, leaf.astNode, leaf.grammarSource);
        if (!markdown) return undefined;
        return {
            contents: { kind: 'markdown', value: markdown },
            range: leaf.range
        };
    }

    private contentFor(document: LangiumDocument, node: AstNode, source: AstNode | undefined): string | undefined {
        // A keyword written inside a value («(нәтиже …)») is part of the value, not a field.
        const keyword = GrammarAST.isKeyword(source) && !isValue(node) ? source.value : undefined;
        // Inside an indicator (its name, plan or fact, or «көрсеткіш»): the plan/fact table.
        const indicator = this.enclosing(node, isIndicator);
        if (indicator && (keyword === undefined || keyword === 'көрсеткіш')) {
            const ei = this.evaluator.get(document).indicatorOf.get(indicator);
            const table = ei ? this.indicatorMarkdown(ei) : undefined;
            return keyword ? this.joined(table, keywordMarkdown(keyword, node)) : table;
        }
        // Inside a learning row (its direction, results or growth): the results and their difference.
        const learning = this.enclosing(node, isLearningItem);
        if (learning && (keyword === undefined || LEARNING_KEYWORDS.has(keyword))) {
            const table = learningMarkdown(learning, this.evaluator.get(document).values);
            return keyword ? this.joined(table, keywordMarkdown(keyword, node)) : table;
        }
        // In a list of publications: the project's publications by month, against the two-a-month rule.
        const publications = this.enclosing(node, isPublications);
        if (publications) {
            const ep = this.projectAround(document, publications);
            const table = ep ? publicationsMarkdown(publicationMonths(ep)) : undefined;
            return keyword ? this.joined(table, keywordMarkdown(keyword, node)) : table;
        }
        // In the team: each kind named against Block IV's planned count.
        const team = this.enclosing(node, isTeam);
        if (team) {
            const ep = this.projectAround(document, team);
            const table = ep ? teamMarkdown(teamCounts(ep.node, ep)) : undefined;
            return keyword ? this.joined(table, keywordMarkdown(keyword, node)) : table;
        }
        // Inside the statistics, but for the grantee's own words: each group's sum against the total.
        const statistics = this.enclosing(node, isStatistics);
        if (statistics && !this.enclosing(node, isNarrative)) {
            const ep = this.evaluator.get(document).projects.find(p => p.statistics?.node === statistics);
            const table = ep?.statistics ? statisticsMarkdown(ep.statistics, ep) : undefined;
            return keyword ? this.joined(table, keywordMarkdown(keyword, node)) : table;
        }
        if (keyword !== undefined) {
            const doc = keywordMarkdown(keyword, node);
            // On «міндет» / «іс-шара» the roll-up comes first, then the keyword's meaning.
            if (isTask(node) && keyword === 'міндет') return this.joined(this.taskMarkdown(document, node), doc);
            if ((isActivity(node) || isPresentation(node) || isInfoWork(node))
                && (keyword === 'іс-шара' || keyword === 'презентация' || keyword === 'ақпараттық-жұмыс')) {
                return this.joined(this.activityMarkdown(document, node), doc);
            }
            return doc;
        }
        // On the number or title of a task or activity.
        if (isTask(node)) return this.taskMarkdown(document, node);
        if (isActivity(node) || isPresentation(node) || isInfoWork(node)) return this.activityMarkdown(document, node);
        return undefined;
    }

    /** The model's view first, then what the keyword means, divided by a rule. */
    private joined(first: string | undefined, then: string | undefined): string | undefined {
        if (!first) return then;
        if (!then) return first;
        return `${first}\n\n---\n\n${then}`;
    }

    /** The evaluated project a node stands in. */
    private projectAround(document: LangiumDocument, node: AstNode): EvalProject | undefined {
        const project = this.enclosing(node, isProject);
        return project && this.evaluator.get(document).projects.find(p => p.node === project);
    }

    private enclosing<T extends AstNode>(node: AstNode | undefined, guard: (n: AstNode) => n is T): T | undefined {
        for (let n = node; n; n = n.$container) if (guard(n)) return n;
        return undefined;
    }

    indicatorMarkdown(ei: EvalIndicator): string {
        const none = t('lsp.hover.none');
        const node: Indicator = ei.node;
        const status = ei.verdict.status;
        let statusCell = `${statusIcon(status)} ${statusText(status)}`;
        if (status === 'missing' && ei.plan && isRunning(ei)) statusCell += ` (${t('lsp.hover.periodRunning')})`;
        const rows: [string, string][] = [
            [t('lsp.hover.plan'), ei.plan ? cell(displayValue(ei.plan)) : none],
            [t('lsp.hover.fact'), ei.fact ? cell(displayValue(ei.fact)) : none],
            [t('lsp.hover.percent'), percentOfPlan(ei) ?? none],
            [t('lsp.hover.status'), statusCell]
        ];
        if (node.deviation !== undefined) rows.push([t('lsp.hover.justification'), cell(node.deviation)]);
        else if (isShort(status)) rows.push([t('lsp.hover.justification'), t('lsp.hover.notJustified')]);
        if (node.note !== undefined) rows.push([t('lsp.hover.note'), cell(node.note)]);
        const title = `**${t('lsp.hover.indicator')}:** ${cell(ei.name)}` + (ei.owner?.label ? ` (${ei.owner.label})` : '');
        const table = ['| | |', '|---|---|', ...rows.map(([k, v]) => `| ${k} | ${v} |`)].join('\n');
        return `${title}\n\n${table}`;
    }

    private rollupMarkdown(heading: string, indicators: EvalIndicator[]): string {
        const total = indicators.length;
        if (total === 0) return `${heading}\n\n${t('lsp.hover.noIndicators')}`;
        const ok = indicators.filter(i => isAchieved(i.verdict.status)).length;
        const lines = [heading, '', t('lsp.hover.rollup', { achieved: ok, total })];
        const notOk = indicators.filter(i => !isAchieved(i.verdict.status));
        if (notOk.length === 0) {
            lines.push('', t('lsp.hover.allAchieved'));
        } else {
            lines.push('', t('lsp.hover.notAchieved'));
            for (const i of notOk) {
                const pct = percentOfPlan(i);
                lines.push(`- ${statusIcon(i.verdict.status)} ${cell(i.name)} — ${statusText(i.verdict.status)}${pct ? ` (${pct})` : ''}`);
            }
        }
        return lines.join('\n');
    }

    taskMarkdown(document: LangiumDocument, node: AstNode): string | undefined {
        const task: EvalTask | undefined = findTask(this.evaluator.get(document), node);
        if (!task) return undefined;
        const heading = `**${t('lsp.hover.task', { n: task.number })}.** ${cell(task.title)}`;
        const indicators = task.activities.flatMap(a => a.indicators);
        return this.rollupMarkdown(heading, indicators);
    }

    activityMarkdown(document: LangiumDocument, node: AstNode): string | undefined {
        const activity: EvalActivity | undefined = findActivity(this.evaluator.get(document), node);
        if (!activity) return undefined;
        const heading = activity.label
            ? `**${t('lsp.hover.activity', { label: activity.label })}.** ${cell(activity.title)}`
            : `**${cell(activity.title)}**`;
        return this.rollupMarkdown(heading, activity.indicators);
    }
}
