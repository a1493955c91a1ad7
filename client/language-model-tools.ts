// The language-model tools an assistant in VS Code's agent mode can call: align_who_decides,
// align_check and align_impact. They answer from the running language server, in the JSON
// `align … --format json` prints, so the assistant and the CLI say the same thing. VS Code
// before 1.95 has no `vscode.lm.registerTool`: there, nothing is registered and the rest of the
// extension works as before.
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { FindingsRequest, ImpactRequest, LanguageModelTools, WhoDecidesRequest } from '../language/protocol.js';
import { joinNames } from '../language/text/listing.js';
import { alignDocumentUri } from './align-editor.js';

/** The part of the tools API (VS Code 1.95+) used here; absent from the typings of the oldest supported VS Code. */
interface ToolsApi {
    registerTool<T>(name: string, tool: LanguageModelTool<T>): vscode.Disposable;
}

interface LanguageModelTool<T> {
    invoke(options: { input: T }, token: vscode.CancellationToken): Promise<unknown>;
    prepareInvocation?(options: { input: T }, token: vscode.CancellationToken): { invocationMessage: string };
}

type ToolResultClasses = {
    LanguageModelToolResult: new (content: unknown[]) => unknown;
    LanguageModelTextPart: new (value: string) => unknown;
};

/** Where the question is about: a file or folder of the project (absolute, or relative to the first workspace folder). */
interface ProjectInput {
    path?: string;
}

/** Registers the three tools when this VS Code has the API; returns what to dispose. */
export function registerLanguageModelTools(client: BaseLanguageClient): vscode.Disposable[] {
    const lm = (vscode as unknown as { lm?: Partial<ToolsApi> }).lm;
    const classes = vscode as unknown as Partial<ToolResultClasses>;
    if (typeof lm?.registerTool !== 'function' || !classes.LanguageModelToolResult || !classes.LanguageModelTextPart) return [];
    const { LanguageModelToolResult, LanguageModelTextPart } = classes as ToolResultClasses;
    const answer = (value: unknown) => new LanguageModelToolResult([new LanguageModelTextPart(JSON.stringify(value, null, 2))]);
    const registerTool = lm.registerTool.bind(lm) as ToolsApi['registerTool'];
    // A VS Code where the API is still proposed has the function but throws when an extension calls it.
    try {
        return registerTools(registerTool, client, answer);
    } catch {
        return [];
    }
}

function registerTools(registerTool: ToolsApi['registerTool'], client: BaseLanguageClient, answer: (value: unknown) => unknown): vscode.Disposable[] {
    return [
        registerTool<ProjectInput & { domains: string[] }>(LanguageModelTools.whoDecides, {
            prepareInvocation: ({ input }) => ({ invocationMessage: `Asking Align who decides on ${joinNames(input.domains ?? [])}` }),
            invoke: async ({ input }, token) =>
                answer(await client.sendRequest(WhoDecidesRequest, { uri: await projectUri(input.path), domains: input.domains }, token))
        }),
        registerTool<ProjectInput>(LanguageModelTools.check, {
            prepareInvocation: () => ({ invocationMessage: "Reading Align's findings" }),
            invoke: async ({ input }, token) => answer(await client.sendRequest(FindingsRequest, { uri: await projectUri(input.path) }, token))
        }),
        registerTool<ProjectInput & { name: string }>(LanguageModelTools.impact, {
            prepareInvocation: ({ input }) => ({ invocationMessage: `Asking Align what breaks without ${input.name}` }),
            invoke: async ({ input }, token) => answer(await client.sendRequest(ImpactRequest, { uri: await projectUri(input.path), name: input.name }, token))
        })
    ];
}

/** The URI the server resolves the project from: the path given, else the active `.align` editor, else the workspace's first `.align` file. */
export async function projectUri(path: string | undefined): Promise<string> {
    if (path !== undefined && path.length > 0) {
        const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
        const isAbsolute = path.startsWith('/') || /^[A-Za-z]:[\\/]/.test(path);
        if (isAbsolute || !folder) return vscode.Uri.file(path).toString();
        return vscode.Uri.joinPath(folder, path).toString();
    }
    const open = alignDocumentUri();
    if (open) return open;
    const [first] = await vscode.workspace.findFiles('**/*.align', '**/node_modules/**', 1);
    if (!first) throw new Error('This workspace has no .align file: Align has no project to answer about.');
    return first.toString();
}
