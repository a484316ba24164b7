/**
 * While the user types, the findings of activities an edit did not touch are taken from the check
 * before (language/src/validation/reused-findings.ts). What must hold: after every edit the
 * document's findings are exactly those of a fresh check of the new text — same message, place,
 * severity and code — and the untouched activities were indeed not checked again.
 */
import { describe, expect, test } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver';
import { GrantDocumentValidator } from '../language/src/validation/fast-validation.js';
import { reusedFindings } from '../language/src/validation/reused-findings.js';
import { openInServer, parse, readExample, services } from './helpers.js';

const validator = services.Grant.validation.DocumentValidator as GrantDocumentValidator;

function findings(d: { diagnostics?: Diagnostic[] }): string[] {
    return (d.diagnostics ?? []).map(x => `${JSON.stringify(x.range)} ${x.severity} ${String(x.code)} ${x.message}`).sort();
}

let counter = 0;

/** `text` opened in the server as the editor opens it; `type(find, replace)` edits it as a change does and rebuilds. */
async function open(text: string) {
    const opened = await openInServer(`file:///test/reused-findings-${++counter}.grant`, text);
    const document = opened.document;
    let current = text;
    const doc = {
        document,
        async type(find: string | RegExp, replace: string) {
            const next = current.replace(find, replace);
            expect(next, `${find} not found`).not.toBe(current);
            current = next;
            await opened.type(next);
            const before = reusedFindings.reused;
            const fresh = await parse(next);
            // (A fresh document has new nodes: nothing of it is taken again.)
            expect(reusedFindings.reused).toBe(before);
            expect(findings(document)).toEqual(findings(fresh));
        },
        close: opened.close
    };
    // The server checks a change with the categories of checks it asks for while typing (a first
    // build checks every category): an edit first, as when the editor opens the file and types.
    await doc.type(/\s*$/u, '\n// .\n');
    return doc;
}

describe('findings of untouched activities, taken again while the user types', () => {
    test('typing in a fact, a name and a new indicator of the report example: the same findings as a fresh check, most activities not checked again', async () => {
        validator.reuseFindings = true;
        const base = readExample('birgemiz-bilim.grant');
        const doc = await open(base);
        expect(findings(doc.document).length).toBeGreaterThan(0);
        const start = { ...reusedFindings };
        await doc.type(/факт: (\d+)/u, 'факт: 1$1');
        const activities = (base.match(/^\s*іс-шара /gmu) ?? []).length;
        expect(reusedFindings.reused - start.reused).toBe(activities - 1);
        // A fact far below plan in another activity: an error appears there, and only there.
        await doc.type(/факт: 36\b/u, 'факт: 3');
        await doc.type(/көрсеткіш "([^"]+)"/u, 'көрсеткіш "$1 және фотосуреттері"');
        await doc.type(/(іс-шара[^\n]*\{\n)/u, '$1            көрсеткіш "Жаңа" жоспар: кемінде 12 факт: 1\n');
        await doc.type(/(іс-шара[^\n]*\{\n)/u, '$1            қатысушылар: 12,5 "жастар"\n');
        // Lines added above move the findings of every activity below.
        await doc.type(/(міндет 1 [^\n]*\{\n)/u, '$1        сипаттама: "Бір"\n\n\n');
        // A block inside an activity, then an edit inside that block alone: the activity stays the same node.
        await doc.type(/(іс-шара[^\n]*\{\n)/u, '$1            оқыту-нәтижелері {\n                бағыт "Ағылшын тілі" өсім: 20%\n            }\n');
        await doc.type(/өсім: 20%/u, 'өсім: 25%');
        // The report date: every activity's period may be over now (its findings change).
        await doc.type(/есеп-күні: *\S+/u, 'есеп-күні: 01.06.2020');
        doc.close();
    });

    test('a plan that gets its first fact: the project is no longer a plan, and the other activities are checked again', async () => {
        validator.reuseFindings = true;
        const base = readExample('teng-mumkindik.grant');
        const doc = await open(base);
        const before = { ...reusedFindings };
        await doc.type(/(көрсеткіш "[^"]+"\s+жоспар: [^\n]*?)(\s*\n)/u, '$1 факт: 5$2');
        expect(reusedFindings.reused).toBe(before.reused);
        doc.close();
    });

    test('the overachievement setting changed: every activity is checked again', async () => {
        validator.reuseFindings = true;
        const base = readExample('birgemiz-bilim.grant');
        const doc = await open(base);
        const settings = services.Grant.esep.Settings;
        const over = () => findings(doc.document).filter(f => f.includes('V-PF-07')).length;
        const hints = over();
        expect(hints).toBeGreaterThan(0);
        try {
            settings.update({ diagnostics: { overAchieved: 'off' } });
            const before = { ...reusedFindings };
            await doc.type(/факт: (\d+)/u, 'факт: 1$1');
            expect(reusedFindings.reused).toBe(before.reused);
            expect(over()).toBe(0);
        } finally {
            settings.update({});
        }
        doc.close();
    });
});
