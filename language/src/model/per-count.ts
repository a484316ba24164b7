/**
 * How many units a per-unit plan counts («кемінде 5 (әр кездесуден)», «1 (әр ай сайын)»,
 * «1 (әр қатысушыдан)»), from what the file says (DOMAIN rule A6, V-SUM-12):
 *  - months: the months of the activity's period, else of the project's;
 *  - participants: the participants written for the activity;
 *  - an indicator of the same activity that counts the units («Кездесулер саны: 36»);
 *  - the activity's result or completeness text («36 кездесу өткізілді»), when every
 *    such mention gives the same number.
 * Unknown otherwise: the fact is then not judged (V-SUM-12 says so).
 */
import { monthsOf, type Period } from '../dates.js';
import type { ParsedValue } from '../values/index.js';
import type { PerCount } from './types.js';
import { lowerCase, nfc } from '../fast-case.js';

export interface PerCountSources {
    period?: Period;
    participants: number;
    /** The other indicators of the activity: name and fact. */
    siblings: ReadonlyArray<{ name: string; fact?: ParsedValue }>;
    texts: ReadonlyArray<string | undefined>;
}

const MONTH = new Set(['ай']);
const PARTICIPANT = /^(қатысушы|адам|бала|оқушы|тыңдаушы)/u;

export function perCountOf(plan: ParsedValue, sources: PerCountSources): PerCount | undefined {
    const scope = plan.per ? lowerCase(nfc(plan.per.scope)).trim() : undefined;
    if (!scope) return undefined;
    if (MONTH.has(scope)) {
        return sources.period ? { n: monthsOf(sources.period).length, source: 'months' } : undefined;
    }
    if (PARTICIPANT.test(scope)) {
        return sources.participants > 0 ? { n: sources.participants, source: 'participants' } : undefined;
    }
    if (scope.length < 3) return undefined;
    const stem = scope.split(' ')[0];
    // «Кездесулер саны», «Мектептер саны»: the indicator that counts the units.
    for (const s of sources.siblings) {
        const name = lowerCase(nfc(s.name)).trim();
        if (!name.startsWith(stem) || !/\sсаны$/u.test(name)) continue;
        const part = s.fact && !s.fact.errors.length && s.fact.parts.length === 1 && !s.fact.per ? s.fact.parts[0] : undefined;
        if (part && Number.isInteger(part.n) && part.n > 0) return { n: part.n, source: 'indicator' };
    }
    // «36 кездесу ұйымдастырылды»: numbers written right before the unit's word.
    const found = new Set<number>();
    const re = unitMention(scope);
    for (const text of sources.texts) {
        if (!text) continue;
        for (const m of text.normalize('NFC').matchAll(re)) found.add(Number(m[1].replace(/[ \u00A0]/g, '')));
    }
    if (found.size === 1) {
        const n = [...found][0];
        if (Number.isInteger(n) && n > 0) return { n, source: 'text' };
    }
    return undefined;
}

/**
 * The expressions of the units of one evaluation (evaluate.ts: withMentions), by unit: a file
 * repeats the same few units, and making one costs more than running it. Forgotten when the
 * evaluation ends: nothing is kept between documents.
 */
let mentions: Map<string, RegExp> | undefined;

export function withMentions<T>(read: () => T): T {
    const outer = mentions;
    mentions ??= new Map();
    try {
        return read();
    } finally {
        mentions = outer;
    }
}

function unitMention(scope: string): RegExp {
    let re = mentions?.get(scope);
    if (!re) {
        re = new RegExp(`(?<![\\p{L}\\p{N}])(\\d{1,3}(?:[ \\u00A0]\\d{3})*|\\d+)\\s+${escape(scope)}[\\p{L}-]*`, 'giu');
        mentions?.set(scope, re);
    }
    return re;
}

function escape(s: string): string {
    return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
