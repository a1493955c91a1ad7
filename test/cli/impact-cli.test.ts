// Spawns the built CLI (out/cli/main.cjs) and checks `align impact NAME` (spec §10) on the examples.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAlign } from '../helpers/cli.js';

const ROOT = resolve(__dirname, '../..');

/** `align ARGS` at the repository root, through the tests' one CLI runner. */
function align(args: string[]) {
    return runAlign(args, ROOT);
}

const CATEGORIES = [
    'domainsWithoutOwner',
    'decidersChanged',
    'decisionsWithoutDecider',
    'decisionsGainingDecider',
    'emptyGroups',
    'emptyCadences',
    'risksWithoutOwner',
    'metricsWithoutOwner',
    'escalationsWithoutTarget',
    'rulesWithoutDecider',
    'reservationsWithoutDecider',
    'leadsWithoutDecider',
    'residualAuthorityLost',
    'delegationsFallingBack',
    'findingsAppearing'
];

describe('align impact', () => {
    it('lists what the patient portal loses without the CIO, per category', () => {
        const r = align(['impact', 'CIO', 'examples/patient-portal']);
        expect(r.status).toBe(0);
        expect(r.stdout).toBe(
            [
                'If CIO left:',
                '  2 domains without owner:',
                '    Architecture',
                '    Security',
                '  1 decision with another decider:',
                '    EncryptionAtRest: CIO → Triage (Triage within 48 hours, by rule CrossDomain: affects Architecture and Security, none of which has an owner)',
                '  1 risk without owner:',
                '    VendorApiDelay',
                ''
            ].join('\n')
        );
    });

    it('prints one array per category as JSON, decisions with before and after', () => {
        const r = align(['impact', 'CIO', 'examples/patient-portal', '--format', 'json']);
        expect(r.status).toBe(0);
        const json = JSON.parse(r.stdout);
        expect(Object.keys(json)).toEqual(['name', 'kind', ...CATEGORIES]);
        expect(json).toMatchObject({
            name: 'CIO',
            kind: 'stakeholder',
            domainsWithoutOwner: ['Architecture', 'Security'],
            decidersChanged: [{ decision: 'EncryptionAtRest', before: 'CIO', after: 'Triage' }],
            decisionsWithoutDecider: [],
            risksWithoutOwner: ['VendorApiDelay'],
            metricsWithoutOwner: [],
            escalationsWithoutTarget: []
        });
        expect(json.decidersChanged[0].reason).toContain('by rule CrossDomain');
    });

    it('says a group gone leaves its decisions to nobody', () => {
        const r = align(['impact', 'Triage', 'examples/patient-portal', '--format', 'json']);
        expect(r.status).toBe(0);
        const json = JSON.parse(r.stdout);
        expect(json.kind).toBe('group');
        expect(json.decisionsWithoutDecider).toEqual([expect.objectContaining({ decision: 'IdentityProvider', before: 'Triage', after: null })]);
    });

    it('says when nothing changes', () => {
        const r = align(['impact', 'NurseLead', 'examples/patient-portal']);
        expect(r.status).toBe(0);
        expect(r.stdout).toBe('If NurseLead left: nothing changes\n');
    });

    it('shows the stalemate settled without the CIO, and an emptied forum without the lead', () => {
        const cio = align(['impact', 'CIO', 'examples/stalemate']);
        expect(cio.status).toBe(0);
        expect(cio.stdout).toContain(
            '  1 decision that gains a decider:\n    IdentityProvider: nobody → VPPX (VPPX, owner of UserExperience and Architecture)'
        );
        expect(cio.stdout).toContain('  2 risks without owner:\n    VendorApiDelay\n    SchedulingInterface');
        const lead = JSON.parse(align(['impact', 'Lead', 'examples/stalemate', '--format', 'json']).stdout);
        expect(lead.emptyCadences).toEqual(['TeamStatus']);
    });

    it('lists the escalations left without a target when a cadence is gone', () => {
        const r = align(['impact', 'SteerCo', 'examples/stalemate', '--format', 'json']);
        expect(r.status).toBe(0);
        const json = JSON.parse(r.stdout);
        expect(json.kind).toBe('cadence');
        expect(json.escalationsWithoutTarget).toEqual([
            { from: 'VendorApiDelay', to: 'SteerCo', declaredIn: 'VendorApiDelay' },
            { from: 'StakeholderCheckIn', to: 'SteerCo', declaredIn: 'StakeholderCheckIn' },
            { from: 'StakeholderCheckIn', to: 'SteerCo', declaredIn: 'Communication' }
        ]);
        const text = align(['impact', 'SteerCo', 'examples/stalemate']).stdout;
        expect(text).toContain('If SteerCo were gone:\n  1 decision without decider:\n    LabResultsFeed: SteerCo → nobody');
        expect(text).toContain('\n  3 escalations without target:');
        expect(text).toContain('    StakeholderCheckIn → SteerCo (escalation path of Communication)');
    });

    it('exits 2 on an unknown name, listing the known stakeholders', () => {
        const r = align(['impact', 'CFO', 'examples/stalemate']);
        expect(r.status).toBe(2);
        expect(r.stdout).toBe('');
        expect(r.stderr).toBe('align: no stakeholder, group or cadence named CFO (known stakeholders: CIO, CMO, COO, Lead, NurseLead and VPPX)\n');
    });

    it('caps the list of known stakeholders', () => {
        const dir = mkdtempSync(join(tmpdir(), 'align-impact-'));
        writeFileSync(join(dir, 'people.align'), Array.from({ length: 30 }, (_, i) => `stakeholder S${String(i).padStart(2, '0')}\n`).join(''));
        const r = align(['impact', 'Nobody', dir]);
        expect(r.status).toBe(2);
        expect(r.stderr).toContain('known stakeholders: S00, S01, S02, S03, S04, S05, S06, S07 and 22 more)');
    });

    it('exits 2 on a name of another kind, a missing name and a bad format', () => {
        const domain = align(['impact', 'Architecture', 'examples/stalemate']);
        expect(domain.status).toBe(2);
        expect(domain.stderr).toContain('Architecture is a domain');
        expect(align(['impact']).status).toBe(2);
        expect(align(['impact', 'CIO', 'examples/stalemate', '--format', 'svg']).status).toBe(2);
    });
});
