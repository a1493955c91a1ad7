// Offers `align mcp` to VS Code's chat (VS Code 1.101+), so an assistant in agent mode finds
// Align's MCP tools without the user writing an mcp.json: the extension's own `align mcp`,
// started with the editor's Node runtime, on the workspace's open folders. On an older VS Code
// the API is absent and nothing is registered.
import * as vscode from 'vscode';
import { MCP_PROVIDER_ID } from '../language/protocol.js';

/** The server VS Code starts: a command, its arguments and environment. */
export interface McpCommandLine {
    command: string;
    args: string[];
    env: Record<string, string>;
}

/** The part of the MCP API (VS Code 1.101+) used here; absent from the typings of the oldest supported VS Code. */
interface McpApi {
    registerMcpServerDefinitionProvider(
        id: string,
        provider: {
            onDidChangeMcpServerDefinitions?: vscode.Event<void>;
            provideMcpServerDefinitions(token: vscode.CancellationToken): unknown[];
        }
    ): vscode.Disposable;
}

type StdioDefinition = new (label: string, command: string, args: string[], env: Record<string, string>, version?: string) => unknown;

/** `node out/mcp/main.cjs FOLDER…` (`align mcp` alone): the editor's runtime runs as plain Node (ELECTRON_RUN_AS_NODE), so no Node install is needed. */
export function mcpCommandLine(serverPath: string, folders: string[], runtime: string = process.execPath): McpCommandLine {
    return { command: runtime, args: [serverPath, ...folders], env: { ELECTRON_RUN_AS_NODE: '1' } };
}

/** Registers the provider when this VS Code has the API; the definition follows the open folders. */
export function registerMcpServerProvider(context: vscode.ExtensionContext): vscode.Disposable[] {
    // Reading a proposed API's names may throw on a VS Code where it is not final yet: then there is nothing to register.
    try {
        return register(context);
    } catch {
        return [];
    }
}

function register(context: vscode.ExtensionContext): vscode.Disposable[] {
    const lm = (vscode as unknown as { lm?: Partial<McpApi> }).lm;
    const Definition = (vscode as unknown as { McpStdioServerDefinition?: StdioDefinition }).McpStdioServerDefinition;
    if (typeof lm?.registerMcpServerDefinitionProvider !== 'function' || !Definition) return [];
    const changed = new vscode.EventEmitter<void>();
    const version = String((context.extension?.packageJSON as { version?: unknown } | undefined)?.version ?? '');
    const server = context.asAbsolutePath('out/mcp/main.cjs');
    const disposables: vscode.Disposable[] = [changed];
    // A VS Code where the API is still proposed has the function but throws when an extension calls it.
    try {
        disposables.push(
            lm.registerMcpServerDefinitionProvider(MCP_PROVIDER_ID, {
                onDidChangeMcpServerDefinitions: changed.event,
                provideMcpServerDefinitions: () => {
                    const folders = (vscode.workspace.workspaceFolders ?? []).filter(folder => folder.uri.scheme === 'file').map(folder => folder.uri.fsPath);
                    if (folders.length === 0) return [];
                    const line = mcpCommandLine(server, folders);
                    return [new Definition('Align', line.command, line.args, line.env, version)];
                }
            })
        );
    } catch {
        changed.dispose();
        return [];
    }
    disposables.push(vscode.workspace.onDidChangeWorkspaceFolders(() => changed.fire()));
    return disposables;
}
