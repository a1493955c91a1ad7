// The CLI on a repository that holds several projects (spec §6, §8), and waivers (§7), on
// copies of the examples.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAlign } from '../helpers/cli.js';

const ROOT = resolve(__dirname, '../..');

/** `align ARGS` in `cwd`, through the tests' one CLI runner. */
function align(args: string[], cwd = ROOT) {
    return runAlign(args, cwd);
}

type Record = { file: string; code: string; line: number; severity: string; waived?: boolean };

describe('align check at the root of this repository', () => {
    it('checks each example as its own project: no duplicate across them, each with its own result', () => {
        const r = align(['check', '.', '--format', 'json']);
        expect(r.status).toBe(1);
        const records = JSON.parse(r.stdout) as Record[];
        expect(records.filter(d => d.code === 'duplicate-name')).toEqual([]);
        expect(records.filter(d => d.file.startsWith('examples/patient-portal'))).toEqual([]);
        const stalemate = JSON.parse(align(['check', 'examples/stalemate', '--format', 'json']).stdout) as Record[];
        expect(records.filter(d => d.file.startsWith('examples/stalemate'))).toEqual(stalemate);
    });

    it('names each project in the text summary', () => {
        const r = align(['check', '.']);
        expect(r.stdout).toMatch(/^project patient-portal: 0 errors, 0 warnings in 4 files$/m);
        expect(r.stdout).toMatch(/^project stalemate: 4 errors, 6 warnings in 4 files$/m);
        expect(r.stdout).toMatch(/^project node-governance: 0 errors, 1 warning in 4 files$/m);
    });

    it('asks for one project where a command works on one model', () => {
        const r = align(['who-decides', '.', '--domains', 'UserExperience']);
        expect(r.status).toBe(2);
        expect(r.stderr).toMatch(/projects \(.*patient-portal.*stalemate.*\); give the files or folder of one of them/);
        expect(align(['who-decides', 'examples/patient-portal', '--domains', 'UserExperience']).status).toBe(0);
    });
});

describe('a waiver in a copy of the stalemate', () => {
    const copy = () => {
        const dir = mkdtempSync(join(tmpdir(), 'align-waive-'));
        cpSync(join(ROOT, 'examples/stalemate'), dir, { recursive: true });
        const file = join(dir, 'delivery.align');
        writeFileSync(
            file,
            readFileSync(file, 'utf8').replace(
                'decision IdentityProvider',
                '// align-waive decision-ambiguous-owner until 2027-01-31: triage group is being formed\ndecision IdentityProvider'
            )
        );
        return dir;
    };

    it('hides the ambiguity until its date, then waiver-expired appears and the ambiguity is back', () => {
        const dir = copy();
        const before = JSON.parse(align(['check', dir, '--format', 'json', '--today', '2027-01-31']).stdout) as Record[];
        expect(before.map(d => d.code)).not.toContain('decision-ambiguous-owner');
        expect(before.map(d => d.code)).not.toContain('waiver-expired');
        const after = JSON.parse(align(['check', dir, '--format', 'json', '--today', '2027-02-01']).stdout) as Record[];
        expect(after.map(d => d.code)).toEqual(expect.arrayContaining(['decision-ambiguous-owner', 'waiver-expired']));
        const expired = after.find(d => d.code === 'waiver-expired')!;
        expect(expired).toMatchObject({ file: join(dir, 'delivery.align'), line: 32, severity: 'error' });
        rmSync(dir, { recursive: true });
    });

    it('--show-waived lists what it hides, marked, in text, JSON and SARIF, without counting it', () => {
        const dir = copy();
        const json = JSON.parse(align(['check', dir, '--format', 'json', '--today', '2027-01-20', '--show-waived']).stdout) as Record[];
        expect(json.filter(d => d.waived).map(d => d.code)).toEqual(['decision-ambiguous-owner']);
        const text = align(['check', dir, '--today', '2027-01-20', '--show-waived']);
        expect(text.stdout).toMatch(/decision-ambiguous-owner: .*\(waived\)$/m);
        expect(text.stdout).toMatch(/^3 errors, 7 warnings in 4 files$/m);
        const sarif = JSON.parse(align(['check', dir, '--format', 'sarif', '--today', '2027-01-20', '--show-waived']).stdout);
        const waived = sarif.runs[0].results.filter((r: { suppressions?: unknown[] }) => r.suppressions);
        expect(waived.map((r: { ruleId: string }) => r.ruleId)).toEqual(['decision-ambiguous-owner']);
        const plain = JSON.parse(align(['check', dir, '--format', 'json', '--today', '2027-01-20']).stdout) as Record[];
        expect(plain.some(d => 'waived' in d)).toBe(false);
        rmSync(dir, { recursive: true });
    });
});

describe('configuration problems', () => {
    it('are config-invalid findings in the config file, and exit 1', () => {
        const dir = mkdtempSync(join(tmpdir(), 'align-config-'));
        writeFileSync(join(dir, 'align.config.json'), '{\n  "today": "someday"\n}\n');
        writeFileSync(join(dir, 'a.align'), 'stakeholder A\n');
        const r = align(['check', dir, '--format', 'json']);
        expect(r.status).toBe(1);
        expect(JSON.parse(r.stdout)).toEqual([
            expect.objectContaining({ file: join(dir, 'align.config.json'), line: 2, column: 12, code: 'config-invalid', severity: 'error' })
        ]);
    });

    it('exclude keeps drafts out of a folder check', () => {
        const dir = mkdtempSync(join(tmpdir(), 'align-exclude-'));
        writeFileSync(join(dir, 'align.config.json'), '{ "exclude": ["drafts/**"] }');
        writeFileSync(join(dir, 'a.align'), 'stakeholder A\n');
        cpSync(join(ROOT, 'examples/stalemate'), join(dir, 'drafts'), { recursive: true });
        rmSync(join(dir, 'drafts', 'align.config.json'));
        const r = align(['check', dir]);
        expect(r.status).toBe(0);
        expect(r.stdout).toMatch(/in 1 file$/m);
    });
});

describe('align format and projects', () => {
    it('leaves files excluded by their project alone', () => {
        const dir = mkdtempSync(join(tmpdir(), 'align-format-exclude-'));
        writeFileSync(join(dir, 'align.config.json'), '{ "exclude": ["drafts/**"] }');
        writeFileSync(join(dir, 'a.align'), 'stakeholder   A\n');
        cpSync(join(ROOT, 'examples/stalemate'), join(dir, 'drafts'), { recursive: true });
        rmSync(join(dir, 'drafts', 'align.config.json'));
        writeFileSync(join(dir, 'drafts', 'messy.align'), 'stakeholder    B\n');
        const r = align(['format', dir, '--check']);
        expect(r.status).toBe(1);
        expect(r.stdout.trim().split('\n')).toEqual([join(dir, 'a.align')]);
    });
});
