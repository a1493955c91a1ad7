// Drift (spec §10): diffModels compares two versions of a project by declaration name —
// deciders and SLAs, owners and RACI, rules and cadences, new and resolved diagnostics —
// and sees nothing where only formatting, order or the file a declaration sits in changed.
import { describe, expect, it } from 'vitest';
import { diffModels, isDriftEmpty, countNewErrors, type ModelDrift } from '../../language/model/drift.js';
import { driftJson, formatDriftMarkdown, formatDriftText } from '../../language/model/drift-report.js';
import { buildWorkspace } from '../helpers/workspace.js';

const PEOPLE = `
stakeholder CIO stakeholder VPPX stakeholder CMO stakeholder Lead stakeholder NurseLead
group Triage { members CIO, VPPX, CMO }
`;
const GOVERNANCE = `
cadence Weekly every week { attendees CIO, VPPX, CMO, Lead, NurseLead }
cadence SteerCo every month { attendees CIO, VPPX, CMO }
`;
const RIGHTS = `
domain UX { owner VPPX consulted Lead }
domain Arch { owner CIO informed Lead }
domain Clinical { owner CMO }
rule CrossDomain { when crosses any decided by Triage within 48 hours }
`;
const DELIVERY = `
decision IdentityProvider { affects UX, Arch }
decision Booking { affects UX, Clinical }
`;

type Files = Record<string, string>;
const BASE: Files = { 'people.align': PEOPLE, 'governance.align': GOVERNANCE, 'rights.align': RIGHTS, 'delivery.align': DELIVERY };

/** The drift from the base project to the base with some files replaced. */
async function drift(changes: Files, before: Files = BASE): Promise<ModelDrift> {
    const old = await buildWorkspace(before);
    const now = await buildWorkspace({ ...before, ...changes });
    return diffModels(old.model, now.model);
}

describe('decisions', () => {
    it('a new, more specific rule changes the decider: before → after, with the reason', async () => {
        const d = await drift({ 'rights.align': RIGHTS + 'rule ClinicalUX { when touches UX, Clinical decided by CMO within 2 business days }' });
        expect(d.decisions).toEqual([
            {
                name: 'Booking',
                change: 'changed',
                fields: [
                    { field: 'decider', before: 'Triage', after: 'CMO' },
                    { field: 'sla', before: '48 hours', after: '2 business days' }
                ],
                reason: expect.stringMatching(/^CMO within 2 business days, by rule ClinicalUX/)
            }
        ]);
        expect(d.rules.map(r => [r.name, r.change])).toEqual([['ClinicalUX', 'added']]);
    });

    it('a changed SLA is reported on the rule and on every decision it binds', async () => {
        const d = await drift({ 'rights.align': RIGHTS.replace('within 48 hours', 'within 1 week') });
        expect(d.decisions.map(x => x.name)).toEqual(['Booking', 'IdentityProvider']);
        for (const decision of d.decisions) expect(decision.fields).toEqual([{ field: 'sla', before: '48 hours', after: '1 week' }]);
        expect(d.rules).toEqual([{ name: 'CrossDomain', change: 'changed', fields: [{ field: 'sla', before: '48 hours', after: '1 week' }] }]);
    });

    it('the same SLA written another way is no drift', async () => {
        expect(isDriftEmpty(await drift({ 'rights.align': RIGHTS.replace('within 48 hours', 'within 48h') }))).toBe(true);
        expect(isDriftEmpty(await drift({ 'rights.align': RIGHTS.replace('within 48 hours', 'within 2 days') }))).toBe(true);
    });

    it('a decision losing its decider says nobody, and why', async () => {
        const d = await drift({ 'rights.align': RIGHTS.replace('rule CrossDomain { when crosses any decided by Triage within 48 hours }', '') });
        const identity = d.decisions.find(x => x.name === 'IdentityProvider')!;
        expect(identity.fields).toEqual([
            { field: 'decider', before: 'Triage', after: null },
            { field: 'sla', before: '48 hours', after: null }
        ]);
        expect(identity.reason).toMatch(/^No one: it affects UX \(owner VPPX\) and Arch \(owner CIO\)/);
    });
});

describe('domains', () => {
    it('a changed owner', async () => {
        const d = await drift({ 'rights.align': RIGHTS.replace('domain Clinical { owner CMO }', 'domain Clinical { owner NurseLead }') });
        const clinical = d.domains.find(x => x.name === 'Clinical')!;
        expect(clinical.change).toBe('changed');
        expect(clinical.fields).toContainEqual({ field: 'owner', before: 'CMO', after: 'NurseLead' });
        // The RACI follows: NurseLead is now accountable, CMO only responsible through the triage group.
        expect(clinical.fields).toContainEqual({ field: 'raci', subject: 'NurseLead', before: null, after: 'A' });
        expect(clinical.fields).toContainEqual({ field: 'raci', subject: 'CMO', before: 'RA', after: 'R' });
    });

    it('a changed RACI without an owner change', async () => {
        const d = await drift({
            'rights.align': RIGHTS.replace('domain UX { owner VPPX consulted Lead }', 'domain UX { owner VPPX consulted NurseLead informed Lead }')
        });
        expect(d.domains).toEqual([
            {
                name: 'UX',
                change: 'changed',
                fields: [
                    { field: 'raci', subject: 'Lead', before: 'C', after: 'I' },
                    { field: 'raci', subject: 'NurseLead', before: null, after: 'C' }
                ]
            }
        ]);
        expect(d.decisions).toEqual([]);
    });
});

describe('rules and cadences', () => {
    it('a rule added, removed and changed (when, decider, escalation)', async () => {
        const before = { ...BASE, 'rights.align': RIGHTS + 'rule Old { when touches UX, Arch decided by CIO within 1 week }' };
        const d = await drift(
            {
                'rights.align':
                    RIGHTS.replace(
                        'when crosses any decided by Triage within 48 hours',
                        'when touches Arch, Clinical decided by SteerCo within 48 hours escalates to CIO after 1 week'
                    ) + 'rule New { when touches UX, Clinical decided by CMO }'
            },
            before
        );
        expect(d.rules.map(r => [r.name, r.change])).toEqual([
            ['CrossDomain', 'changed'],
            ['New', 'added'],
            ['Old', 'removed']
        ]);
        expect(d.rules[0].fields).toEqual([
            { field: 'when', before: 'crosses any', after: 'touches Arch, Clinical' },
            { field: 'decider', before: 'Triage', after: 'SteerCo' },
            { field: 'escalates to', before: null, after: 'CIO' },
            { field: 'escalates after', before: null, after: '1 week' }
        ]);
        expect(d.rules[1].fields).toEqual([
            { field: 'when', before: null, after: 'touches Clinical, UX' },
            { field: 'decider', before: null, after: 'CMO' }
        ]);
        expect(d.rules[2].fields).toContainEqual({ field: 'sla', before: '1 week', after: null });
    });

    it('a cadence added, removed and changed (frequency, attendees)', async () => {
        const d = await drift({
            'governance.align': `
cadence Weekly every 2 weeks { attendees CIO, VPPX, CMO, Lead }
cadence Daily every day { attendees Lead }
`
        });
        expect(d.cadences.map(c => [c.name, c.change])).toEqual([
            ['Daily', 'added'],
            ['SteerCo', 'removed'],
            ['Weekly', 'changed']
        ]);
        expect(d.cadences[2].fields).toEqual([
            { field: 'every', before: 'week', after: '2 weeks' },
            { field: 'attendees', before: ['CIO', 'CMO', 'Lead', 'NurseLead', 'VPPX'], after: ['CIO', 'CMO', 'Lead', 'VPPX'] }
        ]);
        expect(d.cadences[0].fields).toEqual([
            { field: 'every', before: null, after: 'day' },
            { field: 'attendees', before: null, after: ['Lead'] }
        ]);
    });

    it('attendees through a group count: a new group member attends', async () => {
        const d = await drift({
            'people.align': PEOPLE.replace('members CIO, VPPX, CMO', 'members CIO, VPPX, CMO, NurseLead'),
            'governance.align': GOVERNANCE.replace('every month { attendees CIO, VPPX, CMO }', 'every month { attendees Triage }')
        });
        expect(d.cadences).toEqual([
            { name: 'SteerCo', change: 'changed', fields: [{ field: 'attendees', before: ['CIO', 'CMO', 'VPPX'], after: ['CIO', 'CMO', 'NurseLead', 'VPPX'] }] }
        ]);
    });
});

describe('diagnostics', () => {
    it('a new error and a resolved one, matched by code and declaration name', async () => {
        const broken = {
            'rights.align': RIGHTS.replace('domain Clinical { owner CMO }', 'domain Clinical { owner CMO, VPPX }').replace(
                'rule CrossDomain',
                'rule Spare { when touches Arch decided by CIO }\nrule CrossDomain'
            ),
            'delivery.align': DELIVERY + 'decision Lone { affects Clinical }'
        };
        const d = await drift(broken);
        expect(d.diagnostics.new.map(x => [x.code, x.declaration, x.severity])).toEqual([
            ['domain-multiple-owners', 'Clinical', 'error'],
            ['decision-ambiguous-owner', 'Lone', 'error'],
            ['rule-no-sla', 'Spare', 'warning']
        ]);
        expect(d.diagnostics.resolved).toEqual([]);
        expect(countNewErrors(d)).toBe(2);
        const back = await drift(BASE, { ...BASE, ...broken });
        expect(back.diagnostics.new).toEqual([]);
        expect(back.diagnostics.resolved.map(x => [x.code, x.declaration])).toEqual([
            ['domain-multiple-owners', 'Clinical'],
            ['decision-ambiguous-owner', 'Lone'],
            ['rule-no-sla', 'Spare']
        ]);
        expect(countNewErrors(back)).toBe(0);
    });

    it('a diagnostic that moved lines, or to another file, is neither new nor resolved', async () => {
        const broken = { ...BASE, 'delivery.align': DELIVERY + 'decision Nowhere { affects Missing }' };
        expect((await buildWorkspace(broken)).codes()).toContain('unresolved-reference');
        const moved = await drift({ 'delivery.align': '\n\n\n// moved down\n' + 'decision Nowhere { affects Missing }\n' + DELIVERY }, broken);
        expect(moved.diagnostics).toEqual({ new: [], resolved: [] });
        const elsewhere = await drift({ 'delivery.align': DELIVERY, 'more.align': '\n\ndecision Nowhere {\n  affects Missing\n}\n' }, broken);
        expect(isDriftEmpty(elsewhere)).toBe(true);
    });

    it('the same finding reworded is not new: its message names another decider', async () => {
        const sla = (cadence: string) => ({
            ...BASE,
            'rights.align': RIGHTS + `rule Slow { when touches Clinical, Arch decided by ${cadence} within 48 hours }`
        });
        const quarterly = { 'quarterly.align': 'cadence Quarterly every quarter { attendees CIO }' };
        const d = await drift({ ...sla('Quarterly'), ...quarterly }, { ...sla('SteerCo'), ...quarterly });
        expect(d.rules.map(r => r.fields)).toEqual([[{ field: 'decider', before: 'SteerCo', after: 'Quarterly' }]]);
        expect(d.diagnostics).toEqual({ new: [], resolved: [] });
    });
});

describe('no drift', () => {
    it('when only formatting, order and files changed', async () => {
        const reordered: Files = {
            'all.align': [DELIVERY, RIGHTS.split('\n').reverse().join('\n'), GOVERNANCE, PEOPLE].join('\n// comment\n'),
            'people.align': '',
            'governance.align': '',
            'rights.align': '',
            'delivery.align': ''
        };
        const d = await drift(reordered);
        expect(d).toEqual({ decisions: [], domains: [], rules: [], cadences: [], diagnostics: { new: [], resolved: [] } });
        const spaced = await drift({
            'rights.align': RIGHTS.replace('domain UX { owner VPPX consulted Lead }', 'domain UX {\n    consulted Lead\n    owner    VPPX\n}'),
            'governance.align': GOVERNANCE.replace('attendees CIO, VPPX, CMO, Lead, NurseLead', 'attendees NurseLead, Lead, CMO, VPPX, CIO')
        });
        expect(isDriftEmpty(spaced)).toBe(true);
    });
});

describe('the report', () => {
    it('words the same drift as text, Markdown and JSON', async () => {
        const d = await drift({
            'rights.align': RIGHTS.replace('domain Clinical { owner CMO }', 'domain Clinical { owner CMO, VPPX }').replace(/rule CrossDomain.*/, '')
        });
        const report = { before: 'HEAD~1', after: 'working tree', projects: [{ project: 'portal', drift: d }] };
        const fileOf = (uri: string) => uri.slice(uri.lastIndexOf('/') + 1);
        const text = formatDriftText(report, { fileOf });
        expect(text).toMatch(/^Alignment drift from HEAD~1 to working tree$/m);
        expect(text).toMatch(/^ {4}~ Clinical: owner CMO → CMO, VPPX; RACI of /m);
        expect(text).toMatch(/^ {4}- CrossDomain: when crosses any; decided by Triage; SLA 48 hours$/m);
        expect(text).toMatch(/^ {4}\+ new error domain-multiple-owners in Clinical: .*\(rights\.align:\d+\)$/m);
        const markdown = formatDriftMarkdown(report, { fileOf });
        expect(markdown).toMatch(/^## Alignment drift: `HEAD~1` → `working tree`$/m);
        expect(markdown).toMatch(/^\*\*3 new errors\.\*\*$/m);
        expect(markdown).toMatch(/^\| Decision \| Change \| What changed \| Why \|$/m);
        expect(markdown).toMatch(/^\| `Booking` \| changed \| decided by Triage → none<br>SLA 48 hours → none \| No one: /m);
        expect(markdown).toMatch(/^- \*\*error\*\* `domain-multiple-owners` in `Clinical`: /m);
        const json = driftJson(report, { fileOf }) as { newErrors: number; projects: Array<{ diagnostics: { new: Array<Record<string, unknown>> } }> };
        expect(json.newErrors).toBe(3);
        expect(Object.keys(json.projects[0].diagnostics.new[0]).sort()).toEqual(['code', 'declaration', 'file', 'line', 'message', 'severity']);
    });

    it('escapes Markdown and control characters that come from the files', async () => {
        const d = await drift({ 'people.align': PEOPLE + 'initiative P { in scope "a|b <img> *x*" out of scope "A|B <IMG> *X*" }' });
        const markdown = formatDriftMarkdown({ before: 'a', after: 'b', projects: [{ project: 'p', drift: d }] });
        const line = markdown.split('\n').find(l => l.includes('scope-conflict'))!;
        expect(line).toMatch(/a\\\|b \\<img\\> \\\*x\\\*/i);
        expect(line).not.toMatch(/[^\\][<*|]img/i);
    });
});
