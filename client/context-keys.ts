// Context keys gate the palette entries and complete walkthrough steps.
import * as vscode from 'vscode';
import { ContextKeys, VsCodeCommands } from '../language/protocol.js';

/** Sets a context key that package.json `when` clauses and walkthrough events read. */
export function setContextKey(key: string, value: unknown): Thenable<unknown> {
    return vscode.commands.executeCommand(VsCodeCommands.setContext, key, value);
}

/** Sets `align.fileOpened` once an `.align` file is shown in an editor (a walkthrough step waits for it). */
export function watchAlignEditors(): vscode.Disposable {
    const check = (editor: vscode.TextEditor | undefined) => {
        if (editor?.document.languageId !== 'align') return false;
        void setContextKey(ContextKeys.fileOpened, true);
        return true;
    };
    if (check(vscode.window.activeTextEditor)) return new vscode.Disposable(() => undefined);
    const watching = vscode.window.onDidChangeActiveTextEditor(editor => {
        if (check(editor)) watching.dispose();
    });
    return watching;
}
