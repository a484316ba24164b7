/** Parsed values and name readings, remembered (values are immutable). */
import { clearMisspellings } from '../text-utils.js';
import { clearNameCaches } from './indicator-units.js';
import { clearPhraseCaches } from './phrases.js';
import { completeReading, readValueText, type ValueReading } from './parser.js';
import type { ParsedValue, ValueContext } from './types.js';

/** Parses the text of a plan or fact value. Never throws. */
export function parseValue(raw: string, ctx: ValueContext = {}): ParsedValue {
    // Parsed values are immutable: the same text in the same context is read once,
    // so re-evaluating a document after an edit re-reads only the values that changed.
    // Keyed role → indicator name → text, so no key string is built per lookup
    // (the name strings of the AST keep their hash).
    const byRole = ctx.role === 'plan' ? PLAN_VALUES : ctx.role === 'fact' ? FACT_VALUES : OTHER_VALUES;
    const name = ctx.indicatorName ?? '';
    let byName = byRole.get(name);
    if (!byName) {
        byName = new Map<string, ParsedValue>();
        byRole.set(name, byName);
    }
    const hit = byName.get(raw);
    if (hit) return hit;
    // The text is read once for every name and role it stands with (parser.ts: ValueReading).
    let reading = READINGS.get(raw);
    if (!reading) {
        reading = readValueText(raw);
        READINGS.set(raw, reading);
    }
    const value = completeReading(reading, ctx);
    if (++cachedValues > 50000) {
        clearValueCache();
        cachedValues = 1;
        byName = new Map<string, ParsedValue>();
        byRole.set(name, byName);
    }
    byName.set(raw, value);
    return value;
}

const PLAN_VALUES = new Map<string, Map<string, ParsedValue>>();
const FACT_VALUES = new Map<string, Map<string, ParsedValue>>();
const OTHER_VALUES = new Map<string, Map<string, ParsedValue>>();
const READINGS = new Map<string, ValueReading>();
let cachedValues = 0;

/** What other modules remember of the same texts (model/roles.ts), forgotten with the values. */
const ALSO_CLEAR: Array<() => void> = [];

/** Registers a memo of values' or names' readings that clearValueCache() forgets too. */
export function alsoClearWithValues(clear: () => void): void {
    ALSO_CLEAR.push(clear);
}

/** Forgets every parsed value and every reading remembered with them (benchmarks measure cold evaluation with it). */
export function clearValueCache(): void {
    for (const clear of ALSO_CLEAR) clear();
    PLAN_VALUES.clear();
    FACT_VALUES.clear();
    OTHER_VALUES.clear();
    READINGS.clear();
    clearNameCaches();
    clearPhraseCaches();
    clearMisspellings();
    cachedValues = 0;
}
