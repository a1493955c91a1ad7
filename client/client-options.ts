// The language client's options shared by the desktop extension and the web extension: what
// the server is asked about, where its log goes, and how failures are told.
import type * as vscode from 'vscode';
// The web bundle aliases this module to vscode-languageclient/browser.js (esbuild.mjs).
import { RevealOutputChannelOn, type LanguageClientOptions } from 'vscode-languageclient/node.js';
import { codeActionSnippetMiddleware } from './code-action-snippets.js';
import type { CrashNotice } from './crash-notice.js';

/** Options for Align's language client, with `synchronize` extended by the host (file events on the desktop). */
export function alignClientOptions(
    output: vscode.LogOutputChannel,
    crashNotice: CrashNotice,
    synchronize: LanguageClientOptions['synchronize'] = {}
): LanguageClientOptions {
    return {
        documentSelector: [{ language: 'align' }],
        synchronize: { ...synchronize, configurationSection: 'align' },
        outputChannel: output,
        // Quick fixes whose values the user must choose arrive with snippet placeholders.
        middleware: codeActionSnippetMiddleware(),
        // Failures go to the log; the one thing worth a notification, a server that stays
        // down, is told by the crash notice.
        revealOutputChannelOn: RevealOutputChannelOn.Never,
        errorHandler: crashNotice,
        // A server that dies while starting fails `initialize`, and without a handler the client
        // pops that failure up on every attempt; the close that follows reaches the crash notice.
        initializationFailedHandler: error => {
            output.error(`The Align server failed to initialize: ${error instanceof Error ? error.message : String(error)}`);
            return false;
        }
    };
}
