// The Align extension in VS Code for the Web (package.json `browser`): the language server is
// the web worker bundle the playground also runs (server/browser-main.ts), reading the
// workspace through the editor (workspace-files.ts). Diagnostics,
// completion, hover, quick fixes, code lenses, "Who decides…?" and the build status work as
// on the desktop. The preview, the export, the report, "Compare with…" and "Open Example" need
// Node (the panels' nonces and byte buffers, git, the file system) and say so instead.
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser.js';
import type { LanguageClient as NodeLanguageClient } from 'vscode-languageclient/node.js';
import { Commands, ContextKeys } from '../language/protocol.js';
import { createBuildStatusItem } from './build-status-item.js';
import { registerLanguageModelTools } from './language-model-tools.js';
import { alignClientOptions } from './client-options.js';
import { registerShowLocationsCommand } from './commands/show-locations.js';
import { setContextKey, watchAlignEditors } from './context-keys.js';
import { CrashNotice } from './crash-notice.js';
import { registerRevealCommand } from './reveal-command.js';
import { registerServerCommands } from './server-commands.js';
import { registerMarkdownViews } from './markdown-view.js';
import { registerWhoDecidesCommand } from './who-decides-command.js';
import { serveWorkspaceFiles } from './workspace-files.js';

/** Commands of the desktop extension that cannot run in a browser. */
const DESKTOP_ONLY: Record<string, string> = {
    [Commands.openPreview]: 'The preview',
    [Commands.openPreviewToSide]: 'The preview',
    [Commands.exportDiagram]: 'Exporting a diagram',
    [Commands.showReport]: 'The report',
    [Commands.compareWith]: 'Compare with…',
    [Commands.openExample]: 'Open Example'
};

let client: LanguageClient | undefined;

/** Starts the language server in a web worker and registers the commands that work in a browser. */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
    const output = vscode.window.createOutputChannel('Align', { log: true });
    const crashNotice = new CrashNotice();
    const serverMain = vscode.Uri.joinPath(context.extensionUri, 'out', 'server', 'browser-main.js');
    // Files changed outside an editor (a save from another tab, a git pull in a codespace) reach the server too.
    const clientOptions = alignClientOptions(output, crashNotice, { fileEvents: vscode.workspace.createFileSystemWatcher('**/*.align') });
    const languageClient = (client = new LanguageClient('align', 'Align', clientOptions, new Worker(serverMain.toString(true))));
    // The shared helpers are typed with the Node client but use only what every client has.
    const anyClient = languageClient as unknown as NodeLanguageClient;
    context.subscriptions.push(
        output,
        serveWorkspaceFiles(languageClient),
        crashNotice.watch(anyClient),
        registerRevealCommand(),
        registerShowLocationsCommand(),
        registerServerCommands(anyClient, output),
        registerMarkdownViews(),
        registerWhoDecidesCommand(anyClient),
        createBuildStatusItem(anyClient),
        ...registerLanguageModelTools(anyClient),
        ...Object.entries(DESKTOP_ONLY).map(([command, feature]) =>
            vscode.commands.registerCommand(
                command,
                () =>
                    void vscode.window.showInformationMessage(
                        `Align: ${feature} needs the desktop version of VS Code; it is not available in VS Code for the Web.`
                    )
            )
        )
    );
    void setContextKey(ContextKeys.active, true);
    context.subscriptions.push(watchAlignEditors());
    try {
        await languageClient.start();
    } catch (error) {
        output.error(`The Align server did not start: ${error instanceof Error ? error.message : String(error)}`);
    }
}

/** Stops the language server with the extension. */
export async function deactivate(): Promise<void> {
    if (client?.isRunning()) await client.stop();
    client = undefined;
}
