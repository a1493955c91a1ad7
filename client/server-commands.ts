// "Align: Restart Server" and "Align: Show Output": the ways out when the server misbehaves.
import * as vscode from 'vscode';
import { State, type LanguageClient } from 'vscode-languageclient/node.js';
import { Commands } from '../language/protocol.js';

/** Registers Restart Server and Show Output. */
export function registerServerCommands(client: LanguageClient, output: vscode.LogOutputChannel): vscode.Disposable {
    return vscode.Disposable.from(
        vscode.commands.registerCommand(Commands.restartServer, () => restartServer(client, output)),
        vscode.commands.registerCommand(Commands.showOutput, () => output.show(true))
    );
}

/** Restarts a running server, or starts one that stopped for good. */
export async function restartServer(client: LanguageClient, output: vscode.LogOutputChannel): Promise<void> {
    output.info('Restarting the Align server (Align: Restart Server).');
    try {
        await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: 'Restarting the Align server' }, async () => {
            // A client that is still starting cannot be stopped; it will be running in a moment.
            if (client.state === State.Running) await client.restart();
            else if (client.state === State.Stopped) await client.start();
        });
    } catch (error) {
        output.error(`Restarting the server failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
        const choice = await vscode.window.showErrorMessage('The Align server could not be restarted.', 'Show Output');
        if (choice) output.show(true);
    }
}
