/**
 * V-REQ-08: the closing sections of the final report (model/forms.ts, REQUIRED_CLOSING). Once
 * the project's period is over the final report is due, and the operator does not accept it
 * with a section missing or left empty.
 */
import { GrammarUtils, type ValidationAcceptor } from 'langium';
import type { Project } from '../../generated/ast.js';
import { t, type MessageKey } from '../../i18n.js';
import { lowerCase } from '../../fast-case.js';
import { REQUIRED_CLOSING, closingState, type ClosingKey } from '../../model.js';
import type { RuleContext, Where } from '../rule-context.js';
import { hasSyntaxErrors } from './header.js';

/** A section as the messages name it: its keyword and what the form asks in it. */
export function closingLabel(key: ClosingKey): string {
    return `${key} («${t(`lsp.kw.${key}` as MessageKey)}»)`;
}

export function checkClosingSections(ctx: RuleContext, project: Project, accept: ValidationAcceptor): void {
    const ep = ctx.projectOf(project);
    if (!ep || ep.stage !== 'finished') return;
    const states = REQUIRED_CLOSING.map(key => ({ key, state: closingState(project, key) }));
    // While the file has syntax errors a section may only look missing (as the header's fields).
    const broken = hasSyntaxErrors(project, ep);
    const missing = states.filter(s => s.state === 'missing').map(s => s.key);
    if (missing.length && !broken) {
        const list = missing.map(closingLabel).join(', ');
        const last = project.conclusions.at(-1);
        const keyword = last?.$cstNode && GrammarUtils.findNodeForKeyword(last.$cstNode, 'қорытынды');
        const where: Where = last && keyword
            ? { node: last, range: { start: keyword.offset, end: keyword.end } }
            : { node: project, property: 'name' };
        ctx.report(accept, 'warning', 'V-REQ-08', last ? 'V-REQ-08.missing' : 'V-REQ-08.noBlock', { list, count: missing.length }, where, { missing });
    }
    const empty = new Set(states.filter(s => s.state === 'empty').map(s => s.key));
    if (!empty.size) return;
    for (const block of project.conclusions) {
        for (const entry of block.entries) {
            const key = entry.key === undefined ? undefined : lowerCase(entry.key) as ClosingKey;
            if (key === undefined || !empty.has(key)) continue;
            ctx.report(accept, 'warning', 'V-REQ-08', 'V-REQ-08.empty', { section: closingLabel(key) }, { node: entry, property: 'text' });
        }
    }
}
