/**
 * A quote left open: `гранталушы: "Жас қанат` with the closing quote deleted. A quoted text may
 * run over several lines (a description's paragraphs), so the lexer reads on to the next quote —
 * the opening quote of the next field — and every quote after it pairs the wrong way: errors
 * far below the slip and none of the file's checks. When a text that runs over lines has a line
 * that is plainly a field (`тақырып: "…`, `көрсеткіш "…`) or a block's end (`}`), its opening
 * quote was left open: the lexer reads the file again with that quote as a space, and the line
 * recovery reads the rest of its line as the text, with the error «… тырнақшасы жабылмаған: …»
 * and the one-click fix that closes it.
 */
import type { IToken, TokenType } from 'chevrotain';

const FIELD_LINE = /^([\p{Ll}][\p{Ll}\p{N}-]*)\s*(?::|["“„{]|\d)/u;
/** At most this many open quotes are mended in one file (each costs one more lexing). */
export const MAX_OPEN_QUOTES = 8;

/** The offset of the first quote that was left open, if any. */
export function openQuote(tokens: readonly IToken[], string: TokenType, keywords: ReadonlySet<string>): number | undefined {
    for (const tok of tokens) {
        if (tok.tokenType !== string || !/[\r\n]/.test(tok.image)) continue;
        const lines = tok.image.split(/\r\n|\r|\n/);
        for (let k = 1; k < lines.length; k++) {
            const line = lines[k].trim();
            const word = FIELD_LINE.exec(line)?.[1];
            if (line === '}' || (word !== undefined && keywords.has(word))) return tok.startOffset;
        }
    }
    return undefined;
}
