/**
 * While the user types, one block is parsed again and the other nodes keep their identity;
 * the model takes the activities it read at the version before again (language/src/model/reused.ts).
 * What must hold: after any edit, the model is exactly the model of a fresh parse of the new text
 * — and the activities the edit did not touch are taken again, not read anew.
 */
import { describe, expect, test } from 'vitest';
import type { AstNode, ParseResult } from 'langium';
import { reparseBlock } from '../language/src/incremental-parse.js';
import { blockRules } from '../language/src/incremental-blocks.js';
import { evaluate, valueText, type EvalActivity, type EvaluatedFile } from '../language/src/model.js';
import type { GrantFile } from '../language/src/generated/ast.js';
import { grant, readExample } from './helpers.js';

const parser = grant.parser.LangiumParser;
const rules = blockRules(grant.Grammar);
const NOW = { now: new Date('2025-12-20T12:00:00Z') };

/** The model as plain data: everything a consumer reads, no node identity. */
function modelOf(file: EvaluatedFile): unknown {
    const activity = (a: EvalActivity) => ({
        label: a.label, number: a.number, title: a.title, task: a.task?.number, taskTitle: a.task?.title,
        period: a.period?.period, participants: a.participants, rollup: a.rollup,
        narrative: a.narrative.map(n => n.kind === 'text' ? n.blocks : n.kind === 'learning' ? n.node.items.map(i => [i.name, i.duration && valueText(i.duration)]) : n.node.members.map(m => m.name)), completeness: a.completeness, result: a.result,
        indicators: a.indicators.map(i => ({
            name: i.name, plan: i.plan?.raw, fact: i.fact?.raw, status: i.verdict.status, ratio: i.verdict.ratio,
            perCount: i.perCount, periodOver: i.periodOver, justified: i.justified, owner: i.owner?.label
        }))
    });
    return file.projects.map(p => ({
        reportDate: p.reportDate, stage: p.stage, rollup: p.rollup, hasFacts: p.hasFacts,
        tasks: p.tasks.map(t => ({ number: t.number, title: t.title, rollup: t.rollup, activities: t.activities.map(activity) })),
        info: p.infoWorks.map(iw => [activity(iw.block), ...iw.activities.map(activity)]),
        presentations: p.presentations.map(activity),
        indicators: p.indicators.map(i => `${i.owner?.label}:${i.name}:${i.verdict.status}`),
        values: [...file.values].map(([node, v]) => `${node.$cstNode?.offset}:${v.raw}`).sort()
    }));
}

/** The text with `find` replaced by `replace`, the new parse from the old one where a block allows. */
function edit(last: { result: ParseResult<AstNode>; text: string }, find: string | RegExp, replace: string) {
    const text = last.text.replace(find, replace);
    expect(text).not.toBe(last.text);
    const result = reparseBlock(last.result, last.text, text, parser, grant.parser.Lexer, rules) ?? parser.parse(text);
    return { result, text };
}

function expectFresh(current: { result: ParseResult<AstNode>; text: string }): EvaluatedFile {
    const model = evaluate(current.result.value as GrantFile, NOW);
    expect(modelOf(model)).toEqual(modelOf(evaluate(parser.parse(current.text).value as GrantFile, NOW)));
    for (const p of model.projects) for (const t of p.tasks) for (const a of t.activities) expect(a.task).toBe(t);
    return model;
}

const activities = (model: EvaluatedFile) => model.projects.flatMap(p => p.tasks.flatMap(t => t.activities));

describe('the model after an edit inside one block', () => {
    const base = readExample('birgemiz-bilim.grant');
    const start = () => ({ result: parser.parse(base), text: base });

    test('a fact typed in one activity: that activity is read anew, the others are taken again, and the model is the fresh one', () => {
        let current = start();
        const before = activities(evaluate(current.result.value as GrantFile, NOW));
        current = edit(current, /факт: (\d+)/u, 'факт: 1$1');
        const after = activities(expectFresh(current));
        const same = after.filter((a, i) => a === before[i]).length;
        expect(same).toBe(after.length - 1);
        const changed = after.find((a, i) => a !== before[i])!;
        expect(changed.indicators.some(i => /^1\d/u.test(i.fact?.raw ?? ''))).toBe(true);
    });

    test('the report date changed in the header: every activity is read anew (whether its period is over changes)', () => {
        let current = start();
        const before = activities(evaluate(current.result.value as GrantFile, NOW));
        const date = /есеп-күні: *(\S+)/u.exec(base);
        expect(date).not.toBeNull();
        current = edit(current, date![0], 'есеп-күні: 01.01.2020');
        const after = activities(expectFresh(current));
        expect(after.filter((a, i) => a === before[i])).toEqual([]);
    });

    test('a task renumbered: its activities get the new labels («2.1» → «9.1»)', () => {
        let current = start();
        evaluate(current.result.value as GrantFile, NOW);
        current = edit(current, /міндет 2 /u, 'міндет 9 ');
        const model = expectFresh(current);
        expect(activities(model).some(a => a.label === '9.1')).toBe(true);
    });

    test('the same tree read on another day: whether each activity\'s period is over follows the day', () => {
        const text = base.replace(/есеп-күні: *\S+\n/u, '');
        const tree = parser.parse(text).value as GrantFile;
        const early = { now: new Date('2020-01-15T12:00:00Z') };
        const late = { now: new Date('2030-01-15T12:00:00Z') };
        evaluate(tree, early);
        const over = (m: EvaluatedFile) => activities(m).flatMap(a => a.indicators.map(i => i.periodOver));
        expect(over(evaluate(tree, late))).toEqual(over(evaluate(parser.parse(text).value as GrantFile, late)));
        expect(over(evaluate(tree, late)).every(Boolean)).toBe(true);
        expect(over(evaluate(tree, early)).some(Boolean)).toBe(false);
    });

    test('a task number changed in the tree itself: its activities are labelled anew', () => {
        const tree = parser.parse(base).value as GrantFile;
        evaluate(tree, NOW);
        tree.projects[0].tasks[1].number = '9';
        expect(activities(evaluate(tree, NOW)).filter(a => a.label.startsWith('9.')).length).toBe(tree.projects[0].tasks[1].activities.length);
    });

    test('edits one after another on the reused tree, each checked against a fresh parse', () => {
        let current = start();
        evaluate(current.result.value as GrantFile, NOW);
        const steps: [RegExp, string][] = [
            [/жоспар: (\S+)/u, 'жоспар: 7'],
            [/(іс-шара[^\n]*\{\n)/u, '$1            сипаттама: "Жаңа абзац"\n'],
            [/(іс-шара[^\n]*\{\n)/u, '$1            қатысушылар: 12 "жастар"\n'],
            [/(іс-шара[^\n]*\{\n)/u, '$1            көрсеткіш "Жаңа" жоспар: кемінде 3 (әр айда) факт: 2\n'],
            [/"Жаңа абзац"/u, '"Өзгерген абзац"'],
            [/факт: 2\n/u, 'факт: 20\n'],
            // A block inside an activity, then an edit inside that block alone: the activity is the same node.
            [/(іс-шара[^\n]*\{\n)/u, '$1            оқыту-нәтижелері {\n                бағыт "Ағылшын тілі" ұзақтығы: 3 ай\n            }\n'],
            [/ұзақтығы: 3 ай/u, 'ұзақтығы: 4 ай']
        ];
        for (const [find, replace] of steps) {
            current = edit(current, find, replace);
            expectFresh(current);
        }
    });
});
