/**
 * How often a syntax node's content was changed in place. While the user types, a changed block
 * is parsed again and put in place of the old one (incremental-parse.ts): the nodes around it keep
 * their identity, and every node that contains it is stamped here. A node whose stamp is the same
 * as when something was read from it has the same content — what the model and the checks take
 * again (model/reused.ts, validation/reused-findings.ts) rests on this.
 */
import type { AstNode } from 'langium';

const stamps = new WeakMap<AstNode, number>();

/** `node` and every node containing it changed. */
export function touch(node: AstNode | undefined): void {
    for (let n = node; n; n = n.$container) stamps.set(n, (stamps.get(n) ?? 0) + 1);
}

/** How often something inside `node` was replaced since it was parsed. */
export function editStamp(node: AstNode): number {
    return stamps.get(node) ?? 0;
}
