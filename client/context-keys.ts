// Context keys gate the palette entries and complete walkthrough steps.
import * as vscode from 'vscode';
import { VsCodeCommands } from '../language/protocol.js';

/** Sets a context key that package.json `when` clauses and walkthrough events read. */
export function setContextKey(key: string, value: unknown): Thenable<unknown> {
    return vscode.commands.executeCommand(VsCodeCommands.setContext, key, value);
}
