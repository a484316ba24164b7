/** A4: a value written into an indicator's name that disagrees with its plan. */
import type { Span } from '../text-utils.js';
import { parseValue } from './cache.js';
import type { ParsedValue } from './types.js';

/**
 * A4: the value an indicator's name carries after «кемінде» or a dash («… сауалнама Кемінде 100»,
 * «… ұсынымдар – 100 дана.»), when it disagrees with the plan (another number, or % against a
 * count). Bare numbers in a name («1 минутқа дейін», «2 тілде») are part of what is counted, not
 * a target. Offsets are relative to the name.
 */
export function nameValueConflict(name: string, plan: ParsedValue): Span | undefined {
    // Most names have neither: plain searches first, the expression only for the few that may.
    if (!/\d/.test(name) || !(name.includes('емінде') || name.includes('ЕМІНДЕ') || name.includes('е менее') || /\s[-–—]\s/.test(name))) return undefined;
    const m = /(?<![\p{L}\p{M}])(кемінде|не менее)\s+\d[^()]*$|\s[-–—]\s+(\d[^()]*)$/iu.exec(name);
    if (!m) return undefined;
    const start = m[2] !== undefined ? m.index + m[0].lastIndexOf(m[2]) : m.index;
    const text = name.slice(start).replace(/[.\s]+$/u, '');
    const inName = parseValue(text, { role: 'plan' });
    const a = inName.parts[0], b = plan.parts[0];
    if (!a || !b || inName.errors.length) return undefined;
    if (a.n === b.n && inName.isPercent === plan.isPercent) return undefined;
    return { start, end: start + text.length, text };
}
