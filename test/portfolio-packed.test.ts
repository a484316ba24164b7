/**
 * What crosses from a summary worker to the thread that writes the output
 * (server/src/cli/portfolio/packed.ts): the rows of a file come out as they went in, fewer
 * bytes on the way.
 */
import { serialize } from 'node:v8';
import { describe, expect, test } from 'vitest';
import { portfolioServices } from '../server/src/cli/portfolio/batch.js';
import { packRows, unpackRows } from '../server/src/cli/portfolio/packed.js';
import { rowsOfText } from '../server/src/portfolio/evaluate.js';
import type { FileRows } from '../server/src/portfolio/rows.js';
import { readExample } from './helpers.js';

describe('rows packed for a worker message', () => {
    test('an example: every Projects, Indicators and Findings row comes back equal, in order', async () => {
        const services = portfolioServices('kk');
        const rows = await rowsOfText(services, readExample('birgemiz-bilim.grant'), 'birgemiz-bilim.grant', 'kk');
        expect(rows.indicators.length).toBeGreaterThan(50);
        expect(rows.findings.length).toBeGreaterThan(10);
        const back = unpackRows(structuredClone(packRows(rows)));
        expect(back).toEqual(rows);
        // Smaller than the rows as objects (each object writes its keys, each row the file's name).
        expect(serialize(packRows(rows)).length).toBeLessThan(0.6 * serialize(rows).length);
    });

    test('two projects, a finding with no project, optional values absent', () => {
        const rows: FileRows = {
            file: 'a.grant',
            projects: [],
            indicators: [
                { file: 'a.grant', project: 'Бірінші', line: 3, section: 'activity', indicator: 'Кемінде 10 адам', status: 'met', periodOver: true, needsJustification: false },
                { file: 'a.grant', project: 'Екінші', line: 9, section: 'activity', task: 2, activity: '2.1', indicator: 'x', planText: '10', factText: '7', target: 10, fact: 7, unit: 'адам', ratio: 0.7, status: 'deviation', periodOver: true, needsJustification: true, justification: 'себебі' }
            ],
            findings: [
                { file: 'a.grant', line: 1, column: 1, code: 'P-001', severity: 'error', message: 'қате' },
                { file: 'a.grant', project: 'Екінші', line: 9, column: 5, code: 'V-IND-03', severity: 'warning', message: 'ескерту' }
            ]
        };
        const packed = packRows(rows);
        // Each repeated value once: the two projects, the section, the status…
        expect(packed.strings.filter(s => s === 'Бірінші' || s === 'activity' || s === 'Екінші')).toEqual(['Бірінші', 'activity', 'Екінші']);
        const back = unpackRows(structuredClone(packed));
        expect(back).toEqual(rows);
        expect(back.findings[0].project).toBeUndefined();
        expect(back.indicators[1].project).toBe('Екінші');
    });
});
