// Spawns the built CLI (out/cli/main.cjs, built by `pretest`) and checks the contract of spec §5.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runAlign, tempFolder } from '../helpers/cli.js';

function align(args: string[], cwd = ROOT) {
    const { status, stdout, stderr } = runAlign(args, cwd);
    return { status, stdout, stderr };
}

const tempWorkspace = (files: Record<string, string>) => tempFolder(files, 'align-cli-');

describe('align check', () => {
    it('exits 0 on the patient-portal example', () => {
        const r = align(['check', 'examples/patient-portal']);
        expect(r.status).toBe(0);
        expect(r.stdout).toContain('0 errors, 0 warnings in 4 files');
    });

    it('exits 1 on the stalemate and lists its codes as JSON', () => {
        const r = align(['check', 'examples/stalemate', '--format', 'json']);
        expect(r.status).toBe(1);
        const records = JSON.parse(r.stdout) as Array<Record<string, unknown>>;
        const codes = records.map(d => d.code);
        expect(codes).toEqual(expect.arrayContaining(['decision-ambiguous-owner', 'sla-unreachable', 'escalation-cycle']));
        for (const record of records) {
            expect(Object.keys(record).sort()).toEqual(['code', 'column', 'endColumn', 'endLine', 'file', 'line', 'message', 'severity']);
            expect(['error', 'warning', 'info', 'hint']).toContain(record.severity);
        }
    });

    it('reports 1-based positions on the offending name', () => {
        const text = 'stakeholder Ann\ncadence W every week { attendees Ann }\n\ndomain   Lonely { consulted Ann }\n';
        const dir = tempWorkspace({ 'a.align': text });
        const r = align(['check', dir, '--format', 'json']);
        expect(r.status).toBe(1);
        const [d] = JSON.parse(r.stdout);
        const lines = text.split('\n');
        const line = lines.findIndex(l => l.includes('Lonely')) + 1;
        const column = lines[line - 1].indexOf('Lonely') + 1;
        expect(d).toMatchObject({ code: 'domain-no-owner', severity: 'error', line, column, endLine: line, endColumn: column + 'Lonely'.length });
        expect(d.file).toBe(join(dir, 'a.align'));
    });

    it('uses --today for decision-overdue', () => {
        const dir = tempWorkspace({
            'd.align': 'stakeholder A cadence W every week { attendees A } domain D { owner A } decision X { affects D due 2027-01-10 }'
        });
        const before = JSON.parse(align(['check', dir, '--format', 'json', '--today', '2027-01-01']).stdout);
        const after = JSON.parse(align(['check', dir, '--format', 'json', '--today', '2027-02-01']).stdout);
        expect(before.map((d: { code: string }) => d.code)).not.toContain('decision-overdue');
        expect(after.map((d: { code: string }) => d.code)).toContain('decision-overdue');
    });

    it('searches folders recursively and makes all paths one workspace', () => {
        const dir = tempWorkspace({
            'people/nested/people.align': 'stakeholder Ann cadence W every week { attendees Ann }',
            'rights/rights.align': 'domain D { owner Ann }',
            'rights/notes.txt': 'not align'
        });
        const r = align(['check', join(dir, 'people'), join(dir, 'rights'), '--format', 'json']);
        expect(r.stderr).toBe('');
        expect(JSON.parse(r.stdout)).toEqual([]);
        expect(r.status).toBe(0);
        // Alone, the rights file cannot see Ann.
        const alone = align(['check', join(dir, 'rights'), '--format', 'json']);
        expect(alone.status).toBe(1);
        expect(JSON.parse(alone.stdout)[0].code).toBe('unresolved-reference');
    });

    it.each([
        [['check', '--bogus'], /unknown option/],
        [['check', 'no/such/path'], /cannot read no\/such\/path/],
        [['check', '--today', '2027-02-30', 'examples/patient-portal'], /--today/],
        [['check', '--format', 'xml', 'examples/patient-portal'], /xml/],
        [['frobnicate'], /unknown command/],
        [['who-decides', 'examples/patient-portal', '--domains', 'Nope'], /no domain named Nope/],
        [['who-decides', 'examples/patient-portal'], /--domains/]
    ])('exits 2 with one line on stderr for %j', (args, pattern) => {
        const r = align(args as string[]);
        expect(r.status).toBe(2);
        expect(r.stderr).toMatch(pattern as RegExp);
        expect(r.stderr.trim().split('\n')).toHaveLength(1);
        expect(r.stderr).not.toMatch(/at .*\.cjs/);
    });
});

describe('align diagram', () => {
    it('writes the decision-flow SVG to exactly the file given with -o', () => {
        const dir = mkdtempSync(join(tmpdir(), 'align-diagram-'));
        const out = join(dir, 'flow.svg');
        const r = align(['diagram', 'examples/patient-portal', '--view', 'decision-flow', '--format', 'svg', '-o', out]);
        expect(r.status).toBe(0);
        expect(r.stdout).toBe('');
        expect(readdirSync(dir)).toEqual(['flow.svg']);
        const svg = readFileSync(out, 'utf8');
        expect(svg.startsWith('<svg')).toBe(true);
        expect(svg).toContain('Triage decides');
    });

    it('prints Mermaid and JSON to stdout, and exits 0 even when the workspace has errors', () => {
        const mermaid = align(['diagram', 'examples/stalemate', '--view', 'escalation', '--format', 'mermaid']);
        expect(mermaid.status).toBe(0);
        expect(mermaid.stdout.startsWith('flowchart LR')).toBe(true);
        const json = align(['diagram', 'examples/patient-portal', '--view', 'raci', '--format', 'json']);
        expect(JSON.parse(json.stdout).kind).toBe('raci');
    });

    it.each([
        [['diagram', 'examples/patient-portal'], /--view/],
        [['diagram', 'examples/patient-portal', '--view', 'gantt'], /gantt/],
        [['diagram', 'examples/patient-portal', '--view', 'raci', '--format', 'png'], /png/],
        [['diagram', 'examples/patient-portal', '--view', 'raci', '-o', '/nonexistent-dir/x.svg'], /cannot write/]
    ])('exits 2 on bad usage %j', (args, pattern) => {
        const r = align(args as string[]);
        expect(r.status).toBe(2);
        expect(r.stderr).toMatch(pattern as RegExp);
    });
});

describe('align who-decides', () => {
    const cases: Array<[string, object, RegExp]> = [
        ['BookingFlow', { decider: 'VPPX', kind: 'stakeholder', rule: null, sla: null, step: 'owner' }, /VPPX, owner of UserExperience/],
        [
            'UserExperience,Architecture',
            { decider: 'Triage', kind: 'group', rule: 'CrossDomain', sla: '48 hours', step: 'rule' },
            /Triage within 48 hours, by rule CrossDomain/
        ],
        [
            'UserExperience,ClinicalWorkflows',
            { decider: 'CMO', kind: 'stakeholder', rule: 'ClinicalExperience', sla: '2 business days', step: 'rule' },
            /by rule ClinicalExperience/
        ],
        ['Architecture,Security', { decider: 'CIO', kind: 'stakeholder', rule: null, sla: null, step: 'owner' }, /CIO, owner of Architecture and Security/]
    ];
    for (const [domains, json, text] of cases) {
        const list = domains === 'BookingFlow' ? 'UserExperience' : domains;
        it(`answers for ${list}`, () => {
            const j = align(['who-decides', 'examples/patient-portal', '--domains', list, '--format', 'json']);
            expect(j.status).toBe(0);
            expect(JSON.parse(j.stdout)).toEqual(json);
            const t = align(['who-decides', 'examples/patient-portal', '--domains', list]);
            expect(t.stdout).toMatch(text);
        });
    }

    it('says nobody when nobody can decide', () => {
        const j = align(['who-decides', 'examples/stalemate', '--domains', 'UserExperience,Architecture', '--format', 'json']);
        expect(j.status).toBe(0);
        expect(JSON.parse(j.stdout)).toEqual({ decider: null, kind: 'none', rule: null, sla: null, step: 'none' });
        const t = align(['who-decides', 'examples/stalemate', '--domains', 'UserExperience,Architecture']);
        expect(t.stdout).toMatch(/^No one: it affects UserExperience \(owner VPPX\) and Architecture/);
    });
});
