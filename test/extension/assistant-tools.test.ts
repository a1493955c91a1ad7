// The extension's side of "Ask your assistant": the language-model tools answer from the running
// language server with the CLI's JSON, the MCP server definition VS Code would start really
// serves Align's tools, the manifest names them as the code does, and on a VS Code without these
// APIs nothing is registered and nothing throws.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { URI, UriUtils } from 'langium';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { LanguageModelTools, MCP_PROVIDER_ID } from '../../language/protocol.js';
import { CLI, ROOT } from '../helpers/cli.js';
import { startServer, type LspSession } from '../lsp/lsp-client.js';

type Tool = {
    invoke(options: { input: unknown }, token: unknown): Promise<{ content: Array<{ value: string }> }>;
    prepareInvocation?(options: { input: unknown }): { invocationMessage: string };
};

/** The stand-in of the VS Code API: what each test sets, read by the modules under test. */
const vscodeApi: Record<string, unknown> = {};
vi.mock(
    'vscode',
    () => new Proxy({}, { has: () => true, get: (_target, property) => (property === 'then' ? undefined : (vscodeApi[property as string] ?? null)) })
);

const tools = new Map<string, Tool>();
const providers = new Map<
    string,
    { provideMcpServerDefinitions(token: unknown): Array<{ label: string; command: string; args: string[]; env: Record<string, string> }> }
>();

/** The stand-in of a VS Code with (or without) the language-model APIs, on one workspace folder. */
function standIn(folder: string, withApis: boolean): void {
    const disposable = {
        dispose() {
            /* nothing */
        }
    };
    Object.assign(vscodeApi, {
        Uri: { file: (path: string) => URI.file(path), joinPath: (base: URI, ...parts: string[]) => UriUtils.joinPath(base, ...parts) },
        EventEmitter: class {
            event = () => disposable;
            fire() {
                /* nothing */
            }
            dispose() {
                /* nothing */
            }
        },
        window: { activeTextEditor: undefined, visibleTextEditors: [] },
        workspace: {
            workspaceFolders: [{ uri: URI.file(folder), name: 'workspace', index: 0 }],
            findFiles: async () => [URI.file(join(folder, 'delivery.align'))],
            onDidChangeWorkspaceFolders: () => disposable
        },
        lm: withApis
            ? {
                  registerTool: (name: string, tool: Tool) => {
                      tools.set(name, tool);
                      return disposable;
                  },
                  registerMcpServerDefinitionProvider: (id: string, provider: never) => {
                      providers.set(id, provider);
                      return disposable;
                  }
              }
            : {},
        LanguageModelToolResult: withApis
            ? class {
                  constructor(readonly content: unknown[]) {}
              }
            : undefined,
        LanguageModelTextPart: withApis
            ? class {
                  constructor(readonly value: string) {}
              }
            : undefined,
        McpStdioServerDefinition: withApis
            ? class {
                  constructor(
                      readonly label: string,
                      readonly command: string,
                      readonly args: string[],
                      readonly env: Record<string, string>,
                      readonly version?: string
                  ) {}
              }
            : undefined
    });
}

function cli(args: string[], cwd: string): string {
    const run = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    return run.stdout || run.stderr;
}

describe("the extension's language-model tools and MCP server definition", () => {
    let session: LspSession;

    beforeAll(async () => {
        session = await startServer(['stalemate']);
        standIn(session.folder, true);
        // The client is the running server: what the tools send is what VS Code's client would send.
        const client = { sendRequest: (type: unknown, params: unknown) => session.connection.sendRequest(type as never, params) };
        const { registerLanguageModelTools } = await import('../../client/language-model-tools.js');
        const { registerMcpServerProvider } = await import('../../client/mcp-server-provider.js');
        registerLanguageModelTools(client as never);
        registerMcpServerProvider({ asAbsolutePath: (path: string) => join(ROOT, path), extension: { packageJSON: { version: '9.9.9' } } } as never);
    }, 60_000);

    afterAll(async () => {
        await session?.stop();
    });

    const invoke = async (name: string, input: unknown) => (await tools.get(name)!.invoke({ input }, undefined)).content.map(part => part.value).join('');

    it("registers the three tools the manifest contributes, under the protocol's names", () => {
        const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
            contributes: {
                languageModelTools: Array<{ name: string; inputSchema: { properties: Record<string, unknown>; required?: string[] } }>;
                mcpServerDefinitionProviders: Array<{ id: string }>;
            };
        };
        const contributed = manifest.contributes.languageModelTools;
        expect(contributed.map(tool => tool.name).sort()).toEqual(Object.values(LanguageModelTools).sort());
        expect([...tools.keys()].sort()).toEqual(Object.values(LanguageModelTools).sort());
        for (const tool of contributed) expect((tool.inputSchema.required ?? []).every(key => key in tool.inputSchema.properties)).toBe(true);
        expect(manifest.contributes.mcpServerDefinitionProviders.map(provider => provider.id)).toEqual([MCP_PROVIDER_ID]);
    });

    it("answers who decides, the findings and what breaks with the CLI's JSON, from the running server", async () => {
        const who = JSON.parse(await invoke(LanguageModelTools.whoDecides, { domains: ['UserExperience', 'Architecture'] }));
        const { explanation, ...answer } = who;
        expect(answer).toEqual(JSON.parse(cli(['who-decides', '.', '--domains', 'UserExperience,Architecture', '--format', 'json'], session.folder)));
        expect(explanation).toBe(cli(['who-decides', '.', '--domains', 'UserExperience,Architecture'], session.folder).trim());
        const findings = JSON.parse(await invoke(LanguageModelTools.check, {}));
        expect(findings.length).toBeGreaterThan(0);
        expect(findings).toEqual(JSON.parse(cli(['check', '.', '--format', 'json'], session.folder)));
        const impact = JSON.parse(await invoke(LanguageModelTools.impact, { name: 'CIO', path: 'delivery.align' }));
        expect(impact).toEqual(JSON.parse(cli(['impact', 'CIO', '.', '--format', 'json'], session.folder)));
        expect(tools.get(LanguageModelTools.impact)!.prepareInvocation!({ input: { name: 'CIO' } }).invocationMessage).toBe(
            'Asking Align what breaks without CIO'
        );
    });

    it("fails a bad question with the CLI's sentence, and the server keeps answering", async () => {
        await expect(invoke(LanguageModelTools.impact, { name: 'Nobody' })).rejects.toThrow(
            /no stakeholder, group or cadence named Nobody \(known stakeholders: /
        );
        await expect(invoke(LanguageModelTools.whoDecides, { domains: ['Nowhere'] })).rejects.toThrow(/no domain named Nowhere/);
        expect(JSON.parse(await invoke(LanguageModelTools.whoDecides, { domains: ['ClinicalWorkflows'] }))).toMatchObject({ kind: expect.any(String) });
    });

    it("defines an MCP server that VS Code can start and that serves Align's tools on the open folder", async () => {
        const [definition] = providers.get(MCP_PROVIDER_ID)!.provideMcpServerDefinitions(undefined);
        expect(definition).toMatchObject({
            label: 'Align',
            command: process.execPath,
            args: [join(ROOT, 'out/mcp/main.cjs'), session.folder],
            version: '9.9.9'
        });
        const client = new Client({ name: 'vscode-stand-in', version: '1.0.0' });
        await client.connect(
            new StdioClientTransport({
                command: definition.command,
                args: definition.args,
                env: { ...(process.env as Record<string, string>), ...definition.env },
                stderr: 'ignore'
            })
        );
        try {
            const result = (await client.callTool({ name: 'impact', arguments: { name: 'CIO' } })) as { content: Array<{ text: string }> };
            expect(JSON.parse(result.content[0].text)).toEqual(JSON.parse(cli(['impact', 'CIO', '.', '--format', 'json'], session.folder)));
        } finally {
            await client.close();
        }
    });

    it('registers nothing and throws nothing on a VS Code without these APIs', async () => {
        standIn(session.folder, false);
        const { registerLanguageModelTools } = await import('../../client/language-model-tools.js');
        const { registerMcpServerProvider } = await import('../../client/mcp-server-provider.js');
        expect(registerLanguageModelTools({} as never)).toEqual([]);
        expect(registerMcpServerProvider({ asAbsolutePath: (path: string) => path } as never)).toEqual([]);
        // Where the APIs are still proposed, the functions exist but throw for an extension that did not enable them.
        standIn(session.folder, true);
        const refuse = () => {
            throw new Error('proposed API');
        };
        Object.assign(vscodeApi.lm as object, { registerTool: refuse, registerMcpServerDefinitionProvider: refuse });
        expect(registerLanguageModelTools({} as never)).toEqual([]);
        expect(registerMcpServerProvider({ asAbsolutePath: (path: string) => path } as never)).toEqual([]);
    });
});
