// Every lexical form of spec §1 parses, and typed literals mean what they say.
import { describe, expect, it } from 'vitest';
import { isCadence, isDecidedByProperty, isRule, type Rule } from '../../language/generated/ast.js';
import { parseDate, parseDateOrQuarter, parseDurationParts, parseQuarter, parseTarget } from '../../language/model/literals.js';
import { buildWorkspace } from '../helpers/workspace.js';

const PEOPLE = 'stakeholder Ann cadence C0 every week { attendees Ann }\n';

async function slaHours(duration: string): Promise<number | undefined> {
    const ws = await buildWorkspace(`${PEOPLE}rule R { when crosses any decided by Ann within ${duration} }`);
    expect(ws.codes().filter(c => c === 'syntax' || c === 'invalid-value')).toEqual([]);
    const rule = [...ws.model.rules.keys()].find(isRule) as Rule;
    expect(rule.properties.some(isDecidedByProperty)).toBe(true);
    return ws.model.rules.get(rule)?.within?.hours;
}

describe('durations', () => {
    const cases: Array<[string, number]> = [
        ['1 hour', 1],
        ['48 hours', 48],
        ['1 day', 24],
        ['2 days', 48],
        ['3 business days', 72],
        ['1 business day', 24],
        ['1 week', 168],
        ['2 weeks', 336],
        ['1 month', 720],
        ['2 months', 1440],
        ['1 quarter', 2160],
        ['2 quarters', 4320],
        ['48h', 48],
        ['2d', 48],
        ['1w', 168],
        ['1mo', 720],
        ['1q', 2160]
    ];
    for (const [text, hours] of cases) {
        it(`${text} = ${hours} hours`, async () => {
            expect(await slaHours(text)).toBe(hours);
        });
    }

    it('cadences take `every week` and `every 2 weeks`', async () => {
        const ws = await buildWorkspace(
            'stakeholder A cadence W every week { attendees A } cadence F every 2 weeks { attendees A } cadence Q every quarter { attendees A }'
        );
        const intervals = ws.model.cadences.filter(isCadence).map(c => `${c.name}=${ws.model.cadenceInterval.get(c)?.hours}`);
        expect(intervals).toEqual(['W=168', 'F=336', 'Q=2160']);
    });

    it('rejects empty, fractional and non-day business durations', () => {
        expect(parseDurationParts('0', 'hours', false, undefined).ok).toBe(false);
        expect(parseDurationParts('1.5', 'days', false, undefined).ok).toBe(false);
        expect(parseDurationParts('2', 'weeks', true, undefined).ok).toBe(false);
        expect(parseDurationParts(undefined, undefined, false, '0h').ok).toBe(false);
    });
});

describe('dates, quarters, percentages, numbers', () => {
    it('accepts real dates and rejects impossible ones', () => {
        expect(parseDate('2027-06-30').ok).toBe(true);
        expect(parseDate('2028-02-29').ok).toBe(true);
        expect(parseDate('2027-02-29').ok).toBe(false);
        expect(parseDate('2027-13-01').ok).toBe(false);
        expect(parseDate('2027-00-10').ok).toBe(false);
    });

    it('accepts quarters Q1..Q4 only', () => {
        expect(parseQuarter('2027-Q2').ok).toBe(true);
        expect(parseQuarter('2027-Q5').ok).toBe(false);
        expect(parseQuarter('2027-Q0').ok).toBe(false);
        expect(parseDateOrQuarter('2027-Q4').ok).toBe(true);
    });

    it('accepts numbers and percentages up to 100%', () => {
        expect(parseTarget('500')).toMatchObject({ ok: true, value: { value: 500, percent: false } });
        expect(parseTarget('12.5%')).toMatchObject({ ok: true, value: { value: 12.5, percent: true } });
        expect(parseTarget('150%').ok).toBe(false);
    });

    it('parses every literal form inside documents', async () => {
        const ws = await buildWorkspace(`${PEOPLE}
            metric M1 outcome { owner Ann target 60% by 2027-06-30 }
            metric M2 progress { owner Ann target 12.5 by 2027-Q2 }
            metric M3 outcome { owner Ann target 12.5% }
            milestone P on 2027-02-01
            benefit B { measured by M1 expected by 2027-Q3 }
            benefit B2 { measured by M2 expected at P }`);
        expect(ws.all().map(d => d.message)).toEqual([]);
    });

    it('reports out-of-range literals as invalid-value on the literal', async () => {
        const ws = await buildWorkspace(`${PEOPLE}
            metric M outcome { owner Ann target 150% by 2027-Q5 }
            rule R { when crosses any decided by Ann within 0 hours }`);
        expect(ws.codes().filter(c => c === 'invalid-value')).toHaveLength(3);
    });
});

describe('lexical forms', () => {
    it('reads both comment forms, string escapes, hyphenated names and arrows without spaces', async () => {
        const ws = await buildWorkspace(`
            // a line comment
            stakeholder D-042 "Say \\"hi\\" \\\\ bye" { org "IT" } /* a block
            comment */
            cadence A every week { attendees D-042 }
            cadence B every week { attendees D-042 }
            agreement Ag { escalation path A->B }`);
        expect(ws.all().map(d => d.message)).toEqual([]);
        const stakeholder = ws.model.stakeholders[0];
        expect(stakeholder.name).toBe('D-042');
        expect(stakeholder.title).toBe('Say "hi" \\ bye');
        expect(ws.model.escalationEdges.map(e => `${e.from.name}->${e.to.name}`)).toEqual(['A->B']);
    });

    it('accepts properties in any order', async () => {
        const ws = await buildWorkspace(`${PEOPLE}
            rule R1 { escalates to C0 after 1 week decided by Ann within 2 days when crosses any }
            domain D { informed Ann consulted Ann owner Ann }`);
        expect(ws.all().map(d => d.message)).toEqual([]);
    });
});
