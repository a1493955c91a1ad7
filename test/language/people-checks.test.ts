// Spec §10, people: a sponsor who attends a forum meeting at least monthly, and consulted
// stakeholders who share a forum with the people deciding. Each code has a producing case
// with its exact message and range, and near misses on the other side of its condition.
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-types';
import { offsetAt } from '../helpers/text.js';
import { buildWorkspace } from '../helpers/workspace.js';

interface Found extends Diagnostic {
    /** The text the diagnostic's range covers. */
    at: string;
}

/** The findings of one code in the text, with the text under each range. */
async function findings(code: string, text: string): Promise<Found[]> {
    const ws = await buildWorkspace(text);
    return ws
        .diagnostics()
        .filter(d => d.code === code)
        .map(d => ({ ...d, at: text.slice(offsetAt(text, d.range.start), offsetAt(text, d.range.end)) }));
}

describe('sponsor-not-engaged', () => {
    const PEOPLE = `
stakeholder CIO
stakeholder Lead
cadence Standup every day { attendees Lead }
cadence SteerCo every month { attendees Lead }
`;
    const sponsored = (forums: string) => `${PEOPLE}\n${forums}\ninitiative Portal { sponsor CIO }\n`;

    it('warns on the sponsor who attends only forums meeting less often than monthly', async () => {
        const found = await findings('sponsor-not-engaged', sponsored('cadence Qbr every quarter { attendees CIO }'));
        expect(found.map(d => [d.severity, d.at, d.message])).toEqual([
            [
                2,
                'CIO',
                'CIO sponsors Portal but attends only Qbr (every quarter), less often than monthly, so nobody who can settle tough calls is there when they arise. ' +
                    'Add CIO to the attendees of a cadence that meets at least monthly, such as SteerCo (every month).'
            ]
        ]);
    });

    it('warns on a sponsor who attends no cadence at all', async () => {
        const found = await findings('sponsor-not-engaged', sponsored(''));
        expect(found.map(d => d.message)).toEqual([
            'CIO sponsors Portal but attends no cadence, so nobody who can settle tough calls is there when they arise. ' +
                'Add CIO to the attendees of a cadence that meets at least monthly, such as SteerCo (every month).'
        ]);
    });

    it('says so when no cadence meets at least monthly', async () => {
        const found = await findings(
            'sponsor-not-engaged',
            'stakeholder CIO\ncadence Qbr every quarter { attendees CIO }\ninitiative Portal { sponsor CIO }\n'
        );
        expect(found.map(d => d.message)).toEqual([expect.stringContaining('none does yet, so declare one')]);
    });

    it('counts any forum meeting every month or more often, directly or through a group', async () => {
        for (const forums of [
            'cadence Board every month { attendees CIO }',
            'cadence Board every 4 weeks { attendees CIO }',
            'cadence Board every 30 days { attendees CIO }',
            'cadence Board every week { attendees CIO }',
            'group Execs { members CIO } cadence Board every month { attendees Execs }'
        ]) {
            expect(await findings('sponsor-not-engaged', sponsored(forums)), forums).toEqual([]);
        }
    });

    it('does not count a forum meeting just less often than monthly', async () => {
        expect(await findings('sponsor-not-engaged', sponsored('cadence Board every 5 weeks { attendees CIO }'))).toHaveLength(1);
        expect(await findings('sponsor-not-engaged', sponsored('cadence Board every 31 days { attendees CIO }'))).toHaveLength(1);
    });

    it('can be waived above the initiative', async () => {
        const ws = await buildWorkspace(
            `${PEOPLE}\n// align-waive sponsor-not-engaged until 2026-12-31: joins the steering committee in December\ninitiative Portal { sponsor CIO }\n`
        );
        expect(ws.codes()).not.toContain('sponsor-not-engaged');
        expect(ws.codes()).not.toContain('waiver-unused');
    });
});

describe('decision-not-socialized', () => {
    const PEOPLE = `
stakeholder VPPX
stakeholder CMO
stakeholder CIO
stakeholder NurseLead
cadence StakeholderCheckIn every 2 weeks { attendees VPPX }
cadence ClinicalHuddle every week { attendees CMO, NurseLead }
`;

    it('warns on the affected domain when a consulted stakeholder shares no cadence with the decider', async () => {
        const text = `${PEOPLE}\ndomain UserExperience { owner VPPX consulted NurseLead }\ndecision BookingFlow { affects UserExperience }\n`;
        const found = await findings('decision-not-socialized', text);
        expect(found.map(d => [d.severity, d.at, d.message])).toEqual([
            [
                2,
                'UserExperience',
                'NurseLead is consulted on UserExperience, which decision BookingFlow affects, but shares no cadence with VPPX, who decides it, ' +
                    'so the decision reaches NurseLead only when it lands. Add NurseLead to the attendees of StakeholderCheckIn (every 2 weeks), which VPPX attends.'
            ]
        ]);
    });

    it("names the deciding group's people and their most frequent forum", async () => {
        const text = `${PEOPLE}
cadence Daily every day { attendees CIO }
group Triage { members VPPX, CIO }
domain UserExperience { owner VPPX consulted NurseLead }
domain Architecture { owner CIO }
rule CrossDomain { when crosses any decided by Triage within 48 hours }
decision IdP { affects Architecture, UserExperience }
`;
        const found = await findings('decision-not-socialized', text);
        expect(found.map(d => [d.at, d.message])).toEqual([
            [
                'UserExperience',
                'NurseLead is consulted on UserExperience, which decision IdP affects, but shares no cadence with anyone in Triage (VPPX and CIO), which decides it, ' +
                    'so the decision reaches NurseLead only when it lands. Add NurseLead to the attendees of Daily (every day), which CIO attends.'
            ]
        ]);
    });

    it('reports a person once per decision, naming every affected domain they are consulted on', async () => {
        const text = `${PEOPLE}
domain UserExperience { owner VPPX consulted NurseLead }
domain Content { owner VPPX consulted NurseLead }
decision Copy { affects UserExperience, Content }
`;
        const found = await findings('decision-not-socialized', text);
        expect(found.map(d => d.message)).toEqual([
            expect.stringContaining('NurseLead is consulted on UserExperience and Content, which decision Copy affects')
        ]);
    });

    it("uses an explicit `decided by`, and a deciding cadence's attendees", async () => {
        const text = `${PEOPLE}
cadence SteerCo every month { attendees CIO }
domain UserExperience { owner VPPX consulted NurseLead }
decision BookingFlow { affects UserExperience decided by SteerCo }
`;
        const found = await findings('decision-not-socialized', text);
        expect(found.map(d => d.message)).toEqual([expect.stringContaining('shares no cadence with anyone in SteerCo (CIO), which decides it')]);
        expect(found[0].message).toContain('Add NurseLead to the attendees of SteerCo (every month), which CIO attends.');
    });

    it('says so when the decider attends no cadence', async () => {
        const text = `${PEOPLE}\nstakeholder Cy\ndomain UserExperience { owner Cy consulted NurseLead }\ndecision BookingFlow { affects UserExperience }\n`;
        const found = await findings('decision-not-socialized', text);
        expect(found.map(d => d.message)).toEqual([expect.stringContaining('Cy attends no cadence: put NurseLead and Cy in a common cadence.')]);
    });

    it('is silent when they share a cadence, directly or through a group', async () => {
        const shared = `${PEOPLE}\ncadence Joint every month { attendees VPPX, NurseLead }\ndomain UserExperience { owner VPPX consulted NurseLead }\ndecision BookingFlow { affects UserExperience }\n`;
        expect(await findings('decision-not-socialized', shared)).toEqual([]);
        const viaGroup = `${PEOPLE}\ngroup Nurses { members NurseLead }\ncadence Joint every month { attendees VPPX, Nurses }\ndomain UserExperience { owner VPPX consulted Nurses }\ndecision BookingFlow { affects UserExperience }\n`;
        expect(await findings('decision-not-socialized', viaGroup)).toEqual([]);
    });

    it('reaches consulted groups through their members', async () => {
        const text = `${PEOPLE}\ngroup Nurses { members NurseLead }\ndomain UserExperience { owner VPPX consulted Nurses }\ndecision BookingFlow { affects UserExperience }\n`;
        expect((await findings('decision-not-socialized', text)).map(d => d.message)).toEqual([
            expect.stringMatching(/^NurseLead is consulted on UserExperience/)
        ]);
    });

    it("is silent for a consulted person who is one of the decider's people", async () => {
        const text = `${PEOPLE}
group Triage { members VPPX, NurseLead }
domain UserExperience { owner VPPX consulted NurseLead }
domain Architecture { owner CIO }
rule CrossDomain { when crosses any decided by Triage within 48 hours }
decision IdP { affects Architecture, UserExperience }
`;
        expect(await findings('decision-not-socialized', text)).toEqual([]);
    });

    it('is silent when the decision has no decider, or the consulted domain is not affected', async () => {
        const ambiguous = `${PEOPLE}\ndomain UserExperience { owner VPPX consulted NurseLead }\ndomain Architecture { owner CIO }\ndecision IdP { affects Architecture, UserExperience }\n`;
        expect(await findings('decision-not-socialized', ambiguous)).toEqual([]);
        const elsewhere = `${PEOPLE}\ndomain UserExperience { owner VPPX consulted NurseLead }\ndomain Architecture { owner VPPX }\ndecision Hosting { affects Architecture }\n`;
        expect(await findings('decision-not-socialized', elsewhere)).toEqual([]);
    });

    it('can be waived above the decision', async () => {
        const text = `${PEOPLE}\ndomain UserExperience { owner VPPX consulted NurseLead }\n// align-waive decision-not-socialized until 2026-12-31: nurses join the check-in next sprint\ndecision BookingFlow { affects UserExperience }\n`;
        const ws = await buildWorkspace(text);
        expect(ws.codes()).not.toContain('decision-not-socialized');
        expect(ws.codes()).not.toContain('waiver-unused');
    });
});
