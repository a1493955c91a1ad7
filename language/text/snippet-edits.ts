// Values a quick fix cannot choose for the user (an SLA, a mitigation, a target) are written as
// templates: plain text with sensible defaults for every LSP client, and the same text in VS Code
// snippet syntax so the editor can put the cursor on each value. LSP 3.17 workspace edits carry
// no snippets, so the snippet form travels in the code action's `data` and the VS Code client
// (client/code-action-snippets.ts) swaps it in. Pure and free of runtime imports: both the
// server and the client bundle use it.
import type { Range } from 'vscode-languageserver-types';
import { isJsonRange } from '../lsp-json.js';

/** A value the user should choose, with the default the plain text uses. */
export interface Placeholder {
    placeholder: string;
}

/** Text made of literal parts and placeholders. */
export type Template = Array<string | Placeholder>;

/** One edit in VS Code snippet syntax; it replaces the plain edit with the same uri and range. */
export interface SnippetEdit {
    uri: string;
    range: Range;
    newText: string;
}

/** What a code action's `data` holds when some of its edits have a snippet form. */
export interface SnippetData {
    snippet: SnippetEdit | SnippetEdit[];
}

/** A placeholder with its default value. */
export function placeholder(value: string): Placeholder {
    return { placeholder: value };
}

/** True when the template has something for the user to choose. */
export function hasPlaceholders(template: Template): boolean {
    return template.some(part => typeof part !== 'string');
}

/** The template with every placeholder at its default: what clients without snippets insert. */
export function plainText(template: Template): string {
    return template.map(part => (typeof part === 'string' ? part : part.placeholder)).join('');
}

/** The template in VS Code snippet syntax: placeholders numbered in order, `$`, `}` and `\` escaped. */
export function snippetText(template: Template): string {
    let tabstop = 0;
    return template.map(part => (typeof part === 'string' ? escapeSnippet(part) : `\${${++tabstop}:${escapeSnippet(part.placeholder)}}`)).join('');
}

/** Escapes the characters that snippet syntax gives a meaning to. */
export function escapeSnippet(text: string): string {
    return text.replace(/[\\$}]/g, character => `\\${character}`);
}

/** The snippet edits a code action's `data` carries: none for any other shape of data. */
export function snippetEditsOf(data: unknown): SnippetEdit[] {
    if (typeof data !== 'object' || data === null || !('snippet' in data)) return [];
    const snippet = (data as { snippet: unknown }).snippet;
    return (Array.isArray(snippet) ? snippet : [snippet]).filter(isSnippetEdit);
}

/**
 * The snippet edit that stands for the plain edit at this range of this resource, if any.
 * `normalise` brings a snippet's uri to the form `uri` is written in (a client may re-encode).
 */
export function snippetFor(snippets: SnippetEdit[], uri: string, range: Range, normalise: (uri: string) => string = text => text): SnippetEdit | undefined {
    return snippets.find(
        snippet => normalise(snippet.uri) === uri && samePosition(snippet.range.start, range.start) && samePosition(snippet.range.end, range.end)
    );
}

function samePosition(a: Range['start'], b: Range['start']): boolean {
    return a.line === b.line && a.character === b.character;
}

function isSnippetEdit(value: unknown): value is SnippetEdit {
    if (typeof value !== 'object' || value === null) return false;
    const edit = value as Partial<SnippetEdit>;
    return typeof edit.uri === 'string' && typeof edit.newText === 'string' && isJsonRange(edit.range);
}
