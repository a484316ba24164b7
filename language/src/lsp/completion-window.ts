/**
 * How much of the text completion reads around the cursor: the line back to its start (bounded),
 * and the project member (task, information work, statistics, …) the cursor is in, so that
 * completion parses and lexes one member instead of the whole file.
 */
import { isCompositeCstNode, type CstNode } from 'langium';

/**
 * Longer than any keyword or vocabulary label: the cursor is deep inside a
 * long string or comment, not on a word being typed, and matching every
 * label against the whole of it would take seconds. Nothing is offered.
 */
export const MAX_TYPED = 300;
/** How far back a line is read for the value field and open quotes (files with CR line ends are one long line to `\n`). */
const MAX_LOOKBACK = 4000;

/** The start of the line holding `offset` (after \n or \r), or `MAX_LOOKBACK` before it. */
export function lineStart(text: string, offset: number): number {
    const from = Math.max(0, offset - MAX_LOOKBACK);
    for (let i = offset - 1; i >= from; i--) {
        const c = text.charCodeAt(i);
        if (c === 10 || c === 13) return i + 1;
    }
    return from;
}

/** The blocks of a project (not its header values, whose CST nodes are composite too): each can start a parse inside `жоба "" {`. */
const MEMBER_PROPERTIES = new Set(['teams', 'tasks', 'infoWorks', 'presentations', 'impacts', 'statistics', 'learning', 'councils',
    'partners', 'conclusions', 'proposals', 'recommendations']);

/**
 * The project member around `offset` in the offsets of the text the CST `root` was parsed from:
 * from its start to the start of the next member. Members of a project stand in any order, so
 * parsing from the start of one, inside `жоба "" {`, gives the same next features as parsing the
 * whole file.
 */
export function memberAtParsed(root: CstNode, offset: number): { start: number; end: number } | undefined {
    if (!isCompositeCstNode(root)) return undefined;
    const project = root.content.find(c => c.offset <= offset && offset <= c.end);
    if (!project || !isCompositeCstNode(project)) return undefined;
    let found: { start: number; end: number } | undefined;
    for (const child of project.content) {
        // A block that starts at the cursor is not the window: the one before may go on there.
        if (child.offset >= offset) {
            if (found) found.end = child.offset;
            break;
        }
        if (isCompositeCstNode(child) && MEMBER_PROPERTIES.has(child.astNode.$containerProperty ?? '') && child.astNode.$container === project.astNode) {
            found = { start: child.offset, end: project.end };
        }
    }
    return found;
}
