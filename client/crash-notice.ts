// The client restarts a crashed server a few times. When it gives up, the user hears it once,
// with the two ways forward, instead of one error per crash and per failed request.
import * as vscode from 'vscode';
import {
    CloseAction,
    ErrorAction,
    State,
    type CloseHandlerResult,
    type ErrorHandler,
    type ErrorHandlerResult,
    type LanguageClient
} from 'vscode-languageclient/node.js';
import { Commands } from '../language/protocol.js';

/** Restarts allowed within CRASH_WINDOW_MS before the client gives up. */
export const MAX_RESTARTS = 4;
export const CRASH_WINDOW_MS = 3 * 60 * 1000;

/** Connection errors tolerated in a row before the connection is shut down. */
const MAX_CONNECTION_ERRORS = 3;

/** The client's error handler: a restart budget, and one notice when it is spent. */
export class CrashNotice implements ErrorHandler {
    private crashes: number[] = [];
    private told = false;

    constructor(private readonly now: () => number = Date.now) {}

    /** Once the server runs again (after the user restarted it), a later give-up is news again. */
    watch(client: LanguageClient): vscode.Disposable {
        return client.onDidChangeState(event => {
            if (event.newState === State.Running) this.told = false;
        });
    }

    /** A read or write failed: keep going unless it keeps failing. */
    error(_error: Error, _message: unknown, count: number | undefined): ErrorHandlerResult {
        if (count !== undefined && count <= MAX_CONNECTION_ERRORS) return { action: ErrorAction.Continue, handled: true };
        this.tell('The connection to the Align language server keeps failing, so it was stopped.');
        return { action: ErrorAction.Shutdown, handled: true, message: 'Connection to the Align server keeps failing: stopped.' };
    }

    /** The server exited: restart it within the budget, else stop and tell. */
    closed(): CloseHandlerResult {
        const now = this.now();
        this.crashes = this.crashes.filter(time => now - time < CRASH_WINDOW_MS);
        this.crashes.push(now);
        const count = this.crashes.length;
        if (count <= MAX_RESTARTS) {
            return {
                action: CloseAction.Restart,
                handled: true,
                message: `The Align server stopped; restarting it (${count} of ${MAX_RESTARTS} within 3 minutes).`
            };
        }
        // A restart by the user starts a fresh budget.
        this.crashes = [];
        this.tell(
            `The Align language server crashed ${count} times in 3 minutes and was not restarted: diagnostics, hover and the preview are off until it runs again.`
        );
        return { action: CloseAction.DoNotRestart, handled: true, message: `The Align server crashed ${count} times in 3 minutes; not restarted.` };
    }

    private tell(message: string): void {
        if (this.told) return;
        this.told = true;
        void vscode.window.showErrorMessage(message, 'Restart', 'Show Output').then(choice => {
            if (choice === 'Restart') void vscode.commands.executeCommand(Commands.restartServer);
            else if (choice === 'Show Output') void vscode.commands.executeCommand(Commands.showOutput);
        });
    }
}
