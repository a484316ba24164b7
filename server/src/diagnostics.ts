/**
 * Diagnostics as the CLI and tests see them: 1-based positions, a stable code,
 * a severity word. Langium's own parse/link diagnostics get the codes
 * `parse` and `link`; Esep's rules carry their rule ID.
 */
import { DocumentValidator, type LangiumDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver';

export type SeverityName = 'error' | 'warning' | 'info' | 'hint';

export interface FlatDiagnostic {
    file: string;
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
    severity: SeverityName;
    code: string;
    message: string;
}

export function severityName(d: Diagnostic): SeverityName {
    switch (d.severity) {
        case 1: return 'error';
        case 2: return 'warning';
        case 3: return 'info';
        default: return 'hint';
    }
}

/** The stable code of a diagnostic: `parse`, `link`, `value`, `internal` or a rule ID such as `V-PF-02` (docs/kk/rules.md). */
export function diagnosticCode(d: Diagnostic): string {
    const dataCode = (d.data as { code?: string } | undefined)?.code;
    if (dataCode === DocumentValidator.LexingError || dataCode === DocumentValidator.LexingWarning || dataCode === DocumentValidator.LexingInfo
        || dataCode === DocumentValidator.LexingHint || dataCode === DocumentValidator.ParsingError) return 'parse';
    if (dataCode === DocumentValidator.LinkingError) return 'link';
    if (typeof d.code === 'string' && d.code) return d.code;
    if (dataCode) return dataCode;
    return 'parse';
}

export function flatten(file: string, document: LangiumDocument): FlatDiagnostic[] {
    return (document.diagnostics ?? [])
        .map(d => ({
            file,
            line: d.range.start.line + 1,
            column: d.range.start.character + 1,
            endLine: d.range.end.line + 1,
            endColumn: d.range.end.character + 1,
            severity: severityName(d),
            code: diagnosticCode(d),
            message: typeof d.message === 'string' ? d.message : d.message.value
        }))
        .sort((a, b) => a.line - b.line || a.column - b.column);
}
