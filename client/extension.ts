// The VS Code side of Align: starts the bundled language server and wires editor commands.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { TransportKind, type LanguageClient, type ServerOptions } from 'vscode-languageclient/node.js';
import { ContextKeys } from '../language/protocol.js';
import { createBuildStatusItem } from './build-status-item.js';
import { alignClientOptions } from './client-options.js';
import { registerCompareCommand } from './compare-command.js';
import { registerShowLocationsCommand } from './commands/show-locations.js';
import { setContextKey, watchAlignEditors } from './context-keys.js';
import { CrashNotice } from './crash-notice.js';
import { registerLanguageModelTools } from './language-model-tools.js';
import { registerMcpServerProvider } from './mcp-server-provider.js';
import { QuietLanguageClient } from './quiet-client.js';
import { registerOpenExampleCommand } from './open-example-command.js';
import { registerPreview } from './preview/preview-panel.js';
import { registerReportCommand } from './report-command.js';
import { registerRevealCommand } from './reveal-command.js';
import { registerServerCommands } from './server-commands.js';
import { registerMarkdownViews } from './markdown-view.js';
import { registerWhoDecidesCommand } from './who-decides-command.js';

let client: LanguageClient | undefined;

/** Starts the language client when the first `.align` file (or workspace containing one) opens. */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
    // Created first, so "Show Output" has something to show even if the server never starts.
    const output = vscode.window.createOutputChannel('Align', { log: true });
    const crashNotice = new CrashNotice();
    const serverModule = context.asAbsolutePath(path.join('out', 'server', 'main.cjs'));
    const serverOptions: ServerOptions = {
        run: { module: serverModule, transport: TransportKind.ipc },
        debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } }
    };
    // Unopened files matter too: every file of a project shares one namespace.
    const clientOptions = alignClientOptions(output, crashNotice, { fileEvents: vscode.workspace.createFileSystemWatcher('**/*.align') });
    const languageClient = (client = new QuietLanguageClient('align', 'Align', serverOptions, clientOptions));
    context.subscriptions.push(
        output,
        crashNotice.watch(languageClient),
        registerRevealCommand(),
        registerShowLocationsCommand(),
        registerServerCommands(languageClient, output),
        registerMarkdownViews(),
        registerWhoDecidesCommand(languageClient),
        registerCompareCommand(languageClient),
        registerReportCommand(languageClient),
        registerOpenExampleCommand(context.extensionUri),
        createBuildStatusItem(languageClient),
        ...registerLanguageModelTools(languageClient),
        ...registerMcpServerProvider(context)
    );
    // Shows the commands in the palette (package.json gates them on this key).
    void setContextKey(ContextKeys.active, true);
    context.subscriptions.push(watchAlignEditors());
    try {
        await languageClient.start();
    } catch (error) {
        // Logged by the client and told by the crash notice; the commands stay, so Restart works.
        output.error(`The Align server did not start: ${error instanceof Error ? error.message : String(error)}`);
    }
    registerPreview(context, languageClient);
}

/** Stops the language server with the extension. */
export async function deactivate(): Promise<void> {
    // A client that never came up has nothing to stop (and stop() would throw).
    if (client?.isRunning()) await client.stop();
    client = undefined;
}
