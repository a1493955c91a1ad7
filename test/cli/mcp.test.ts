// `align mcp`: the MCP server, through the official SDK's own client over stdio, as an
// assistant would use it. Its tools answer with the CLI's JSON, exactly.
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_DIAGNOSTIC_CODES } from '../../language/validation/diagnostic-codes.js';
import { CLI, ROOT, runAlign } from '../helpers/cli.js';

let client: Client;

beforeAll(async () => {
    client = new Client({ name: 'align-test', version: '1.0.0' });
    await client.connect(
        new StdioClientTransport({
            command: process.execPath,
            args: [CLI, 'mcp', 'examples/patient-portal', 'examples/stalemate'],
            cwd: ROOT,
            stderr: 'ignore'
        })
    );
}, 60_000);

afterAll(async () => {
    await client?.close();
});

/** A tool's text answer, and whether it is an error. */
async function call(name: string, args: Record<string, unknown>): Promise<{ text: string; isError: boolean }> {
    const result = (await client.callTool({ name, arguments: args })) as { content: Array<{ type: string; text: string }>; isError?: boolean };
    return { text: result.content.map(part => part.text).join(''), isError: result.isError === true };
}

function cli(args: string[]): string {
    return runAlign(args).stdout;
}

describe('align mcp', () => {
    it('lists the seven read-only tools with their input schemas, and the diagnostic pages as resources', async () => {
        const { tools } = await client.listTools();
        expect(tools.map(tool => tool.name).sort()).toEqual(['adr', 'check', 'diff', 'explain_code', 'impact', 'list_declarations', 'who_decides']);
        expect(tools.find(tool => tool.name === 'who_decides')!.inputSchema).toMatchObject({ type: 'object', required: ['domains'] });
        expect(tools.every(tool => tool.annotations?.readOnlyHint === true)).toBe(true);
        const { resources } = await client.listResources();
        expect(resources.map(resource => resource.uri).sort()).toEqual(ALL_DIAGNOSTIC_CODES.map(code => `align://docs/diagnostics/${code}`).sort());
        const page = await client.readResource({ uri: 'align://docs/diagnostics/tie-possible' });
        expect((page.contents[0] as { text: string }).text).toMatch(/^# tie-possible/);
    });

    it("answers who decides and what breaks with the CLI's JSON", async () => {
        const who = await call('who_decides', { domains: ['UserExperience', 'Architecture'], path: 'examples/patient-portal' });
        const { explanation, ...answer } = JSON.parse(who.text);
        expect(answer).toEqual(JSON.parse(cli(['who-decides', 'examples/patient-portal', '--domains', 'UserExperience,Architecture', '--format', 'json'])));
        expect(explanation).toBe(cli(['who-decides', 'examples/patient-portal', '--domains', 'UserExperience,Architecture']).trim());
        const impact = await call('impact', { name: 'CIO', path: 'examples/patient-portal' });
        expect(JSON.parse(impact.text)).toEqual(JSON.parse(cli(['impact', 'CIO', 'examples/patient-portal', '--format', 'json'])));
        const check = await call('check', { paths: ['examples/stalemate'] });
        expect(JSON.parse(check.text)).toEqual(JSON.parse(cli(['check', 'examples/stalemate', '--format', 'json'])));
    });

    it('explains a code, lists declarations, drafts a record and writes nothing', async () => {
        const explained = JSON.parse((await call('explain_code', { code: 'decision-ambiguous-owner' })).text);
        expect(explained).toMatchObject({ code: 'decision-ambiguous-owner', severity: 'error' });
        expect(explained.documentation).toMatch(/^# decision-ambiguous-owner/);
        const domains = JSON.parse((await call('list_declarations', { kind: 'domain', path: 'examples/patient-portal' })).text) as Array<{
            name: string;
            kind: string;
        }>;
        expect(domains.map(d => d.name).sort()).toEqual(['Architecture', 'ClinicalWorkflows', 'Security', 'UserExperience']);
        const diff = await call('diff', { base: 'HEAD', path: 'examples/patient-portal' });
        expect(JSON.parse(diff.text)).toEqual(JSON.parse(cli(['diff', '--base', 'HEAD', 'examples/patient-portal', '--format', 'json'])));
        const adr = await call('adr', { decision: 'IdentityProvider', path: 'examples/patient-portal' });
        expect(adr.text).toBe(cli(['adr', 'IdentityProvider', 'examples/patient-portal']));
    });

    it('answers bad arguments with a tool error, and keeps serving', async () => {
        expect(await call('who_decides', { domains: ['Nowhere'], path: 'examples/patient-portal' })).toMatchObject({
            isError: true,
            text: expect.stringContaining('no domain named Nowhere')
        });
        expect(await call('who_decides', { domains: ['UserExperience'] })).toMatchObject({ isError: true, text: expect.stringContaining('2 projects') });
        expect(await call('explain_code', { code: 'no-such-code' })).toMatchObject({ isError: true });
        expect(await call('impact', { name: 'Nobody', path: 'examples/patient-portal' })).toMatchObject({ isError: true });
        expect((await call('who_decides', { domains: ['UserExperience'], path: 'examples/patient-portal' })).isError).toBe(false);
    });
});
