/**
 * «Esep: New project»: the skeleton is clean — no errors, no warnings about facts overdue,
 * periods from today, empty placeholders that are tab stops and that the report refuses.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { fillSkeleton } from '../client/src/skeleton.js';
import { parse } from './helpers.js';
import { prepareReport } from '../server/src/report/prepare.js';
import { grant } from './helpers.js';
import { markReportRequested } from '../language/src/required.js';

const template = readFileSync(new URL('../templates/skeletons/project.kk.grant', import.meta.url), 'utf8');
const today = new Date(2026, 11, 3);

describe('the new-project skeleton', () => {
    test('periods from today: six months, the project and every activity', () => {
        const { text } = fillSkeleton(template, today);
        expect(text).toMatch(/^ {4}кезең: 03\.12\.2026 - 02\.06\.2027$/m);
        expect(text.match(/мерзімі: 03\.12\.2026 - 02\.06\.2027$/gm)?.length).toBe(3);
        expect(text.split('\n').filter(l => !l.trim().startsWith('//')).join('\n')).not.toMatch(/2025/);
    });

    test('no made-up data: no region, no position, no months, no numbers in plans', () => {
        const { text } = fillSkeleton(template, today);
        const code = text.split('\n').filter(l => !l.trim().startsWith('//')).join('\n');
        for (const fake of ['Батыс Қазақстан', 'Жоба жетекшісі', 'наурыз', 'кемінде', 'адам', '50%']) expect(code).not.toContain(fake);
    });

    test('no errors and no warnings about facts: only hints for what is still empty', async () => {
        const doc = await parse(fillSkeleton(template, new Date()).text);
        const errors = doc.diagnostics!.filter(d => d.severity === 1);
        expect(errors.map(d => d.message)).toEqual([]);
        expect(doc.diagnostics!.filter(d => d.code === 'V-PF-01')).toEqual([]);
        const hints = doc.diagnostics!.filter(d => d.severity === 4).map(d => String(d.message));
        expect(hints).toContain('Есепке қажетті «Гранталушы» бос: гранталушы: "…" тырнақшасының ішіне жазыңыз.');
        expect(hints.filter(h => h.includes('жоспары бос'))).toHaveLength(13);
    });

    test('every empty quote is a tab stop; the snippet is the text', () => {
        const { text, snippet } = fillSkeleton(template, today);
        const stops = text.split('\n').filter(l => !l.trim().startsWith('//')).join('\n').match(/""/g)!.length;
        expect(snippet).toContain(`"\${${stops}}"`);
        expect(snippet).toContain('жоба "${1}" {');
        expect(snippet).toContain('гранталушы: "${2}"');
        expect(snippet.replace(/\$\{\d+\}/g, '').replace(/\\([\\$}])/g, '$1')).toBe(text);
    });

    test('the report refuses the placeholders, each at its own line; once asked, they are errors', async () => {
        const text = fillSkeleton(template, new Date()).text;
        const doc = await parse(text);
        const prepared = prepareReport(doc, grant, { kind: 'final', lang: 'kk' });
        expect(prepared.ok).toBe(false);
        const errors = prepared.ok ? [] : prepared.errors;
        const lines = text.split('\n');
        const grantee = errors.find(e => e.message.includes('Гранталушы'))!;
        expect(grantee.message).toBe('қорытынды есеп үшін «Гранталушы» керек, бірақ «гранталушы:» жолы бос: оны толтырыңыз.');
        expect(lines[grantee.line - 1].trim()).toBe('гранталушы: ""');
        expect(errors.filter(e => e.code === 'V-REQ-05')).toHaveLength(13);
        // The same items are live diagnostics on the same lines.
        const live = doc.diagnostics!.filter(d => d.code === 'V-REQ-01' || d.code === 'V-REQ-05' || d.code === 'V-REQ-06' || d.code === 'V-REQ-15').map(d => d.range.start.line + 1).sort((a, b) => a - b);
        expect(errors.map(e => e.line).sort((a, b) => a - b)).toEqual(live);
        markReportRequested(doc.uri.toString());
        const again = await grant.validation.DocumentValidator.validateDocument(doc);
        expect(again.filter(d => d.code === 'V-REQ-01').map(d => d.severity)).toEqual([1, 1, 1, 1]);
    });
});
