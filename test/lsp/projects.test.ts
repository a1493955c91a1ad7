// The language server on a folder that holds several projects (spec §6): every file is
// checked by the first build, before anything is opened; projects never see each other's
// names; config problems are published on the config file; a config created while the
// editor is open re-forms the projects.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-types';
import { ROOT, startServer, type LspSession } from './lsp-client.js';
import { exampleFiles } from '../helpers/cli.js';

let session: LspSession | undefined;
afterEach(async () => {
    await session?.stop();
    session = undefined;
});

/** This repository's layout: both examples with their configs, and a loose sample file. */
function repositoryFiles(): Record<string, string> {
    const files: Record<string, string> = {};
    for (const example of ['patient-portal', 'stalemate']) Object.assign(files, exampleFiles(example));
    files['test/fixtures/spec-sample.align'] = readFileSync(join(ROOT, 'test/fixtures/spec-sample.align'), 'utf8');
    return files;
}

const codes = (diagnostics: Diagnostic[]) => diagnostics.map(d => String(d.code)).sort();

describe('the repository root as workspace folder', () => {
    it('publishes diagnostics for files nobody opened, and none across projects', async () => {
        const s = (session = await startServer([], {}, repositoryFiles()));
        const stalemate = await s.diagnostics('examples/stalemate/delivery.align', d => d.length > 0);
        expect(codes(stalemate)).toEqual([
            'blocker-no-escalation',
            'decision-ambiguous-owner',
            'decision-made-by-other',
            'decision-not-socialized',
            'decision-not-socialized',
            'decision-sla-missed'
        ]);
        expect(stalemate.find(d => d.code === 'decision-ambiguous-owner')?.codeDescription?.href).toMatch(/docs\/diagnostics\/decision-ambiguous-owner\.md$/);
        expect(await s.diagnostics('examples/patient-portal/people.align')).toEqual([]);
        // The spec's v1 sample: its triage group does not say how it decides, the one thing v3 asks (an info).
        expect(codes(await s.diagnostics('test/fixtures/spec-sample.align'))).toEqual(['decision-method-missing']);
        for (const file of ['people.align', 'governance.align', 'decision-rights.align']) {
            expect(codes(await s.diagnostics(`examples/stalemate/${file}`))).not.toContain('duplicate-name');
        }
    });

    it('goes to the definition inside the same project', async () => {
        const s = (session = await startServer([], {}, repositoryFiles()));
        const file = 'examples/patient-portal/decision-rights.align';
        const text = s.text(file);
        await s.open(file);
        const offset = text.indexOf('owner VPPX') + 7;
        const line = text.slice(0, offset).split('\n').length - 1;
        const character = offset - text.lastIndexOf('\n', offset - 1) - 1;
        const result = await s.connection.sendRequest<Array<{ targetUri: string }>>('textDocument/definition', {
            textDocument: { uri: s.uri(file) },
            position: { line, character }
        });
        expect(result.map(r => r.targetUri)).toEqual([s.uri('examples/patient-portal/people.align')]);
    });
});

describe('configuration in the editor', () => {
    it('publishes config-invalid on the config file, and re-forms the projects when a config appears', async () => {
        const s = (session = await startServer(
            [],
            {},
            {
                'a/align.config.json': '{ "name": "a", "colour": 1 }',
                'a/people.align': 'stakeholder X\ncadence W every week { attendees X }\n',
                'b/people.align': 'stakeholder X\n'
            }
        ));
        const config = await s.diagnostics('a/align.config.json', d => d.length > 0);
        expect(config).toEqual([
            expect.objectContaining({ code: 'config-invalid', range: { start: { line: 0, character: 15 }, end: { line: 0, character: 23 } } })
        ]);
        // b has no config, so it is part of the workspace folder's project, which a does not join.
        expect(await s.diagnostics('b/people.align')).toEqual([]);
        // The root becomes a project that holds b; a is nested, so still apart.
        writeFileSync(join(s.folder, 'align.config.json'), '{ "name": "root", "diagnostics": { "duplicate-name": "warning" } }');
        await s.connection.sendNotification('workspace/didChangeWatchedFiles', {
            changes: [{ uri: pathToFileURL(join(s.folder, 'align.config.json')).toString(), type: 1 }]
        });
        writeFileSync(join(s.folder, 'a/align.config.json'), '{ "name": "a" }');
        await s.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: s.uri('a/align.config.json'), type: 2 }] });
        expect(await s.diagnostics('a/align.config.json', d => d.length === 0)).toEqual([]);
        // Deleting a's config merges a into the root project: X is declared twice, reported as the root config says.
        rmSync(join(s.folder, 'a/align.config.json'));
        await s.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: s.uri('a/align.config.json'), type: 3 }] });
        const merged = await s.diagnostics('b/people.align', d => d.length > 0);
        expect(merged.map(d => [d.code, d.severity])).toEqual([['duplicate-name', 2]]);
    });
});

describe('an edit in one project', () => {
    it('rebuilds and republishes that project only', async () => {
        const s = (session = await startServer(
            [],
            {},
            {
                'a/align.config.json': '{}',
                'a/people.align': 'stakeholder X\ncadence W every week { attendees X }\n',
                'b/align.config.json': '{}',
                'b/people.align': 'stakeholder Y\ncadence W every week { attendees Y }\n',
                'b/rights.align': 'domain D { owner Y }\n'
            }
        ));
        // The first build publishes every file; wait for all of them before listening.
        for (const file of ['a/people.align', 'b/people.align', 'b/rights.align']) await s.diagnostics(file);
        const published: string[] = [];
        s.connection.onNotification('textDocument/publishDiagnostics', (params: { uri: string }) => {
            published.push(params.uri);
        });
        await s.open('a/people.align');
        await s.connection.sendNotification('textDocument/didChange', {
            textDocument: { uri: s.uri('a/people.align'), version: 2 },
            contentChanges: [{ text: 'stakeholder X\ndomain Q\n' }]
        });
        await expect.poll(() => published.includes(s.uri('a/people.align')), { timeout: 10000 }).toBe(true);
        await new Promise(done => setTimeout(done, 500));
        expect(published.filter(uri => uri.includes('/b/'))).toEqual([]);
    });

    it('forms a project from a folder created with its config inside, reported as one event', async () => {
        const s = (session = await startServer([], {}, { 'people.align': 'stakeholder X\ncadence W every week { attendees X }\n' }));
        expect(await s.diagnostics('people.align')).toEqual([]);
        mkdirSync(join(s.folder, 'copy'));
        writeFileSync(join(s.folder, 'copy/align.config.json'), '{ "name": "copy" }');
        writeFileSync(join(s.folder, 'copy/people.align'), 'stakeholder X\ncadence W every week { attendees X }\ndomain D\n');
        await s.connection.sendNotification('workspace/didChangeWatchedFiles', {
            changes: [{ uri: pathToFileURL(join(s.folder, 'copy')).toString(), type: 1 }]
        });
        const copied = await s.diagnostics('copy/people.align', d => d.length > 0);
        // Its own namespace: no duplicate-name against the root project's X.
        expect(copied.map(d => d.code)).toEqual(['domain-no-owner']);
        await new Promise(done => setTimeout(done, 300));
        expect(await s.diagnostics('people.align')).toEqual([]);
    });
});
