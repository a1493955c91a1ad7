// The editor's requests beside LSP: "Who decides…?" (`align/domains`, `align/whoDecides`)
// answers from the project's model exactly as `align who-decides` does, and
// `align/buildStatus` reports each project's files, errors and warnings once a build settles.
import { join } from 'node:path';
import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import { afterEach, describe, expect, it } from 'vitest';
import { DidChangeTextDocumentNotification, ErrorCodes, ResponseError } from 'vscode-languageserver';
import { describeProject, projectFor } from '../../client/project-status.js';
import { BuildStatusNotification, DomainsRequest, WhoDecidesRequest, type BuildStatusParams, type ProjectStatus } from '../../language/protocol.js';
import { createAlignServices } from '../../server/align-services.js';
import { answerDomains, answerWhoDecides } from '../../server/requests/who-decides-request.js';
import { projectStatuses, watchBuildStatus } from '../../server/workspace/build-status.js';
import { ROOT, startServer, type LspSession } from '../lsp/lsp-client.js';
import { buildLspWorkspace } from './lsp-workspace.js';
import { checkJson, exampleFiles, runAlign } from '../helpers/cli.js';

/** The .align files and decision records of an example, by path within it. */
function example(name: string): Record<string, string> {
    const prefix = `examples/${name}/`;
    return Object.fromEntries(
        Object.entries(exampleFiles(name))
            .filter(([path]) => /\.(align|md)$/.test(path))
            .map(([path, text]) => [path.slice(prefix.length), text])
    );
}

/** Both examples with their configs and records, as this repository's root holds them. */
function bothExamples(): Record<string, string> {
    return { ...exampleFiles('patient-portal'), ...exampleFiles('stalemate') };
}

/** Errors and warnings `align check` finds in an example: the counts the status must agree with. */
function cliCounts(name: string): { errors: number; warnings: number } {
    const findings = checkJson(join(ROOT, 'examples', name));
    return { errors: findings.filter(f => f.severity === 'error').length, warnings: findings.filter(f => f.severity === 'warning').length };
}

function rejection(run: () => unknown): ResponseError<unknown> {
    try {
        run();
    } catch (error) {
        return error as ResponseError<unknown>;
    }
    throw new Error('expected the request to be refused');
}

describe('align/domains and align/whoDecides, on the model', () => {
    it('offers the domains of the project, once each, sorted, with title and single owner', async () => {
        const ws = await buildLspWorkspace(example('stalemate'));
        const domains = answerDomains(ws.services.align.AlignmentModel, { uri: ws.document('delivery.align').uri.toString() });
        expect(domains).toEqual([
            { name: 'Architecture', title: 'Architecture and integration', owner: undefined },
            { name: 'ClinicalWorkflows', title: 'Clinical workflows', owner: 'CMO' },
            { name: 'UserExperience', title: 'User experience', owner: 'VPPX' }
        ]);
    });

    it('answers who decides with the CLI JSON shape and the explanation', async () => {
        const ws = await buildLspWorkspace(example('patient-portal'));
        const models = ws.services.align.AlignmentModel;
        const uri = ws.document('people.align').uri.toString();
        const answer = answerWhoDecides(models, { uri, domains: ['UserExperience', 'Architecture'] });
        expect(answer).toEqual({
            decider: 'Triage',
            kind: 'group',
            rule: 'CrossDomain',
            sla: '48 hours',
            step: 'rule',
            explanation: 'Triage within 48 hours, by rule CrossDomain: affects UserExperience and Architecture, owned by VPPX and CIO'
        });
        // One shape for both: the request's answer is the CLI's JSON plus the sentence the CLI prints.
        const run = (format: string) =>
            runAlign(['who-decides', join(ROOT, 'examples/patient-portal'), '--domains', 'UserExperience,Architecture', '--format', format]).stdout;
        const { explanation, ...json } = answer;
        expect(JSON.parse(run('json'))).toEqual(json);
        expect(Object.keys(JSON.parse(run('json')))).toEqual(Object.keys(json));
        expect(run('text').trim()).toBe(explanation);
    });

    it("for the editor's view, also words the step and places the declarations the answer names", async () => {
        const ws = await buildLspWorkspace(example('patient-portal'));
        const uri = ws.document('people.align').uri.toString();
        const answer = answerWhoDecides(ws.services.align.AlignmentModel, { uri, domains: ['UserExperience', 'Architecture'], forView: true });
        expect(answer.stepText).toBe('rule CrossDomain');
        const places = answer.declarations!;
        expect(places.map(place => `${place.role} ${place.name}`)).toEqual([
            'decider Triage',
            'rule CrossDomain',
            'domain UserExperience',
            'domain Architecture',
            'owner VPPX',
            'owner CIO'
        ]);
        // Each place is the line that declares it.
        for (const place of places) {
            const text = ws.services.shared.workspace.LangiumDocuments.getDocument(URI.parse(place.uri))!.textDocument.getText();
            expect(text.split('\n')[place.line]).toMatch(new RegExp(`\\b${place.kind} ${place.name}\\b`));
        }
        // Without it, the answer stays the CLI's JSON and its sentence.
        expect(Object.keys(answerWhoDecides(ws.services.align.AlignmentModel, { uri, domains: ['UserExperience', 'Architecture'] }))).toEqual([
            'decider',
            'kind',
            'rule',
            'sla',
            'step',
            'explanation'
        ]);
    });

    it('says nobody decides when no rule covers the crossing', async () => {
        const ws = await buildLspWorkspace(example('stalemate'));
        const answer = answerWhoDecides(ws.services.align.AlignmentModel, {
            uri: ws.document('delivery.align').uri.toString(),
            domains: ['UserExperience', 'Architecture']
        });
        expect(answer).toMatchObject({ decider: null, kind: 'none', rule: null, sla: null });
        expect(answer.explanation).toBe(
            'No one: it affects UserExperience (owner VPPX) and Architecture (owners CIO and VPPX), and no rule covers decisions that cross these domains'
        );
    });

    it('refuses unknown domains and malformed params with InvalidParams', async () => {
        const ws = await buildLspWorkspace(example('stalemate'));
        const models = ws.services.align.AlignmentModel;
        const uri = ws.document('delivery.align').uri.toString();
        const unknown = rejection(() => answerWhoDecides(models, { uri, domains: ['Finance'] }));
        expect(unknown.code).toBe(ErrorCodes.InvalidParams);
        expect(unknown.message).toBe(
            'align/whoDecides: no domain named Finance in this project (known domains: Architecture, ClinicalWorkflows, UserExperience)'
        );
        for (const params of [
            undefined,
            null,
            [],
            { uri },
            { uri, domains: [] },
            { uri, domains: 'UserExperience' },
            { uri, domains: [1] },
            { domains: ['UserExperience'] }
        ]) {
            expect(rejection(() => answerWhoDecides(models, params)).code).toBe(ErrorCodes.InvalidParams);
        }
        for (const params of [undefined, 'x', {}, { uri: 3 }]) {
            expect(rejection(() => answerDomains(models, params)).code).toBe(ErrorCodes.InvalidParams);
        }
    });
});

describe('build status, on the model', () => {
    it('counts files, errors and warnings per project', async () => {
        const ws = await buildLspWorkspace(example('stalemate'));
        const documents = ['people.align', 'decision-rights.align', 'governance.align', 'delivery.align'].map(file => ws.document(file));
        const statuses = projectStatuses(documents, ws.services.align.Projects);
        // The workspace folder is a project, as the server discovers its folders.
        expect(statuses).toEqual([{ root: 'file:///workspace', name: 'workspace', files: 4, ...cliCounts('stalemate') }]);
        expect(statuses[0].errors).toBeGreaterThan(0);
    });

    it('says busy once for a burst of builds and sends the counts once they settle', async () => {
        const { shared, Align } = createAlignServices({ ...EmptyFileSystem });
        Align.align.ValidationOptions.today = '2026-11-24';
        const sent: BuildStatusParams[] = [];
        const watcher = watchBuildStatus(shared, Align.align.Projects, params => sent.push(structuredClone(params)), 60);
        const documents: LangiumDocument[] = Object.entries(example('stalemate')).map(([name, text]) => {
            const document = shared.workspace.LangiumDocumentFactory.fromString(text, URI.file(`/ws/${name}`));
            shared.workspace.LangiumDocuments.addDocument(document);
            return document;
        });
        for (let i = 0; i < 5; i++) await shared.workspace.DocumentBuilder.build(documents, { validation: true });
        expect(sent).toEqual([{ busy: true, projects: [] }]);
        await new Promise(resolve => setTimeout(resolve, 200));
        const counts: ProjectStatus[] = [{ root: 'file:///', name: 'workspace', files: 4, ...cliCounts('stalemate') }];
        expect(sent).toEqual([
            { busy: true, projects: [] },
            { busy: false, projects: counts }
        ]);
        // The next spell keeps the last counts under the spinner.
        await shared.workspace.DocumentBuilder.build(documents, { validation: true });
        expect(sent[2]).toEqual({ busy: true, projects: counts });
        await new Promise(resolve => setTimeout(resolve, 200));
        // Deleting every file leaves nothing to validate; the spell must still end.
        await shared.workspace.DocumentBuilder.update(
            [],
            documents.map(document => document.uri)
        );
        await expect.poll(() => sent[sent.length - 1], { timeout: 5000 }).toEqual({ busy: false, projects: [] });
        watcher.dispose();
    });

    it('shows the deepest project holding the file, and its counts', () => {
        const outer: ProjectStatus = { root: 'file:///repo', name: 'repo', files: 1, errors: 0, warnings: 0 };
        const inner: ProjectStatus = { root: 'file:///repo/examples/stalemate', name: 'stalemate', files: 4, errors: 4, warnings: 1 };
        expect(projectFor('file:///repo/examples/stalemate/delivery.align', [outer, inner])).toBe(inner);
        expect(projectFor('file:///repo/notes.align', [inner, outer])).toBe(outer);
        expect(projectFor('file:///repository/notes.align', [outer])).toBeUndefined();
        expect(describeProject(inner)).toEqual({ text: 'stalemate · 4 files', detail: '4 errors, 1 warning', severity: 'error' });
        expect(describeProject({ ...outer, warnings: 2 })).toEqual({ text: 'repo · 1 file', detail: '0 errors, 2 warnings', severity: 'warning' });
        expect(describeProject(outer)).toEqual({ text: 'repo · 1 file', detail: 'no problems', severity: 'information' });
    });
});

describe('the bundled server', () => {
    let session: LspSession | undefined;
    afterEach(async () => {
        await session?.stop();
        session = undefined;
    });

    it('answers align/domains and align/whoDecides for the project of the file asked about', async () => {
        const s = (session = await startServer([], {}, bothExamples()));
        const stalemate = s.uri('examples/stalemate/delivery.align');
        const portal = s.uri('examples/patient-portal/delivery.align');
        const names = (domains: Array<{ name: string }>) => domains.map(domain => domain.name);
        expect(names(await s.connection.sendRequest(DomainsRequest, { uri: stalemate }))).toEqual(['Architecture', 'ClinicalWorkflows', 'UserExperience']);
        expect(names(await s.connection.sendRequest(DomainsRequest, { uri: portal }))).toContain('Security');
        const domains = ['UserExperience', 'Architecture'];
        expect(await s.connection.sendRequest(WhoDecidesRequest, { uri: stalemate, domains })).toMatchObject({ decider: null, kind: 'none' });
        expect(await s.connection.sendRequest(WhoDecidesRequest, { uri: portal, domains })).toMatchObject({
            decider: 'Triage',
            kind: 'group',
            rule: 'CrossDomain'
        });
        await expect(s.connection.sendRequest(WhoDecidesRequest, { uri: stalemate, domains: ['Security'] })).rejects.toMatchObject({
            code: ErrorCodes.InvalidParams
        });
    });

    it('sends align/buildStatus per project, and one busy spell for a burst of edits', async () => {
        const received: BuildStatusParams[] = [];
        const s = (session = await startServer([], {}, bothExamples()));
        s.connection.onNotification(BuildStatusNotification, params => {
            received.push(params);
        });
        const settled = async (predicate: (params: BuildStatusParams) => boolean) => {
            await expect.poll(() => received.some(params => !params.busy && predicate(params)), { timeout: 20000, interval: 100 }).toBe(true);
        };
        const project = (params: BuildStatusParams, name: string) => params.projects.find(p => p.name === name);
        await settled(params => project(params, 'stalemate') !== undefined);
        const first = received.find(params => !params.busy)!;
        expect(received[0].busy).toBe(true);
        expect(first.projects.map(({ name, files, errors, warnings }) => ({ name, files, errors, warnings }))).toEqual([
            { name: 'patient-portal', files: 4, ...cliCounts('patient-portal') },
            { name: 'stalemate', files: 4, ...cliCounts('stalemate') }
        ]);
        expect(first.projects.map(p => p.root)).toEqual([s.uri('examples/patient-portal'), s.uri('examples/stalemate')]);

        // Ten keystrokes at once; the last one removes the decision nobody could decide.
        const file = 'examples/stalemate/delivery.align';
        const text = s.text(file);
        const cut = text.indexOf('decision IdentityProvider');
        await s.open(file, text);
        received.length = 0;
        for (let version = 2; version <= 11; version++) {
            const next = version === 11 ? text.slice(0, cut) : `${text}\n// ${'x'.repeat(version)}`;
            await s.connection.sendNotification(DidChangeTextDocumentNotification.type, {
                textDocument: { uri: s.uri(file), version },
                contentChanges: [{ text: next }]
            });
        }
        const errorsLeft = cliCounts('stalemate').errors - 1;
        await settled(params => project(params, 'stalemate')?.errors === errorsLeft);
        expect(received.filter(params => params.busy).length).toBeLessThanOrEqual(2);
        expect(received.filter(params => !params.busy).length).toBeLessThanOrEqual(2);
    });
});
