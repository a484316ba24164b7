/**
 * What each keyword of a .grant file stands for on the official form, and
 * where its text goes in the plan or report. Completion items and hovers use
 * the same texts (messages.ts, `lsp.kw.*` and `lsp.where.*`).
 */
import type { AstNode } from 'langium';
import { messages, type MessageKey } from '../messages.js';
import { t } from '../i18n.js';

const PROJECT_HEADER = new Set(['гранталушы', 'тақырып', 'мақсат', 'сома', 'қол-жеткізілген-нәтиже', 'жоба']);
const PROJECT_PLAN = new Set(['басым-бағыт', 'аумақ', 'мақсатты-топ', 'кезең', 'күтілетін-нәтиже', 'әріптестер', 'шарт']);
const PROJECT_SIGNATURE = new Set(['жетекші', 'лауазымы', 'беттер', 'толтырылған-күні']);
const REPORT_ACTIVITY = new Set(['қатысушылар', 'сарапшылар', 'қосымша', 'толықтығы', 'нәтиже']);
const INDICATOR = new Set(['көрсеткіш', 'жоспар', 'факт', 'ауытқу', 'ескерту']);

/** Section keywords: where they go does not depend on the node they sit in. */
const SECTION_WHERE: Record<string, MessageKey> = {
    'команда': 'lsp.where.team', 'қызметкер': 'lsp.where.team', 'маман': 'lsp.where.team',
    'міндет': 'lsp.where.block3', 'іс-шара': 'lsp.where.block3',
    'презентация': 'lsp.where.presentation', 'ақпараттық-жұмыс': 'lsp.where.info', 'жарияланымдар': 'lsp.where.info',
    'әсер': 'lsp.where.impact', 'статистика': 'lsp.where.statistics', 'оқыту-нәтижелері': 'lsp.where.learning',
    'сараптамалық-кеңес': 'lsp.where.council', 'серіктес': 'lsp.where.partners', 'қорытынды': 'lsp.where.conclusion',
    'ұсыныс': 'lsp.where.proposal', 'органға-ұсыныс': 'lsp.where.recommendation'
};

/** Where the rest go, by the type of the node that holds the keyword. */
const TYPE_WHERE: Record<string, MessageKey> = {
    Team: 'lsp.where.team', TeamMember: 'lsp.where.team',
    Impact: 'lsp.where.impact', InfoWork: 'lsp.where.info', Publications: 'lsp.where.info',
    Presentation: 'lsp.where.presentation',
    Statistics: 'lsp.where.statistics', CategoryEntry: 'lsp.where.statistics', AgeEntry: 'lsp.where.statistics',
    Learning: 'lsp.where.learning', LearningItem: 'lsp.where.learning',
    Council: 'lsp.where.council', CouncilMember: 'lsp.where.council',
    Partner: 'lsp.where.partners', Conclusion: 'lsp.where.conclusion', NarrativeEntry: 'lsp.where.conclusion',
    Proposal: 'lsp.where.proposal', Recommendation: 'lsp.where.recommendation'
};

function isKey(key: string): key is MessageKey {
    return Object.prototype.hasOwnProperty.call(messages, key);
}

/** The chain of node types from `node` up to the root. */
function typesUp(node: AstNode | undefined): string[] {
    const out: string[] = [];
    for (let n = node; n; n = n.$container) out.push(n.$type);
    return out;
}

/** The message key of what the keyword means here, if Esep has one. */
export function keywordLabelKey(keyword: string, node?: AstNode): MessageKey | undefined {
    const owner = node?.$type;
    if (owner) {
        const specific = `lsp.kw.${owner}.${keyword}`;
        if (isKey(specific)) return specific;
    }
    const general = `lsp.kw.${keyword}`;
    return isKey(general) ? general : undefined;
}

/** What the keyword means on the official form, in the current language. */
export function keywordLabel(keyword: string, node?: AstNode): string | undefined {
    const key = keywordLabelKey(keyword, node);
    return key ? t(key) : undefined;
}

/** Where the field goes in the plan or report. `node` is the node that holds the keyword (or will). */
export function keywordWhere(keyword: string, node?: AstNode): string | undefined {
    const section = SECTION_WHERE[keyword];
    if (section) return t(section);
    const types = typesUp(node);
    const inImpact = types.includes('Impact');
    if (INDICATOR.has(keyword) && (types[0] === 'Indicator' || !types.length || ['Activity', 'InfoWork', 'Presentation', 'Impact'].includes(types[0]))) {
        return t(inImpact ? 'lsp.where.impact' : 'lsp.where.indicator');
    }
    const byType = types.map(ty => TYPE_WHERE[ty]).find(Boolean);
    if (byType) return t(byType);
    if (keyword === 'есеп-күні' || keyword === 'дәлел') return t('lsp.where.internal');
    if (types.includes('Activity') || types.includes('Task')) {
        return t(REPORT_ACTIVITY.has(keyword) ? 'lsp.where.reportActivities' : 'lsp.where.block3');
    }
    if (PROJECT_HEADER.has(keyword)) return t('lsp.where.header');
    if (PROJECT_PLAN.has(keyword)) return t('lsp.where.planBlockI');
    if (PROJECT_SIGNATURE.has(keyword)) return t('lsp.where.signature');
    return undefined;
}

/** Markdown for a keyword: its meaning and where it goes. */
export function keywordMarkdown(keyword: string, node?: AstNode): string | undefined {
    const label = keywordLabel(keyword, node);
    if (!label) return undefined;
    const where = keywordWhere(keyword, node);
    return `**${keyword}** — ${label}` + (where ? `\n\n${t('lsp.hover.inReport')}: ${where}` : '');
}
