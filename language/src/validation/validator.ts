/**
 * The rules of DOMAIN.md §3 on the evaluated model. Each check is registered
 * per AST type; all of them read the one model evaluated per document version
 * (`services.model.Evaluator`), so validation costs little more than parsing.
 * Every diagnostic carries its rule ID as `code` and in `data.code`, which is
 * what the quick fixes are keyed by.
 */
import {
    AstUtils, CstUtils, GrammarAST, GrammarUtils, UriUtils, isCompositeCstNode, type AstNode, type CstNode, type LangiumDocument, type ValidationAcceptor,
    type ValidationChecks
} from 'langium';
import type {
    Activity, Conclusion, DateRange, GrantAstType, GrantFile, Indicator, InfoWork, Partner, Presentation, Project,
    Publication, Recommendation, Statistics, TeamMember, Value
} from '../generated/ast.js';
import type { Position } from 'vscode-languageserver';
import type { GrantServices } from '../grant-module.js';
import type { GrantModelService } from '../model-service.js';
import { getLanguage, t, type MessageKey, type Params } from '../i18n.js';
import { type EvalActivity, type EvalIndicator, type EvalProject, type EvaluatedFile } from '../model.js';
import { displayValue, formatNumber, formatPercent, nameValueConflict, parseNumber, type ParsedValue, type ValueIssue } from '../values.js';
import { badPhones, groupDigits, unbalancedGuillemet } from './text-rules.js';
import { checkImportNotes } from './import-notes.js';
import { formatDate, monthsOf, parseDatePoint, type ISODate } from '../dates.js';
import categories from '../../../templates/categories.json' with { type: 'json' };
import vocabulary from '../../../templates/vocabulary.json' with { type: 'json' };
import { closest, foldForMatch, misspellings, surelyNfc, type Span } from '../text-utils.js';

export type Severity = 'error' | 'warning' | 'info' | 'hint';

export interface IssueData {
    code: string;
    [key: string]: unknown;
}

const CATEGORY_KEYS = categories.socialCategories.map(c => c.grantKey);
const AGE_KEYS = categories.ageBrackets.map(a => a.grantKey);
const REGIONS: string[] = vocabulary.regions.map(r => r.kk);
const PRIORITIES: string[] = vocabulary.priorityDirections.items.map(i => i.kk);

export function registerValidationChecks(services: GrantServices): void {
    const registry = services.validation.ValidationRegistry;
    const validator = services.validation.GrantValidator;
    const checks: ValidationChecks<GrantAstType> = {
        GrantFile: [validator.checkFile, validator.checkNumberFormats],
        Project: [validator.checkHeader, validator.checkNumbering, validator.checkProjectRules, validator.checkProjectWriting],
        Indicator: validator.checkIndicator,
        Activity: [validator.checkActivity, validator.checkEvidence, validator.checkActivityWriting],
        Presentation: validator.checkActivity,
        InfoWork: validator.checkInfoWork,
        Publication: [validator.checkPublication, validator.checkPublicationWriting],
        Partner: validator.checkPartnerWriting,
        TeamMember: validator.checkTeamMemberWriting,
        Statistics: validator.checkStatistics,
        Conclusion: validator.checkConclusion,
        Recommendation: validator.checkRecommendation,
        Value: validator.checkValue,
        DateRange: validator.checkDateRange
    };
    registry.register(checks, validator);
    registry.register({ GrantFile: (file: GrantFile, accept: ValidationAcceptor) => checkImportNotes(file, accept, getLanguage) });
}

export class GrantValidator {
    private evaluator?: GrantModelService;

    constructor(private readonly services: GrantServices) {}

    private model(node: AstNode): EvaluatedFile {
        // The service is looked up once: every lookup through the injector's proxies costs.
        this.evaluator ??= this.services.model.Evaluator;
        return this.evaluator.get(AstUtils.getDocument(node));
    }

    private projectOf(node: AstNode): EvalProject | undefined {
        const project = AstUtils.getContainerOfType(node, isProjectNode);
        return project ? this.model(node).projectOf.get(project) : undefined;
    }

    private report(accept: ValidationAcceptor, severity: Severity, code: string, key: MessageKey, params: Params,
        where: { node: AstNode; property?: string; range?: { start: number; end: number } }, data: Record<string, unknown> = {}): void {
        const info: Parameters<ValidationAcceptor>[2] = { node: where.node, code, data: { code, ...data } satisfies IssueData };
        if (where.property) {
            (info as { property?: string }).property = where.property;
            // The range Langium would find for the property, without its per-call arrays.
            const cst = where.node.$cstNode;
            if (cst && !where.range) info.range = (propertyNode(cst, where.property, where.node, true) ?? cst).range;
        }
        if (where.range) {
            info.range = { start: positionAt(where.node, where.range.start), end: positionAt(where.node, where.range.end) };
        }
        accept(severity, t(key, params), info);
    }

    // -----------------------------------------------------------------------
    // Whole file: text hygiene

    checkFile = (file: GrantFile, accept: ValidationAcceptor): void => {
        const doc = AstUtils.getDocument(file);
        const text = doc.textDocument.getText();
        // Most files hold only characters that are NFC alone and next to one another: no copy to compare.
        if (surelyNfc(text)) return;
        const nfc = text.normalize('NFC');
        if (nfc !== text) {
            // Report the first decomposed run; the quick fix normalises the whole file.
            const m = /[\p{L}][\p{M}]+/u.exec(text);
            const start = m ? m.index : 0;
            this.report(accept, 'warning', 'V-FMT-01', 'V-FMT-01', {}, { node: file, range: { start, end: start + (m ? m[0].length : 1) } });
        }
    };

    // -----------------------------------------------------------------------
    // Header (DOMAIN §3 E: V-REQ-01..03, territory)

    checkHeader = (project: Project, accept: ValidationAcceptor): void => {
        const ep = this.projectOf(project);
        const hasFacts = ep?.indicators.some(i => i.fact) ?? false;
        const required: [keyof Project, string, MessageKey][] = [
            ['grantee', 'гранталушы', 'field.grantee'],
            ['topic', 'тақырып', 'field.topic'],
            ['period', 'кезең', 'field.period'],
            ['head', 'жетекші', 'field.head'],
            ['sum', 'сома', 'field.sum']
        ];
        // While the file has syntax errors a field may only look missing: say nothing about it yet.
        const broken = AstUtils.getDocument(project).parseResult.parserErrors.length > 0;
        for (const [prop, keyword, label] of required) {
            if (project[prop] === undefined && !broken) {
                // The plan (Appendix 3) has no grant sum: only the report needs it.
                const severity: Severity = prop === 'sum' && !hasFacts ? 'warning' : 'error';
                this.report(accept, severity, 'V-REQ-01', 'V-REQ-01', { field: t(label), keyword },
                    { node: project, property: 'name' }, { field: prop, keyword });
            }
        }
        for (const [prop, label] of [['grantee', 'field.grantee'], ['topic', 'field.topic'], ['priority', 'field.priority']] as const) {
            const value = project[prop];
            if (!value) continue;
            const v = value.trim();
            const where = { node: project, property: prop };
            if (/^[«"“].*[»"”]$/su.test(v) && !/[«"“]/u.test(v.slice(1, -1).replace(/«[^»]*»/gu, ''))) {
                this.report(accept, 'warning', 'V-REQ-02', 'V-REQ-02.quotes', { field: t(label) }, where);
            } else if (/[.]$/u.test(v)) {
                this.report(accept, 'warning', 'V-REQ-02', 'V-REQ-02.dot', { field: t(label) }, where);
            } else {
                const first = v.replace(/^[«"“\s]+/u, '')[0];
                if (first && first.toLowerCase() === first && first.toUpperCase() !== first && prop !== 'priority') {
                    this.report(accept, 'warning', 'V-REQ-02', 'V-REQ-02.capital', { field: t(label) }, where);
                }
            }
        }
        if (project.priority) {
            const folded = foldForMatch(project.priority.replace(/[.;]$/u, ''));
            if (!PRIORITIES.some(p => foldForMatch(p) === folded)) {
                const suggestion = closest(project.priority, PRIORITIES);
                if (suggestion) {
                    this.report(accept, 'warning', 'V-REQ-03', 'V-REQ-03', { suggestion }, { node: project, property: 'priority' }, { suggestion });
                } else {
                    this.report(accept, 'warning', 'V-REQ-03', 'V-REQ-03.none', { list: PRIORITIES.length }, { node: project, property: 'priority' });
                }
            }
        }
        if (project.territory) {
            const folded = foldForMatch(project.territory);
            const known = REGIONS.some(r => folded.includes(foldForMatch(r))) || folded.includes('қазақстан') || folded.includes('республика');
            if (!known) {
                const suggestion = closest(project.territory, REGIONS);
                if (suggestion) {
                    this.report(accept, 'warning', 'V-REG-01', 'V-REG-01', { text: project.territory, suggestion },
                        { node: project, property: 'territory' }, { suggestion });
                }
            }
        }
        this.checkDuplicateFields(project, accept);
        if (hasFacts && !project.fillDate) {
            this.report(accept, 'warning', 'V-REQ-09', 'V-REQ-09', {}, { node: project, property: 'name' });
        }
        if (ep?.period?.period && ep.period.period.start > ep.period.period.end && project.period) {
            this.report(accept, 'error', 'V-DATE-01', 'V-DATE-01',
                { start: formatDate(ep.period.period.start), end: formatDate(ep.period.period.end) }, { node: project.period });
        }
    };

    /** A header field written twice: the parser keeps the last one. */
    private checkDuplicateFields(project: Project, accept: ValidationAcceptor): void {
        const singles = ['гранталушы', 'тақырып', 'басым-бағыт', 'мақсат', 'аумақ', 'мақсатты-топ', 'кезең', 'сома', 'жетекші', 'есеп-күні', 'беттер', 'толтырылған-күні'];
        const cst = project.$cstNode;
        if (!cst) return;
        const seen = new Set<string>();
        for (const child of (cst as { content?: { text: string; grammarSource?: unknown; offset: number; end: number }[] }).content ?? []) {
            // Only keyword tokens: the text of a composite child (a whole task) is never one keyword.
            if (!GrammarAST.isKeyword(child.grammarSource)) continue;
            const word = child.text.toLowerCase();
            if (!singles.includes(word)) continue;
            if (seen.has(word)) {
                this.report(accept, 'warning', 'V-DUP', 'V-DUP', { keyword: word }, { node: project, range: { start: child.offset, end: child.end } });
            }
            seen.add(word);
        }
    }

    // -----------------------------------------------------------------------
    // Task and activity numbers (structure)

    checkNumbering = (project: Project, accept: ValidationAcceptor): void => {
        const ep = this.projectOf(project);
        if (!ep) return;
        const check = (items: { number: number; numberWritten: boolean; node: AstNode }[], what: MessageKey, scope: string) => {
            const written = items.filter(i => i.numberWritten);
            if (written.length === 0) return;
            const seen = new Set<number>();
            items.forEach((item, index) => {
                if (!item.numberWritten) return;
                if (seen.has(item.number)) {
                    this.report(accept, 'warning', 'V-NUM-01', 'V-NUM-01', { what: t(what), n: item.number },
                        { node: item.node, property: 'number' }, { scope });
                } else if (item.number !== index + 1) {
                    this.report(accept, 'warning', 'V-NUM-02', 'V-NUM-02', { what: t(what), n: item.number, expected: index + 1 },
                        { node: item.node, property: 'number' }, { scope });
                }
                seen.add(item.number);
            });
        };
        check(ep.tasks, 'what.task', 'tasks');
        for (const task of ep.tasks) check(task.activities, 'what.activity', 'activities');
    };

    // -----------------------------------------------------------------------
    // Plan against fact (V-PF-01…07, V-SUM-12, V-REQ-05)

    checkIndicator = (indicator: Indicator, accept: ValidationAcceptor): void => {
        const ei = this.model(indicator).indicatorOf.get(indicator);
        if (!ei) return;
        this.checkStrings(indicator, ['name', 'deviation'], accept, { spelling: true });
        const { plan, fact, verdict } = ei;
        if (!indicator.plan) {
            this.report(accept, indicator.fact ? 'warning' : 'error', 'V-REQ-05', 'V-REQ-05', { name: ei.name }, { node: indicator, property: 'name' });
            return;
        }
        if (!plan || plan.errors.length) return; // reported by checkValue
        this.checkNameValue(indicator, ei.name, plan, accept);
        const ep = this.projectOf(indicator);
        if (!fact) {
            if (ei.periodOver && indicator.fact === undefined && ep && isReportStage(ep)) {
                const end = ei.owner?.period?.period?.end ?? ep?.period?.period?.end;
                this.report(accept, 'warning', 'V-PF-01', 'V-PF-01.missing', { name: ei.name, end: end ? formatDate(end) : '' },
                    { node: indicator, property: 'name' });
            }
            return;
        }
        if (fact.errors.length) return;
        if (verdict.status === 'met' && !verdict.unitMismatch && !verdict.subpartMissing && !plan.isMoney && !fact.isMoney) {
            // Most indicators: nothing to say but whole persons; no texts to prepare.
            this.checkWholePersons(fact, indicator, accept);
            return;
        }
        const planText = displayValue(plan);
        const factText = displayValue(fact);
        const pct = verdict.ratio !== undefined ? formatPercent(verdict.ratio) : '—';
        const factWhere = { node: indicator.fact!, };
        const justified = !!ei.deviation?.trim();

        if (verdict.unitMismatch) {
            if (plan.isPercent !== fact.isPercent) {
                this.report(accept, 'warning', 'V-PF-05', 'V-PF-05.percent', { plan: planText, fact: factText }, factWhere);
            } else {
                this.report(accept, 'warning', 'V-PF-05', 'V-PF-05.unit',
                    { planUnit: verdict.unitMismatch.plan ?? t('unit.none'), factUnit: verdict.unitMismatch.fact ?? t('unit.none') }, factWhere);
            }
        }
        if (verdict.subpartMissing) {
            const sub = plan.ofWhich.map(s => formatNumber(s.n)).join(', ') || (plan.covers ? formatNumber(plan.covers.n) : '');
            this.report(accept, 'warning', 'V-PF-06', 'V-PF-06', { sub }, factWhere);
        }
        if (plan.isMoney || fact.isMoney) {
            if (verdict.status === 'deviation' && !justified) {
                this.report(accept, 'warning', 'V-PF-04', 'V-PF-04.under',
                    { plan: planText, fact: factText, delta: formatNumber(Math.abs(verdict.moneyDelta ?? 0)), pct }, factWhere,
                    { indicator: ei.name });
            } else if (verdict.status === 'unmet') {
                this.report(accept, 'error', 'V-PF-04', 'V-PF-04.over',
                    { plan: planText, fact: factText, delta: formatNumber(Math.abs(verdict.moneyDelta ?? 0)) }, factWhere);
            }
            this.checkAgainstGrantSum(ei, ep, accept);
            return;
        }
        switch (verdict.status) {
            case 'unmet': {
                const end = ei.owner?.period?.period?.end ?? ep?.period?.period?.end;
                if (justified) {
                    this.report(accept, 'info', 'V-PF-02', 'V-PF-02.justified', { plan: planText, fact: factText, pct }, factWhere);
                } else if (ei.periodOver) {
                    this.report(accept, 'error', 'V-PF-02', 'V-PF-02.unmet', { plan: planText, fact: factText, pct }, factWhere);
                    this.report(accept, 'warning', 'V-PF-03', 'V-PF-03.indicator', { name: ei.name }, { node: indicator, property: 'name' });
                } else {
                    this.report(accept, 'warning', 'V-PF-02', 'V-PF-02.running',
                        { plan: planText, fact: factText, pct, end: end ? formatDate(end) : '' }, factWhere);
                }
                break;
            }
            case 'over':
                this.report(accept, 'info', 'V-PF-07', 'V-PF-07', { plan: planText, fact: factText, pct }, factWhere);
                break;
            case 'unverifiable':
                if (verdict.reason === 'per-unknown' && plan.per) {
                    this.report(accept, 'info', 'V-SUM-12', 'V-SUM-12', { per: plan.per.raw, fact: factText }, factWhere);
                }
                break;
        }
        this.checkWholePersons(fact, indicator, accept);
    };

    /** Persons are counted in whole numbers (V-SUM-04). */
    private checkWholePersons(fact: ParsedValue, indicator: Indicator, accept: ValidationAcceptor): void {
        for (const p of fact.parts) {
            if (p.unit === 'адам' && !Number.isInteger(p.n)) {
                this.report(accept, 'error', 'V-SUM-04', 'V-SUM-04', { value: formatNumber(p.n) }, { node: indicator.fact! });
            }
        }
    }

    /** V-XREF-04: a money row cannot exceed the grant sum. */
    private checkAgainstGrantSum(ei: EvalIndicator, ep: EvalProject | undefined, accept: ValidationAcceptor): void {
        const sum = ep?.sum?.parts[0]?.n;
        const fact = ei.fact?.parts[0]?.n;
        if (sum !== undefined && fact !== undefined && fact > sum && ei.node.fact) {
            this.report(accept, 'warning', 'V-XREF-04', 'V-XREF-04', { name: ei.name, fact: formatNumber(fact), sum: formatNumber(sum) }, { node: ei.node.fact });
        }
    }

    // -----------------------------------------------------------------------
    // Activities (V-PF-01, V-PF-08, V-PF-10, V-REQ-06, V-REQ-07, V-DATE-02, V-SUM-04)

    checkActivity = (activity: Activity | Presentation, accept: ValidationAcceptor): void => {
        const ep = this.projectOf(activity);
        if (!ep) return;
        const ea = this.model(activity).activityOf.get(activity);
        if (!ea) return;
        const isReport = isReportStage(ep);
        if (activity.indicators.length === 0) {
            this.report(accept, 'warning', 'V-PF-01', 'V-PF-01.noIndicators', {}, { node: activity, property: 'title' });
        }
        if (activity.$type === 'Activity' && !activity.place && !activity.channel && !AstUtils.getContainerOfType(activity, (n): n is InfoWork => n.$type === 'InfoWork')) {
            this.report(accept, 'warning', 'V-REQ-06', 'V-REQ-06', {}, { node: activity, property: 'title' });
        }
        if (activity.$type === 'Presentation' && !activity.place && !activity.channel) {
            this.report(accept, 'warning', 'V-REQ-06', 'V-REQ-06', {}, { node: activity, property: 'title' });
        }
        if (isReport && activity.$type === 'Activity' && activity.appendix === undefined && ea.task) {
            this.report(accept, 'warning', 'V-REQ-07', 'V-REQ-07', {}, { node: activity, property: 'title' });
        }
        this.checkCompleteness(ea, accept);
        this.checkParticipants(ea, accept);
        this.checkActivityPeriod(ea, ep, accept);
    };

    /**
     * `дәлел:` — the evidence folder or file. It must stay inside the project folder
     * (no absolute paths, no «..»); on a real file system it should exist.
     */
    checkEvidence = (activity: Activity, accept: ValidationAcceptor): Promise<void> | void => {
        // Synchronous unless the file system has to be asked (the validator awaits only promises).
        const path = activity.evidence?.trim();
        if (activity.evidence === undefined) return;
        const where = { node: activity, property: 'evidence' };
        if (!path || isOutsidePath(path)) {
            this.report(accept, 'error', 'V-PATH-01', 'V-PATH-01', { path: activity.evidence }, where);
            return;
        }
        const doc = AstUtils.getDocument(activity);
        if (doc.uri.scheme !== 'file') return;
        return this.checkEvidenceExists(doc, path, accept, where);
    };

    private async checkEvidenceExists(doc: LangiumDocument, path: string, accept: ValidationAcceptor, where: { node: AstNode; property: string }): Promise<void> {
        const target = UriUtils.joinPath(UriUtils.dirname(doc.uri), ...path.split(/[\\/]+/u).filter(Boolean));
        let exists = false;
        try {
            exists = await this.services.shared.workspace.FileSystemProvider.exists(target);
        } catch {
            return; // no file system to ask (browser): say nothing
        }
        if (!exists) this.report(accept, 'warning', 'V-PATH-02', 'V-PATH-02', { path }, where);
    }

    checkInfoWork = (block: InfoWork, accept: ValidationAcceptor): void => {
        const ep = this.projectOf(block);
        const iw = ep?.infoWorks.find(i => i.block.node === block); // few blocks per project
        if (!ep || !iw) return;
        this.checkActivityPeriod(iw.block, ep, accept);
        // V-SUM-10: listed publications against the fact of the posts indicator.
        const listed = iw.publications.length;
        if (listed > 0) {
            const posts = iw.block.indicators.find(i => /пост|мақала|жарияланым/iu.test(i.name) && i.fact && i.fact.parts.length === 1);
            const fact = posts?.fact?.parts[0]?.n;
            if (posts && fact !== undefined && fact !== listed && posts.node.fact) {
                this.report(accept, 'warning', 'V-SUM-10', 'V-SUM-10', { listed, name: posts.name, fact: formatNumber(fact) }, { node: posts.node.fact });
            }
        }
    };

    private checkCompleteness(ea: EvalActivity, accept: ValidationAcceptor): void {
        const node = ea.node;
        if (!('completeness' in node) || !node.completeness || !/100\s*%/u.test(node.completeness)) return;
        const failing = ea.indicators.filter(i => i.verdict.status === 'unmet' || i.verdict.status === 'missing').length;
        if (ea.indicators.length === 0) {
            this.report(accept, 'warning', 'V-PF-08', 'V-PF-08.noIndicators', {}, { node, property: 'completeness' });
        } else if (failing > 0) {
            this.report(accept, 'warning', 'V-PF-08', 'V-PF-08.unmet', { count: failing }, { node, property: 'completeness' });
        }
    }

    private checkParticipants(ea: EvalActivity, accept: ValidationAcceptor): void {
        const node = ea.node;
        if (!('participants' in node)) return;
        for (const g of node.participants) {
            const n = parseNumber(g.count);
            if (n !== undefined && !Number.isInteger(n)) {
                this.report(accept, 'error', 'V-SUM-04', 'V-SUM-04', { value: g.count }, { node: g, property: 'count' });
            }
        }
        if (node.participants.length === 0) return;
        // V-PF-10: the participants count against the «Қатысушылар саны» fact.
        const counter = ea.indicators.find(i => /^қатысушылар\s+саны$/iu.test(i.name.trim()) && i.fact && i.fact.parts.length === 1);
        const fact = counter?.fact?.parts[0]?.n;
        if (counter && fact !== undefined && counter.node.fact) {
            const groups = node.participants.map(g => parseNumber(g.count) ?? 0);
            const total = groups.reduce((a, b) => a + b, 0);
            if (fact !== total && !groups.includes(fact)) {
                this.report(accept, 'warning', 'V-PF-10', 'V-PF-10', { count: formatNumber(total), name: counter.name, fact: formatNumber(fact) }, { node: counter.node.fact });
            }
        }
    }

    private checkActivityPeriod(ea: EvalActivity, ep: EvalProject, accept: ValidationAcceptor): void {
        const period = ea.period?.period;
        const project = ep.period?.period;
        if (!period || !project || !ea.period) return;
        if (period.start > period.end) {
            this.report(accept, 'error', 'V-DATE-01', 'V-DATE-01', { start: formatDate(period.start), end: formatDate(period.end) }, { node: ea.period.node });
        } else if (period.start < project.start || period.end > project.end) {
            this.report(accept, 'error', 'V-DATE-02', 'V-DATE-02', {
                start: formatDate(period.start), end: formatDate(period.end),
                pstart: formatDate(project.start), pend: formatDate(project.end)
            }, { node: ea.period.node });
        }
    }

    // -----------------------------------------------------------------------
    // Publications (V-DATE-03, V-MEDIA-01/02)

    checkPublication = (publication: Publication, accept: ValidationAcceptor): void => {
        const ep = this.projectOf(publication);
        if (!publication.outlet?.trim() || !publication.title?.trim()) {
            this.report(accept, 'error', 'V-MEDIA-02', 'V-MEDIA-02', {}, { node: publication });
        }
        const date = this.model(publication).publicationOf.get(publication)?.date;
        if (!date) {
            this.report(accept, 'error', 'value', 'value.bad-date', { text: publication.date }, { node: publication, property: 'date' });
            return;
        }
        const period = ep?.period?.period;
        if (!ep || !period) return;
        const last = ep.reportDate > period.end ? ep.reportDate : period.end;
        if (date < period.start || date > last) {
            this.report(accept, 'warning', 'V-DATE-03', 'V-DATE-03',
                { date: formatDate(date), pstart: formatDate(period.start), pend: formatDate(last) }, { node: publication, property: 'date' });
        }
    };

    // -----------------------------------------------------------------------
    // Statistics (V-SUM-01…04, V-XSTAT-01)

    checkStatistics = (stats: Statistics, accept: ValidationAcceptor): void => {
        const ep = this.projectOf(stats);
        const es = ep?.statistics;
        if (!es || es.node !== stats) return;
        const total = es.total;
        const pctNote = (values: number[]) => (values.reduce((a, b) => a + b, 0) === 100 && total !== 100 ? t('V-SUM.percent') : '');
        for (const [value, prop] of [[es.total, 'total'], [es.men, 'men'], [es.women, 'women']] as const) {
            if (value !== undefined && !Number.isInteger(value)) {
                this.report(accept, 'error', 'V-SUM-04', 'V-SUM-04', { value: formatNumber(value) }, { node: stats, property: prop });
            }
        }
        if (total !== undefined && es.men !== undefined && es.women !== undefined && es.men + es.women !== total) {
            const sum = es.men + es.women;
            const msg = t('V-SUM-01', { men: formatNumber(es.men), women: formatNumber(es.women), sum: formatNumber(sum), total: formatNumber(total) }) + pctNote([es.men, es.women]);
            accept('error', msg, { node: stats, property: 'total', code: 'V-SUM-01', data: { code: 'V-SUM-01', sum, total, group: 'gender', percent: sum === 100 } });
        }
        const group = (entries: { key: string; count?: number; node: AstNode }[], known: string[], code: 'V-SUM-02' | 'V-SUM-03', groupName: string) => {
            for (const e of entries) {
                if (e.count !== undefined && !Number.isInteger(e.count)) {
                    this.report(accept, 'error', 'V-SUM-04', 'V-SUM-04', { value: formatNumber(e.count) }, { node: e.node, property: 'count' });
                }
                if (e.key !== undefined && !known.includes(e.key)) {
                    const suggestion = closest(e.key, known) ?? known[0];
                    this.report(accept, 'error', 'V-KEY-01', 'V-KEY-01', { text: e.key, suggestion, list: known.join(', ') },
                        { node: e.node, property: code === 'V-SUM-02' ? 'key' : undefined }, { suggestion });
                }
            }
            if (total === undefined || entries.length === 0) return;
            const values = entries.map(e => e.count ?? 0);
            const sum = values.reduce((a, b) => a + b, 0);
            if (sum !== total) {
                const msg = t(code, { sum: formatNumber(sum), total: formatNumber(total) }) + pctNote(values);
                accept('error', msg, { node: stats, property: 'total', code, data: { code, sum, total, group: groupName, percent: sum === 100 } });
            }
        };
        group(es.categories, CATEGORY_KEYS, 'V-SUM-02', 'category');
        group(es.ages.map(a => ({ key: a.key, count: a.count, node: a.node })), AGE_KEYS, 'V-SUM-03', 'age');
        if (es.ages.length > 0) {
            const present = new Set(es.ages.map(a => a.key));
            const missing = AGE_KEYS.filter(k => !present.has(k));
            if (missing.length) {
                const keyword = GrammarUtils.findNodeForKeyword(stats.$cstNode, 'жасы');
                this.report(accept, 'warning', 'V-SUM-03', 'V-SUM-03.missing', { missing: missing.join(', ') },
                    { node: stats, range: keyword ? { start: keyword.offset, end: keyword.end } : undefined });
            }
        }
        // V-XSTAT-01: pupils of 13–16 are children.
        const teens = es.ages.find(a => a.key === '13-16')?.count;
        const children = es.categories.find(c => c.key === 'балалар')?.count;
        if (teens !== undefined && children !== undefined && children < teens) {
            const node = es.categories.find(c => c.key === 'балалар')!.node;
            this.report(accept, 'warning', 'V-XSTAT-01', 'V-XSTAT-01', { age: formatNumber(teens), children: formatNumber(children) }, { node, property: 'count' });
        }
        // V-SUM-11: statistics total against the direct beneficiaries.
        const direct = ep.impact.find(i => /тікелей\s+бенефициар/iu.test(i.name))?.fact?.parts[0]?.n;
        if (total !== undefined && direct !== undefined && direct !== total) {
            this.report(accept, 'warning', 'V-SUM-11', 'V-SUM-11', { total: formatNumber(total), direct: formatNumber(direct) }, { node: stats, property: 'total' });
        }
    };

    // -----------------------------------------------------------------------
    // Project-wide rules (V-PF-03 project claim, V-MEDIA-01, V-REQ-12)

    checkProjectRules = (project: Project, accept: ValidationAcceptor): void => {
        const ep = this.projectOf(project);
        if (!ep) return;
        // V-MEDIA-01: ≥ 2 publications in every month of the period that is over by the report date.
        const pubs = ep.infoWorks.flatMap(i => i.publications).filter(p => p.date);
        const period = ep.period?.period;
        if (pubs.length > 0 && period) {
            const perMonth = new Map<string, number>();
            for (const p of pubs) perMonth.set(p.date!.slice(0, 7), (perMonth.get(p.date!.slice(0, 7)) ?? 0) + 1);
            const reportMonth = ep.reportDate.slice(0, 7);
            const short = monthsOf(period).filter(m => m <= reportMonth && (perMonth.get(m) ?? 0) < 2);
            if (short.length) {
                const names = short.map(m => `${monthName(m)} (${perMonth.get(m) ?? 0})`).join(', ');
                const block = ep.infoWorks.find(i => i.publications.length)?.block.node ?? project;
                this.report(accept, 'warning', 'V-MEDIA-01', 'V-MEDIA-01', { months: names }, { node: block, property: 'title' });
            }
        }
        // V-REQ-12: partners listed against the Block IV partner count.
        if (project.partners.length > 0) {
            const row = ep.impact.find(i => /серіктес/iu.test(i.name) && i.fact && i.fact.parts.length === 1);
            const fact = row?.fact?.parts[0]?.n;
            if (row && fact !== undefined && fact !== project.partners.length && row.node.fact) {
                this.report(accept, 'warning', 'V-REQ-12', 'V-REQ-12', { listed: project.partners.length, name: row.name, fact: formatNumber(fact) }, { node: row.node.fact });
            }
        }
    };

    checkConclusion = (conclusion: Conclusion, accept: ValidationAcceptor): void => {
        const ep = this.projectOf(conclusion);
        if (!ep) return;
        for (const entry of conclusion.entries) {
            if (entry.key?.toLowerCase() !== 'ауытқу' || !entry.text) continue;
            if (!/ауытқу(лар)?\s+(жоқ|анықталған\s+жоқ|болған\s+жоқ)|жоспарға\s+сай\s+орындалды|отклонений\s+нет/iu.test(entry.text)) continue;
            const deviating = ep.indicators.filter(i => i.verdict.status === 'unmet' || i.verdict.status === 'deviation' || i.verdict.unitMismatch);
            if (deviating.length) {
                const list = deviating.slice(0, 4).map(i => `«${i.name}»`).join(', ') + (deviating.length > 4 ? ', …' : '');
                this.report(accept, 'warning', 'V-PF-03', 'V-PF-03.project', { text: entry.text.trim(), count: deviating.length, list }, { node: entry, property: 'text' });
            }
        }
    };

    checkRecommendation = (rec: Recommendation, accept: ValidationAcceptor): void => {
        const letter = rec.letter?.trim();
        const hasNumber = letter ? /№\s*\d+/u.test(letter) : false;
        const date = letter ? letterDate(letter) : undefined;
        if (!letter || !hasNumber || !date) {
            this.report(accept, 'error', 'V-REQ-10', 'V-REQ-10', {}, letter ? { node: rec, property: 'letter' } : { node: rec, property: 'body' });
            return;
        }
        const ep = this.projectOf(rec);
        const period = ep?.period?.period;
        if (ep && period && (date < period.start || date > (ep.reportDate > period.end ? ep.reportDate : period.end))) {
            this.report(accept, 'warning', 'V-DATE-06', 'V-DATE-06', { date: formatDate(date), report: formatDate(ep.reportDate) }, { node: rec, property: 'letter' });
        }
    };

    // -----------------------------------------------------------------------
    // Values and dates that cannot be read (code `value`)

    checkValue = (value: Value, accept: ValidationAcceptor): void => {
        const parsed = this.model(value).values.get(value);
        if (!parsed) return;
        if (parsed.errors.length || parsed.warnings.length) this.reportValueIssues(value, parsed, accept);
        const found = misspellings(parsed.raw);
        if (found.length) {
            const offset = value.$cstNode?.offset ?? 0;
            this.reportMisspellings(accept, found, span => ({ node: value, range: { start: offset + span.start, end: offset + span.end } }));
        }
    };

    /** The problems of one value (a method of its own: the closure below would cost every value its context). */
    private reportValueIssues(value: Value, parsed: ParsedValue, accept: ValidationAcceptor): void {
        const offset = value.$cstNode?.offset ?? 0;
        const issue = (i: ValueIssue, severity: Severity) => {
            const text = parsed.raw.slice(i.start, i.end).replace(/\s+/g, ' ').trim() || parsed.raw;
            const range = { start: offset + i.start, end: offset + Math.max(i.end, i.start + 1) };
            if (i.code === 'words-mismatch') {
                const code = value.$containerProperty === 'sum' && value.$container.$type === 'Project' ? 'V-XREF-03' : 'value';
                this.report(accept, 'warning', code, 'value.words-mismatch',
                    { digits: formatNumber(Number(i.data?.digits)), words: formatNumber(Number(i.data?.words)) }, { node: value, range });
                return;
            }
            this.report(accept, severity, 'value', `value.${i.code}` as MessageKey, { text }, { node: value, range });
        };
        parsed.errors.forEach(i => issue(i, 'error'));
        parsed.warnings.forEach(i => issue(i, 'warning'));
    }

    // -----------------------------------------------------------------------
    // How things are written (DOMAIN §3 H): numbers, phones, quotes, known misspellings

    /** A4: a value written into the indicator's name that disagrees with its plan (values.ts decides). */
    private checkNameValue(indicator: Indicator, name: string, plan: ParsedValue, accept: ValidationAcceptor): void {
        const conflict = nameValueConflict(name, plan);
        if (!conflict) return;
        this.report(accept, 'warning', 'V-PF-05', 'V-PF-05.name', { inName: conflict.text, plan: plan.raw.replace(/\s+/g, ' ').trim() },
            this.inString(indicator, 'name', conflict), { embedded: true });
    }

    /** V-FMT-02 / V-FMT-03: the numbers of the file's values, grouped and with a decimal comma alike. */
    checkNumberFormats = (file: GrantFile, accept: ValidationAcceptor): void => {
        let separator: string | undefined;
        let grouped: string | undefined;
        let comma: string | undefined;
        const ungrouped: Array<{ value: Value; start: number; end: number; text: string }> = [];
        const points: Array<{ value: Value; start: number; end: number; text: string }> = [];
        // forEach: no [key, value] pair is made per value.
        this.model(file).values.forEach((parsed, value) => {
            for (const part of parsed.parts) {
                if (part.group !== undefined) {
                    if (!separator) { separator = part.group; grouped = parsed.raw.slice(part.start, part.end); }
                } else if (part.intDigits >= 5) {
                    ungrouped.push({ value, start: part.start, end: part.end, text: parsed.raw.slice(part.start, part.end) });
                }
                if (part.decimal === ',') comma ??= parsed.raw.slice(part.start, part.end);
                else if (part.decimal === '.') points.push({ value, start: part.start, end: part.end, text: parsed.raw.slice(part.start, part.end) });
            }
        });
        const at = (n: { value: Value; start: number; end: number }) => {
            const offset = n.value.$cstNode?.offset ?? 0;
            return { node: n.value, range: { start: offset + n.start, end: offset + n.end } };
        };
        if (separator && grouped) {
            for (const n of ungrouped) {
                const suggestion = groupDigits(n.text, separator);
                this.report(accept, 'warning', 'V-FMT-02', 'V-FMT-02', { text: n.text, example: grouped, suggestion }, at(n), { suggestion });
            }
        }
        if (comma) {
            for (const n of points) {
                const suggestion = n.text.replace('.', ',');
                this.report(accept, 'warning', 'V-FMT-03', 'V-FMT-03', { text: n.text, example: comma, suggestion }, at(n), { suggestion });
            }
        }
    };

    checkProjectWriting = (project: Project, accept: ValidationAcceptor): void => {
        this.checkStrings(project, ['grantee', 'topic'], accept, { quotes: true, spelling: true });
    };

    checkActivityWriting = (activity: Activity, accept: ValidationAcceptor): void => {
        this.checkStrings(activity, ['title'], accept, { spelling: true });
    };

    checkPublicationWriting = (publication: Publication, accept: ValidationAcceptor): void => {
        this.checkStrings(publication, ['outlet', 'title'], accept, { quotes: true, spelling: true });
    };

    checkPartnerWriting = (partner: Partner, accept: ValidationAcceptor): void => {
        this.checkStrings(partner, ['name'], accept, { quotes: true, spelling: true });
        this.checkStrings(partner, ['role'], accept, { spelling: true });
        this.checkPhones(partner, accept);
    };

    checkTeamMemberWriting = (member: TeamMember, accept: ValidationAcceptor): void => {
        this.checkPhones(member, accept);
    };

    /** V-FMT-05: the phone numbers of a contact. */
    private checkPhones(node: Partner | TeamMember, accept: ValidationAcceptor): void {
        if (!node.contact) return;
        for (const bad of badPhones(node.contact)) {
            this.report(accept, 'warning', 'V-FMT-05', 'V-FMT-05', { text: bad.text }, this.inString(node, 'contact', bad));
        }
    }

    /** V-FMT-06 (guillemets) and V-FMT-07 (known misspellings) in string properties of a node. */
    private checkStrings(node: AstNode, properties: string[], accept: ValidationAcceptor, what: { quotes?: boolean; spelling?: boolean }): void {
        for (const property of properties) {
            const text = (node as unknown as Record<string, unknown>)[property];
            if (typeof text !== 'string' || !text) continue;
            if (what.quotes && (text.includes('«') || text.includes('»'))) {
                const i = unbalancedGuillemet(text);
                if (i !== undefined) {
                    this.report(accept, 'warning', 'V-FMT-06', 'V-FMT-06', { mark: text[i] }, this.inString(node, property, { start: i, end: i + 1, text: text[i] }));
                }
            }
            if (what.spelling) {
                const found = misspellings(text);
                if (found.length) this.reportMisspellings(accept, found, span => this.inString(node, property, span));
            }
        }
    }

    private reportMisspellings(accept: ValidationAcceptor, found: ReadonlyArray<Span & { right: string }>,
        where: (span: Span) => { node: AstNode; property?: string; range?: { start: number; end: number } }): void {
        for (const m of found) {
            this.report(accept, 'info', 'V-FMT-07', 'V-FMT-07', { text: m.text, right: m.right }, where(m), { suggestion: m.right });
        }
    }

    /** Where a span of a string property stands in the file: found in the string's own token, else the whole property. */
    private inString(node: AstNode, property: string, span: Span): { node: AstNode; property?: string; range?: { start: number; end: number } } {
        const cst = node.$cstNode && propertyNode(node.$cstNode, property, node, true);
        if (cst) {
            const i = cst.text.indexOf(span.text, Math.min(span.start, Math.max(0, cst.text.length - span.text.length)));
            const j = i >= 0 ? i : cst.text.indexOf(span.text);
            if (j >= 0) return { node, range: { start: cst.offset + j, end: cst.offset + j + span.text.length } };
        }
        return { node, property };
    }

    checkDateRange = (range: DateRange, accept: ValidationAcceptor): void => {
        const ep = this.projectOf(range);
        const evalPeriod = range.$container.$type === 'Project' ? ep?.period
            : this.model(range).activityOf.get(range.$container)?.period;
        if (!evalPeriod) {
            for (const point of [range.start, range.end]) {
                if (!point) continue;
                const r = parseDatePoint(point.parts);
                if (r.problem) this.report(accept, 'error', 'value', `value.${r.problem.code}` as MessageKey, { text: r.problem.text }, { node: point });
            }
            return;
        }
        for (const p of evalPeriod.problems) {
            this.report(accept, 'error', 'value', `value.${p.problem.code}` as MessageKey, { text: p.problem.text }, { node: p.node });
        }
        if (evalPeriod.yearUnknown) {
            this.report(accept, 'warning', 'V-DATE-04', 'V-DATE-04', {}, { node: range });
        }
    };

}

const isProjectNode = (n: AstNode): n is Project => n.$type === 'Project';

/**
 * The line and column of an offset inside `node`'s text, from the lexer's positions of its
 * tokens: no line index of the whole file is built for it (on a fresh document that costs a
 * pass over every character, more than some whole checks). Outside any token: the document's.
 */
function positionAt(node: AstNode, offset: number): Position {
    const cst = node.$cstNode;
    const leaf = cst && (CstUtils.findLeafNodeAtOffset(cst, offset) ?? CstUtils.findLeafNodeBeforeOffset(cst, offset));
    if (!cst || !leaf || leaf.offset > offset) return AstUtils.getDocument(node).textDocument.positionAt(offset);
    const between = cst.root.fullText.slice(leaf.offset, offset);
    let line = leaf.range.start.line;
    let lineStart = -leaf.range.start.character;
    for (const m of between.matchAll(/\r\n?|\n/g)) {
        line++;
        lineStart = m.index + m[0].length;
    }
    return { line, character: between.length - lineStart };
}


/** The feature an element of the grammar assigns to, if any (memoised per grammar element). */
const ASSIGNED = new WeakMap<object, string | null>();

function assignedFeature(source: AstNode | undefined): string | undefined {
    if (!source) return undefined;
    let feature = ASSIGNED.get(source);
    if (feature === undefined) {
        feature = AstUtils.getContainerOfType(source, GrammarAST.isAssignment)?.feature ?? null;
        ASSIGNED.set(source, feature);
    }
    return feature ?? undefined;
}

/**
 * The first CST node of `property` inside `node`: what Langium's
 * `GrammarUtils.findNodeForProperty` returns (the same depth-first search),
 * without building arrays of every match on the way.
 */
function propertyNode(node: CstNode, property: string, element: AstNode, first: boolean): CstNode | undefined {
    if (!first && assignedFeature(node.grammarSource) === property) return node;
    if (isCompositeCstNode(node) && node.astNode === element) {
        for (const child of node.content) {
            const hit = propertyNode(child, property, element, false);
            if (hit) return hit;
        }
    }
    return undefined;
}

/** An absolute path, a drive letter, a UNC path, a URL or a «..» segment: it would leave the project folder. */
export function isOutsidePath(path: string): boolean {
    if (/^([a-zA-Z]:|[\\/]|[a-z][a-z0-9+.-]*:)/u.test(path)) return true;
    return path.split(/[\\/]+/u).some(segment => segment === '..');
}

/**
 * A project is at the report stage once it has any fact or its period is over:
 * then a missing fact is a finding. A plan with no facts yet is not judged.
 */
function isReportStage(ep: EvalProject): boolean {
    const end = ep.period?.period?.end;
    return ep.indicators.some(i => i.fact) || (end !== undefined && end < ep.reportDate);
}

function monthName(yyyyMm: string): string {
    const m = Number(yyyyMm.slice(5, 7));
    const names = vocabulary.months as { kk: string; ru?: string }[];
    const entry = names[m - 1];
    return entry ? `${entry.kk} ${yyyyMm.slice(0, 4)}` : yyyyMm;
}

/** «25 қараша 2020 жыл. №52 хат» or «25.11.2020 №52» → ISO date. */
function letterDate(text: string): ISODate | undefined {
    const dotted = /(\d{1,2}\.\d{1,2}\.\d{4})/u.exec(text);
    if (dotted) {
        const r = parseDatePoint([dotted[1]]);
        return r.spec ? `${r.spec.year}-${String(r.spec.month).padStart(2, '0')}-${String(r.spec.day).padStart(2, '0')}` : undefined;
    }
    const m = /(\d{1,2})\s+([\p{L}]+)\s+(\d{4})/u.exec(text);
    if (!m) return undefined;
    const r = parseDatePoint([m[1], m[2], m[3]]);
    return r.spec?.year ? `${r.spec.year}-${String(r.spec.month).padStart(2, '0')}-${String(r.spec.day ?? 1).padStart(2, '0')}` : undefined;
}


