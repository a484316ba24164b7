/**
 * The registry of the rules (validation/rules/*) by AST type. Each rule reads the one
 * model evaluated per document version (`services.model.Evaluator`) through its
 * RuleContext, so validation costs little more than parsing. Every diagnostic carries
 * its rule code as `code` and in `data.code`, which is what the quick fixes are keyed by.
 */
import type { AstNode, ValidationAcceptor, ValidationChecks } from 'langium';
import type { GrantAstType } from '../generated/ast.js';
import type { GrantServices } from '../grant-module.js';
import { RuleContext } from './rule-context.js';
import { checkHeader, checkNumbering } from './rules/header.js';
import { checkClosingSections } from './rules/closing.js';
import { checkLearningGrowth } from './rules/learning.js';
import { checkTeam } from './rules/team.js';
import { checkPersonNames } from './rules/persons.js';
import { checkActivityDuplicates } from './rules/duplicates.js';
import { checkActivityToFill, checkHeaderToFill, checkPlanToFill, checkTitleToFill } from './rules/to-fill.js';
import { checkStrayDeviation } from './rules/stray-deviation.js';
import { checkActivity, checkConclusion, checkIndicator } from './rules/plan-fact.js';
import { checkStatistics } from './rules/statistics.js';
import { checkControlChars } from './rules/characters.js';
import { checkDateRange, checkRecommendation } from './rules/dates.js';
import { checkEvidence, checkInfoWork, checkProjectRules, checkPublication } from './rules/media.js';
import {
    checkActivityWriting, checkFile, checkNumberFormats, checkPartnerWriting, checkProjectWriting, checkPublicationWriting,
    checkTeamMemberWriting, checkValue
} from './rules/writing.js';
import { checkImportNotes } from './import-notes.js';
import { getLanguage } from '../i18n.js';

export type { IssueData, Severity } from './rule-context.js';
export { isOutsidePath } from './rules/media.js';

type Rule<T extends AstNode> = (ctx: RuleContext, node: T, accept: ValidationAcceptor) => void | Promise<void>;

/**
 * The document is a run of tasks of a big file read in pieces (model/pieces.ts): the rules of the
 * whole document (its text, its header, its closing parts) are answered once, by the frame.
 */
function inRunOfTasks(ctx: RuleContext, node: AstNode): boolean {
    return ctx.model(node).piece?.role === 'tasks';
}

function whole<T extends AstNode>(rule: Rule<T>): Rule<T> {
    return (ctx, node, accept) => inRunOfTasks(ctx, node) ? undefined : rule(ctx, node, accept);
}

export function registerValidationChecks(services: GrantServices): void {
    const registry = services.validation.ValidationRegistry;
    const validator = services.validation.GrantValidator;
    registry.register(validator.checks(), validator);
    const importNotes: ValidationChecks<GrantAstType> = {
        GrantFile: (file, accept) => { if (!inRunOfTasks(validator.ctx, file)) checkImportNotes(file, accept, getLanguage); }
    };
    registry.register(importNotes);
}

export class GrantValidator {
    readonly ctx: RuleContext;

    constructor(services: GrantServices) {
        this.ctx = new RuleContext(services);
    }

    /** The rules by AST type, in the order their findings are reported. */
    checks(): ValidationChecks<GrantAstType> {
        const ctx = this.ctx;
        const on = <T extends AstNode>(rule: Rule<T>) => (node: T, accept: ValidationAcceptor) => rule(ctx, node, accept);
        return {
            GrantFile: [on(whole(checkFile)), on(whole(checkNumberFormats)), on(whole(checkControlChars))],
            // checkNumbering reads, in a run of tasks, the activities of its tasks only (model/pieces.ts).
            Project: [on(whole(checkHeader)), on(whole(checkHeaderToFill)), on(whole(checkTitleToFill)), on(checkNumbering), on(whole(checkProjectRules)),
                on(whole(checkProjectWriting)), on(whole(checkClosingSections)), on(whole(checkTeam)), on(whole(checkPersonNames))],
            Indicator: [on(checkIndicator), on(checkTitleToFill), on(checkPlanToFill), on(checkStrayDeviation)],
            Activity: [on(checkActivity), on(checkTitleToFill), on(checkActivityToFill), on(checkEvidence), on(checkActivityWriting), on(checkActivityDuplicates)],
            Presentation: [on(checkActivity), on(checkTitleToFill), on(checkActivityToFill), on(checkActivityDuplicates)],
            InfoWork: [on(checkInfoWork), on(checkTitleToFill), on(checkActivityToFill), on(checkActivityDuplicates)],
            Task: on(checkTitleToFill),
            Publication: [on(checkPublication), on(checkPublicationWriting)],
            Partner: on(checkPartnerWriting),
            TeamMember: on(checkTeamMemberWriting),
            Statistics: on(checkStatistics),
            LearningItem: on(checkLearningGrowth),
            Conclusion: on(checkConclusion),
            Recommendation: on(checkRecommendation),
            Value: on(checkValue),
            DateRange: on(checkDateRange)
        };
    }
}
