/** What an indicator counts, read from its name and values (the one place these names are matched). */
import type { ParsedValue } from '../values/index.js';
import { alsoClearWithValues } from '../values/cache.js';
import type { IndicatorRole } from './types.js';

const PARTICIPANTS = /^қатысушылар\s+саны$/iu;
const BENEFICIARIES = /тікелей\s+бенефициар/iu;
const PARTNERS = /серіктес/iu;
const PUBLICATIONS = /пост|мақала|жарияланым/iu;
// Block IV: «Штаттық қызметкерлер саны», «Еңбек шарттары шеңберінде тартылған қызметкерлер саны»;
// «Тартылған мамандар саны», «Тартылған мамандардың саны (оның ішінде …)». A count («саны»),
// not the taxes of staff («Салықтар (… тек штаттық қызметкерлер)»).
const STAFF = /(?:штаттық|еңбек\s+шарт)[^()]*қызметкер\S*\s+саны/iu;
const SPECIALISTS = /тартылған\s+маман\S*\s+саны/iu;

export function roleOf(name: string, plan: ParsedValue | undefined, fact: ParsedValue | undefined): IndicatorRole {
    if (plan?.isMoney || fact?.isMoney) return 'money';
    // Remembered by name: the value cache has just hashed the same name string, so a lookup costs
    // less than the four case-insensitive searches (names come back in every version of a file).
    let role = BY_NAME.get(name);
    if (role === undefined) {
        role = roleByName(name);
        if (BY_NAME.size > 50000) BY_NAME.clear();
        BY_NAME.set(name, role);
    }
    return role;
}

const BY_NAME = new Map<string, IndicatorRole>();
alsoClearWithValues(() => BY_NAME.clear());

function roleByName(name: string): IndicatorRole {
    if (PARTICIPANTS.test(name.trim())) return 'participants';
    if (BENEFICIARIES.test(name)) return 'beneficiaries';
    if (PARTNERS.test(name)) return 'partners';
    if (PUBLICATIONS.test(name)) return 'publications';
    if (STAFF.test(name)) return 'staff';
    if (SPECIALISTS.test(name)) return 'specialists';
    return 'other';
}
