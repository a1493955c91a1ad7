// Registers the `align` language with Monaco: the editing rules of the VS Code extension
// (language-configuration.json) and a colouring whose keyword lists are read from the
// extension's TextMate grammar, so both editors colour the same words. Meaning (errors,
// completion, hover) comes from the language server, not from here.
import * as monaco from 'monaco-editor/editor';
import configuration from '../../language-configuration.json';
import grammar from '../../syntaxes/align.tmLanguage.json';

export const LANGUAGE_ID = 'align';

interface TmPattern {
    match?: string;
    name?: string;
}

/** The words of a TextMate pattern's first alternation, e.g. `\b(owner|consulted)\b` → owner, consulted. */
export function alternationWords(pattern: string | undefined): string[] {
    const group = /\(((?:[A-Za-z-]+\|)*[A-Za-z-]+)\)/.exec(pattern ?? '');
    return group ? group[1].split('|') : [];
}

function keywordLists(): { declarations: string[]; keywords: string[] } {
    const repository = grammar.repository as Record<string, { match?: string; patterns?: TmPattern[] }>;
    const declarations = alternationWords(repository.declaration?.match);
    const keywords = (repository.keywords?.patterns ?? []).flatMap(pattern => alternationWords(pattern.match));
    return { declarations, keywords };
}

function tokens(): monaco.languages.IMonarchLanguage {
    const { declarations, keywords } = keywordLists();
    return {
        declarations,
        keywords,
        tokenizer: {
            root: [
                [/\/\/.*$/, 'comment'],
                [/\/\*/, 'comment', '@comment'],
                [/"/, 'string', '@string'],
                [/\b\d{4}-(?:\d{2}-\d{2}|Q\d+)\b/, 'number'],
                [/\b\d+(?:\.\d+)?%?/, 'number'],
                [/->/, 'operator'],
                [/[{}]/, '@brackets'],
                [/[A-Za-z_](?:-?[A-Za-z0-9_])*/, { cases: { '@declarations': 'keyword', '@keywords': 'keyword', '@default': 'identifier' } }]
            ],
            comment: [
                [/\*\//, 'comment', '@pop'],
                [/[^*]+/, 'comment'],
                [/\*/, 'comment']
            ],
            string: [
                [/\\./, 'string.escape'],
                [/"/, 'string', '@pop'],
                [/[^"\\]+$/, 'string', '@pop'],
                [/[^"\\]+/, 'string']
            ]
        }
    };
}

const INDENT_ACTIONS: Record<string, monaco.languages.IndentAction> = {
    none: monaco.languages.IndentAction.None,
    indent: monaco.languages.IndentAction.Indent,
    indentOutdent: monaco.languages.IndentAction.IndentOutdent,
    outdent: monaco.languages.IndentAction.Outdent
};

/** language-configuration.json in Monaco's terms: its patterns are strings there, regular expressions here. */
function editingRules(): monaco.languages.LanguageConfiguration {
    const { comments, brackets, autoClosingPairs, surroundingPairs, indentationRules, onEnterRules, wordPattern } = configuration;
    return {
        comments: { lineComment: comments.lineComment, blockComment: comments.blockComment as [string, string] },
        brackets: brackets as monaco.languages.CharacterPair[],
        autoClosingPairs,
        surroundingPairs: surroundingPairs.map(([open, close]) => ({ open, close })),
        indentationRules: {
            increaseIndentPattern: new RegExp(indentationRules.increaseIndentPattern),
            decreaseIndentPattern: new RegExp(indentationRules.decreaseIndentPattern)
        },
        onEnterRules: onEnterRules.map(rule => ({
            beforeText: new RegExp(rule.beforeText),
            action: { indentAction: INDENT_ACTIONS[rule.action.indent] ?? monaco.languages.IndentAction.None, appendText: rule.action.appendText }
        })),
        wordPattern: new RegExp(wordPattern)
    };
}

/** Registers the language, its editing rules and its colouring. */
export function registerAlignLanguage(): void {
    monaco.languages.register({ id: LANGUAGE_ID, extensions: ['.align'], aliases: ['Align', 'align'] });
    monaco.languages.setLanguageConfiguration(LANGUAGE_ID, editingRules());
    monaco.languages.setMonarchTokensProvider(LANGUAGE_ID, tokens());
}
