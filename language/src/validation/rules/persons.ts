/**
 * V-XREF-01: a person keeps one spelling of their name throughout the file — the project's head
 * (`жетекші`), the team (`қызметкер`, `маман`), the plan's signatories (`келісуші`) and the
 * expert councils (`мүше`) are printed in the forms, and «Әбдірасілқызы» here, «Әбдірәсілқызы»
 * there, reads as two people. Two names are one person written two ways when they have the same
 * words but for one, and that one differs by a letter or two (after folding the Kazakh letters:
 * «Асемгуль» / «Әсемгүл»), starting with the same letter («Дана» and «Жана» are two people).
 */
import { GrammarUtils, type AstNode, type ValidationAcceptor } from 'langium';
import type { Council, Project } from '../../generated/ast.js';
import { appendAll } from '../../arrays.js';
import { editDistance, foldForMatch } from '../../text-utils.js';
import type { RuleContext } from '../rule-context.js';

interface Named {
    /** As written, spaces collapsed. */
    name: string;
    node: AstNode;
    property: string;
}

interface Spelling {
    /** In lower case, NFC: the same spelling. */
    spelling: string;
    /** Folded for comparing (text-utils foldForMatch); a soft sign is often left out in Kazakh spellings of Russian names. */
    words: string[];
}

/** Each name read once (names come back in every version of a file, and a file repeats them). */
const SPELLINGS = new Map<string, Spelling>();

function spellingOf(name: string): Spelling {
    let s = SPELLINGS.get(name);
    if (!s) {
        s = { spelling: name.normalize('NFC').toLowerCase(), words: foldForMatch(name).replace(/ь/gu, '').split(' ').filter(Boolean) };
        if (SPELLINGS.size > 10000) SPELLINGS.clear();
        SPELLINGS.set(name, s);
    }
    return s;
}

function named(name: string | undefined, node: AstNode, property: string): Named | undefined {
    const trimmed = name?.replace(/\s+/gu, ' ').trim();
    return trimmed ? { name: trimmed, node, property } : undefined;
}

/** One person written two ways: one word differs, by at most two letters, from the same first letter. */
export function sameWrittenTwoWays(a: readonly string[], b: readonly string[]): boolean {
    if (a.length !== b.length) return false;
    let differing = 0;
    for (let i = 0; i < a.length; i++) {
        if (a[i] === b[i]) continue;
        if (++differing > 1 || a[i][0] !== b[i][0]) return false;
        const allowed = Math.min(a[i].length, b[i].length) >= 7 ? 2 : 1;
        if (editDistance(a[i], b[i], allowed) > allowed) return false;
    }
    return true;
}

/** The expert councils, wherever the grammar lets them stand (not a walk of the whole tree: this runs at every change). */
function councilsOf(project: Project): Council[] {
    const out: Council[] = [];
    const from = (node: { councils?: Council[] }) => { if (node.councils) appendAll(out, node.councils); };
    from(project);
    for (const w of project.infoWorks) from(w);
    for (const p of project.presentations) from(p);
    for (const task of project.tasks) {
        from(task);
        for (const a of task.activities) from(a);
    }
    return out;
}

export function checkPersonNames(ctx: RuleContext, project: Project, accept: ValidationAcceptor): void {
    const people: Named[] = [];
    const add = (p: Named | undefined) => { if (p) people.push(p); };
    add(named(project.head, project, 'head'));
    for (const team of project.teams) for (const m of team.members) add(named(m.name, m, 'name'));
    for (const s of project.signatories) add(named(s.name, s, 'name'));
    for (const council of councilsOf(project)) for (const m of council.members) add(named(m.name, m, 'name'));
    // In the order written; each spelling is compared with the first spelling of every other.
    people.sort((x, y) => (x.node.$cstNode?.offset ?? 0) - (y.node.$cstNode?.offset ?? 0));
    const firsts: (Named & Spelling)[] = [];
    // Each name as written is read and compared once: the first spelling it is another way of, or none.
    const verdicts = new Map<string, (Named & Spelling) | undefined>();
    for (const p of people) {
        let other: (Named & Spelling) | undefined;
        if (verdicts.has(p.name)) {
            other = verdicts.get(p.name);
        } else {
            const s = spellingOf(p.name);
            if (s.words.length >= 2 && !firsts.some(f => f.spelling === s.spelling)) {
                other = firsts.find(f => sameWrittenTwoWays(f.words, s.words));
                if (!other) firsts.push({ ...p, ...s });
            }
            verdicts.set(p.name, other);
        }
        if (!other) continue;
        const at = other.node.$cstNode && GrammarUtils.findNodeForProperty(other.node.$cstNode, other.property);
        const line = (at ?? other.node.$cstNode)!.range.start.line + 1;
        ctx.report(accept, 'warning', 'V-XREF-01', 'V-XREF-01', { name: p.name, other: other.name, line }, { node: p.node, property: p.property },
            { suggestion: other.name });
    }
}
