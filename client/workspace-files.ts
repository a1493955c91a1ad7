// Answers the web server's requests for the workspace's files (server/workspace/client-file-system.ts)
// from VS Code's file system, which in VS Code for the Web is the only one there is.
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { ReadDirectoryRequest, ReadFileRequest, type WorkspaceEntry } from '../language/protocol.js';
import { workspaceEntry } from './workspace-entry.js';

/** Lets the language server read files and list folders through the editor. */
export function serveWorkspaceFiles(client: BaseLanguageClient): vscode.Disposable {
    const decoder = new TextDecoder();
    const reads = client.onRequest(ReadFileRequest, async ({ uri }) => decoder.decode(await vscode.workspace.fs.readFile(vscode.Uri.parse(uri))));
    const lists = client.onRequest(ReadDirectoryRequest, async ({ uri }): Promise<WorkspaceEntry[]> => {
        const folder = vscode.Uri.parse(uri);
        const entries = await vscode.workspace.fs.readDirectory(folder);
        return entries.map(([name, type]) => workspaceEntry(vscode.Uri.joinPath(folder, name).toString(), type));
    });
    return vscode.Disposable.from(reads, lists);
}
