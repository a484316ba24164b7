/**
 * `esep check` of a big file, a piece at a time (issue 13, item 8). Parsed into one Langium
 * document, a file takes ~45× its size in memory (a syntax-tree leaf of ~100 bytes per token of
 * ~10 bytes: bench/README.md, «Big inputs»); read in pieces, only one piece's tree is alive.
 *
 * The file is cut (scan.ts) into the frame — the header and everything that is not a top-level
 * task — and runs of tasks of about PIECE_BYTES, each a small valid document (the header, the
 * run, the closing brace) parsed at its place in the file (pieces.ts). The rules are the same
 * rules; what one piece must know of the others comes to it in compact form (model/pieces.ts):
 *  1. each run is parsed and evaluated: its tasks' numbers and where they stand, whether an
 *     indicator has a fact, a syntax error, the indicators short of plan, how its numbers are
 *     written; its tree is let go;
 *  2. the frame is evaluated and validated with all of that: the header (the project's stage),
 *     the numbering of the tasks, the conclusion's claims, the number formats, the file's text;
 *  3. each run again, evaluated with the file's stage and validated: its findings (those on its
 *     own lines: the header's are the frame's), merged in order with the frame's, go out as
 *     they come.
 * The findings are the ones a whole read gives, in the same order (test/piecewise-check.test.ts).
 * A file whose shape the scan cannot cut safely, or whose pieces do not parse into just their
 * tasks, is read whole.
 */
import { GrammarUtils } from 'langium';
import { flatten, type FlatDiagnostic } from '../../diagnostics.js';
import { isShort, NOTHING_ELSEWHERE, type EvalProject, type Elsewhere, type NumberedAt, type RemoteNumberFacts } from '../../../../language/src/model.js';
import { numberFacts, remoteNumberFacts } from '../../../../language/src/validation/number-facts.js';
import { scanLayout, type Layout, type TaskRegion } from './scan.js';
import { buildPiece, drop, regionsOf, runPieces, tasksOf, type Cut, type Piece, type Services } from './pieces.js';
import { URI } from 'langium';
import { collectIfGrown } from '../lean-heap.js';

/** About this much text of tasks a piece (characters); ESEP_PIECE_CHARS sets another (tests). */
const PIECE_CHARS = 128 * 1024;

/** From this size of a file on (bytes) it is checked in pieces; ESEP_PIECEWISE=1 does it for every file (tests). */
export const PIECEWISE_BYTES = 8 * 1024 * 1024;

export function piecewiseWanted(bytes: number): boolean {
    if (process.env.ESEP_PIECEWISE === '0') return false;
    return process.env.ESEP_PIECEWISE === '1' || bytes >= PIECEWISE_BYTES;
}

/** How many files were checked in pieces, and how many were to be read whole after all (the tests read it). */
export const piecewiseCounts = { pieces: 0, whole: 0 };

function runsOf(layout: Layout): TaskRegion[][] {
    const asked = Number(process.env.ESEP_PIECE_CHARS);
    const size = Number.isInteger(asked) && asked > 0 ? asked : PIECE_CHARS;
    const runs: TaskRegion[][] = [];
    let run: TaskRegion[] = [];
    let chars = 0;
    for (const task of layout.tasks) {
        run.push(task);
        chars += task.end - task.start;
        if (chars >= size) { runs.push(run); run = []; chars = 0; }
    }
    if (run.length) runs.push(run);
    return runs;
}

/** Names kept for the whole file, each once. */
const names = new Map<string, string>();

/**
 * A name that outlives its piece: a copy (a name read from the text is a slice of the piece's
 * text, and would keep all of it alive), the same copy for the same name.
 */
function kept(name: string): string {
    let copy = names.get(name);
    if (copy === undefined) {
        copy = Array.from(name).join('');
        names.set(copy, copy);
    }
    return copy;
}

/** What pass 1 gathers from the runs of tasks: the frame's `elsewhere`. */
function gather(into: Elsewhere & { numbers: RemoteNumberFacts }, piece: Piece): void {
    const ep = piece.model.projects[0];
    if (!ep) return;
    if (ep.hasFacts) into.hasFacts = true;
    if (piece.document.parseResult.parserErrors.length > 0) into.parseErrors = true;
    for (const task of ep.tasks) {
        const item: NumberedAt = { number: task.number, numberWritten: task.numberWritten };
        const cst = task.numberWritten ? GrammarUtils.findNodeForProperty(task.node.$cstNode, 'number') : undefined;
        if (cst) {
            item.line = cst.range.start.line;
            item.character = cst.range.start.character;
            item.endCharacter = cst.range.end.character;
        }
        into.tasks.push(item);
    }
    for (const i of ep.indicators) {
        if (isShort(i.verdict.status)) into.short.push({ offset: i.node.$cstNode?.offset ?? 0, name: kept(i.name) });
    }
    // The header's values are the frame's.
    const facts = remoteNumberFacts(numberFacts(piece.model.values, v => v.$container?.$type !== 'Project'));
    const numbers = into.numbers;
    const copy = (text: string | undefined) => text === undefined ? undefined : kept(text);
    if (!numbers.separator && facts.separator) { numbers.separator = copy(facts.separator); numbers.grouped = copy(facts.grouped); }
    numbers.comma ??= copy(facts.comma);
    for (const s of facts.ungrouped) numbers.ungrouped.push({ text: kept(s.text), range: s.range });
    for (const s of facts.points) numbers.points.push({ text: kept(s.text), range: s.range });
}

/** What the evaluation of a task reads of its project. */
function contextOf(ep: EvalProject | undefined): string {
    const period = ep?.period?.period;
    return ep ? `${ep.reportDate}|${ep.reportDateSource}|${period?.start}|${period?.end}` : '';
}

const before = (a: FlatDiagnostic, b: FlatDiagnostic) => a.line < b.line || (a.line === b.line && a.column <= b.column);

/** What else reads the pieces as the check goes (the report of a big file: piecewise/report.ts). */
export interface PieceHooks {
    /** The frame, evaluated and validated with what the runs hold (before it is let go). */
    frame?(piece: Piece): void;
    /** Each run of tasks, evaluated with the file's stage and validated, in order (before it is let go). */
    run?(piece: Piece, run: TaskRegion[], tasksBefore: number): void;
    /** How the file was cut, to read the runs again. */
    cut?(cut: Cut): void;
}

/**
 * Checks `text` (the file at `path`, shown as `file`) in pieces, each finding to `emit` in
 * order. False, with nothing emitted, when the file is to be read whole.
 */
export async function checkInPieces(services: Services, file: string, path: string, text: string,
    emit: (d: FlatDiagnostic) => void, hooks: PieceHooks = {}): Promise<boolean> {
    const done = await inPieces(services, file, path, text, emit, hooks);
    if (done) piecewiseCounts.pieces++;
    else piecewiseCounts.whole++;
    return done;
}

async function inPieces(services: Services, file: string, path: string, text: string, emit: (d: FlatDiagnostic) => void,
    hooks: PieceHooks): Promise<boolean> {
    const layout = scanLayout(text);
    if (!layout) return false;
    const evaluator = services.Grant.model.Evaluator;
    const { piece: _none, ...base } = evaluator.getOptions();
    const uri = URI.file(path);
    try {
        const runs = runsOf(layout);
        const elsewhere = { hasFacts: false, parseErrors: false, tasks: [] as NumberedAt[], short: [] as Elsewhere['short'], numbers: { ungrouped: [], points: [] } as RemoteNumberFacts };
        // 0. What a task reads of the project (its period, the report date): a run reads only the
        // header before the first task; a field written after it makes the file one to read whole.
        const probe = await buildPiece(services, text, path, layout.frame, { role: 'frame', tasksBefore: 0, elsewhere: NOTHING_ELSEWHERE }, false);
        const context = contextOf(probe.model.projects[0]);
        // A misspelt keyword that the line recovery reads as «міндет»: a task the scan did not see.
        const strays = tasksOf(probe).length;
        await drop(services, uri);
        if (strays > 0) return false;
        // 1. What the runs hold.
        let tasksBefore = 0;
        for (const run of runs) {
            const piece = await buildPiece(services, text, path, regionsOf(layout, run), { role: 'tasks', tasksBefore, elsewhere: NOTHING_ELSEWHERE }, false);
            const made = tasksOf(piece).length;
            if (made !== run.length || contextOf(piece.model.projects[0]) !== context) return false;
            gather(elsewhere, piece);
            await drop(services, uri);
            await collectIfGrown();
            tasksBefore += run.length;
        }
        // 2. The frame, with all of it.
        const frame = await buildPiece(services, text, path, layout.frame, { role: 'frame', tasksBefore: 0, elsewhere }, true);
        const frameProject = frame.model.projects[0];
        if (!frameProject) return false;
        const cut: Cut = { layout, runs, hasFacts: frameProject.hasFacts };
        const framed = flatten(file, frame.document);
        hooks.frame?.(frame);
        await drop(services, uri);
        // 3. The runs again, validated, merged in order with the frame's findings.
        let k = 0;
        for await (const { piece, run, tasksBefore: runStart } of runPieces(services, text, path, cut, true)) {
            const first = run[0].firstLine + 1;
            const last = run[run.length - 1].lastLine + 1;
            for (const d of flatten(file, piece.document)) {
                if (d.line < first || d.line > last) continue; // the header's and the closing's: the frame's
                while (k < framed.length && before(framed[k], d)) emit(framed[k++]);
                emit(d);
            }
            hooks.run?.(piece, run, runStart);
        }
        while (k < framed.length) emit(framed[k++]);
        hooks.cut?.(cut);
        return true;
    } finally {
        names.clear();
        evaluator.setOptions(base);
    }
}
