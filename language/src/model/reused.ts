/**
 * Activities read at an earlier version of the document, taken again when nothing they
 * depend on has changed. While the user types, one block of the file is parsed again
 * (incremental-parse.ts) and every other node keeps its identity; reading every activity of a
 * 10 000-line file again at each keystroke was most of the evaluation's time.
 *
 * An activity is taken again only when it is the same syntax node, nothing inside it was parsed
 * again in place since (edit-stamps.ts: a block inside it may have been), and the reading's context is the same:
 * its number and label, its section, the project's period and report date (`key`).
 */
import type { AstNode } from 'langium';
import type { Value } from '../generated/ast.js';
import type { ParsedValue } from '../values/index.js';
import type { EvalActivity, EvalTask } from './types.js';
import { editStamp } from '../edit-stamps.js';

interface Kept { key: string; stamp: number; activity: EvalActivity }

/** Weak: an entry goes with its syntax node. */
const kept = new WeakMap<AstNode, Kept>();

export function keepActivity(node: AstNode, key: string, activity: EvalActivity): void {
    kept.set(node, { key, stamp: editStamp(node), activity });
}

/**
 * The activity read earlier for this node, now under `task`, its values put in `values`
 * again; undefined when it must be read anew.
 */
export function keptActivity(node: AstNode, key: string, task: EvalTask | undefined, values: Map<Value, ParsedValue>): EvalActivity | undefined {
    const entry = kept.get(node);
    if (!entry || entry.key !== key || entry.stamp !== editStamp(node)) return undefined;
    const activity = entry.activity;
    // The task of this version (the same node: a task parsed again has new activity nodes).
    activity.task = task;
    for (const indicator of activity.indicators) {
        const { plan, fact } = indicator.node;
        if (plan && indicator.plan) values.set(plan, indicator.plan);
        if (fact && indicator.fact) values.set(fact, indicator.fact);
    }
    return activity;
}
