// Which `.align` file a command is about when it runs from the palette.
import * as vscode from 'vscode';

/** The active editor's document, else a visible `.align` editor's: whose project a command is about. */
export function alignDocumentUri(): string | undefined {
    const active = vscode.window.activeTextEditor?.document;
    if (active?.languageId === 'align') return active.uri.toString();
    return vscode.window.visibleTextEditors.find(editor => editor.document.languageId === 'align')?.document.uri.toString();
}
