/**
 * The editor's whole-document answers (semantic tokens, folding ranges, the outline) made of
 * parts, one an activity: while the user types in a big file, every activity but the edited one
 * gives the same part at each keystroke, only moved. A part is kept with the reading of its
 * activity (model/reused.ts takes a reading again only when the activity is the same node, nothing
 * in it was parsed again, and its number, label, period and report date are the same), and taken
 * again while that reading is, moved by the lines the activity moved; an activity whose first line
 * moved sideways is made again.
 */
import type { Position } from 'vscode-languageserver';
import type { EvalActivity } from '../model.js';

/** How often a part was taken again, by answer (the tests and the benchmark read it). */
export const reusedAnswers = { tokens: 0, folding: 0, symbols: 0 };

export class ActivityParts<T> {
    private readonly parts = new WeakMap<EvalActivity, { line: number; column: number; part: T }>();

    constructor(private readonly answer: keyof typeof reusedAnswers) {}

    /** The part of the activity read as `reading` starting at `start` (made by `make` unless kept), and how many lines it moved since it was made. */
    get(reading: EvalActivity, start: Position, make: () => T): { part: T; lines: number } {
        const kept = this.parts.get(reading);
        if (kept && kept.column === start.character) {
            reusedAnswers[this.answer]++;
            return { part: kept.part, lines: start.line - kept.line };
        }
        const part = make();
        this.parts.set(reading, { line: start.line, column: start.character, part });
        return { part, lines: 0 };
    }
}
