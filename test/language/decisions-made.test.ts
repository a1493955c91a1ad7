// Decisions that were made (docs/language.md, "Decisions that were made", "Decision records"):
// raised, decided, by whom, against which SLA, and what the record says.
import { describe, expect, it } from 'vitest';
import { parseRecord } from '../../language/records/parse-record.js';
import { madrRecord } from '../../language/records/madr.js';
import { buildWorkspace } from '../helpers/workspace.js';

const BASE = `stakeholder Ann "Architect"
stakeholder Bob
stakeholder Cy
group Triage { members Ann, Bob decides by consensus }
cadence Weekly every week { attendees Ann, Bob, Cy }
domain A { owner Ann }
domain B { owner Bob }
rule Cross { when crosses any decided by Triage within 48 hours }
`;

async function codesOf(decision: string, files: Record<string, string> = {}): Promise<string[]> {
    const ws = await buildWorkspace({ 'main.align': BASE + decision, ...files });
    return ws.codes().sort();
}

describe('decision-sla-missed', () => {
    it('decided later than raised on + SLA; exactly the SLA is within it', async () => {
        expect(await codesOf('decision X { affects A, B raised on 2026-10-01 decided on 2026-10-04 }')).toEqual(['decision-sla-missed']);
        expect(await codesOf('decision X { affects A, B raised on 2026-10-01 decided on 2026-10-03 }')).toEqual([]);
    });

    it('still open past raised on + SLA on today, and says both durations', async () => {
        const ws = await buildWorkspace(BASE + 'decision X { affects A, B raised on 2026-11-01 }');
        expect(ws.codes()).toEqual(['decision-sla-missed']);
        expect(ws.all()[0].message).toContain("still open on 2026-11-24: 23 days (552 hours), against Triage's SLA of 48 hours");
        expect(await codesOf('decision X { affects A, B raised on 2026-11-22 }')).toEqual([]);
    });

    it("uses an owner's vote window as the SLA, and nothing when the decider has none", async () => {
        expect(await codesOf('domain C { owner Cy within 1 week }\ndecision X { affects C raised on 2026-10-01 decided on 2026-10-20 }')).toEqual([
            'decision-sla-missed'
        ]);
        expect(await codesOf('decision X { affects A raised on 2026-10-01 decided on 2026-10-20 }')).toEqual([]);
    });
});

describe('decision-made-by-other', () => {
    it('a decider the framework does not name; not the decider, nor one of its members', async () => {
        expect(await codesOf('decision X { affects A decided on 2026-11-01 by Bob }')).toEqual(['decision-made-by-other']);
        expect(await codesOf('decision X { affects A decided on 2026-11-01 by Ann }')).toEqual([]);
        expect(await codesOf('decision X { affects A, B decided on 2026-11-01 by Bob }')).toEqual([]);
        expect(await codesOf('decision X { affects A, B decided on 2026-11-01 by Triage }')).toEqual([]);
    });
});

describe('decision-overdue, once decided or superseded', () => {
    it('is silent', async () => {
        expect(await codesOf('decision X { affects A due 2026-01-01 }')).toEqual(['decision-overdue']);
        expect(await codesOf('decision X { affects A due 2026-01-01 decided on 2025-12-20 }')).toEqual([]);
        expect(await codesOf('decision X { affects A due 2026-01-01 }\ndecision Y { affects A supersedes X }')).toEqual([]);
    });
});

describe('records', () => {
    const decided = 'decision X "Choose" { affects A, B decided on 2026-10-20 record "docs/adr/0001-x.md" }';

    it('record-missing: a path that names no file, relative to the .align file', async () => {
        expect(await codesOf(decided)).toEqual(['record-missing']);
        expect(await codesOf(decided, { 'docs/adr/0001-x.md': '---\nstatus: accepted\ndate: 2026-10-20\ndecision-makers: [Ann]\n---\n# X\n' })).toEqual([]);
    });

    it('record-disagrees: status, decision-makers (by name or title) and date', async () => {
        const record = (front: string) => ({ 'docs/adr/0001-x.md': `---\n${front}\n---\n# Choose\n` });
        expect(await codesOf(decided, record('status: proposed'))).toEqual(['record-disagrees']);
        expect(await codesOf(decided, record('status: accepted\ndecision-makers: [Cy]'))).toEqual(['record-disagrees']);
        expect(await codesOf(decided, record('status: accepted\ndecision-makers: [" architect "]'))).toEqual([]);
        expect(await codesOf(decided, record('status: accepted\ndate: 2026-10-21'))).toEqual(['record-disagrees']);
        expect(await codesOf('decision X { affects A, B record "docs/adr/0001-x.md" }', record('status: accepted'))).toEqual(['record-disagrees']);
        // Not a record in any known format: not judged.
        expect(await codesOf(decided, { 'docs/adr/0001-x.md': 'Just some notes, decided by Cy on 2027-01-01.\n' })).toEqual([]);
    });

    it('reads the three formats', () => {
        expect(parseRecord('---\nstatus: Accepted\ndate: 2026-10-20\ndecision-makers:\n  - Ann\n  - Bob\nconsulted: Cy\n---\n# Use X\n')).toEqual({
            format: 'madr',
            title: 'Use X',
            status: 'accepted',
            date: '2026-10-20',
            deciders: ['Ann', 'Bob'],
            consulted: ['Cy'],
            informed: undefined
        });
        expect(parseRecord('# Use Y\n\n- Status: accepted\n- Deciders: Ann, Bob\n- Date: 2026-10-20\n')).toEqual({
            format: 'log4brains',
            title: 'Use Y',
            status: 'accepted',
            date: '2026-10-20',
            deciders: ['Ann', 'Bob']
        });
        expect(parseRecord('# 1. Use Z\n\nDate: 2026-10-20\n\n## Status\n\nAccepted\n\n## Context\n')).toEqual({
            format: 'adr-tools',
            title: '1. Use Z',
            status: 'accepted',
            date: '2026-10-20'
        });
        expect(parseRecord('plain text')).toBeUndefined();
        // A YAML alias bomb is refused, not expanded.
        const bomb =
            '---\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: [*d, *d, *d, *d, *d, *d, *d, *d, *d]\nstatus: accepted\n---\n';
        expect(parseRecord(bomb)?.status).not.toBe('accepted');
    });

    it('align adr writes a record that agrees with the model', async () => {
        const ws = await buildWorkspace(BASE + 'decision X "Choose the provider" { affects A, B decided on 2026-10-20 outcome "B2C" }');
        const info = [...ws.model.decisions.values()][0];
        const text = madrRecord(info, ws.model, '2026-11-24');
        expect(parseRecord(text)).toMatchObject({
            format: 'madr',
            title: 'Choose the provider',
            status: 'accepted',
            date: '2026-10-20',
            deciders: ['Ann', 'Bob']
        });
        expect(text).toContain('Chosen option: "B2C".');
        const again = await buildWorkspace({
            'main.align': BASE + 'decision X "Choose the provider" { affects A, B decided on 2026-10-20 record "x.md" }',
            'x.md': text
        });
        expect(again.codes()).toEqual([]);
    });
});

describe('time vocabulary and forums', () => {
    it('minutes, years and their shorthands; every year', async () => {
        expect(
            await codesOf(
                'cadence Standup every day for 15 minutes { attendees Ann }\ncadence Retro every 2w for 30min { attendees Ann }\ncadence Annual every year { attendees Cy }\ncadence Board every 1y { attendees Cy }'
            )
        ).toEqual([]);
    });

    it('an async forum answers within its response time, and counts for engagement', async () => {
        const text =
            'stakeholder Dee\ndomain D { owner Dee }\ncadence List "Mailing list" async { attendees Dee response within 2 weeks }\nrule R { when touches D decided by List within 1 week }';
        expect(await codesOf(text)).toEqual(['sla-unreachable']);
        expect(await codesOf(text.replace('within 2 weeks', 'within 3 days'))).toEqual([]);
    });

    it('a yearly forum is too rare for engagement, and the message says so', async () => {
        const ws = await buildWorkspace(BASE + 'stakeholder Dee\ndomain D { owner Dee }\ncadence Annual every year { attendees Dee }');
        const finding = ws.all().find(d => d.code === 'owner-not-engaged');
        expect(finding?.message).toContain('Dee owns D but attends only Annual (every year), too rare to count');
    });
});
