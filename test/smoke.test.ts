import { expect, test } from 'vitest';
import { parse, readSpec, grant } from './helpers.js';

test('spec parses', async () => {
    const doc = await parse(readSpec(), false);
    const errs = [...doc.parseResult.lexerErrors.map(e => e.message), ...doc.parseResult.parserErrors.map(e => `${e.token.startLine}:${e.token.startColumn} ${e.message}`)];
    console.log(errs.join('\n'));
    const model = grant.model.Evaluator.get(doc);
    const p = model.projects[0];
    for (const i of p.indicators) console.log(i.name.slice(0, 30), '|', i.plan?.raw, '|', i.fact?.raw, '|', i.verdict.status, i.verdict.ratio?.toFixed(2), i.verdict.reason ?? '', i.plan?.parts.map(x => `${x.n}${x.unit ?? ''}`).join('/'), i.plan?.ofWhich.map(x => x.n).join(','));
    console.log(p.period?.period, p.tasks.map(t => t.activities.map(a => a.label + ' ' + JSON.stringify(a.period?.period))));
    expect(errs).toEqual([]);
});
