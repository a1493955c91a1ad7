// Spec §3: who decides, for each branch of the resolution order.
import { describe, expect, it } from 'vitest';
import { isDecision, isDomain } from '../../language/generated/ast.js';
import { buildWorkspace } from '../helpers/workspace.js';

const FRAMEWORK = `
stakeholder VPPX stakeholder CIO stakeholder CMO
group Triage { members CIO, VPPX, CMO }
cadence Weekly every week { attendees VPPX, CIO, CMO }
domain UX { owner VPPX }
domain Arch { owner CIO }
domain Infra { owner CIO }
domain Clinical { owner CMO }
domain Orphan { consulted CIO }
`;

async function resolve(extra: string, domains: string[]) {
    const ws = await buildWorkspace(FRAMEWORK + extra);
    const model = ws.model;
    const byName = new Map([...model.domains.keys()].map(d => [d.name, d]));
    return model.resolve(domains.map(name => byName.get(name)!).filter(isDomain));
}

describe('decider resolution (spec §3)', () => {
    it('one domain: its owner', async () => {
        const r = await resolve('', ['UX']);
        expect(r.basis).toBe('single-domain');
        expect(r.decider?.name).toBe('VPPX');
        expect(r.explanation).toBe('VPPX, owner of UX');
    });

    it('several domains with the same single owner: that owner, before any rule', async () => {
        const r = await resolve('rule R { when crosses any decided by Triage within 48 hours }', ['Arch', 'Infra']);
        expect(r.basis).toBe('same-owner');
        expect(r.decider?.name).toBe('CIO');
    });

    it('crossing domains: the matching rule, with its SLA', async () => {
        const r = await resolve('rule CrossDomain { when crosses any decided by Triage within 48 hours }', ['UX', 'Arch']);
        expect(r.basis).toBe('rule');
        expect(r.decider?.name).toBe('Triage');
        expect(r.sla?.text).toBe('48 hours');
        expect(r.explanation).toBe('Triage within 48 hours, by rule CrossDomain: affects UX and Arch, owned by VPPX and CIO');
    });

    it('touches beats crosses any', async () => {
        const r = await resolve(
            `
            rule Any { when crosses any decided by Triage within 48 hours }
            rule Clin { when touches Clinical decided by CMO within 1 day }`,
            ['UX', 'Clinical']
        );
        expect(r.rule?.rule.name).toBe('Clin');
        expect(r.decider?.name).toBe('CMO');
    });

    it('more listed domains beat fewer', async () => {
        const r = await resolve(
            `
            rule One { when touches UX decided by VPPX within 1 day }
            rule Two { when touches UX, Clinical decided by CMO within 1 day }`,
            ['UX', 'Clinical', 'Arch']
        );
        expect(r.rule?.rule.name).toBe('Two');
    });

    it('a touches rule does not match a decision missing one of its domains', async () => {
        const r = await resolve('rule Two { when touches UX, Clinical decided by CMO within 1 day }', ['UX', 'Arch']);
        expect(r.basis).toBe('none');
    });

    it('equally specific rules with different deciders: conflict, nobody decides', async () => {
        const r = await resolve(
            `
            rule A { when touches UX decided by VPPX within 1 day }
            rule B { when touches Arch decided by CIO within 1 day }`,
            ['UX', 'Arch']
        );
        expect(r.basis).toBe('conflict');
        expect(r.decider).toBeUndefined();
        expect(r.conflictingRules.map(c => c.rule.name).sort()).toEqual(['A', 'B']);
    });

    it('equally specific rules with the same decider agree', async () => {
        const r = await resolve(
            `
            rule A { when touches UX decided by Triage within 1 day }
            rule B { when touches Arch decided by Triage within 1 day }`,
            ['UX', 'Arch']
        );
        expect(r.basis).toBe('rule');
        expect(r.decider?.name).toBe('Triage');
    });

    it('no owner in common and no rule: nobody', async () => {
        const r = await resolve('', ['UX', 'Arch']);
        expect(r.basis).toBe('none');
        expect(r.explanation).toContain('No one');
    });

    it('a single domain without owner: nobody', async () => {
        const r = await resolve('', ['Orphan']);
        expect(r.basis).toBe('none');
    });

    it('an explicit decided by is honoured, and flagged when it disagrees', async () => {
        const ws = await buildWorkspace(FRAMEWORK + 'decision X { affects UX decided by CIO } decision Y { affects UX, Arch decided by CMO }');
        const decisions = [...ws.model.decisions.values()];
        const x = decisions.find(d => d.decision.name === 'X')!;
        expect(x.decider?.name).toBe('CIO');
        expect(x.overridesFramework).toBe(true);
        // Nobody in the framework: the explicit decider fills the gap without a warning.
        const y = decisions.find(d => d.decision.name === 'Y')!;
        expect(y.decider?.name).toBe('CMO');
        expect(y.overridesFramework).toBe(false);
        expect(ws.codes()).not.toContain('decision-ambiguous-owner');
        expect(isDecision(y.decision)).toBe(true);
    });
});

describe('the rest of the model', () => {
    it('flattens nested groups and computes attendance through groups', async () => {
        const ws = await buildWorkspace(`
            stakeholder A stakeholder B stakeholder C
            group Inner { members A, B }
            group Outer { members Inner, C }
            cadence Sync every week { attendees Outer }`);
        const outer = ws.model.groups.find(g => g.name === 'Outer')!;
        expect(
            ws.model.groupMembers
                .get(outer)!
                .map(s => s.name)
                .sort()
        ).toEqual(['A', 'B', 'C']);
        const a = ws.model.stakeholders.find(s => s.name === 'A')!;
        expect(ws.model.attendance.get(a)!.map(c => c.name)).toEqual(['Sync']);
    });

    it('computes the RACI matrix', async () => {
        const ws = await buildWorkspace(FRAMEWORK + 'stakeholder Lead domain Ops { owner CIO consulted VPPX informed Lead }');
        const cells = ws.model.raci.filter(c => c.domain.name === 'Ops').map(c => `${c.stakeholder.name}=${c.roles.join('')}`);
        expect(cells.sort()).toEqual(['CIO=A', 'Lead=I', 'VPPX=C']);
    });

    it('builds the escalation graph with durations and finds its cycle', async () => {
        const ws = await buildWorkspace(`
            stakeholder A
            cadence One every week { attendees A escalates to Two }
            cadence Two every week { attendees A }
            agreement Ag { escalation path Two -> One }
            risk R { owner A mitigation "m" escalates to One after 2 weeks }`);
        const edges = ws.model.escalationEdges.map(e => `${e.from.name}->${e.to.name}${e.after ? `@${e.after.hours}h` : ''}`);
        expect(edges.sort()).toEqual(['One->Two', 'R->One@336h', 'Two->One']);
        expect(ws.model.escalationCycles.map(c => c.nodes.map(n => n.name))).toEqual([['One', 'Two']]);
    });
});
