// What an edit rebuilds: every file of the edited project is validated again, only files whose
// references can resolve differently are linked again, and other projects are left alone.
import { DocumentState, type LangiumDocument } from 'langium';
import { describe, expect, it } from 'vitest';
import { buildWorkspace, type TestWorkspace } from '../helpers/workspace.js';
import { realisticFiles } from '../pathological/generators.js';

/** The file names linked and validated by the next update of the workspace. */
function watchPhases(ws: TestWorkspace): { linked: Set<string>; validated: Set<string> } {
    const seen = { linked: new Set<string>(), validated: new Set<string>() };
    const name = (document: LangiumDocument) => document.uri.path.split('/').slice(-2).join('/');
    const builder = ws.services.shared.workspace.DocumentBuilder;
    builder.onBuildPhase(DocumentState.Linked, documents => documents.forEach(d => seen.linked.add(name(d))));
    builder.onBuildPhase(DocumentState.Validated, documents => documents.forEach(d => seen.validated.add(name(d))));
    return seen;
}

const PROJECT = {
    'a/align.config.json': '{}',
    'a/people.align': 'stakeholder Ann\nstakeholder Bob\ncadence W every week { attendees Ann, Bob }\n',
    'a/rights.align': 'domain D { owner Ann }\ndomain E { owner Bob }\n',
    'a/decisions.align': 'decision X { affects D, E }\n',
    'a/notes.align': 'milestone M on 2027-01-01\n',
    'b/align.config.json': '{}',
    'b/people.align': 'stakeholder Cy\ncadence W every week { attendees Cy }\n'
};

describe('an edit', () => {
    it('revalidates the whole project but relinks only files that reference the edited one', async () => {
        const ws = await buildWorkspace(PROJECT);
        const seen = watchPhases(ws);
        await ws.setFile('a/notes.align', 'milestone M on 2027-02-01\n');
        expect([...seen.linked].sort()).toEqual(['a/notes.align']);
        expect([...seen.validated].sort()).toEqual(['a/decisions.align', 'a/notes.align', 'a/people.align', 'a/rights.align']);
    });

    it('relinks the files whose references point into the edited file', async () => {
        const ws = await buildWorkspace(PROJECT);
        const seen = watchPhases(ws);
        await ws.setFile('a/people.align', 'stakeholder Ann\nstakeholder Bob "Robert"\ncadence W every week { attendees Ann, Bob }\n');
        expect([...seen.linked].sort()).toEqual(['a/people.align', 'a/rights.align']);
        expect(ws.diagnostics('a/decisions.align').map(d => d.code)).toContain('decision-ambiguous-owner');
    });

    it('gives the same diagnostics as a fresh build when a rule in one file resolves a decision in another', async () => {
        const ws = await buildWorkspace(PROJECT);
        await ws.setFile('a/notes.align', 'rule R { when touches D, E decided by Ann within 2 days }\n');
        const fresh = await buildWorkspace({ ...PROJECT, 'a/notes.align': 'rule R { when touches D, E decided by Ann within 2 days }\n' });
        expect(ws.diagnostics('a/decisions.align')).toEqual(fresh.diagnostics('a/decisions.align'));
        expect(ws.diagnostics('a/decisions.align').map(d => d.code)).not.toContain('decision-ambiguous-owner');
    });

    it('lets a name newly declared in an earlier file take over its references, as a fresh build does', async () => {
        const files = { ...PROJECT, 'a/z.align': 'domain Ops { owner Zed }\nstakeholder Zed\n' };
        const ws = await buildWorkspace(files);
        expect(ws.diagnostics('a/z.align').map(d => d.code)).not.toContain('reference-kind');
        // `Zed` in a/notes.align (before a/z.align in path order) is now a domain: owner Zed has the wrong kind.
        const edited = 'milestone M on 2027-01-01\ndomain Zed { owner Ann }\n';
        await ws.setFile('a/notes.align', edited);
        const fresh = await buildWorkspace({ ...files, 'a/notes.align': edited });
        expect(fresh.diagnostics('a/z.align').map(d => d.code)).toContain('reference-kind');
        expect(ws.diagnostics('a/z.align')).toEqual(fresh.diagnostics('a/z.align'));
    });

    it("checks a file's own text again only when it was parsed or linked again; the model's checks run on every file", async () => {
        const files = { ...PROJECT, 'a/notes.align': 'milestone M on 2027-02-30\n' };
        const ws = await buildWorkspace(files);
        // The file's own checks run in localChecks, the model's in validateAst.
        type Run = (document: { uri: { path: string } }, options: { categories?: string[] }, token?: unknown) => Promise<unknown>;
        const validator = ws.services.validation.DocumentValidator as unknown as {
            validateAst: (root: { $document?: LangiumDocument }, options: { categories?: string[] }) => Promise<unknown>;
            localChecks: Run;
        };
        const runs: string[] = [];
        const original = validator.validateAst.bind(validator);
        validator.validateAst = (root, options) => {
            runs.push(`${root.$document!.uri.path.split('/').pop()}:${(options.categories ?? []).join('+')}`);
            return original(root, options);
        };
        const local = validator.localChecks.bind(validator);
        validator.localChecks = (document, options, token) => {
            runs.push(`${document.uri.path.split('/').pop()}:${(options.categories ?? []).join('+')}`);
            return local(document, options, token);
        };
        await ws.setFile('a/decisions.align', 'decision X { affects D, E }\ndecision Y { affects D }\n');
        expect(runs.filter(run => !run.endsWith(':model')).sort()).toEqual(['decisions.align:built-in+fast']);
        expect(runs.filter(run => run.endsWith(':model')).sort()).toEqual([
            'decisions.align:model',
            'notes.align:model',
            'people.align:model',
            'rights.align:model'
        ]);
        // What was kept is still reported, exactly as a fresh build reports it.
        const fresh = await buildWorkspace({ ...files, 'a/decisions.align': 'decision X { affects D, E }\ndecision Y { affects D }\n' });
        expect(ws.diagnostics('a/notes.align').map(d => d.code)).toEqual(['invalid-value']);
        for (const file of ['a/notes.align', 'a/people.align', 'a/rights.align', 'a/decisions.align'])
            expect(ws.diagnostics(file)).toEqual(fresh.diagnostics(file));
    });

    it('is cancelled by the next edit: the running build stops and only the last one completes', async () => {
        const files: Record<string, string> = { ...realisticFiles(60, 30), 'align.config.json': '{}' };
        const edited = Object.keys(files)[10];
        const ws = await buildWorkspace(files);
        const builder = ws.services.shared.workspace.DocumentBuilder;
        const lock = ws.services.shared.workspace.WorkspaceLock;
        const update = () => lock.write(token => builder.update([ws.uriOf(edited)], [], token));
        let validated = 0;
        let second: Promise<void> | undefined;
        builder.onDocumentPhase(DocumentState.Validated, () => {
            validated++;
            // The next keystroke arrives while the first edit's build is validating the project.
            if (!second) {
                ws.stage(edited, `${files[edited]}\ndomain Orphan2\n`);
                second = update();
            }
        });
        ws.stage(edited, `${files[edited]}\ndomain Orphan1\n`);
        await update();
        await second;
        // Without cancellation both builds validate all 30 files.
        expect(validated).toBeLessThan(40);
        const fresh = await buildWorkspace({ ...files, [edited]: `${files[edited]}\ndomain Orphan2\n` });
        for (const file of Object.keys(files).filter(name => name.endsWith('.align'))) {
            expect(ws.services.shared.workspace.LangiumDocuments.getDocument(ws.uriOf(file))?.diagnostics).toEqual(fresh.diagnostics(file));
        }
        expect(
            fresh
                .diagnostics(edited)
                .map(d => d.message)
                .join()
        ).toContain('Orphan2');
    });

    it('leaves the files of another project unbuilt', async () => {
        const ws = await buildWorkspace(PROJECT);
        const seen = watchPhases(ws);
        await ws.setFile('a/rights.align', 'domain D { owner Bob }\ndomain E { owner Bob }\n');
        expect([...seen.validated].filter(file => file.startsWith('b/'))).toEqual([]);
        expect(ws.diagnostics('a/decisions.align').map(d => d.code)).not.toContain('decision-ambiguous-owner');
    });
});
