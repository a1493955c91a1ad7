// `duplicate-list-entry`: a name listed twice in one list is a warning on the repeat; an
// escalation path is a route, not a list, and its loops are one `escalation-cycle`.
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-types';
import { offsetAt } from '../helpers/text.js';
import { buildWorkspace } from '../helpers/workspace.js';

const BASE = `
stakeholder Ann { org "IT" }
stakeholder Bob { org "Digital" }
cadence Weekly every week { attendees Ann, Bob }
domain Arch { owner Ann }
domain UX { owner Bob }
`;

async function duplicates(text: string): Promise<{ text: string; found: Diagnostic[]; codes: string[] }> {
    const full = `${BASE}\n${text}\n`;
    const ws = await buildWorkspace(full);
    return { text: full, found: ws.diagnostics().filter(d => d.code === 'duplicate-list-entry'), codes: ws.codes() };
}

function textAt(text: string, d: Diagnostic): string {
    return text.slice(offsetAt(text, d.range.start), offsetAt(text, d.range.end));
}

describe('duplicate-list-entry', () => {
    it('warns on the second occurrence, naming the list and the declaration', async () => {
        const { text, found } = await duplicates('rule R { when touches Arch, Arch decided by Weekly within 1 week }');
        expect(found).toHaveLength(1);
        expect(found[0].message).toBe('Arch is listed twice in `touches` of rule R; remove the second');
        expect(found[0].severity).toBe(2);
        // The range is the repeat, not the first one.
        expect(textAt(text, found[0])).toBe('Arch');
        expect(offsetAt(text, found[0].range.start)).toBe(text.indexOf('Arch, Arch') + 'Arch, '.length);
    });

    const LISTS: Array<[string, string]> = [
        ['cadence C every week { attendees Ann, Bob, Ann }', 'Ann is listed twice in `attendees` of cadence C; remove the second'],
        ['group G { members Ann, Ann }', 'Ann is listed twice in `members` of group G; remove the second'],
        ['domain D { owner Ann consulted Bob, Bob }', 'Bob is listed twice in `consulted` of domain D; remove the second'],
        ['domain D { owner Ann informed Bob, Bob }', 'Bob is listed twice in `informed` of domain D; remove the second'],
        ['decision X { affects Arch, Arch }', 'Arch is listed twice in `affects` of decision X; remove the second'],
        ['domain D { owner Ann, Ann }', 'Ann is listed twice in `owner` of domain D; remove the second']
    ];
    for (const [text, message] of LISTS) {
        it(`covers ${text}`, async () => {
            const { found } = await duplicates(text);
            expect(found.map(d => d.message)).toEqual([message]);
        });
    }

    it('counts a third occurrence', async () => {
        const { found } = await duplicates('group G { members Ann, Ann, Bob, Ann }');
        expect(found.map(d => d.message)).toEqual([
            'Ann is listed twice in `members` of group G; remove the second',
            'Ann is listed 3 times in `members` of group G; remove this one'
        ]);
    });

    it('reports a repeated unknown name too, besides unresolved-reference', async () => {
        const { found, codes } = await duplicates('group G { members Zed, Zed }');
        expect(found).toHaveLength(1);
        expect(codes).toContain('unresolved-reference');
    });

    it('can be waived like any other finding', async () => {
        const { found, codes } = await duplicates(
            'group G {\n    // align-waive duplicate-list-entry until 2027-01-31: tidied up next sprint\n    members Ann, Ann\n}'
        );
        expect(found).toEqual([]);
        expect(codes).not.toContain('waiver-unused');
    });

    describe('near misses', () => {
        const NEAR: Array<[string, string]> = [
            ['distinct names', 'cadence C every week { attendees Ann, Bob }'],
            ['one name in two lists of a block', 'domain D { owner Ann consulted Bob informed Bob }'],
            ['one name in two declarations', 'group G1 { members Ann } group G2 { members Ann }'],
            ['names that differ in case', 'stakeholder ann { org "x" } group G { members Ann, ann }'],
            ['a path that passes a body twice', 'cadence C every week { attendees Ann } agreement A { escalation path Weekly -> C -> Weekly }']
        ];
        for (const [what, text] of NEAR) {
            it(what, async () => {
                const { found } = await duplicates(text);
                expect(found).toEqual([]);
            });
        }
    });
});

describe('escalation-cycle on a path', () => {
    it('is reported once, on the path, with the step that closes the loop as related information', async () => {
        const text = 'cadence C every week { attendees Ann } agreement A { escalation path Weekly -> C -> Weekly }';
        const { text: full } = await duplicates(text);
        const ws = await buildWorkspace(full);
        const cycles = ws.diagnostics().filter(d => d.code === 'escalation-cycle');
        expect(cycles).toHaveLength(1);
        expect(cycles[0].message).toContain('Weekly → C → Weekly');
        expect(textAt(full, cycles[0])).toBe('escalation path Weekly -> C -> Weekly');
        expect(cycles[0].relatedInformation?.map(r => [textAt(full, { ...cycles[0], range: r.location.range }), r.message])).toEqual([
            ['C -> Weekly', 'C escalates to Weekly (escalation path of A)']
        ]);
    });

    it('is reported once for a cycle of escalates-to properties, on the member written first', async () => {
        const ws = await buildWorkspace(
            `${BASE}\ncadence C1 every week { attendees Ann escalates to C2 }\ncadence C2 every week { attendees Bob escalates to C3 }\ncadence C3 every week { attendees Bob escalates to C1 }\n`
        );
        const cycles = ws.diagnostics().filter(d => d.code === 'escalation-cycle');
        expect(cycles).toHaveLength(1);
        expect(cycles[0].range.start.line).toBe(BASE.split('\n').length);
        expect(cycles[0].message).toContain('C1 → C2 → C3 → C1');
        expect(cycles[0].relatedInformation?.map(r => r.message)).toEqual(['C2 escalates to C3', 'C3 escalates to C1']);
    });
});
