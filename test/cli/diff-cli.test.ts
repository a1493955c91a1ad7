// `align diff` (spec §8, §10) through the built CLI: between the two examples as folders, and
// between real git revisions of a temporary repository; its text, Markdown and JSON shapes;
// exit 1 with --fail-on-new-errors only when an error appeared; exit 2 on bad usage, an
// unknown revision, a folder outside any repository, and a missing git.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { URI } from 'langium';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadWorkspace } from '../../host/load-workspace.js';
import { answerCompare } from '../../server/requests/compare-request.js';
import { ErrorCodes } from 'vscode-languageserver';
import { runAlign } from '../helpers/cli.js';

const ROOT = resolve(__dirname, '../..');

/** `align ARGS` in `cwd`, through the tests' one CLI runner. */
function align(args: string[], cwd = ROOT, env: Record<string, string> = {}) {
    return runAlign(args, cwd, { env });
}

interface DriftJson {
    before: string;
    after: string;
    newErrors: number;
    projects: Array<{
        project: string;
        decisions: Array<{ name: string; change: string; fields: Array<{ field: string; before: unknown; after: unknown }>; reason?: string }>;
        domains: Array<{ name: string; change: string }>;
        rules: Array<{ name: string; change: string }>;
        cadences: Array<{ name: string; change: string }>;
        diagnostics: { new: Array<Record<string, unknown>>; resolved: Array<Record<string, unknown>> };
    }>;
}

describe('align diff OLD-PATH NEW-PATH, on the two examples', () => {
    it('from the stalemate to the framework: deciders found, errors resolved, exit 0 even with --fail-on-new-errors', () => {
        const r = align(['diff', 'examples/stalemate', 'examples/patient-portal', '--format', 'json', '--fail-on-new-errors']);
        expect(r.stderr).toBe('');
        expect(r.status).toBe(0);
        const json = JSON.parse(r.stdout) as DriftJson;
        expect(Object.keys(json)).toEqual(['before', 'after', 'newErrors', 'projects']);
        expect(json).toMatchObject({ before: 'examples/stalemate', after: 'examples/patient-portal', newErrors: 0 });
        expect(json.projects).toHaveLength(1);
        const [project] = json.projects;
        expect(Object.keys(project)).toEqual(['project', 'decisions', 'domains', 'rules', 'cadences', 'diagnostics']);
        expect(project.project).toBe('stalemate → patient-portal');
        const identity = project.decisions.find(d => d.name === 'IdentityProvider')!;
        expect(identity.change).toBe('changed');
        expect(identity.fields).toEqual([
            { field: 'decider', before: null, after: 'Triage' },
            { field: 'sla', before: null, after: '48 hours' }
        ]);
        expect(identity.reason).toMatch(/^Triage within 48 hours, by rule CrossDomain/);
        expect(project.domains).toContainEqual(expect.objectContaining({ name: 'Security', change: 'added' }));
        expect(project.rules.map(r => [r.name, r.change])).toEqual([
            ['ClinicalExperience', 'added'],
            ['ClinicalIntegration', 'removed'],
            ['CrossDomain', 'added']
        ]);
        expect(project.cadences).toContainEqual(expect.objectContaining({ name: 'MilestoneReview', change: 'added' }));
        expect(project.diagnostics.new).toEqual([]);
        expect(project.diagnostics.resolved.map(d => [d.code, d.declaration])).toEqual(
            expect.arrayContaining([
                ['decision-ambiguous-owner', 'IdentityProvider'],
                ['domain-multiple-owners', 'Architecture'],
                ['escalation-cycle', 'StakeholderCheckIn'],
                ['sla-unreachable', 'ClinicalIntegration']
            ])
        );
        for (const d of project.diagnostics.resolved) {
            expect(Object.keys(d).sort()).toEqual(['code', 'declaration', 'file', 'line', 'message', 'severity']);
            expect(d.file).toMatch(/^examples\/stalemate\/.+\.align$/);
        }
    });

    it('the other way round: new errors, and exit 1 with --fail-on-new-errors', () => {
        const plain = align(['diff', 'examples/patient-portal', 'examples/stalemate']);
        expect(plain.status).toBe(0);
        expect(plain.stdout).toMatch(/^Alignment drift from examples\/patient-portal to examples\/stalemate$/m);
        expect(plain.stdout).toMatch(/^ {4}~ IdentityProvider: decided by Triage → none; SLA 48 hours → none$/m);
        expect(plain.stdout).toMatch(/^ {8}why: No one: it affects UserExperience \(owner VPPX\) and Architecture/m);
        expect(plain.stdout).toMatch(/^ {4}\+ new error decision-ambiguous-owner in IdentityProvider: .*\(examples\/stalemate\/delivery\.align:\d+\)$/m);
        const failing = align(['diff', 'examples/patient-portal', 'examples/stalemate', '--fail-on-new-errors']);
        expect(failing.status).toBe(1);
        expect(failing.stdout).toBe(plain.stdout);
    });

    it('NEW-PATH defaults to the current folder', () => {
        const r = align(['diff', join(ROOT, 'examples/stalemate'), '--format', 'json'], join(ROOT, 'examples/patient-portal'));
        expect(r.status).toBe(0);
        expect((JSON.parse(r.stdout) as DriftJson).after).toBe('.');
        expect(align(['diff', 'examples/patient-portal', 'examples/patient-portal']).stdout).toMatch(/^Project patient-portal: no drift$/m);
    });

    it('bad usage exits 2 with one line', () => {
        for (const args of [
            ['diff'],
            ['diff', 'a', 'b', 'c'],
            ['diff', 'examples/stalemate', '--format', 'xml'],
            ['diff', 'examples/stalemate', 'no-such-folder'],
            ['diff', 'examples/stalemate', '--today', '2027-02-30']
        ]) {
            const r = align(args);
            expect(r.status, args.join(' ')).toBe(2);
            expect(r.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
            expect(r.stderr).toMatch(/^align: /);
        }
    });
});

describe('align diff --base REV, in a git repository', () => {
    let repo: string;
    const git = (...args: string[]) =>
        execFileSync('git', ['-c', 'user.name=Align Test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', ...args], {
            cwd: repo,
            encoding: 'utf8'
        });
    const file = (name: string) => join(repo, 'portal', name);
    const edit = (name: string, change: (text: string) => string) => writeFileSync(file(name), change(readFileSync(file(name), 'utf8')));

    beforeAll(() => {
        repo = mkdtempSync(join(tmpdir(), 'align-diff-'));
        cpSync(join(ROOT, 'examples/patient-portal'), join(repo, 'portal'), { recursive: true });
        git('init', '-q');
        git('add', '-A');
        git('commit', '-q', '-m', 'the framework');
        // The second commit drops the rule for decisions that cross domains: the stalemate is back.
        edit('decision-rights.align', text => text.replace(/rule CrossDomain[^}]*\}/, ''));
        git('commit', '-q', '-a', '-m', 'no cross-domain rule');
    });

    afterAll(() => rmSync(repo, { recursive: true, force: true }));

    it('between two commits: the decision lost its decider and a new error appeared', () => {
        const r = align(['diff', '--base', 'HEAD~1', 'portal', '--format', 'json'], repo);
        expect(r.stderr).toBe('');
        expect(r.status).toBe(0);
        const json = JSON.parse(r.stdout) as DriftJson;
        expect(json).toMatchObject({ before: 'HEAD~1', after: 'working tree', newErrors: 1 });
        const [project] = json.projects;
        expect(project.project).toBe('patient-portal');
        expect(project.rules).toEqual([expect.objectContaining({ name: 'CrossDomain', change: 'removed' })]);
        expect(project.decisions.find(d => d.name === 'IdentityProvider')!.fields).toEqual([
            { field: 'decider', before: 'Triage', after: null },
            { field: 'sla', before: '48 hours', after: null }
        ]);
        expect(project.diagnostics.new).toEqual([
            expect.objectContaining({
                code: 'decision-ambiguous-owner',
                declaration: 'IdentityProvider',
                severity: 'error',
                file: 'portal/delivery.align'
            })
        ]);
        expect(project.diagnostics.resolved).toEqual([]);
    });

    it('--fail-on-new-errors exits 1 when an error appeared, 0 when none did', () => {
        expect(align(['diff', '--base', 'HEAD~1', 'portal', '--fail-on-new-errors'], repo).status).toBe(1);
        // The working tree is HEAD: nothing drifted.
        const same = align(['diff', '--base', 'HEAD', 'portal', '--fail-on-new-errors'], repo);
        expect(same.status).toBe(0);
        expect(same.stdout).toMatch(/^Project patient-portal: no drift$/m);
        // The framework back in the working tree: against HEAD the error is resolved and none is new.
        git('checkout', '-q', 'HEAD~1', '--', 'portal');
        try {
            const back = align(['diff', '--base', 'HEAD', 'portal', '--fail-on-new-errors', '--format', 'json'], repo);
            expect(back.status).toBe(0);
            const [project] = (JSON.parse(back.stdout) as DriftJson).projects;
            expect(project.diagnostics.resolved.map(d => d.code)).toEqual(['decision-ambiguous-owner']);
            expect(project.rules).toEqual([expect.objectContaining({ name: 'CrossDomain', change: 'added' })]);
        } finally {
            git('checkout', '-q', 'HEAD', '--', 'portal');
        }
    });

    it('reads the revision from inside the project folder, path defaulting to it', () => {
        const inside = align(['diff', '--base', 'HEAD~1', '--format', 'json'], join(repo, 'portal'));
        const outside = align(['diff', '--base', 'HEAD~1', 'portal', '--format', 'json'], repo);
        expect(inside.status).toBe(0);
        const strip = (json: DriftJson) => json.projects.map(p => ({ ...p, diagnostics: { new: p.diagnostics.new.map(d => d.code), resolved: [] } }));
        expect(strip(JSON.parse(inside.stdout))).toEqual(strip(JSON.parse(outside.stdout)));
    });

    it('Markdown is ready for a pull request: heading, summary, tables, diagnostics list', () => {
        const r = align(['diff', '--base', 'HEAD~1', 'portal', '--format', 'markdown'], repo);
        expect(r.status).toBe(0);
        const lines = r.stdout.split('\n');
        expect(lines[0]).toBe('## Alignment drift: `HEAD~1` → `working tree`');
        expect(lines).toContain('**1 new error.**');
        expect(lines).toContain('### Project `patient-portal`');
        expect(lines).toContain('#### Decisions');
        expect(lines).toContain('| Decision | Change | What changed | Why |');
        expect(lines).toContain('|---|---|---|---|');
        expect(lines.find(l => l.startsWith('| `IdentityProvider` |'))).toMatch(
            /^\| `IdentityProvider` \| changed \| decided by Triage → none<br>SLA 48 hours → none \| No one: .* \|$/
        );
        expect(lines).toContain('#### Rules');
        expect(lines.find(l => l.startsWith('| `CrossDomain` |'))).toMatch(/\| removed \| when crosses any<br>decided by Triage<br>SLA 48 hours/);
        expect(lines).toContain('#### New diagnostics');
        expect(lines.find(l => l.startsWith('- **error**'))).toMatch(
            /^- \*\*error\*\* `decision-ambiguous-owner` in `IdentityProvider`: .*\(portal\/delivery\.align:\d+\)$/
        );
        // Every row has as many cells as its table's header: no bar from a message breaks a table.
        const cells = (row: string) => row.split(/(?<!\\)\|/).length;
        let header = 0;
        for (const line of lines.filter(l => l.startsWith('|'))) {
            if (line.startsWith('|---')) continue;
            if (!line.startsWith('| `')) header = cells(line);
            else expect(cells(line), line).toBe(header);
        }
    });

    it('a commit that only reformats and reorders is no drift', () => {
        edit('governance.align', text =>
            text
                .split(/\n(?=cadence|agreement)/)
                .reverse()
                .join('\n\n\n')
        );
        edit('people.align', text => text.replace(/\{ org/g, '{\n    org'));
        try {
            expect(git('status', '--porcelain')).toMatch(/M portal\/governance\.align\n M portal\/people\.align/);
            const r = align(['diff', '--base', 'HEAD', 'portal', '--format', 'json'], repo);
            expect(r.status).toBe(0);
            const [project] = (JSON.parse(r.stdout) as DriftJson).projects;
            expect(project).toEqual({ project: 'patient-portal', decisions: [], domains: [], rules: [], cadences: [], diagnostics: { new: [], resolved: [] } });
        } finally {
            git('checkout', '-q', '--', '.');
        }
    });

    it('an unknown revision exits 2', () => {
        const r = align(['diff', '--base', 'no-such-branch', 'portal'], repo);
        expect(r.status).toBe(2);
        expect(r.stdout).toBe('');
        expect(r.stderr).toMatch(/^align: unknown revision 'no-such-branch'/);
        expect(r.stderr.trim().split('\n')).toHaveLength(1);
        expect(align(['diff', '--base', '--upload-pack=x', 'portal'], repo).status).toBe(2);
    });

    it('a folder outside any git repository exits 2', () => {
        const outside = mkdtempSync(join(tmpdir(), 'align-nogit-'));
        cpSync(join(ROOT, 'examples/stalemate'), outside, { recursive: true });
        try {
            // A repository above the temporary folder would make this pass for the wrong reason.
            const r = align(['diff', '--base', 'HEAD'], outside, { GIT_CEILING_DIRECTORIES: tmpdir() });
            expect(r.status).toBe(2);
            expect(r.stderr).toMatch(/^align: .* is not inside a git repository/);
        } finally {
            rmSync(outside, { recursive: true, force: true });
        }
    });

    it("the editor's align/compare answers the same drift as Markdown, and refuses an unknown revision", async () => {
        const { services } = await loadWorkspace([join(repo, 'portal')]);
        const uri = URI.file(file('delivery.align')).toString();
        const result = await answerCompare(services, { uri, base: 'HEAD~1' });
        expect(result).toMatchObject({ project: 'patient-portal', newErrors: 1 });
        expect(result.markdown.split('\n')[0]).toBe('## Alignment drift: `HEAD~1` → `the editor`');
        const cli = align(['diff', '--base', 'HEAD~1', 'portal', '--format', 'markdown'], repo).stdout;
        // The same report, but for the labels and the file paths (relative to the project in the editor).
        const body = (markdown: string) =>
            markdown
                .split('\n')
                .slice(1)
                .join('\n')
                .replace(/\((portal\/)?(\w+\.align:\d+)\)/g, '($2)');
        expect(body(result.markdown)).toBe(body(cli));
        await expect(answerCompare(services, { uri, base: 'no-such-branch' })).rejects.toThrow(/align\/compare: unknown revision 'no-such-branch'/);
        await expect(answerCompare(services, { uri })).rejects.toThrow(/base must be a git revision/);
        // A 3 MB base used to reach git and fail as an internal error (-32603 spawn E2BIG).
        const huge = answerCompare(services, { uri, base: 'x'.repeat(3_000_000) });
        await expect(huge).rejects.toMatchObject({ code: ErrorCodes.InvalidParams });
        await expect(huge).rejects.toThrow(/3000000 characters long/);
    });

    it('without git on the PATH exits 2 with a clear message', () => {
        const r = align(['diff', '--base', 'HEAD', 'portal'], repo, { PATH: '' });
        expect(r.status).toBe(2);
        expect(r.stdout).toBe('');
        expect(r.stderr).toBe('align: git is not installed or not on the PATH: comparing with a revision needs git\n');
    });
});
