/**
 * `npm run bench` in its quick mode (tiny inputs, one run of each): the
 * benchmark works end to end and its JSON has every figure. No timing is
 * asserted here; the figures come from a full `npm run bench`.
 */
import { describe, expect, test } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BASE, parse, readExample, readSpec, root, services } from './helpers.js';
import { AstUtils, GrammarAST, URI, type AstNode, type ValidationOptions } from 'langium';
import { containmentProperties, GrantDocumentValidator } from '../language/src/validation/fast-validation.js';

const SIZES = ['1k', '10k', '50k'];
const REPORTS = ['20', '200', '1000'];

/** Every figure the benchmark reports, and the target of those that have one. */
const EXPECTED: Record<string, string> = {
    ...Object.fromEntries(SIZES.flatMap(s => [
        [`parse.ms@${s}`, ''],
        [`limit.parseLink.ms@${s}`, ''],
        [`validation.full.ms@${s}`, ''],
        [`validation.fullWarm.ms@${s}`, ''],
        [`validation.ratio@${s}`, '≤ 1.3'],
        [`validation.ratioWarm@${s}`, '≤ 1.3'],
        [`validation.ratioCpu@${s}`, ''],
        [`lsp.init.ms@${s}`, ''],
        [`lsp.open.ms@${s}`, ''],
        [`lsp.rss.mb@${s}`, s === '10k' ? '< 200' : ''],
        [`lsp.edit.ms@${s}`, s === '1k' ? '≤ 60' : s === '10k' ? '≤ 350' : ''],
        [`lsp.edit.p95.ms@${s}`, ''],
        [`lsp.hover.p50.ms@${s}`, ''],
        [`lsp.hover.p95.ms@${s}`, s === '10k' ? '≤ 30' : ''],
        [`lsp.completion.p50.ms@${s}`, ''],
        [`lsp.completion.p95.ms@${s}`, s === '10k' ? '≤ 30' : ''],
        [`lsp.codeLens.ms@${s}`, ''],
        [`lsp.rssAfter.mb@${s}`, '']
    ])),
    ...Object.fromEntries(REPORTS.flatMap(n => [
        [`report.ms@${n}`, n === '200' ? '< 1000' : ''],
        [`report.pack.ms@${n}`, ''],
        [`report.ratio@${n}`, n === '200' ? '≤ 1.5' : ''],
        [`report.charts.ms@${n}`, ''],
        [`report.ratioWithoutCharts@${n}`, '']
    ])),
    'memory.heapOpened.mb@10k': '',
    'memory.heapAfterEdits.mb@10k': '',
    'memory.heapGrowth.ratio@10k': '',
    'memory.heapPer10Edits.mb@10k': '≤ 1',
    'package.vsix.mb': '< 3',
    'extension.activation.ms': '< 300',
    'scaling.limit': '',
    'scaling.limitMutator': '≤ 11',
    ...Object.fromEntries([...SIZES, '10x'].map(s => [`limit.collectorShare@${s}`, ''])),
    'scaling.validation': '',
    'scaling.validationMutator': '≤ 11',
    'scaling.edit': '≤ 11',
    'scaling.report': '≤ 11',
    ...Object.fromEntries(['1k', '4k', '10k'].flatMap(s => [
        [`typing.diagnostics.p50.ms@${s}`, ''],
        [`typing.diagnostics.p95.ms@${s}`, s === '4k' ? '≤ 150' : s === '10k' ? '≤ 400' : ''],
        [`typing.completion.p50.ms@${s}`, ''],
        [`typing.completion.p95.ms@${s}`, s === '10k' ? '≤ 50' : ''],
        [`typing.diagnostics.cpuClock.p95.ms@${s}`, ''],
        [`typing.completion.cpuClock.p95.ms@${s}`, ''],
        [`typing.requests.p95.ms@${s}`, ''],
        [`typing.serverCpu.ms@${s}`, '']
    ])),
    'portfolio.summary.s': '< 12',
    'portfolio.check.s': '',
    'portfolio.ratio': '≤ 0.7',
    'portfolio.cpu.ratio': '',
    'portfolio.floor.ratio': '',
    'portfolio.cores': '',
    'portfolio.rss.mb': '< 500',
    'import.docx.ms@10p': '< 1000',
    'import.pdf.ms@10p': '< 3000',
    'import.docx.ms@200p': '< 10000',
    'import.pdf.ms@200p': '< 10000',
    'import.docx.rss.mb@200p': '< 300',
    'import.pdf.rss.mb@200p': '< 300'
};

interface Figure { id: string; value: number | null; unit: string; target: string; status: string; note?: string }

describe('npm run bench --quick', () => {
    test('measures every figure and writes them as JSON', () => {
        if (!existsSync(join(root, 'out', 'server.cjs'))) {
            // npm test builds first; a lone run of this file builds the bundles here.
            execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
        }
        const dir = mkdtempSync(join(tmpdir(), 'esep-bench-'));
        try {
            const out = join(dir, 'results.json');
            const printed = execFileSync(process.execPath, [join(root, 'bench', 'run.mjs'), '--quick', '--out', out],
                { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 280_000 });
            const results = JSON.parse(readFileSync(out, 'utf8')) as { quick: boolean; figures: Figure[]; inputs: Record<string, { lines: number }> };
            expect(results.quick).toBe(true);
            // The three sizes, and the input with ten times the tokens of the first (for the scaling ratios).
            expect(Object.keys(results.inputs)).toEqual([...SIZES, '10x']);
            const byId = new Map(results.figures.map(f => [f.id, f]));
            expect([...byId.keys()].sort()).toEqual(Object.keys(EXPECTED).sort());
            for (const [id, target] of Object.entries(EXPECTED)) {
                const f = byId.get(id)!;
                expect(f.target, id).toBe(target);
                expect(['PASS', 'MISS', 'INFO', 'N/A'], id).toContain(f.status);
                if (f.value === null) {
                    // Only what cannot be measured on this machine, with the reason.
                    expect(f.status, id).toBe('N/A');
                    expect(f.note, id).toMatch(/^n\/a: .+/);
                } else {
                    expect(Number.isFinite(f.value), id).toBe(true);
                    expect(f.status, id).toBe(target ? (f.status === 'MISS' ? 'MISS' : 'PASS') : 'INFO');
                }
                // The printed table has a row for each figure.
                expect(printed).toContain(f.value === null ? 'n/a' : String(f.value));
            }
            // Everything is measured but the activation time (which needs VS Code), the server's
            // memory where there is no /proc, and the package where vsce is not installed.
            const mayBeMissing = (id: string) => id === 'extension.activation.ms'
                || (process.platform !== 'linux' && id.startsWith('lsp.rss'))
                || (!existsSync(join(root, 'node_modules', '@vscode', 'vsce')) && id === 'package.vsix.mb');
            expect(results.figures.filter(f => f.value === null).map(f => f.id).filter(id => !mayBeMissing(id))).toEqual([]);
        } finally {
            rmSync(dir, { recursive: true, force: true });
        }
    }, 300_000);
});

describe('work the benchmark showed Esep does not need', () => {
    test('the grammar has no cross-references, so scoping and linking are idle', async () => {
        const grammar = services.Grant.Grammar;
        expect(AstUtils.streamAllContents(grammar).some(GrammarAST.isCrossReference)).toBe(false);
        const text = readFileSync(join(root, 'examples', 'birgemiz-bilim.grant'), 'utf8');
        const document = services.shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse('memory:///bench/idle.grant'));
        services.shared.workspace.LangiumDocuments.addDocument(document);
        await services.shared.workspace.DocumentBuilder.build([document], { validation: true });
        expect(document.references).toEqual([]);
        expect(document.localSymbols?.has(document.parseResult.value)).toBe(false);
        expect(services.shared.workspace.IndexManager.allElements().toArray()).toEqual([]);
        // Validation still runs in full: the example's real findings are there.
        expect(document.diagnostics?.some(d => d.code === 'V-PF-04')).toBe(true);
    });
});

describe('validation walks only what the grammar fills with nodes', () => {
    test('the same nodes as Langium\'s streamAst, containers first, on the examples and the spec', async () => {
        const containment = containmentProperties(services.Grant.Grammar);
        expect(containment.get('Indicator')).toEqual(['plan', 'fact']);
        expect(containment.get('Value')).toEqual([]);
        for (const text of [readExample('birgemiz-bilim.grant'), readExample('teng-mumkindik.grant'), readSpec(), BASE]) {
            const document = await parse(text, false);
            const expected = AstUtils.streamAst(document.parseResult.value).toArray();
            const walked: AstNode[] = [];
            const validator = new (class extends GrantDocumentValidator {
                protected override validateSingleNodeOptions(node: AstNode, options: ValidationOptions) {
                    walked.push(node);
                    return super.validateSingleNodeOptions(node, options);
                }
            })(services.Grant);
            await validator.validateDocument(document);
            // Every node once (the CLI and the editor order findings by position, not by walk).
            expect(walked.length).toBe(expected.length);
            expect(new Set(walked).size).toBe(walked.length);
            const inWalk = new Set(walked);
            expect(expected.filter(node => !inWalk.has(node)).map(node => node.$type)).toEqual([]);
            // Pre-order: a node's container comes before it.
            const index = new Map(walked.map((node, i) => [node, i]));
            expect(walked.filter(node => node.$container && index.get(node.$container)! > index.get(node)!).length).toBe(0);
        }
    });
});
