/**
 * A project's shape (shape-of.ts) from .grant text, with the parse errors and diagnostics
 * of that text: what the import tests compare.
 */
import type { GrantFile } from '../../language/src/generated/ast.js';
import { parse } from '../helpers.js';
import { shapeOf, type Shape } from './shape-of.js';

export * from './shape-of.js';

/** Parses .grant text; throws on syntax errors (an import draft must have none). */
export async function shapeOfText(text: string): Promise<{ shape: Shape; parseErrors: string[]; diagnostics: { code?: string; message: string; line: number }[] }> {
    const doc = await parse(text, true);
    const parseErrors = [...doc.parseResult.lexerErrors.map(e => e.message), ...doc.parseResult.parserErrors.map(e => e.message)];
    const project = (doc.parseResult.value as GrantFile).projects[0];
    return {
        shape: shapeOf(project),
        parseErrors,
        diagnostics: (doc.diagnostics ?? []).map(d => ({ code: d.code as string | undefined, message: String(d.message), line: d.range.start.line + 1 }))
    };
}
