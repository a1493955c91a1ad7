// The VS Code side of Align: starts the bundled language server and wires editor commands.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node.js';
import { registerPreview } from './preview/preview-panel.js';
import { registerRevealCommand } from './reveal-command.js';

let client: LanguageClient | undefined;

/** Starts the language client when the first `.align` file (or workspace containing one) opens. */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
    const serverModule = context.asAbsolutePath(path.join('out', 'server', 'main.cjs'));
    const serverOptions: ServerOptions = {
        run: { module: serverModule, transport: TransportKind.ipc },
        debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } }
    };
    const clientOptions: LanguageClientOptions = {
        documentSelector: [{ language: 'align' }],
        synchronize: {
            // Unopened files matter too: every file shares one namespace.
            fileEvents: vscode.workspace.createFileSystemWatcher('**/*.align'),
            configurationSection: 'align'
        },
        outputChannelName: 'Align'
    };
    client = new LanguageClient('align', 'Align', serverOptions, clientOptions);
    context.subscriptions.push(registerRevealCommand());
    await client.start();
    registerPreview(context, client);
}

/** Stops the language server with the extension. */
export async function deactivate(): Promise<void> {
    await client?.stop();
    client = undefined;
}
