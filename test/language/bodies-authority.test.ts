// Bodies and authority (docs/language.md, "Bodies", "Hierarchy", "Delegation", "Who decides"):
// each step of the resolution order, and each v3 code with a case that produces it and a near
// miss that does not.
import { describe, expect, it } from 'vitest';
import { buildWorkspace } from '../helpers/workspace.js';
import { impactCounts, impactOf } from '../../language/model/impact.js';
import { impactSummary } from '../../language/model/explain.js';

const PEOPLE = `
stakeholder Ann { org "A" }
stakeholder Bob { org "A" }
stakeholder Cy { org "B" }
stakeholder Di { org "C" }
cadence Weekly every week { attendees Ann, Bob, Cy, Di }
`;

/** Who decides each decision, with the step that gave it. */
async function deciders(text: string): Promise<Record<string, string>> {
    const ws = await buildWorkspace(PEOPLE + text);
    return Object.fromEntries([...ws.model.decisions.values()].map(info => [info.decision.name, `${info.decider?.name ?? '-'}/${info.step}`]));
}

/** The codes of the findings, sorted, with the ones every case here shares left out. */
async function codes(text: string): Promise<string[]> {
    const ws = await buildWorkspace(PEOPLE + text);
    return ws
        .codes()
        .filter(code => code !== 'rule-no-sla' && code !== 'no-outcome-metric')
        .sort();
}

describe('the resolution order', () => {
    it('lets a group own a domain as one body: no multiple-owners, no ambiguity', async () => {
        const text = 'group Council { members Ann, Bob, Cy decides by majority }\ndomain D { owner Council }\ndecision X { affects D }';
        expect(await deciders(text)).toEqual({ X: 'Council/owner' });
        expect(await codes(text)).toEqual([]);
    });

    it("gives a domain without owner its nearest ancestor's, and says so", async () => {
        const ws = await buildWorkspace(
            PEOPLE + 'domain Top { owner Ann }\ndomain Mid { part of Top }\ndomain Leaf { part of Mid consulted Cy }\ndecision X { affects Leaf }'
        );
        const info = [...ws.model.decisions.values()][0];
        expect(`${info.decider?.name}/${info.step}`).toBe('Ann/owner');
        expect(info.framework.explanation).toBe('Ann, owner of Leaf (through Top, which Leaf is part of)');
        expect(ws.codes()).toEqual([]);
    });

    it('lets a reserved domain decide whatever else a decision affects, through part of too', async () => {
        const text =
            'domain Gov { owner Ann reserved }\ndomain Sub { part of Gov }\ndomain Tech { owner Bob }\ndecision X { affects Tech, Sub }\ndecision Y { affects Tech }';
        expect(await deciders(text)).toEqual({ X: 'Ann/reserved', Y: 'Bob/owner' });
    });

    it('reports two reserved domains with different owners as ambiguous, unless residual authority decides', async () => {
        const text = 'domain G1 { owner Ann reserved }\ndomain G2 { owner Bob reserved }\ndecision X { affects G1, G2 }';
        expect(await codes(text)).toEqual(['decision-ambiguous-owner']);
        const ws = await buildWorkspace(PEOPLE + text);
        expect(ws.all().find(d => d.code === 'decision-ambiguous-owner')?.message).toContain('reserved domains G1 (owner Ann) and G2 (owner Bob)');
        expect(await deciders(`${text}\ninitiative I { residual authority Cy }`)).toEqual({ X: 'Cy/residual' });
    });

    it("lets the lead domain's owner decide, and names the others as consulted", async () => {
        const ws = await buildWorkspace(PEOPLE + 'domain A { owner Ann }\ndomain B { owner Bob }\ndecision X { affects A, B led by B }');
        const info = [...ws.model.decisions.values()][0];
        expect(`${info.decider?.name}/${info.step}`).toBe('Bob/lead');
        expect(info.framework.explanation).toBe('Bob, owner of the lead domain B; the owners of A (owner Ann) are consulted');
        expect(ws.codes()).toEqual([]);
    });

    it("consults the other domains' owners on a led decision, in RACI", async () => {
        const ws = await buildWorkspace(PEOPLE + 'domain A { owner Ann }\ndomain B { owner Bob }\ndecision X { affects A, B led by B }');
        expect(ws.model.raci.filter(cell => cell.domain.name === 'B').map(cell => `${cell.stakeholder.name}=${cell.roles.join('')}`)).toEqual([
            'Ann=C',
            'Bob=A'
        ]);
    });

    it('reports `led by` naming a domain the decision does not affect', async () => {
        expect(await codes('domain A { owner Ann }\ndomain B { owner Bob }\ndomain C { owner Cy }\ndecision X { affects A, B led by C }')).toEqual([
            'decision-ambiguous-owner',
            'reference-kind'
        ]);
    });

    it('falls to residual authority for what nothing else resolves, and warns about an ownerless domain', async () => {
        const text = 'initiative I { residual authority Cy }\ndomain A\ndecision X { affects A }';
        expect(await deciders(text)).toEqual({ X: 'Cy/residual' });
        const ws = await buildWorkspace(PEOPLE + text);
        const noOwner = ws.all().find(d => d.code === 'domain-no-owner')!;
        expect(noOwner.severity).toBe(2);
        expect(noOwner.message).toContain('decided by Cy, by residual authority');
    });

    it('keeps the explicit decider first', async () => {
        expect(await deciders('domain A { owner Ann reserved }\ndecision X { affects A decided by Bob }')).toEqual({ X: 'Bob/explicit' });
    });

    it("names the step in who-decides' answer", async () => {
        const ws = await buildWorkspace(PEOPLE + 'domain A { owner Ann }\ndomain B { owner Bob }\nrule R { when touches A, B decided by Cy within 1 week }');
        const [a, b] = [...ws.model.domains.keys()];
        expect(ws.model.resolve([a]).step).toBe('owner');
        expect(ws.model.resolve([a, b]).step).toBe('rule');
        expect(ws.model.resolve([a, b], b).step).toBe('lead');
    });

    it('does not count a decision that an explicit decider settles as evidence that rules conflict', async () => {
        const rules =
            'domain A { owner Ann }\ndomain B { owner Bob }\nrule R1 { when touches A decided by Ann within 1 week }\nrule R2 { when touches B decided by Bob within 1 week }\nrule C1 { when crosses any decided by Cy within 1 week }\n';
        expect(await codes(`${rules}decision X { affects A, B decided by Cy }`)).toEqual([]);
    });

    it('gives RACI by the resolution: the delegating body accountable, the owner responsible, inherited entries marked', async () => {
        const ws = await buildWorkspace(
            PEOPLE +
                'group Board { members Cy, Di decides by consensus }\ndomain Top { owner Board informed Ann }\ndomain Sub { part of Top owner Bob delegated by Board }\nrule Any { when crosses any decided by Ann within 1 week }'
        );
        const sub = ws.model.raci
            .filter(cell => cell.domain.name === 'Sub')
            .map(cell => `${cell.stakeholder.name}=${cell.roles.join('')}${cell.inherited.length ? `(inherited ${cell.inherited.join('')})` : ''}`);
        expect(sub).toEqual(['Ann=I(inherited I)', 'Bob=R', 'Cy=A', 'Di=A']);
    });
});

describe('the v3 codes', () => {
    it('decision-method-missing: a deciding group without `decides by`; not for one that does not decide', async () => {
        expect(await codes('group G { members Ann, Cy }\ndomain D { owner G }')).toEqual(['decision-method-missing']);
        expect(await codes('group G { members Ann, Cy }')).toEqual([]);
        expect(await codes('group G { members Ann, Cy decides by consent }\ndomain D { owner G }')).toEqual([]);
    });

    it('quorum-unreachable: more than the seats, or more than the seats left after recusal', async () => {
        expect(await codes('group G { members Ann, Cy, Di decides by consensus quorum 4 }')).toEqual(['quorum-unreachable']);
        expect(await codes('group G { members Ann, Cy, Di decides by consensus quorum 3 }')).toEqual([]);
        const recusal =
            'group G { members Ann, Cy, Di decides by consensus quorum 3 recusal affected }\ndomain A { owner Ann }\ndomain B { owner Cy }\ndecision X { affects A, B decided by G }';
        const ws = await buildWorkspace(PEOPLE + recusal);
        expect(ws.codes()).toEqual(['quorum-unreachable']);
        expect(ws.all()[0].message).toContain('on X: Ann and Cy abstain');
        expect(await codes(recusal.replace('quorum 3', 'quorum 1'))).toEqual([]);
        expect(await codes('group G { members Ann, Cy, Di decides by consensus quorum 2/3 }')).toEqual([]);
    });

    it('tie-possible: majority with an even number of seats and no tie-breaker', async () => {
        expect(await codes('group G { members Ann, Bob, Cy, Di decides by majority }')).toEqual(['tie-possible']);
        expect(await codes('group G { members Ann, Bob, Cy, Di decides by majority tie broken by Ann }')).toEqual([]);
        expect(await codes('group G { members Ann, Cy, Di decides by majority }')).toEqual([]);
    });

    it('affiliation-limit-exceeded: names the org and its members', async () => {
        const ws = await buildWorkspace(PEOPLE + 'group G { members Ann, Bob, Cy, Di decides by consensus at most 1 per org }');
        expect(ws.codes()).toEqual(['affiliation-limit-exceeded']);
        expect(ws.all()[0].message).toContain('2 of its members are from A: Ann and Bob');
        expect(await codes('group G { members Ann, Bob, Cy, Di decides by consensus at most 1/2 per org }')).toEqual([]);
    });

    it('term-expired: elected on plus term before today', async () => {
        expect(await codes('group G { members Ann, Cy decides by consensus term 1 year elected on 2025-11-01 }')).toEqual(['term-expired']);
        expect(await codes('group G { members Ann, Cy decides by consensus term 1 year elected on 2025-11-24 }')).toEqual([]);
    });

    it('domain-hierarchy-cycle: domains part of each other', async () => {
        expect(await codes('domain A { owner Ann part of B }\ndomain B { owner Ann part of A }')).toEqual(['domain-hierarchy-cycle', 'domain-hierarchy-cycle']);
        expect(await codes('domain A { owner Ann part of B }\ndomain B { owner Ann }')).toEqual([]);
    });

    it('delegation-not-held: the delegator must own an ancestor or hold residual authority', async () => {
        expect(await codes('domain A { owner Ann delegated by Bob }')).toEqual(['delegation-not-held']);
        expect(await codes('domain Top { owner Bob }\ndomain A { part of Top owner Ann delegated by Bob }')).toEqual([]);
        expect(await codes('initiative I { residual authority Bob }\ndomain A { owner Ann delegated by Bob }')).toEqual([]);
    });

    it('invalid-value: a share that is not one, a quorum of nothing', async () => {
        expect(await codes('group G { members Ann, Cy decides by supermajority 3/2 }')).toEqual(['invalid-value']);
        expect(await codes('group G { members Ann, Cy decides by consensus quorum 0 }')).toEqual(['invalid-value']);
    });
});

describe('impact with bodies and authority (docs/language.md, "People")', () => {
    const CHARTER =
        PEOPLE +
        `
group Council { members Ann, Cy, Di decides by majority }
group Leads { members Bob decides by consensus }
initiative I { residual authority Council }
domain Project { owner Council }
domain Net { part of Project owner Leads delegated by Council }
domain Gov { owner Council reserved }
domain A { owner Ann }
domain B { owner Bob }
decision KEP { affects A, B led by B }
cadence CouncilMeeting every week { attendees Council }
`;

    it('a leads group gone: its delegated domain goes back to the delegator, its led decisions lose their lead', async () => {
        const ws = await buildWorkspace(CHARTER);
        const r = impactOf(ws.model, 'Leads')!;
        expect(r.delegationsFallingBack.map(d => d.name)).toEqual(['Net']);
        expect(r.domainsWithoutOwner).toEqual([]);
        const ws2 = await buildWorkspace(CHARTER.replace('domain B { owner Bob }', 'domain B { owner Leads }'));
        expect(impactOf(ws2.model, 'Leads')!.leadsWithoutDecider.map(d => d.name)).toEqual(['KEP']);
    });

    it('the council gone: its reservation and residual authority decide nothing, and the text says so', async () => {
        const ws = await buildWorkspace(CHARTER);
        const r = impactOf(ws.model, 'Council')!;
        expect(r.reservationsWithoutDecider.map(d => d.name)).toEqual(['Gov']);
        expect(r.residualAuthorityLost.map(i => i.name)).toEqual(['I']);
        expect(impactSummary(impactCounts(r))).toContain('1 reserved domain without owner');
    });

    it("the council's only meeting gone: the engagement findings that appear, as check words them", async () => {
        const text = CHARTER.replace(/cadence Weekly every week \{ attendees Ann, Bob, Cy, Di \}/, 'cadence Weekly every week { attendees Bob }');
        const ws = await buildWorkspace(text);
        const r = impactOf(ws.model, 'CouncilMeeting')!;
        // The body is reported once per domain it owns, not once per member as well.
        expect(r.findingsAppearing.map(f => f.message.split(' but ')[0])).toEqual(['Council owns Project', 'Council owns Gov', 'Ann owns A']);
        expect(r.findingsAppearing[0].message).toContain('Council owns Project but none of its members attends a cadence');
    });
});
