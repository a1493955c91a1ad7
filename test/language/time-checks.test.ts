// Spec §9, time: risks that became issues or blockers, decisions the milestones need,
// metrics against their line, and alignment reviews that stopped. Today is 2026-11-24 unless
// a case says otherwise. Each code has a producing case with its exact message and range, and
// near misses just on the other side of its condition.
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-types';
import { offsetAt } from '../helpers/text.js';
import { buildWorkspace } from '../helpers/workspace.js';

const BASE = `
stakeholder Ann { org "IT" }
stakeholder Bob { org "Digital" }
cadence Weekly every week { attendees Ann, Bob }
cadence Monthly every month { attendees Ann }
domain Arch { owner Ann }
`;

interface Found extends Diagnostic {
    /** The text the diagnostic's range covers. */
    at: string;
}

/** The findings of one code in BASE + text, with the text under each range. */
async function findings(code: string, text: string, options: { today?: string } = {}): Promise<Found[]> {
    const full = `${BASE}\n${text}\n`;
    const ws = await buildWorkspace(full, options);
    return ws
        .diagnostics()
        .filter(d => d.code === code)
        .map(d => ({ ...d, at: full.slice(offsetAt(full, d.range.start), offsetAt(full, d.range.end)) }));
}

const risk = (lines: string) => `risk R { owner Ann mitigation "m" ${lines} }`;

describe('risk-not-escalated', () => {
    it('warns on the status of an issue past since + after that was never escalated', async () => {
        const found = await findings('risk-not-escalated', risk('status issue since 2026-10-01 escalates to Weekly after 2 weeks'));
        expect(found).toHaveLength(1);
        expect(found[0].severity).toBe(2);
        expect(found[0].at).toBe('status issue since 2026-10-01');
        expect(found[0].message).toBe(
            'Risk R has been an issue since 2026-10-01 and was to be escalated to Weekly by 2026-10-15 (after 2 weeks), ' +
                'but the file records no escalation and today is 2026-11-24. Escalate it to Weekly and record `escalated on <date>`.'
        );
    });

    it('is an error for a blocker', async () => {
        const found = await findings('risk-not-escalated', risk('status blocker since 2026-11-01 escalates to Monthly after 2 days'));
        expect(found.map(d => [d.severity, d.message])).toEqual([
            [
                1,
                'Risk R has been a blocker since 2026-11-01 and was to be escalated to Monthly by 2026-11-03 (after 2 days), ' +
                    'but the file records no escalation and today is 2026-11-24. Escalate it to Monthly and record `escalated on <date>`.'
            ]
        ]);
    });

    it('is silent once `escalated on` is recorded', async () => {
        expect(await findings('risk-not-escalated', risk('status issue since 2026-10-01 escalates to Weekly after 2 weeks escalated on 2026-10-20'))).toEqual(
            []
        );
    });

    it('counts the deadline itself as in time, and the day after as late', async () => {
        const text = risk('status issue since 2026-10-01 escalates to Weekly after 2 weeks');
        expect(await findings('risk-not-escalated', text, { today: '2026-10-15' })).toEqual([]);
        expect(await findings('risk-not-escalated', text, { today: '2026-10-16' })).toHaveLength(1);
    });

    it('ignores risks that are not issues or blockers, and escalations without a time', async () => {
        for (const lines of [
            'status risk since 2026-10-01 escalates to Weekly after 2 weeks',
            'status closed since 2026-10-01 escalates to Weekly after 2 weeks',
            'escalates to Weekly after 2 weeks',
            'status issue since 2026-10-01 escalates to Weekly'
        ]) {
            expect(await findings('risk-not-escalated', risk(lines)), lines).toEqual([]);
        }
    });

    it("uses the project's `today` from align.config.json when the run gives none", async () => {
        const text = `${BASE}\n${risk('status issue since 2026-10-01 escalates to Weekly after 2 weeks')}\n`;
        const early = await buildWorkspace({ 'align.config.json': '{ "today": "2026-10-10" }', 'main.align': text }, { today: null });
        expect(early.codes()).not.toContain('risk-not-escalated');
        const late = await buildWorkspace({ 'align.config.json': '{ "today": "2026-10-20" }', 'main.align': text }, { today: null });
        expect(late.codes()).toContain('risk-not-escalated');
    });

    it('can be waived above the risk, like any other finding', async () => {
        const text = `${BASE}\n// align-waive risk-not-escalated until 2026-12-31: steering committee moved to December\n${risk('status issue since 2026-10-01 escalates to Weekly after 2 weeks')}\n`;
        const ws = await buildWorkspace(text);
        expect(ws.codes()).not.toContain('risk-not-escalated');
        expect(ws.codes()).not.toContain('waiver-unused');
    });
});

describe('blocker-no-escalation', () => {
    it('is an error on the status of a blocker that escalates nowhere', async () => {
        const found = await findings('blocker-no-escalation', risk('status blocker since 2026-11-20'));
        expect(found.map(d => [d.severity, d.at, d.message])).toEqual([
            [
                1,
                'status blocker since 2026-11-20',
                'Risk R is a blocker but escalates nowhere, so its owner carries it alone. Add `escalates to <stakeholder, group or cadence> after <duration>`.'
            ]
        ]);
    });

    it('is silent for a blocker with an escalation, and for an issue without one', async () => {
        expect(await findings('blocker-no-escalation', risk('status blocker since 2026-11-20 escalates to Monthly after 2 days'))).toEqual([]);
        expect(await findings('blocker-no-escalation', risk('status issue since 2026-11-20'))).toEqual([]);
    });
});

describe('risk-status-undated', () => {
    it('warns on an issue or blocker without `since`', async () => {
        const found = await findings('risk-status-undated', risk('status issue escalates to Weekly after 2 weeks'));
        expect(found.map(d => [d.severity, d.at, d.message])).toEqual([
            [
                2,
                'status issue',
                'Risk R is an issue, but not since when, so nobody can tell how long it has been one or when it must be escalated. Add `since <date>` to its status.'
            ]
        ]);
        expect(await findings('risk-status-undated', risk('status blocker escalates to Weekly after 2 days'))).toHaveLength(1);
    });

    it('is silent with `since`, and for a plain risk or a closed one', async () => {
        for (const lines of ['status issue since 2026-11-18', 'status risk', 'status closed']) {
            expect(await findings('risk-status-undated', risk(lines)), lines).toEqual([]);
        }
    });
});

describe('decision-due-after-milestone', () => {
    it('is an error on `due` when it falls after the milestone that needs the decision', async () => {
        const found = await findings(
            'decision-due-after-milestone',
            'milestone Pilot on 2027-02-01 decision IdP { affects Arch needed by Pilot due 2027-03-01 }'
        );
        expect(found.map(d => [d.severity, d.at, d.message])).toEqual([
            [
                1,
                'due 2027-03-01',
                'Decision IdP is due on 2027-03-01, after milestone Pilot on 2027-02-01, which needs it. Bring `due` forward to 2027-02-01 or earlier, or move Pilot.'
            ]
        ]);
    });

    it("accepts a decision due on the milestone's day, or with no `due`", async () => {
        expect(
            await findings('decision-due-after-milestone', 'milestone Pilot on 2027-02-01 decision IdP { affects Arch needed by Pilot due 2027-02-01 }')
        ).toEqual([]);
        expect(await findings('decision-due-after-milestone', 'milestone Pilot on 2027-02-01 decision IdP { affects Arch needed by Pilot }')).toEqual([]);
    });
});

describe('decision-overdue with `needed by`', () => {
    it("takes the milestone's date as the due date when there is no `due`", async () => {
        const found = await findings('decision-overdue', 'milestone Pilot on 2026-11-01 decision IdP { affects Arch needed by Pilot }');
        expect(found.map(d => [d.severity, d.at, d.message])).toEqual([
            [2, 'needed by Pilot', 'Decision IdP was needed by milestone Pilot on 2026-11-01 and today is 2026-11-24. Decide it, or move Pilot to a new date.']
        ]);
    });

    it('is silent while the milestone is today or later', async () => {
        expect(await findings('decision-overdue', 'milestone Pilot on 2026-11-24 decision IdP { affects Arch needed by Pilot }')).toEqual([]);
    });

    it("lets `due` win over the milestone's date", async () => {
        expect(await findings('decision-overdue', 'milestone Pilot on 2026-11-01 decision IdP { affects Arch needed by Pilot due 2026-12-01 }')).toEqual([]);
        const found = await findings('decision-overdue', 'milestone Pilot on 2027-02-01 decision IdP { affects Arch needed by Pilot due 2026-11-01 }');
        expect(found.map(d => d.at)).toEqual(['due 2026-11-01']);
    });
});

describe('metric-off-track', () => {
    const metric = (lines: string) => `metric Adoption outcome { owner Ann ${lines} }`;

    it('warns on the latest actual when it is more than 10% behind the line', async () => {
        // Written out of order: the latest date counts, not the last written.
        const found = await findings(
            'metric-off-track',
            metric('baseline 5% on 2026-06-01 target 60% by 2027-06-30 actual 12% on 2026-10-01, 9% on 2026-09-01')
        );
        expect(found).toHaveLength(1);
        expect(found[0].severity).toBe(2);
        expect(found[0].at).toBe('12% on 2026-10-01');
        expect(found[0].message).toBe(
            'Metric Adoption is off track: its latest actual, 12% on 2026-10-01, is behind the straight line from its baseline 5% on 2026-06-01 ' +
                'to its target 60% by 2027-06-30, which says 22% on that date, and is short by 18.2% of the way from baseline to target (more than 10%). ' +
                'Act to bring it back to the line and record the new `actual`, or have its owner and the sponsor agree a new target or date.'
        );
    });

    it('reads a quarter as its last day', async () => {
        const found = await findings('metric-off-track', metric('baseline 5% on 2026-06-01 target 60% by 2027-Q2 actual 12% on 2026-10-01'));
        expect(found.map(d => d.message)).toEqual([expect.stringContaining('to its target 60% by 2027-06-30, which says 22% on that date')]);
    });

    it('is silent within 10% of the line, and exactly at 10%', async () => {
        expect(await findings('metric-off-track', metric('baseline 5% on 2026-06-01 target 60% by 2027-06-30 actual 18% on 2026-10-01'))).toEqual([]);
        // Half-way through, the line says 50: 40 is exactly 10% of the way behind, 39 more.
        expect(await findings('metric-off-track', metric('baseline 0 on 2026-01-01 target 100 by 2026-01-11 actual 40 on 2026-01-06'))).toEqual([]);
        expect(await findings('metric-off-track', metric('baseline 0 on 2026-01-01 target 100 by 2026-01-11 actual 39 on 2026-01-06'))).toHaveLength(1);
    });

    it('reads a target below the baseline as lower is better', async () => {
        const behind = await findings('metric-off-track', metric('baseline 40 on 2026-01-01 target 10 by 2026-12-31 actual 38 on 2026-07-01'));
        expect(behind.map(d => d.at)).toEqual(['38 on 2026-07-01']);
        expect(await findings('metric-off-track', metric('baseline 40 on 2026-01-01 target 10 by 2026-12-31 actual 20 on 2026-07-01'))).toEqual([]);
    });

    it('is silent without a baseline, a dated target or an actual', async () => {
        for (const lines of [
            'target 60% by 2027-06-30 actual 6% on 2026-10-01',
            'baseline 5% on 2026-06-01 target 60% actual 6% on 2026-10-01',
            'baseline 5% on 2026-06-01 target 60% by 2027-06-30'
        ]) {
            expect(await findings('metric-off-track', metric(lines)), lines).toEqual([]);
        }
    });
});

describe('alignment-review-overdue', () => {
    const initiative = (reviewed: string) => `initiative I { sponsor Ann ${reviewed} } metric M outcome { owner Ann target 5% }`;

    it('warns on `reviewed by` when today is past the review date plus 1.5 intervals', async () => {
        const found = await findings('alignment-review-overdue', initiative('reviewed by Monthly on 2026-09-15'));
        expect(found.map(d => [d.severity, d.at, d.message])).toEqual([
            [
                2,
                'reviewed by Monthly on 2026-09-15',
                'The alignment of I was last reviewed at Monthly on 2026-09-15; Monthly meets every month, so the next review was due by 2026-10-30, and today is 2026-11-24. ' +
                    'Review owners, rules, forums and risks at Monthly, and record it with `reviewed by Monthly on <date>`.'
            ]
        ]);
    });

    it('is silent up to and including the last day (a monthly review has 45 days)', async () => {
        expect(await findings('alignment-review-overdue', initiative('reviewed by Monthly on 2026-10-10'))).toEqual([]);
        expect(await findings('alignment-review-overdue', initiative('reviewed by Monthly on 2026-10-09'))).toHaveLength(1);
    });

    it("follows the forum's interval: a weekly review is overdue after 11 days", async () => {
        expect(await findings('alignment-review-overdue', initiative('reviewed by Weekly on 2026-11-13'))).toEqual([]);
        expect(await findings('alignment-review-overdue', initiative('reviewed by Weekly on 2026-11-12'))).toHaveLength(1);
    });
});
