// Projects and configuration (spec §6): one namespace and one model per align.config.json
// root, nested roots excluded from their parent, per-project today and severities, and
// config-invalid located in the config file.
import { AstUtils, DocumentState, URI } from 'langium';
import { describe, expect, it } from 'vitest';
import { readProjectConfig } from '../../language/workspace/project-config.js';
import { buildWorkspace } from '../helpers/workspace.js';

const PEOPLE = 'stakeholder X\ncadence W every week { attendees X }\n';

describe('projects', () => {
    it('keep their names apart: the same name in two projects is no duplicate, and references stay inside', async () => {
        const ws = await buildWorkspace({
            'a/align.config.json': '{ "name": "alpha" }',
            'a/people.align': PEOPLE,
            'b/align.config.json': '{ "name": "beta" }',
            'b/people.align': PEOPLE,
            'b/rights.align': 'domain D { owner X }\n'
        });
        expect(ws.codes()).toEqual([]);
        const rights = ws.documents.get('b/rights.align')!;
        const owner = ws.services.align.AlignmentModel.modelOf(rights.uri).domains.values().next().value!.owner!;
        expect(AstUtils.getDocument(owner).uri.toString()).toBe(URI.file('/workspace/b/people.align').toString());
        expect(ws.services.align.Projects.projectOf(URI.file('/workspace/b/people.align')).name).toBe('beta');
    });

    it('a reference does not reach into another project', async () => {
        const ws = await buildWorkspace({
            'a/align.config.json': '{}',
            'a/people.align': PEOPLE,
            'b/align.config.json': '{}',
            'b/rights.align': 'domain D { owner X }\n'
        });
        expect(
            ws
                .all()
                .filter(d => d.code === 'unresolved-reference')
                .map(d => d.file)
        ).toEqual(['b/rights.align']);
    });

    it('a nested project is excluded from its parent', async () => {
        const ws = await buildWorkspace({
            'align.config.json': '{ "name": "outer" }',
            'people.align': PEOPLE,
            'inner/align.config.json': '{ "name": "inner" }',
            'inner/people.align': PEOPLE
        });
        expect(ws.codes()).toEqual([]);
        const projects = ws.services.align.Projects;
        expect(projects.projectOf(URI.file('/workspace/inner/people.align')).name).toBe('inner');
        expect(projects.projectOf(URI.file('/workspace/people.align')).name).toBe('outer');
    });

    it("files outside any config form the folder's own project, as in v1", async () => {
        const ws = await buildWorkspace({ 'one.align': PEOPLE, 'two.align': 'domain D { owner X }\n' });
        expect(ws.codes()).toEqual([]);
    });

    it('exclude globs are relative to the project root', async () => {
        const ws = await buildWorkspace({ 'p/align.config.json': '{ "exclude": ["drafts/**", "*.old.align"] }', 'p/a.align': PEOPLE });
        const projects = ws.services.align.Projects;
        expect(projects.isExcluded(URI.file('/workspace/p/drafts/x.align'))).toBe(true);
        expect(projects.isExcluded(URI.file('/workspace/p/drafts/deep/y.align'))).toBe(true);
        expect(projects.isExcluded(URI.file('/workspace/p/b.old.align'))).toBe(true);
        expect(projects.isExcluded(URI.file('/workspace/p/a.align'))).toBe(false);
    });
});

describe('configuration', () => {
    it('changes severities and hides codes that are off', async () => {
        const text = 'stakeholder Cy\ndomain D { owner Cy }\nmetric M progress { owner Cy }\n';
        const before = await buildWorkspace({ 'a.align': text });
        expect(before.all().map(d => [d.code, d.severity])).toEqual(
            expect.arrayContaining([
                ['owner-not-engaged', 2],
                ['metric-no-target', 2]
            ])
        );
        const after = await buildWorkspace({
            'align.config.json': '{ "diagnostics": { "owner-not-engaged": "off", "metric-no-target": "error" } }',
            'a.align': text
        });
        expect(after.codes()).not.toContain('owner-not-engaged');
        expect(after.all().find(d => d.code === 'metric-no-target')?.severity).toBe(1);
    });

    it('today comes from the project unless the run sets it', async () => {
        const text = `${PEOPLE}domain D { owner X }\ndecision Y { affects D due 2026-06-01 }\n`;
        const early = await buildWorkspace({ 'align.config.json': '{ "today": "2026-05-01" }', 'a.align': text }, { today: null });
        expect(early.codes()).not.toContain('decision-overdue');
        const late = await buildWorkspace({ 'align.config.json': '{ "today": "2026-07-01" }', 'a.align': text }, { today: null });
        expect(late.codes()).toContain('decision-overdue');
    });

    it('config-invalid is located in the config file, and what could be read still applies', async () => {
        const config =
            '{\n  "name": 3,\n  "colour": "red",\n  "diagnostics": { "owner-not-engaged": "loud", "syntax": "off", "nope": "off", "metric-no-target": "off" }\n}';
        const ws = await buildWorkspace({ 'align.config.json': config, 'a.align': 'stakeholder Cy\nmetric M progress { owner Cy }\n' });
        const problems = ws.all().filter(d => d.code === 'config-invalid');
        expect(problems.every(d => d.file === 'align.config.json' && d.severity === 1)).toBe(true);
        const at = (d: { range: { start: { line: number; character: number }; end: { line: number; character: number } } }) => {
            const line = config.split('\n')[d.range.start.line];
            return line.slice(d.range.start.character, d.range.end.character);
        };
        expect(problems.map(at)).toEqual(['3', '"colour"', '"loud"', '"syntax"', '"nope"']);
        expect(problems.map(d => d.message).join(' ')).toMatch(
            /non-empty string.*Unknown key "colour".*must be one of.*cannot be changed.*not a diagnostic code/
        );
        expect(ws.codes()).not.toContain('metric-no-target');
    });

    it('a config that is not JSON is a located problem, and the project keeps its defaults', () => {
        const { config, problems } = readProjectConfig('{ "name": "x", }');
        // A trailing comma: reported where it is (jsonc-parser also flags the value it expected there).
        expect(problems.length).toBeGreaterThan(0);
        expect(problems.every(p => /not valid JSON/.test(p.message) && p.offset >= 13)).toBe(true);
        expect(config.exclude).toEqual([]);
    });
});

describe('messages that cite another file', () => {
    it('give its path relative to the file the message is about, so files with one name are told apart', async () => {
        const ws = await buildWorkspace({ 'north/people.align': 'stakeholder X\n', 'south/people.align': 'stakeholder X\n' });
        const north = ws.all().find(d => d.file === 'north/people.align' && d.code === 'duplicate-name')!;
        expect(north.message).toContain('the stakeholder at ../south/people.align:1');
        expect(north.relatedInformation?.[0].location.uri).toBe(URI.file('/workspace/south/people.align').toString());
    });
});

describe('cross-file facts are related locations', () => {
    it('an escalation cycle is reported once and links the other steps, in whichever file they are', async () => {
        const ws = await buildWorkspace({
            'a.align': 'stakeholder P\ncadence C1 every week { attendees P escalates to C2 }\n',
            'b.align': 'cadence C2 every week { attendees P escalates to C1 }\n'
        });
        const cycles = ws.all().filter(d => d.code === 'escalation-cycle');
        expect(cycles.map(d => d.file)).toEqual(['a.align']);
        expect(cycles[0].relatedInformation!.map(r => r.location.uri.split('/').pop())).toEqual(['b.align']);
    });
});

describe('a model read during a build', () => {
    it('is the last complete one, never a model of the documents linked so far', async () => {
        const ws = await buildWorkspace({
            'a.align': 'stakeholder P\nstakeholder Q\ndomain D1 { owner P }\ndomain D2 { owner Q }\n',
            'b.align': 'rule R { when crosses any decided by P within 1 day }\ndecision X { affects D1, D2 }\n'
        });
        const models = ws.services.align.AlignmentModel;
        const uri = ws.documents.get('b.align')!.uri;
        expect(models.modelOf(uri).decisions.size).toBe(1);
        // As during an update: a.align is parsed again but not yet linked.
        ws.documents.get('a.align')!.state = DocumentState.Parsed;
        models.invalidate();
        const during = models.modelOf(uri);
        expect(during.decisions.size).toBe(1);
        expect([...during.decisions.values()][0].decider?.name).toBe('P');
        expect(during.domains.size).toBe(2);
    });
});
