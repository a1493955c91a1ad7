// `align.revealDeclaration`: the target of code lenses, which name a file and a range.
import * as vscode from 'vscode';
import { isJsonRange } from '../language/lsp-json.js';
import { Commands } from '../language/protocol.js';

/** Registers the command that opens a file and selects a range in it. */
export function registerRevealCommand(): vscode.Disposable {
    return vscode.commands.registerCommand(Commands.revealDeclaration, async (uri: unknown, range: unknown) => {
        // The arguments come from the server's lens: anything malformed is ignored, not thrown.
        if (typeof uri !== 'string' || !isJsonRange(range)) return;
        const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
        const selection = new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
        await vscode.window.showTextDocument(document, { selection, preserveFocus: false });
    });
}
