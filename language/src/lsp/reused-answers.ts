/**
 * How often the editor's whole-document answers took an activity's part from the answer before
 * (semantic tokens, folding ranges, outline: each keeps an untouched activity's part while it is
 * the same reading, model/reused.ts) — the tests and the benchmark read it.
 */
export const reusedAnswers = { tokens: 0, folding: 0, symbols: 0 };
