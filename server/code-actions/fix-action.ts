// Turns the edits a quick fix wants into an LSP code action: plain text edits for every client,
// and the snippet form of the edits with placeholders in `data` (see snippet-edits.ts).
import type { LangiumDocument } from 'langium';
import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit } from 'vscode-languageserver';
import { hasPlaceholders, plainText, snippetText, type SnippetEdit, type Template } from '../../language/text/snippet-edits.js';

/** A change to one document, in offsets of its current text (start === end inserts). */
export interface OffsetEdit {
    document: LangiumDocument;
    start: number;
    end: number;
    text: string | Template;
}

/** An insertion at an offset. */
export function insertAt(document: LangiumDocument, offset: number, text: string | Template): OffsetEdit {
    return { document, start: offset, end: offset, text };
}

/**
 * A quick fix made of these edits. `preferred` is for the one obvious repair only: where the
 * user must choose between fixes or fill in a value, no action may be applied unasked.
 */
export function quickFix(title: string, diagnostic: Diagnostic, edits: OffsetEdit[], preferred = false): CodeAction {
    const action: CodeAction = { ...editAction(title, CodeActionKind.QuickFix, edits), diagnostics: [diagnostic] };
    if (preferred) action.isPreferred = true;
    return action;
}

/** A code action of any kind made of these edits, with the snippet form of those that have placeholders. */
export function editAction(title: string, kind: CodeActionKind, edits: OffsetEdit[]): CodeAction {
    const changes: Record<string, TextEdit[]> = {};
    const snippets: SnippetEdit[] = [];
    for (const [uri, group] of byDocument(edits)) {
        const document = group[0].document.textDocument;
        changes[uri] = merged(group).map(edit => {
            const range = { start: document.positionAt(edit.start), end: document.positionAt(edit.end) };
            if (hasPlaceholders(edit.text)) snippets.push({ uri, range, newText: snippetText(edit.text) });
            return { range, newText: plainText(edit.text) };
        });
    }
    const action: CodeAction = { title, kind, edit: { changes } };
    if (snippets.length > 0) action.data = { snippet: snippets.length === 1 ? snippets[0] : snippets };
    return action;
}

function byDocument(edits: OffsetEdit[]): Map<string, OffsetEdit[]> {
    const groups = new Map<string, OffsetEdit[]>();
    for (const edit of edits) {
        const uri = edit.document.uri.toString();
        groups.set(uri, [...(groups.get(uri) ?? []), edit]);
    }
    return groups;
}

/**
 * The edits of one document in order, with edits that touch joined into one: an insertion at the
 * very offset where a deletion starts would otherwise be applied in an order clients disagree on.
 */
function merged(edits: OffsetEdit[]): Array<{ start: number; end: number; text: Template }> {
    const text = edits[0].document.textDocument.getText();
    const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
    const result: Array<{ start: number; end: number; text: Template }> = [];
    for (const edit of sorted) {
        const last = result[result.length - 1];
        const parts = typeof edit.text === 'string' ? [edit.text] : edit.text;
        if (last && edit.start <= last.end) {
            last.text = [...last.text, text.slice(last.end, Math.max(last.end, edit.start)), ...parts];
            last.end = Math.max(last.end, edit.end);
        } else {
            result.push({ start: edit.start, end: edit.end, text: [...parts] });
        }
    }
    return result;
}
