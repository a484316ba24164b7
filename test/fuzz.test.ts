/**
 * The fuzzer's short campaign (test/fuzz/): the first cases of the fixed
 * seed — mutated copies of the examples and the syntax file — through every
 * stage (parse, evaluation, validation, hover, completion, formatting, code
 * actions, symbols, CodeLens, inlay hints, semantic tokens, folding, links,
 * status, and the report for every kind and language). No exception, no
 * internal-error diagnostic, no impossible range, no formatting edit beyond
 * whitespace, each document within 1 s. `npm run fuzz -- --cases 10000` runs
 * the big campaign; a crash found there becomes a named input in
 * fuzz-regressions.test.ts.
 */
import { expect, test } from 'vitest';
import { Harness } from './fuzz/harness.js';
import { CASE_LIMIT_MS, DEFAULT_SEED, loadSeeds, runCase, Statistics, warmUp } from './fuzz/campaign.js';
import { root } from './helpers.js';

const CASES = 300;

test(`${CASES} mutated documents of seed ${DEFAULT_SEED}: no exception escapes, each done within ${CASE_LIMIT_MS} ms`, async () => {
    const harness = new Harness();
    const seeds = loadSeeds(root);
    await warmUp(harness, seeds);
    const stats = new Statistics();
    for (let i = 0; i < CASES; i++) stats.add(await runCase(harness, DEFAULT_SEED, i, seeds));
    if (!stats.ok) console.log(stats.format(DEFAULT_SEED));
    expect(stats.cases).toBe(CASES);
    expect([...stats.failures.values()].map(f => `case ${f.first} (${f.name}): ${f.failure.stage} ${f.failure.kind}: ${f.failure.message}`)).toEqual([]);
    expect(stats.timeouts.map(t => `case ${t.index} (${t.name}): ${t.ms.toFixed(0)} ms`)).toEqual([]);
    // The mutations reach the report builder, not only the parser.
    expect(stats.reports).toBeGreaterThan(CASES / 2);
}, 120_000);
