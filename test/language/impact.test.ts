// Spec §10 impact: "if NAME were gone", by rebuilding the model without NAME (§3 rules), per
// category of loss, and the line it adds to the stakeholder hover.
import { describe, expect, it } from 'vitest';
import { isStakeholder } from '../../language/generated/ast.js';
import type { AlignmentModel } from '../../language/model/alignment-model.js';
import { cachedImpactOf, impactCounts, impactOf, type DeciderChange, type Impact } from '../../language/model/impact.js';
import { hoverContent } from '../../server/hover/hover-content.js';
import { buildWorkspace } from '../helpers/workspace.js';

// One declaration per line, so that a test can delete one and compare with the real thing.
const WORKSPACE = `stakeholder Ann
stakeholder Bob
stakeholder Cid
stakeholder Dee
stakeholder Eve
stakeholder Zed
group Solo { members Eve }
group Outer { members Solo }
group Pair { members Ann, Bob }
cadence Weekly every week { attendees Ann, Bob, Cid, Dee, Zed escalates to EveSync }
cadence EveSync every month { attendees Eve }
domain UX { owner Ann consulted Zed }
domain Arch { owner Bob }
domain Ops { owner Bob }
domain Shared { owner Cid, Dee }
rule Cross { when crosses any decided by Pair within 2 days }
rule UxArch { when touches UX, Arch decided by Eve within 1 day }
decision OnlyUX { affects UX }
decision ArchOps { affects Arch, Ops }
decision UxArchD { affects UX, Arch }
decision SharedD { affects Shared }
decision ExplicitD { affects UX decided by Dee }
risk AnnRisk { owner Ann mitigation "a" escalates to Weekly after 1 week }
risk EveRisk { owner Eve mitigation "e" escalates to Eve after 1 week }
metric AnnMetric progress { owner Ann target 5 }
agreement Talk { escalation path Weekly -> EveSync -> Pair }
`;

async function modelOf(text = WORKSPACE): Promise<AlignmentModel> {
    return (await buildWorkspace(text)).model;
}

/** The impact of a name, which must exist. */
async function impact(name: string): Promise<Impact> {
    const result = impactOf(await modelOf(), name);
    expect(result, `no declaration named ${name}`).toBeDefined();
    return result!;
}

const names = (nodes: Array<{ name?: string }>) => nodes.map(n => n.name);
const changes = (list: DeciderChange[]) => list.map(c => `${c.decision.name}: ${c.before?.name ?? 'nobody'} → ${c.after?.name ?? 'nobody'}`);

describe('impact (spec §10)', () => {
    it('Ann: a domain loses its only owner, its decision loses its decider, her risk and metric lose their owner', async () => {
        const r = await impact('Ann');
        expect(names(r.removed)).toEqual(['Ann']);
        expect(names(r.domainsWithoutOwner)).toEqual(['UX']);
        expect(changes(r.decisionsWithoutDecider)).toEqual(['OnlyUX: Ann → nobody']);
        expect(r.decisionsWithoutDecider[0].reason).toContain('which has no owner, and no rule covers it');
        // UxArchD stays with Eve (rule UxArch), ExplicitD with its explicit Dee.
        expect(r.decidersChanged).toEqual([]);
        expect(names(r.risksWithoutOwner)).toEqual(['AnnRisk']);
        expect(names(r.metricsWithoutOwner)).toEqual(['AnnMetric']);
        // Pair keeps Bob, Weekly keeps the others.
        expect(r.emptyGroups).toEqual([]);
        expect(r.emptyCadences).toEqual([]);
        expect(r.escalationsWithoutTarget).toEqual([]);
    });

    it('Bob: a same-owner decision moves to the rule for decisions that cross domains', async () => {
        const r = await impact('Bob');
        expect(names(r.domainsWithoutOwner)).toEqual(['Arch', 'Ops']);
        expect(changes(r.decidersChanged)).toEqual(['ArchOps: Bob → Pair']);
        expect(r.decidersChanged[0].reason).toContain('by rule Cross');
        expect(r.decisionsWithoutDecider).toEqual([]);
    });

    it('Eve: a rule loses its decider, so its decision falls to the less specific rule; groups, a cadence and an escalation empty', async () => {
        const r = await impact('Eve');
        expect(changes(r.decidersChanged)).toEqual(['UxArchD: Eve → Pair']);
        // Outer holds only Solo, which holds only Eve: both are left without members.
        expect(names(r.emptyGroups)).toEqual(['Solo', 'Outer']);
        expect(names(r.emptyCadences)).toEqual(['EveSync']);
        expect(names(r.risksWithoutOwner)).toEqual(['EveRisk']);
        expect(r.escalationsWithoutTarget.map(e => `${e.from.name} → ${e.to.name}`)).toEqual(['EveRisk → Eve']);
    });

    it('Dee: an explicit decider that is gone gives way to the framework', async () => {
        const r = await impact('Dee');
        expect(changes(r.decidersChanged)).toEqual(['ExplicitD: Dee → Ann']);
        // With Dee gone, Shared has one owner left: its stalemate is settled.
        expect(changes(r.decisionsGainingDecider)).toEqual(['SharedD: nobody → Cid']);
        expect(r.domainsWithoutOwner).toEqual([]);
    });

    it('a cadence: escalations to it lose their target, those from it go with it', async () => {
        const r = await impact('EveSync');
        expect(r.escalationsWithoutTarget.map(e => `${e.from.name} → ${e.to.name} in ${e.source.$container.name}`)).toEqual([
            'Weekly → EveSync in Weekly',
            'Weekly → EveSync in Talk'
        ]);
        expect(r.emptyCadences).toEqual([]);
    });

    it('a group: the rule it decides for decides nothing, and a decision left to the group is lost', async () => {
        const r = await impact('Pair');
        // No decision is decided by Pair yet: the last step of Talk's path points nowhere, and rule Cross has no decider (§13.4).
        expect(impactCounts(r)).toEqual([
            ['escalationsWithoutTarget', 1],
            ['rulesWithoutDecider', 1]
        ]);
        expect(r.rulesWithoutDecider.map(rule => rule.name)).toEqual(['Cross']);
        expect(r.escalationsWithoutTarget.map(e => `${e.from.name} → ${e.to.name} in ${e.source.$container.name}`)).toEqual(['EveSync → Pair in Talk']);
        const withPair = await modelOf(WORKSPACE + 'decision Cross3 { affects UX, Ops }\n');
        const again = impactOf(withPair, 'Pair')!;
        expect(changes(again.decisionsWithoutDecider)).toEqual(['Cross3: Pair → nobody']);
    });

    it('a near miss: a stakeholder only consulted, attending with others, changes nothing', async () => {
        const r = await impact('Zed');
        expect(impactCounts(r)).toEqual([]);
    });

    it('an unknown name has no impact', async () => {
        expect(impactOf(await modelOf(), 'Nobody')).toBeUndefined();
    });

    it('agrees with the workspace in which the stakeholder is really deleted', async () => {
        const model = await modelOf();
        for (const stakeholder of model.stakeholders) {
            const r = impactOf(model, stakeholder.name)!;
            const deleted = await modelOf(WORKSPACE.replace(`stakeholder ${stakeholder.name}\n`, ''));
            const deciders = (m: AlignmentModel) => new Map([...m.decisions].map(([d, info]) => [d.name, info.decider?.name]));
            const before = deciders(model);
            const after = deciders(deleted);
            const moved = [...r.decidersChanged, ...r.decisionsWithoutDecider, ...r.decisionsGainingDecider];
            for (const [decision, decider] of after) {
                const change = moved.find(c => c.decision.name === decision);
                expect(change ? change.after?.name : before.get(decision), `${decision} without ${stakeholder.name}`).toBe(decider);
            }
            const unowned = [...deleted.domains.values()].filter(info => info.owners.length === 0).map(info => info.domain.name);
            for (const domain of names(r.domainsWithoutOwner)) expect(unowned).toContain(domain);
        }
    });

    it('leaves the real model as it was', async () => {
        const model = await modelOf();
        const deciders = () => [...model.decisions.values()].map(info => info.decider?.name);
        const before = deciders();
        impactOf(model, 'Bob');
        expect(deciders()).toEqual(before);
        expect(model.domains.size).toBe(4);
    });
});

describe('impact in the stakeholder hover', () => {
    const hoverOf = (model: AlignmentModel, name: string) =>
        hoverContent(
            model.stakeholders.find(s => s.name === name)!,
            model
        )!;

    it('counts the non-empty categories', async () => {
        const model = await modelOf();
        expect(hoverOf(model, 'Ann')).toContain(
            'If Ann left: 1 domain without owner, 1 decision without decider, 1 risk without owner, 1 metric without owner'
        );
        expect(hoverOf(model, 'Bob')).toContain('If Bob left: 2 domains without owner, 1 decision with another decider');
        expect(hoverOf(model, 'Eve')).toContain(
            'If Eve left: 1 decision with another decider, 2 groups without members, 1 cadence without attendees, 1 risk without owner, 1 escalation without target'
        );
        expect(hoverOf(model, 'Dee')).toContain('If Dee left: 1 decision with another decider, 1 decision that gains a decider');
    });

    it('says when nothing changes', async () => {
        const model = await modelOf();
        expect(hoverOf(model, 'Zed')).toContain('If Zed left: nothing changes');
    });

    it('is computed once per model', async () => {
        const model = await modelOf();
        const first = cachedImpactOf(model, 'Ann');
        hoverOf(model, 'Ann');
        expect(cachedImpactOf(model, 'Ann')).toBe(first);
        // Another model (a rebuild) gets its own answer.
        expect(cachedImpactOf(await modelOf(), 'Ann')).not.toBe(first);
    });

    it('escapes the name as markdown', async () => {
        const model = await modelOf('stakeholder A_b_c\ndomain D { owner A_b_c }\n');
        const stakeholder = model.stakeholders.find(isStakeholder)!;
        expect(hoverContent(stakeholder, model)).toContain('If A\\_b\\_c left: 1 domain without owner');
    });
});
