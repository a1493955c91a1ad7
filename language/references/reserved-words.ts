// The keywords of the language that look like names. The lexer reads them as keywords
// wherever they appear, so a declaration named `owner` or `hours` cannot be parsed. Read from
// the grammar, so that a keyword added to align.langium is reserved without another edit.
import { AstUtils, GrammarAST, GrammarUtils } from 'langium';
import { AlignGrammar } from '../generated/grammar.js';
import { isValidName } from './names.js';

let reserved: ReadonlySet<string> | undefined;

/** Every keyword of the Align grammar that would otherwise be a valid name. */
export function reservedWords(): ReadonlySet<string> {
    reserved ??= collectKeywords();
    return reserved;
}

/** True when the text is a keyword of the language, so it cannot be a declaration's name. */
export function isReservedWord(text: string): boolean {
    return reservedWords().has(text);
}

function collectKeywords(): Set<string> {
    const words = new Set<string>();
    for (const rule of GrammarUtils.getAllReachableRules(AlignGrammar(), false)) {
        for (const node of AstUtils.streamAllContents(rule)) {
            if (GrammarAST.isKeyword(node) && isValidName(node.value)) words.add(node.value);
        }
    }
    return words;
}
