// "Align: Open Example", the walkthrough's first step: copies the stalemate example shipped
// with the extension (examples/stalemate) to a folder the user picks and opens it, so the
// rest of the walkthrough has an ambiguity to find and fix.
import * as vscode from 'vscode';
import { Commands, VsCodeCommands } from '../language/protocol.js';

const EXAMPLE = 'stalemate';
/** The file holding the decision nobody can decide: what the walkthrough looks at first. */
const FIRST_FILE = 'delivery.align';
const CONFIG_FILE = 'align.config.json';
/** Longer than the file watcher's batching of events. */
const WATCHER_SETTLE_MS = 500;

/** Registers the command that creates and opens the example. */
export function registerOpenExampleCommand(extensionUri: vscode.Uri): vscode.Disposable {
    return vscode.commands.registerCommand(Commands.openExample, () => openExample(vscode.Uri.joinPath(extensionUri, 'examples', EXAMPLE)));
}

async function openExample(source: vscode.Uri): Promise<void> {
    const folders = vscode.workspace.workspaceFolders ?? [];
    const picked = await vscode.window.showOpenDialog({
        canSelectFolders: true,
        canSelectFiles: false,
        canSelectMany: false,
        defaultUri: folders[0]?.uri,
        title: 'Where should the Align example go?',
        openLabel: 'Create the example here'
    });
    if (!picked?.[0]) return;
    const target = await freeFolder(picked[0], `align-${EXAMPLE}`);
    await copyExample(source, target);
    if (vscode.workspace.getWorkspaceFolder(target)) {
        // Inside the open workspace: the server picks the files up, no reload needed.
        await vscode.window.showTextDocument(vscode.Uri.joinPath(target, FIRST_FILE));
    } else {
        // Elsewhere it is a folder of its own; keep the user's current window if one is open.
        await vscode.commands.executeCommand(VsCodeCommands.openFolder, target, { forceNewWindow: folders.length > 0 });
    }
}

/** `parent/name`, or `parent/name-2`, … when that exists: never writes over the user's files. */
async function freeFolder(parent: vscode.Uri, name: string): Promise<vscode.Uri> {
    for (let n = 1; ; n++) {
        const candidate = vscode.Uri.joinPath(parent, n === 1 ? name : `${name}-${n}`);
        try {
            await vscode.workspace.fs.stat(candidate);
        } catch {
            return candidate;
        }
    }
}

async function copyExample(source: vscode.Uri, target: vscode.Uri): Promise<void> {
    const files = (await vscode.workspace.fs.readDirectory(source)).filter(([, type]) => type === vscode.FileType.File).map(([name]) => name);
    // Inside an open workspace the example must become a project of its own (its names would
    // clash with the enclosing project's). VS Code's file watcher reports a new folder without
    // the files created with it, and the server then never sees the new config; so the folder
    // first, then the config, then the rest, each after the watcher has reported the last.
    await vscode.workspace.fs.createDirectory(target);
    await settle();
    files.sort((a, b) => Number(b === CONFIG_FILE) - Number(a === CONFIG_FILE));
    for (const name of files) {
        let bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(source, name));
        // The repository's config points `$schema` at a path that does not exist in the copy;
        // the extension registers the schema for every align.config.json anyway.
        if (name === CONFIG_FILE) bytes = withoutSchemaKey(bytes);
        await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(target, name), bytes);
        if (name === CONFIG_FILE) await settle();
    }
}

/** Waits until the file watcher has reported what was just written, as its own event. */
function settle(): Promise<void> {
    return new Promise(resolve => setTimeout(resolve, WATCHER_SETTLE_MS));
}

function withoutSchemaKey(bytes: Uint8Array): Uint8Array {
    const config = JSON.parse(new TextDecoder().decode(bytes)) as Record<string, unknown>;
    delete config.$schema;
    return new TextEncoder().encode(`${JSON.stringify(config, null, 2)}\n`);
}
