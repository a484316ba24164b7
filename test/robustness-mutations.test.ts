/**
 * Cut, duplicated and truncated lines of the real examples: parsing, evaluation
 * and every validation rule survive partial syntax trees.
 */
import { test, expect } from 'vitest';
import { parse, readExample, grant } from './helpers.js';

test('400 line-level mutations of the examples: no exception, no internal-error diagnostic', async () => {
    const texts = [readExample('birgemiz-bilim.grant'), readExample('teng-mumkindik.grant')];
    let seed = 1;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const found = new Map<string, string>();
    for (let i = 0; i < 400; i++) {
        const base = texts[i % 2];
        const lines = base.split('\n');
        const ops = 1 + Math.floor(rnd() * 4);
        for (let k = 0; k < ops; k++) {
            const at = Math.floor(rnd() * lines.length);
            const r = rnd();
            if (r < 0.3) lines.splice(at, 1);
            else if (r < 0.5) lines.splice(at, 0, lines[Math.floor(rnd() * lines.length)]);
            else if (r < 0.8) { const l = lines[at]; const c = Math.floor(rnd() * l.length); lines[at] = l.slice(0, c) + l.slice(c + 1 + Math.floor(rnd() * 10)); }
            else lines[at] = lines[at].slice(0, Math.floor(rnd() * lines[at].length));
        }
        const text = i % 17 === 0 ? lines.join('\n').slice(0, Math.floor(rnd() * base.length)) : lines.join('\n');
        let doc;
        try {
            doc = await parse(text);
            grant.model.Evaluator.get(doc);
        } catch (e) {
            found.set(String(e), text);
            continue;
        }
        for (const d of doc.diagnostics ?? []) {
            if (String(d.message).includes('ішкі қатесі')) found.set(String(d.message), text);
        }
    }
    for (const [k, text] of found) console.log('PROBLEM', k, '\n', text.length);
    expect([...found.keys()]).toEqual([]);
}, 300000);
