/**
 * `esep report` of a big file, a piece at a time (issue 13, item 8). Read whole, the report of
 * 200 000 tasks (53 MB) held the whole parse (~45× the file) and then a report model of ~1 GB;
 * here only one run of tasks is alive at a time, as for the check (check.ts).
 *
 *  1. The check in pieces runs first (check.ts): its findings give what a whole read gives —
 *     the syntax errors that refuse the report and the count of errors it warns about. Along the
 *     way it hands over the frame (the project without its top-level tasks: the header, the
 *     presentations, publications, impact, statistics, partners, conclusion…) and each run of
 *     tasks, evaluated with the file's stage: from each run the report gathers what its
 *     document-wide parts need (the deviations list, the review's rows, the empty fields that
 *     refuse it: report/build/task-source.ts) and nothing else is kept.
 *  2. The report model is built by the same builder from the frame, its per-task rows and blocks
 *     left as streams over the runs (`TaskSource`).
 *  3. While the .docx is written (report/docx-stream.ts), each stream reads the runs again, one
 *     at a time: the §1 activities table, the tasks' accounts when there are any, the §2
 *     plan/fact table, the charts with `--charts` (the plan's monitoring tables).
 * The .docx is the one a whole read gives, byte for byte (test/piecewise-report.test.ts).
 */
import { t } from '../../../../language/src/i18n.js';
import { reportModelBuilder, type TaskRun, type TaskSource } from '../../report/build/index.js';
import type { BuiltReport } from '../../report/document.js';
import {
    countedErrors, orderedProblems, reportFileName, sumProblems, unfilledProblems, type PrepareOptions, type ReportProblem
} from '../../report/prepare.js';
import { unfilledHeader } from '../../../../language/src/required.js';
import type { EvalProject } from '../../../../language/src/model.js';
import type { Project } from '../../../../language/src/generated/ast.js';
import { checkInPieces } from './check.js';
import { runPieces, type Cut, type Services } from './pieces.js';

export type PiecewiseReport =
    | { problems: ReportProblem[] }
    | { built: BuiltReport; fileName: string; errorCount: number };

/**
 * The report model of `text` (the file at `path`, named `file` in messages) read in pieces, its
 * per-task parts made while the .docx is written; false when the file is to be read whole.
 */
export async function reportInPieces(services: Services, file: string, path: string, text: string,
    options: PrepareOptions): Promise<PiecewiseReport | false> {
    const syntax: ReportProblem[] = [];
    let errorCount = 0;
    let frame: { project: Project; evaluated: EvalProject } | undefined;
    let model: ReturnType<typeof reportModelBuilder> | undefined;
    let cut: Cut | undefined;
    const ordered: { offset: number; problem: ReportProblem }[] = [];
    const source: TaskSource = {
        async *runs(): AsyncGenerator<TaskRun> {
            if (!cut) throw new Error('report in pieces: the file was not cut');
            const evaluator = services.Grant.model.Evaluator;
            const { piece: _none, ...base } = evaluator.getOptions();
            try {
                for await (const { piece, tasksBefore } of runPieces(services, text, path, cut, false)) {
                    yield { tasks: piece.model.projects[0]?.tasks ?? [], first: tasksBefore };
                }
            } finally {
                evaluator.setOptions(base);
            }
        }
    };
    const done = await checkInPieces(services, file, path, text, d => {
        if (d.severity !== 'error') return;
        errorCount++;
        if (d.code === 'parse' || d.code === 'link') syntax.push({ line: d.line, column: d.column, message: d.message, code: d.code });
    }, {
        frame: piece => {
            const project = piece.document.parseResult.value.projects[0];
            const evaluated = piece.model.projects[0];
            if (!project || !evaluated) return;
            frame = { project, evaluated };
            model = reportModelBuilder(evaluated, options, source);
            for (const p of orderedProblems(project, evaluated, options.kind)) ordered.push(p);
        },
        run: (piece, run, tasksBefore) => {
            const project = piece.document.parseResult.value.projects[0];
            const evaluated = piece.model.projects[0];
            if (!project || !evaluated || !model) return;
            model.gather({ tasks: evaluated.tasks, first: tasksBefore });
            // The run's own empty fields: those of the header it is read with are the frame's.
            const start = run[0].start, end = run[run.length - 1].end;
            for (const p of orderedProblems(project, evaluated, options.kind)) if (p.offset >= start && p.offset < end) ordered.push(p);
        },
        cut: c => { cut = c; }
    });
    if (!done) return false;
    if (syntax.length) return { problems: syntax };
    if (!frame || !model) return { problems: [{ line: 1, column: 1, message: t('report.noProject'), code: 'report' }] };
    // In the order a whole read gives: the header's fields, the rest by place, the sum.
    const header = [
        ...unfilledProblems(unfilledHeader(frame.project, options.kind), frame.project, frame.evaluated, options.kind),
        ...ordered.sort((a, b) => a.offset - b.offset).map(p => p.problem),
        ...sumProblems(frame.project, frame.evaluated, options.kind)
    ];
    if (header.length) return { problems: header };
    const built = model.build();
    countedErrors(built, errorCount);
    return { built, fileName: reportFileName(frame.evaluated.name, options.kind, options.lang), errorCount };
}
