// The names already written in the list the cursor is extending: `touches Arch, |` or
// `escalation path A -> B -> |`. Read from the tokens before the cursor rather than the AST,
// because the list being typed is exactly where the parser has to recover.
import type { Lexer } from 'langium';

const SEPARATORS = new Set([',', '->']);

/** The names of the list that ends just before `offset` (`A, B, |` gives A and B). */
export function namesListedBefore(lexer: Lexer, text: string, offset: number): string[] {
    const tokens = lexer.tokenize(text.slice(0, offset)).tokens;
    const names: string[] = [];
    let index = tokens.length - 1;
    while (index >= 1 && SEPARATORS.has(tokens[index].image) && tokens[index - 1].tokenType.name === 'ID') {
        names.push(tokens[index - 1].image);
        index -= 2;
    }
    return names;
}
