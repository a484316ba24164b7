/**
 * A change inside one block is parsed by parsing that block again
 * (language/src/incremental-parse.ts). What must hold: the result is exactly
 * what a parse of the whole new text gives — the same AST, the same syntax
 * tree with the same offsets and positions, the same lexer findings — over
 * random edits and over a user typing words and whole lines into both
 * examples, edit after edit on the reused tree.
 */
import { describe, expect, test } from 'vitest';
import type { IToken } from 'chevrotain';
import { DocumentState, isCompositeCstNode, isLeafCstNode, type AstNode, type CstNode, type ParseResult, type URI } from 'langium';
import { isOpenProvisional, isProvisional, reparseBlock } from '../language/src/incremental-parse.js';
import { blockRules } from '../language/src/incremental-blocks.js';
import { reparseCounts } from '../language/src/document-factory.js';
import { GrantDocumentUpdateHandler } from '../language/src/lsp/live-build.js';
import { grant, openInServer, parse, readExample, services } from './helpers.js';

const parser = grant.parser.LangiumParser;
const rules = blockRules(grant.Grammar);

function full(text: string): ParseResult<AstNode> {
    return parser.parse(text);
}

/** The AST as plain data: types, properties and value texts, and each node's place in its container. */
function astOf(node: AstNode, path = 'root'): unknown {
    const out: Record<string, unknown> = { $type: node.$type };
    if ((node as { $text?: string }).$text !== undefined) out.$text = (node as { $text?: string }).$text;
    for (const [key, value] of Object.entries(node)) {
        if (key.startsWith('$')) continue;
        if (Array.isArray(value)) {
            out[key] = value.map((v, i) => {
                if (v && typeof v === 'object' && '$type' in v) {
                    const child = v as AstNode;
                    if (child.$container !== node || child.$containerProperty !== key || child.$containerIndex !== i) throw new Error(`${path}.${key}[${i}]: wrong container`);
                    return astOf(child, `${path}.${key}[${i}]`);
                }
                return v;
            });
        } else if (value && typeof value === 'object' && '$type' in value) {
            const child = value as AstNode;
            if (child.$container !== node || child.$containerProperty !== key) throw new Error(`${path}.${key}: wrong container`);
            out[key] = astOf(child, `${path}.${key}`);
        } else {
            out[key] = value;
        }
    }
    const cst = node.$cstNode;
    out.$cst = cst ? [cst.offset, cst.end, cst.range.start.line, cst.range.start.character, cst.range.end.line, cst.range.end.character, cst.text] : undefined;
    if (cst && cst.astNode !== node) throw new Error(`${path}: its CST node points elsewhere`);
    return out;
}

/** Every CST leaf in order: place, position, token, text; and the containers consistent. */
function leavesOf(root: CstNode): string[] {
    const out: string[] = [];
    const walk = (node: CstNode): void => {
        if (isCompositeCstNode(node)) {
            for (const child of node.content) {
                if (child.container !== node) throw new Error('a CST node with a wrong container');
                walk(child);
            }
            return;
        }
        if (!isLeafCstNode(node)) return;
        const r = node.range;
        out.push(`${node.offset}+${node.length} ${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character} ${node.tokenType.name}${node.hidden ? ' hidden' : ''} ${JSON.stringify(node.text)}`);
    };
    walk(root);
    return out;
}

function findings(result: ParseResult<AstNode>): string[] {
    const all = [...result.lexerErrors, ...(result.lexerReport?.diagnostics ?? [])]
        .map(e => `${e.offset}+${e.length} ${e.line}:${e.column} ${e.message}`);
    const at = (t: IToken | undefined) => t ? `${t.startOffset}-${t.endOffset} ${t.startLine}:${t.startColumn}-${t.endLine}:${t.endColumn}` : '';
    for (const e of result.parserErrors) all.push(`${e.message} @${at(e.token)} after ${at((e as { previousToken?: IToken }).previousToken)}`);
    return all.sort();
}

/** A document's diagnostics as ranges and messages, in order. */
function messages(d: { diagnostics?: { message: unknown; range: unknown }[] }): string[] {
    return (d.diagnostics ?? []).map(x => `${JSON.stringify(x.range)} ${x.message}`).sort();
}

function expectSame(actual: ParseResult<AstNode>, text: string): void {
    const expected = full(text);
    expect(actual.value.$cstNode!.root.fullText).toBe(text);
    expect(actual.parserErrors.length).toBe(expected.parserErrors.length);
    expect(findings(actual)).toEqual(findings(expected));
    expect(leavesOf(actual.value.$cstNode!.root)).toEqual(leavesOf(expected.value.$cstNode!.root));
    expect(astOf(actual.value)).toEqual(astOf(expected.value));
}

/** A seeded generator, so a failure can be replayed. */
function random(seed: number): () => number {
    let s = seed >>> 0;
    return () => {
        s = (s + 0x6D2B79F5) >>> 0;
        let x = s;
        x = Math.imul(x ^ (x >>> 15), x | 1);
        x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
        return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
    };
}

/** One step: the new text parsed from the last result where a block allows, whole otherwise. */
function step(last: { result: ParseResult<AstNode>; text: string }, text: string): { result: ParseResult<AstNode>; text: string; block: boolean } {
    const block = reparseBlock(last.result, last.text, text, parser, grant.parser.Lexer, rules);
    return { result: block ?? full(text), text, block: block !== undefined };
}

const PIECES = ['а', 'қ', '5', ' ', '\n', '"', '{', '}', '(', ')', ':', ',', '%', '/', '*', '//', '/*', 'факт: 7', 'көрсеткіш', 'іс-шара "А" { }', '\n        ', 'ә', '”'];

describe('a change inside one block: the same parse as the whole text', () => {
    for (const name of ['birgemiz-bilim.grant', 'teng-mumkindik.grant']) {
        test(`random edits of ${name}, each on the clean example and each on the edit before`, () => {
            const base = readExample(name);
            const rnd = random(name.length * 7919);
            let blocks = 0;
            let last = { result: full(base), text: base };
            for (let i = 0; i < 300; i++) {
                // Half the edits start from the clean example, half go on from the edit before.
                if (i % 2 === 0) last = { result: full(base), text: base };
                const text = last.text;
                const at = Math.floor(rnd() * text.length);
                const kind = rnd();
                const piece = PIECES[Math.floor(rnd() * PIECES.length)];
                const next = kind < 0.6 ? text.slice(0, at) + piece + text.slice(at)
                    : kind < 0.85 ? text.slice(0, at) + text.slice(at + 1 + Math.floor(rnd() * 3))
                        : text.slice(0, at) + piece + text.slice(at + 1);
                const done = step(last, next);
                if (done.block) blocks++;
                if (process.env.DEBUG_INCREMENTAL && done.block && full(next).parserErrors.length !== done.result.parserErrors.length) {
                    const ctx = (t: string) => JSON.stringify(t.slice(Math.max(0, at - 120), at + 80));
                    console.log('edit', i, at, JSON.stringify(piece), kind, '\nOLD', ctx(text), '\nNEW', ctx(next), full(next).parserErrors.map(e => e.message + ' @' + e.token.startOffset));
                }
                expectSame(done.result, next);
                last = done;
            }
            // The block path was taken (a test of nothing would pass too).
            expect(blocks).toBeGreaterThan(80);
        }, 180_000);
    }

    test('a user types a sentence into a fact, a new indicator and a new activity, keystroke by keystroke', () => {
        const base = readExample('birgemiz-bilim.grant');
        let last: { result: ParseResult<AstNode>; text: string; block?: boolean } = { result: full(base), text: base };
        let blocks = 0, steps = 0;
        const type = (at: number, sentence: string) => {
            for (let i = 0; i < sentence.length; i++) {
                const next = last.text.slice(0, at + i) + sentence[i] + last.text.slice(at + i);
                last = step(last, next);
                steps++;
                if (last.block) blocks++;
                expectSame(last.result, next);
            }
        };
        // After the unit of a fact.
        const fact = /факт: [^\n]*/.exec(base)!;
        type(fact.index + fact[0].length, ' және тағы екі кездесу');
        // A new indicator under an activity's opening brace.
        const activity = /^ *іс-шара .*\{$/m.exec(last.text)!;
        type(activity.index + activity[0].length, '\n        көрсеткіш "Жаңа қатысушылар" жоспар: кемінде 12 факт: 14');
        // A new activity after a task's opening brace.
        const task = /^ *міндет .*\{$/m.exec(last.text)!;
        type(task.index + task[0].length, '\n    іс-шара "Қосымша кездесу" {\n        мерзімі: наурыз 2025\n    }');
        // While a quote or a keyword is half typed the block has a syntax error, and the
        // whole text is parsed (a recovery inside a block can depend on what is around it).
        expect(blocks / steps).toBeGreaterThan(0.35);
    }, 120_000);

    test('blocks are the brace-delimited rules of the grammar', () => {
        expect([...rules.keys()]).toEqual(expect.arrayContaining(['Task', 'Activity', 'InfoWork', 'Presentation']));
        expect(rules.has('Indicator')).toBe(false);
        expect(rules.has('Value')).toBe(false);
    });
});

describe('the language server parses a change inside a block as that block', () => {
    test('an edit inside an activity: one block parsed, the diagnostics of the whole text opened anew', async () => {
        const text = readExample('birgemiz-bilim.grant');
        const { document, type, close } = await openInServer('file:///test/incremental.grant', text);
        // A zero typed after a fact's number: «факт: 36» becomes «факт: 360».
        const at = text.indexOf('факт: 36') + 'факт: 36'.length;
        const edited = text.slice(0, at) + '0' + text.slice(at);
        const before = { ...reparseCounts };
        await type(edited);
        expect(reparseCounts.block).toBe(before.block + 1);
        expect(reparseCounts.whole).toBe(before.whole);
        expect(document.parseResult.value.$cstNode!.root.fullText).toBe(edited);
        const fresh = await parse(edited);
        expect(messages(document)).toEqual(messages(fresh));
        expect(messages(document).length).toBeGreaterThan(0);
        close();
    });
});

describe('a block with a syntax error, while the user types: provisional until typing pauses', () => {
    test('typing new lines into activities and tasks: each provisional parse is the whole parse', () => {
        let provisional = 0;
        for (const name of ['birgemiz-bilim.grant', 'teng-mumkindik.grant']) {
            const base = readExample(name);
            const sentences: [RegExp, string][] = [
                [/^ *іс-шара .*\{$/gm, '\n        көрсеткіш "Жаңа" жоспар: кемінде 12 факт: 14\n        мерзімі: наурыз - мамыр'],
                [/^ *міндет .*\{$/gm, '\n    іс-шара 99 "Қосымша" {\n        мерзімі: наурыз 2025\n        көрсеткіш "Фото" жоспар: 5\n    }']
            ];
            for (const [pattern, sentence] of sentences) {
                for (const m of [...base.matchAll(pattern)].slice(0, 2)) {
                    let last = { result: full(base), text: base };
                    const at = m.index! + m[0].length;
                    for (let i = 0; i < sentence.length; i++) {
                        const next = last.text.slice(0, at + i) + sentence[i] + last.text.slice(at + i);
                        const block = reparseBlock(last.result, last.text, next, parser, grant.parser.Lexer, rules, { provisional: true });
                        if (block && isProvisional(block) && !isOpenProvisional(block)) {
                            provisional++;
                            expectSame(block, next);
                        }
                        last = { result: block ?? full(next), text: next };
                    }
                }
            }
        }
        expect(provisional).toBeGreaterThan(100);
    }, 180_000);

    test('a new activity typed as a task’s last: the task stands in «open» until typing pauses, saying only what the whole parse says too', () => {
        const base = readExample('birgemiz-bilim.grant');
        // After the closing brace of task 1's last activity, before the task's own; typed as in the
        // editor, which closes a quote or a brace as it is opened and puts Enter between braces on lines.
        let at = base.indexOf('\n    }\n\n    міндет 2');
        const keys: [string, number][] = [['\n        ', 9], ...[...'іс-шара 5 '].map(c => [c, 1] as [string, number]), ['""', 1],
            ...[...'Қорытынды кездесу'].map(c => [c, 1] as [string, number]), ['', 1], [' ', 1], ['{}', 1], ['\n            \n        ', 13],
            ...[...'мерзімі: мамыр 2025'].map(c => [c, 1] as [string, number])];
        let last = { result: full(base), text: base };
        let open = 0, whole = 0;
        for (const [typed, move] of keys) {
            if (typed) {
                const next = last.text.slice(0, at) + typed + last.text.slice(at);
                const block = reparseBlock(last.result, last.text, next, parser, grant.parser.Lexer, rules, { provisional: true });
                if (!block) whole++;
                else if (isOpenProvisional(block)) {
                    open++;
                    // The text is all there; every syntax error it says, the whole parse says at the same place.
                    expect(block.value.$cstNode!.root.fullText).toBe(next);
                    const expected = findings(full(next));
                    for (const finding of findings(block)) expect(expected).toContainEqual(finding);
                }
                last = { result: block ?? full(next), text: next };
            }
            at += move;
        }
        // From «""» on, the made-up «{» of «іс-шара 5 "…"» takes the task's brace: no whole parse is needed
        // while the user types. Once the activity has its braces the task is whole again, as exact as any block parse.
        expect(open).toBeGreaterThan(15);
        expect(whole).toBe(0);
        expect(isProvisional(last.result)).toBe(false);
        expectSame(last.result, last.text);
    }, 60_000);

    test('the language server publishes the provisional checks at once, and the whole parse’s after a pause', async () => {
        const shared = services.shared;
        const text = readExample('birgemiz-bilim.grant');
        const { document, type, close } = await openInServer('file:///test/provisional.grant', text);
        // The server's workspace is ready once initialised (no folders here).
        await shared.workspace.WorkspaceManager.initializeWorkspace([]);
        const handler = new GrantDocumentUpdateHandler(shared) as unknown as { fireDocumentUpdate(c: URI[], d: URI[]): void };
        // «көрсеткіш» with no name yet, on a new line of an activity: a syntax error in that block.
        const activity = /^ *іс-шара .*\{$/m.exec(text)!;
        const at = activity.index + activity[0].length;
        const edited = text.slice(0, at) + '\n        көрсеткіш жоспар: 5' + text.slice(at);
        const before = { ...reparseCounts };
        await type(edited, false);
        handler.fireDocumentUpdate([document.uri], []);
        // From the change on, requests wait for its build (they would read the tree of the text before it).
        expect(document.state).toBeLessThan(DocumentState.Validated);
        const until = async (done: () => boolean) => { for (let i = 0; i < 200 && !done(); i++) await new Promise(r => setTimeout(r, 20)); };
        await until(() => document.state === DocumentState.Validated && document.parseResult.value.$cstNode?.root.fullText === edited);
        expect(reparseCounts.provisional).toBe(before.provisional + 1);
        expect(isProvisional(document.parseResult)).toBe(true);
        const fresh = messages(await parse(edited));
        expect(fresh.some(m => m.includes('«көрсеткіш»') || m.includes('тырнақша'))).toBe(true);
        expect(messages(document)).toEqual(fresh);
        // After the pause: the whole text parsed again, the same checks, nothing provisional left.
        await until(() => !isProvisional(document.parseResult) && document.state === DocumentState.Validated);
        expect(isProvisional(document.parseResult)).toBe(false);
        expect(reparseCounts.whole).toBe(before.whole + 1);
        expect(messages(document)).toEqual(fresh);
        close();
    }, 60_000);
});

describe('whole-text checks read only what changed since a clean text', () => {
    test('a control character or a decomposed letter typed into a clean file is found; removed, it is gone', async () => {
        const text = readExample('teng-mumkindik.grant');
        const { document, type, close } = await openInServer('file:///test/unchanged-text.grant', text);
        const codes = () => (document.diagnostics ?? []).map(d => (d.data as { code?: string } | undefined)?.code ?? d.code);
        expect(codes()).not.toContain('V-FMT-08');
        expect(codes()).not.toContain('V-FMT-01');
        const name = text.indexOf('көрсеткіш "') + 'көрсеткіш "'.length;
        const edit = (next: string) => type(next);
        await edit(text.slice(0, name) + '\u0001' + text.slice(name));
        expect(codes()).toContain('V-FMT-08');
        await edit(text);
        expect(codes()).not.toContain('V-FMT-08');
        // «и» and a combining breve: «й» written in two characters.
        await edit(text.slice(0, name) + 'и\u0306' + text.slice(name));
        expect(codes()).toContain('V-FMT-01');
        await edit(text);
        expect(codes()).not.toContain('V-FMT-01');
        close();
    });
});
