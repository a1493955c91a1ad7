// `align.revealDeclaration`: the target of code lenses, which name a file and a range.
import * as vscode from 'vscode';
import { Commands } from '../language/protocol.js';

/** Registers the command that opens a file and selects a range in it. */
export function registerRevealCommand(): vscode.Disposable {
    return vscode.commands.registerCommand(
        Commands.revealDeclaration,
        async (uri: string, range: { start: { line: number; character: number }; end: { line: number; character: number } }) => {
            const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
            const selection = new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
            await vscode.window.showTextDocument(document, { selection, preserveFocus: false });
        }
    );
}
