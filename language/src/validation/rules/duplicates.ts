/**
 * V-DUP for an activity's fields (a presentation's, an information work's): `мерзімі:`, `орны:`
 * and the like written twice in one block. The parser keeps the last value and notes the repeat
 * on the node as it reads it (parser.ts, `$again`); this reports it on the repeated field's
 * keyword. (The project header's fields: rules/header.ts.) The project's `кезең:` that the line
 * recovery reads as an activity's `мерзімі:` is a `мерзімі` here (recovery.ts).
 */
import { GrammarAST, type AstNode, type ValidationAcceptor } from 'langium';
import type { Activity, InfoWork, Presentation } from '../../generated/ast.js';
import type { Repeat } from '../../parser.js';
import type { RuleContext } from '../rule-context.js';

/** The fields an activity holds once, by property, with their keyword; `қатысушылар:` may come again (its groups add up). */
const ACTIVITY_SINGLES: Readonly<Record<string, string>> = {
    period: 'мерзімі', place: 'орны', channel: 'арна', experts: 'сарапшылар', appendix: 'қосымша',
    evidence: 'дәлел', result: 'нәтиже', completeness: 'толықтығы'
};

interface Cst { offset: number; end: number; grammarSource?: unknown; text: string; container?: { content: Cst[] } }

export function checkActivityDuplicates(ctx: RuleContext, block: Activity | Presentation | InfoWork, accept: ValidationAcceptor): void {
    const again = (block as AstNode & { $again?: Repeat[] }).$again;
    if (again === undefined) return;
    for (const repeat of again) {
        const keyword = ACTIVITY_SINGLES[repeat.feature];
        if (keyword === undefined) continue;
        ctx.report(accept, 'warning', 'V-DUP', 'V-DUP', { keyword }, { node: block, range: keywordBefore(repeat.cst as Cst) });
    }
}

/** The field's keyword before its value in the block's tokens (the value itself if none is found). */
function keywordBefore(value: Cst): { start: number; end: number } {
    const content = value.container?.content;
    for (let k = content ? content.indexOf(value) - 1 : -1; k >= 0; k--) {
        const c = content![k];
        if (GrammarAST.isKeyword(c.grammarSource) && c.text !== ':') return { start: c.offset, end: c.end };
    }
    return { start: value.offset, end: value.end };
}
