/**
 * One piece of a big file as a Langium document: the file's whole text, of which the lexer reads
 * only the piece's regions (lexer.ts, `regions`), so every token, node and finding stands at its
 * place in the file. Evaluated with what the other pieces hold (model/pieces.ts), validated by
 * the same rules, and let go.
 */
import { URI, type LangiumDocument } from 'langium';
import type { GrantFile, Task } from '../../../../language/src/generated/ast.js';
import type { TextRegion } from '../../../../language/src/lexer.js';
import { GrantLexer } from '../../../../language/src/lexer.js';
import { letGoOfLastTree } from '../../../../language/src/parser.js';
import type { EvaluatedFile, PieceOptions } from '../../../../language/src/model.js';
import type { Layout, TaskRegion } from './scan.js';
import { collectIfGrown } from '../lean-heap.js';
import type { createGrantServices } from '../../../../language/src/grant-module.js';

export type Services = ReturnType<typeof createGrantServices>;

export interface Piece {
    document: LangiumDocument<GrantFile>;
    model: EvaluatedFile;
}

/**
 * Parses `regions` of `text` as the file at `path` (so evidence paths are read from its folder),
 * then builds it (validated when `validation`). `drop` must follow.
 */
export async function buildPiece(services: Services, text: string, path: string, regions: readonly TextRegion[],
    piece: PieceOptions, validation: boolean): Promise<Piece> {
    const lexer = services.Grant.parser.Lexer;
    if (!(lexer instanceof GrantLexer)) throw new Error('piecewise reading needs Esep\'s lexer');
    const evaluator = services.Grant.model.Evaluator;
    const { piece: _old, ...base } = evaluator.getOptions();
    evaluator.setOptions({ ...base, piece });
    const uri = URI.file(path);
    const documents = services.shared.workspace.LangiumDocuments;
    if (documents.hasDocument(uri)) await drop(services, uri);
    lexer.regions = regions;
    let document: LangiumDocument<GrantFile>;
    try {
        document = services.shared.workspace.LangiumDocumentFactory.fromString<GrantFile>(text, uri);
    } finally {
        lexer.regions = undefined;
    }
    documents.addDocument(document);
    await services.shared.workspace.DocumentBuilder.build([document], { validation });
    return { document, model: evaluator.get(document) };
}

/** Lets a piece go: the document, its model, the parser's last tree. */
export async function drop(services: Services, uri: URI): Promise<void> {
    await services.shared.workspace.DocumentBuilder.update([], [uri]);
    letGoOfLastTree(services.Grant.parser.LangiumParser);
}

/** The top-level tasks a piece's parse made (a run of tasks must make exactly its own). */
export function tasksOf(piece: Piece): readonly Task[] {
    return piece.document.parseResult.value.projects[0]?.tasks ?? [];
}

/** How a file is cut: the frame and the runs of tasks, with the file's stage once known. */
export interface Cut {
    layout: Layout;
    runs: TaskRegion[][];
    /** Some indicator of the file has a fact (found by the first reading of the runs). */
    hasFacts: boolean;
}

/** The regions a run of tasks is read with: the header before it, the closing brace after it. */
export const regionsOf = (layout: Layout, run: TaskRegion[]) => [layout.header, ...run, layout.closing];

/**
 * Each run of tasks as a piece evaluated with the file's stage (validated when `validation`), in
 * order, with how many tasks stand before it; each is let go when the next is asked for.
 */
export async function* runPieces(services: Services, text: string, path: string, cut: Cut, validation: boolean, slack?: number):
    AsyncGenerator<{ piece: Piece; run: TaskRegion[]; tasksBefore: number }> {
    const uri = URI.file(path);
    let tasksBefore = 0;
    for (const run of cut.runs) {
        const options: PieceOptions = { role: 'tasks', tasksBefore, elsewhere: { hasFacts: cut.hasFacts, parseErrors: false, tasks: [], short: [] } };
        const piece = await buildPiece(services, text, path, regionsOf(cut.layout, run), options, validation);
        yield { piece, run, tasksBefore };
        await drop(services, uri);
        await collectIfGrown(slack);
        tasksBefore += run.length;
    }
}
