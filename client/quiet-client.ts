// The language client logs its failures and, for some (a start that failed, a restart that
// failed), also forces an error pop-up. While a server crashes in a loop that is one pop-up per
// attempt; CrashNotice says it once instead, so here every failure goes to the log only.
import { LanguageClient } from 'vscode-languageclient/node.js';

/** A LanguageClient whose failures are logged, never popped up. */
export class QuietLanguageClient extends LanguageClient {
    /** Logs the failure to the "Align" channel without a notification. */
    override error(message: string, data?: unknown, _showNotification?: boolean | 'force'): void {
        super.error(message, data, false);
    }

    /** Logs a message; a boolean `data` is the client passing its notification flag there, not data. */
    override info(message: string, data?: unknown, showNotification?: boolean): void {
        super.info(message, typeof data === 'boolean' ? undefined : data, showNotification);
    }
}
