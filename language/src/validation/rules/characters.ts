/** V-FMT-08: characters a report cannot hold (control-chars.ts), each run shown where it stands. */
import { AstUtils, type ValidationAcceptor } from 'langium';
import type { GrantFile } from '../../generated/ast.js';
import { controlCharRuns, hasControlChars } from '../../control-chars.js';
import { stillClean } from '../unchanged-text.js';
import { plainText } from '../../text-utils.js';
import type { RuleContext } from '../rule-context.js';

/** More would only repeat the message: the quick fix removes every one in the file. */
const MAX_REPORTED = 20;

export function checkControlChars(ctx: RuleContext, file: GrantFile, accept: ValidationAcceptor): void {
    const document = AstUtils.getDocument(file);
    const text = document.textDocument.getText();
    // The scan checkFile (writing.ts) made answers here too when the text is plain.
    if (stillClean(document, 'plain', text, plainText) || stillClean(document, 'control', text, part => !hasControlChars(part))) return;
    for (const run of controlCharRuns(text, MAX_REPORTED)) {
        ctx.report(accept, 'warning', 'V-FMT-08', 'V-FMT-08', { names: run.names }, { node: file, range: { start: run.start, end: run.end } });
    }
}
