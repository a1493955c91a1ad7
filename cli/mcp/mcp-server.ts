// `align mcp [paths…]`: a Model Context Protocol server over stdio for AI assistants, built on
// the official SDK. Its tools read, never write, and answer with the CLI's own JSON, so an
// assistant and `align … --format json` say the same thing. Every call reads the files again,
// so an answer follows the files as they are now; a bad argument is a tool error, never a crash.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { AstUtils, URI } from 'langium';
import { z } from 'zod';
import { driftJson } from '../../language/model/drift-report.js';
import { impactOf } from '../../language/model/impact.js';
import { deciderAnswer, domainsNamed } from '../../language/model/who-decides-answer.js';
import { CODE_TABLE } from '../../language/validation/code-table.js';
import { ALL_DIAGNOSTIC_CODES } from '../../language/validation/diagnostic-codes.js';
import { loadWorkspace, onlyProject, type LoadedWorkspace } from '../../host/load-workspace.js';
import { TOOL_NAME, TOOL_VERSION } from '../../host/tool-info.js';
import { UsageError } from '../../host/usage-error.js';
import { recordOf } from '../commands/adr.js';
import { driftReportOf } from '../commands/diff.js';
import { impactJson } from '../../language/model/impact-answer.js';
import { partyOrUsageError } from '../commands/impact.js';
import { collectDiagnostics, configFindings, displayPath, toJsonRecord } from '../output.js';

/** Where the diagnostic pages are, beside the bundle (out/cli/main.cjs → docs/diagnostics). */
const DOCS = join(__dirname, '../../docs/diagnostics');

/** Runs the server until the client closes stdin. */
export async function runMcp(paths: string[]): Promise<void> {
    const server = createAlignMcpServer(paths);
    await server.connect(new StdioServerTransport());
}

/** The server with its tools and resources; `paths` are the projects it answers about. */
export function createAlignMcpServer(paths: string[]): McpServer {
    const server = new McpServer({ name: TOOL_NAME, version: TOOL_VERSION });
    const projectPaths = (path: string | undefined) => (path !== undefined ? [path] : paths);
    const oneProject = async (path: string | undefined): Promise<LoadedWorkspace> => {
        const workspace = await loadWorkspace(projectPaths(path));
        onlyProject(workspace);
        return workspace;
    };
    const modelOf = (workspace: LoadedWorkspace) => workspace.services.align.AlignmentModel.modelOfProject(onlyProject(workspace));
    const path = z.string().optional().describe('a file or folder of the project to ask about, when the server was given several');

    server.registerTool(
        'check',
        {
            description: 'Every finding of the projects, as `align check --format json`: file, line, column, severity, code and message.',
            inputSchema: { paths: z.array(z.string()).optional().describe('files or folders; default: those the server was started with') },
            annotations: { readOnlyHint: true }
        },
        async ({ paths: given }) => {
            const { documents, services, projects } = await loadWorkspace(given ?? paths);
            const records = [...configFindings(projects), ...collectDiagnostics(documents, document => services.align.Projects.projectOf(document.uri).name)];
            return json(records.map(toJsonRecord));
        }
    );

    server.registerTool(
        'who_decides',
        {
            description:
                'Who decides a decision affecting these domains, and by which step of the resolution order, as `align who-decides --format json` (with the explanation).',
            inputSchema: { domains: z.array(z.string()).min(1).describe('the domains the decision affects'), path },
            annotations: { readOnlyHint: true }
        },
        async ({ domains, path: at }) => {
            const model = modelOf(await oneProject(at));
            const { domains: found, unknown, known } = domainsNamed(model, domains);
            if (unknown.length > 0) throw new UsageError(`no domain named ${unknown[0]} (known domains: ${known.join(', ') || 'none'})`);
            const resolution = model.resolve(found);
            return json({ ...deciderAnswer(resolution), explanation: resolution.explanation });
        }
    );

    server.registerTool(
        'impact',
        {
            description: 'What the alignment would lose if a stakeholder, group or cadence were gone, as `align impact NAME --format json`.',
            inputSchema: { name: z.string().describe('the stakeholder, group or cadence, e.g. CIO'), path },
            annotations: { readOnlyHint: true }
        },
        async ({ name, path: at }) => {
            const model = modelOf(await oneProject(at));
            const subject = partyOrUsageError(model, name);
            return json(impactJson(name, subject, impactOf(model, name)!));
        }
    );

    server.registerTool(
        'diff',
        {
            description:
                'How the alignment drifted since a git revision (decisions, domains, rules, cadences, findings), as `align diff --base REV --format json`.',
            inputSchema: { base: z.string().describe('a git revision, e.g. HEAD or origin/main'), path },
            annotations: { readOnlyHint: true }
        },
        async ({ base, path: at }) => {
            const report = await driftReportOf(projectPaths(at), { base });
            return json(driftJson(report, { fileOf: uri => displayPath(URI.parse(uri).fsPath) }));
        }
    );

    server.registerTool(
        'explain_code',
        {
            description: 'What a diagnostic code means, why it matters, an example and the fix: its documentation page, with its default severity.',
            inputSchema: { code: z.string().describe('a diagnostic code, e.g. decision-ambiguous-owner') },
            annotations: { readOnlyHint: true }
        },
        async ({ code }) => {
            const facts = CODE_TABLE[code as keyof typeof CODE_TABLE];
            if (!facts) throw new UsageError(`no diagnostic code ${code} (codes: ${ALL_DIAGNOSTIC_CODES.join(', ')})`);
            return json({ code, ...facts, documentation: readFileSync(join(DOCS, `${code}.md`), 'utf8') });
        }
    );

    server.registerTool(
        'list_declarations',
        {
            description:
                'The declarations of a project: name, kind, title, file and line; optionally of one kind (stakeholder, group, domain, rule, cadence, decision, …).',
            inputSchema: { kind: z.string().optional().describe('only declarations of this kind, e.g. domain'), path },
            annotations: { readOnlyHint: true }
        },
        async ({ kind, path: at }) => {
            const model = modelOf(await oneProject(at));
            const declarations = [...model.declarationsByName.values()]
                .flat()
                .filter(declaration => kind === undefined || declaration.$type.toLowerCase() === kind.toLowerCase())
                .map(declaration => ({
                    name: declaration.name,
                    kind: declaration.$type.toLowerCase(),
                    title: 'title' in declaration ? (declaration.title ?? null) : null,
                    file: displayPath(AstUtils.getDocument(declaration).uri.fsPath),
                    line: (declaration.$cstNode?.range.start.line ?? -1) + 1
                }));
            return json(declarations);
        }
    );

    server.registerTool(
        'adr',
        {
            description: 'A MADR decision record for a decision, prefilled from the model, as `align adr NAME` prints it. Returns the text; writes nothing.',
            inputSchema: { decision: z.string().describe('the decision, e.g. IdentityProvider'), path },
            annotations: { readOnlyHint: true }
        },
        async ({ decision, path: at }) => ({ content: [{ type: 'text', text: recordOf(await oneProject(at), decision) }] })
    );

    for (const code of ALL_DIAGNOSTIC_CODES) {
        server.registerResource(code, `align://docs/diagnostics/${code}`, { description: CODE_TABLE[code].summary, mimeType: 'text/markdown' }, async uri => ({
            contents: [{ uri: uri.href, mimeType: 'text/markdown', text: readFileSync(join(DOCS, `${code}.md`), 'utf8') }]
        }));
    }
    return server;
}

/** A tool answer: the JSON the CLI prints, as text. */
function json(value: unknown): { content: Array<{ type: 'text'; text: string }> } {
    return { content: [{ type: 'text', text: JSON.stringify(value, null, 2) }] };
}
