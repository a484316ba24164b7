/**
 * The model keeps each activity's reading for the next version of a document (model/reused.ts)
 * only where documents are parsed again in place (the language server). The command line reads
 * each file once: there nothing is kept (keepReadings: false), since a kept reading holds its
 * syntax tree until a full collection — `esep summary` of 1 000 projects peaked ~100 MB higher.
 */
import { describe, expect, test } from 'vitest';
import { evaluate, type EvaluatedFile } from '../language/src/model.js';
import type { GrantFile } from '../language/src/generated/ast.js';
import { cliServices } from '../server/src/cli/io.js';
import { portfolioServices } from '../server/src/cli/portfolio/batch.js';
import { grant, readExample } from './helpers.js';

const NOW = { now: new Date('2025-12-20T12:00:00Z') };
const activities = (model: EvaluatedFile) => model.projects.flatMap(p => p.tasks.flatMap(t => t.activities));

describe('readings kept for a next version', () => {
    const tree = () => grant.parser.LangiumParser.parse(readExample('birgemiz-bilim.grant')).value as GrantFile;

    test('by default (the language server), the same tree read again gives the same activities', () => {
        const file = tree();
        const first = activities(evaluate(file, NOW));
        expect(first.length).toBeGreaterThan(10);
        expect(activities(evaluate(file, NOW))).toEqual(first);
        expect(activities(evaluate(file, NOW)).every((a, i) => a === first[i])).toBe(true);
    });

    test('with keepReadings: false, each reading is new, and equal to the kept one', () => {
        const file = tree();
        const options = { ...NOW, keepReadings: false };
        const first = activities(evaluate(file, options));
        const again = activities(evaluate(file, options));
        expect(again.some((a, i) => a === first[i])).toBe(false);
        expect(again.map(a => a.label)).toEqual(first.map(a => a.label));
        // Nothing was kept either: a reading with keeping on afterwards is new too.
        expect(activities(evaluate(file, NOW)).some((a, i) => a === first[i])).toBe(false);
    });

    test('the command line keeps nothing: esep check, report, summary and export', () => {
        expect(cliServices(undefined).Grant.model.Evaluator.getOptions().keepReadings).toBe(false);
        expect(portfolioServices('kk').Grant.model.Evaluator.getOptions().keepReadings).toBe(false);
    });
});
