// Lets VS Code put the cursor on the values a quick fix could only guess (an SLA, a mitigation,
// a target). The server sends plain text edits, which every LSP client can apply, and the
// snippet form of some of them in the action's `data`; here each such plain edit is swapped for
// a snippet edit. The data shape and its reading live in language/text/snippet-edits.ts.
import * as vscode from 'vscode';
import type { Middleware } from 'vscode-languageclient/node.js';
import { snippetEditsOf, snippetFor } from '../language/text/snippet-edits.js';

/** Client middleware that turns the snippet data of Align's quick fixes into snippet edits. */
export function codeActionSnippetMiddleware(): Middleware {
    return {
        async provideCodeActions(document, range, context, token, next) {
            const actions = await next(document, range, context, token);
            return actions?.map(action => (action instanceof vscode.CodeAction ? withSnippets(action) : action));
        }
    };
}

/** The action with the plain edits its data has a snippet form of replaced by snippet edits. */
function withSnippets(action: vscode.CodeAction): vscode.CodeAction {
    const snippets = snippetEditsOf((action as { data?: unknown }).data);
    if (snippets.length === 0 || !action.edit) return action;
    // The server's uri text and the client's may encode a path differently: compare parsed.
    const normalise = (uri: string) => vscode.Uri.parse(uri).toString();
    // A fresh edit: `set` on the server's edit adds the snippet edits beside the plain ones in
    // VS Code 1.100, and the rule was inserted twice. Align's fixes carry no file operations.
    const rebuilt = new vscode.WorkspaceEdit();
    for (const [uri, edits] of action.edit.entries()) {
        rebuilt.set(
            uri,
            edits.map(edit => {
                const snippet = snippetFor(snippets, uri.toString(), edit.range, normalise);
                return snippet ? vscode.SnippetTextEdit.replace(edit.range, new vscode.SnippetString(snippet.newText)) : edit;
            })
        );
    }
    action.edit = rebuilt;
    return action;
}
