/**
 * V-DUP: a field that a block holds once, written twice in it — the project header's
 * (`гранталушы:`, `кезең:` …) and an activity's (a presentation's, an information work's:
 * `мерзімі:`, `орны:` …). The parser keeps the last value and notes the repeat on the node as it
 * reads it (parser.ts, `$again`); this reports it on the repeated field's keyword. A field the
 * line recovery reads as another (`кезең:` in an activity as `мерзімі:`, recovery.ts) counts as
 * the field it is read as.
 */
import type { AstNode, CstNode, ValidationAcceptor } from 'langium';
import type { Activity, InfoWork, Presentation, Project } from '../../generated/ast.js';
import type { Repeat } from '../../parser.js';
import { fieldKeyword, type RuleContext } from '../rule-context.js';

/** The fields an activity holds once, by property, with their keyword; `қатысушылар:` may come again (its groups add up). */
const ACTIVITY_SINGLES: Readonly<Record<string, string>> = {
    period: 'мерзімі', place: 'орны', channel: 'арна', experts: 'сарапшылар', appendix: 'қосымша',
    evidence: 'дәлел', result: 'нәтиже', completeness: 'толықтығы'
};

/** The header's fields, by property; `күтілетін-нәтиже:` may come again (a list). */
const HEADER_SINGLES: Readonly<Record<string, string>> = {
    grantee: 'гранталушы', topic: 'тақырып', priority: 'басым-бағыт', goal: 'мақсат', territory: 'аумақ',
    targetGroup: 'мақсатты-топ', period: 'кезең', sum: 'сома', head: 'жетекші', reportDate: 'есеп-күні',
    pages: 'беттер', fillDate: 'толтырылған-күні'
};

export function checkActivityDuplicates(ctx: RuleContext, block: Activity | Presentation | InfoWork, accept: ValidationAcceptor): void {
    reportRepeats(ctx, block, ACTIVITY_SINGLES, accept);
}

export function checkHeaderDuplicates(ctx: RuleContext, project: Project, accept: ValidationAcceptor): void {
    reportRepeats(ctx, project, HEADER_SINGLES, accept);
}

function reportRepeats(ctx: RuleContext, block: AstNode, singles: Readonly<Record<string, string>>, accept: ValidationAcceptor): void {
    const again = (block as AstNode & { $again?: Repeat[] }).$again;
    if (again === undefined) return;
    for (const repeat of again) {
        const keyword = singles[repeat.feature];
        if (keyword === undefined) continue;
        // On the field's keyword before its value (the value itself if none is found).
        const cst = repeat.cst as CstNode;
        const at = fieldKeyword(cst) ?? cst;
        ctx.report(accept, 'warning', 'V-DUP', 'V-DUP', { keyword }, { node: block, range: { start: at.offset, end: at.end } });
    }
}
