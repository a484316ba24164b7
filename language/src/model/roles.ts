/** What an indicator counts, read from its name and values (the one place these names are matched). */
import type { ParsedValue } from '../values/index.js';
import type { IndicatorRole } from './types.js';

const PARTICIPANTS = /^қатысушылар\s+саны$/iu;
const BENEFICIARIES = /тікелей\s+бенефициар/iu;
const PARTNERS = /серіктес/iu;
const PUBLICATIONS = /пост|мақала|жарияланым/iu;

export function roleOf(name: string, plan: ParsedValue | undefined, fact: ParsedValue | undefined): IndicatorRole {
    if (plan?.isMoney || fact?.isMoney) return 'money';
    if (PARTICIPANTS.test(name.trim())) return 'participants';
    if (BENEFICIARIES.test(name)) return 'beneficiaries';
    if (PARTNERS.test(name)) return 'partners';
    if (PUBLICATIONS.test(name)) return 'publications';
    return 'other';
}
