import { DefaultValueConverter, type CstNode, type GrammarAST, type ValueType } from 'langium';

/**
 * Strings and words are NFC-normalised as they enter the AST, so a decomposed «й»
 * pasted from a PDF compares equal to the composed one everywhere downstream.
 * Offsets stay those of the source text: only the AST values change.
 * NUMBER stays the source text; language/src/values.ts is the one reader of numbers.
 */
export class GrantValueConverter extends DefaultValueConverter {
    protected override runConverter(rule: GrammarAST.AbstractRule, input: string, cstNode: CstNode): ValueType {
        switch (rule.name) {
            case 'STRING':
                return input.slice(1, -1).normalize('NFC');
            case 'WORD':
                return input.normalize('NFC');
            case 'NUMBER':
            case 'DATE':
                return input;
            default:
                return super.runConverter(rule, input, cstNode);
        }
    }
}
