// Syntax errors say in plain words what was expected where, naming the declaration they are in,
// and never show Chevrotain's "Expecting token of type …".
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-types';
import { offsetAt } from '../helpers/text.js';
import { buildWorkspace } from '../helpers/workspace.js';

async function syntaxErrors(text: string): Promise<Diagnostic[]> {
    const ws = await buildWorkspace(text);
    return ws.diagnostics().filter(d => d.code === 'syntax');
}

async function messages(text: string): Promise<string[]> {
    return (await syntaxErrors(text)).map(d => d.message);
}

function textAt(text: string, d: Diagnostic): string {
    return text.slice(offsetAt(text, d.range.start), offsetAt(text, d.range.end));
}

describe('syntax error messages', () => {
    const CASES: Array<{ what: string; text: string; message: string }> = [
        // A property keyword that does not belong to the block.
        {
            what: 'a property of another kind of block',
            text: 'rule R { informed X }',
            message: '`informed` is not a property of rule R: a rule has `when`, `decided by`, `escalates to`'
        },
        {
            what: 'a misspelt property',
            text: 'domain D { ownr Ann }',
            message:
                '`ownr` is not a property of domain D: did you mean `owner`? A domain has `owner`, `consulted`, `informed`, `part of`, `delegated by`, `reserved`'
        },
        { what: 'a property outside any block', text: 'domain D owner Ann', message: 'domain D has no `{` before `owner`: write `domain D { owner … }`' },
        // A missing name after a keyword that takes a reference.
        {
            what: 'an owner without a name',
            text: 'domain Payments { owner }',
            message: '`owner` needs the name of a stakeholder or a group, in domain Payments'
        },
        {
            what: 'a decider without a name',
            text: 'rule R { decided by }',
            message: '`decided by` needs the name of a stakeholder, a group or a cadence, in rule R'
        },
        { what: 'a list ending in a comma', text: 'domain D { owner Ann, }', message: '`owner` needs another name after the `,`, in domain D' },
        {
            what: 'two names without a comma',
            text: 'group G { members Ann Bob }',
            message: 'a `,` is missing between `Ann` and `Bob`: the names in `members` are separated by `,`, in group G'
        },
        { what: 'a declaration without a name', text: 'stakeholder', message: '`stakeholder` needs a name after it, such as `stakeholder CIO`' },
        {
            what: 'a keyword as a name',
            text: 'stakeholder owner',
            message: '`owner` is a keyword of Align and cannot be the name of a stakeholder; choose another name'
        },
        // Missing values.
        {
            what: 'a missing duration',
            text: 'rule R { when crosses any decided by Ann within }',
            message: '`within` needs a duration such as `48 hours`, in rule R'
        },
        {
            what: 'a duration without a unit',
            text: 'rule R { decided by Ann within 48 }',
            message: '`48` needs a unit: `minutes`, `hours`, `days`, `weeks`, `months`, `quarters` or `years`, in rule R'
        },
        {
            what: 'a wrong duration',
            text: 'rule R { decided by Ann within soon }',
            message: '`within` needs a duration such as `48 hours`, not `soon`, in rule R'
        },
        {
            what: 'a cadence without its period',
            text: 'cadence C every',
            message: '`every` needs a period such as `week` or a duration such as `2 weeks`, in cadence C'
        },
        { what: 'a missing date', text: 'milestone M on', message: '`on` needs a date such as `2027-06-30`, in milestone M' },
        { what: 'a year for a date', text: 'decision X { due 2027 }', message: '`due` needs a date such as `2027-06-30`, not `2027`, in decision X' },
        {
            what: 'a missing number',
            text: 'metric M progress { target }',
            message: '`target` needs a number such as `500` or a percentage such as `60%`, in metric M'
        },
        { what: 'a missing string', text: 'risk R { mitigation }', message: '`mitigation` needs a text in double quotes, in risk R' },
        { what: 'a missing keyword', text: 'rule R { decided Ann }', message: '`decided` must be followed by `by`, not `Ann`, in rule R' },
        { what: 'a metric without its kind', text: 'metric M { owner Ann }', message: 'metric M needs `progress` or `outcome` after its name' },
        {
            what: 'a one-step escalation path',
            text: 'agreement A { escalation path X }',
            message: '`escalation path` needs at least two names joined by `->`, such as `Team -> SteerCo`, in agreement A'
        },
        // Unclosed blocks.
        { what: 'an unclosed block at the end of the file', text: 'domain Payments { owner Ann', message: 'domain Payments is missing its closing `}`' },
        {
            what: 'an unclosed block before the next declaration',
            text: 'domain D { owner Ann\nstakeholder X',
            message: 'domain D is missing its closing `}` before `stakeholder`'
        },
        // Stray tokens at the top level.
        { what: 'a stray closing brace', text: '}', message: 'unexpected `}`: no block is open here; remove it' },
        {
            what: 'a stray closing brace after a declaration',
            text: 'domain D { owner Ann } }',
            message: 'unexpected `}` after domain D: no block is open here; remove it'
        },
        {
            what: 'a stray word after a declaration',
            text: 'cadence C every week during 2 hours',
            message: 'unexpected `during` after cadence C: a declaration starts with a keyword such as `stakeholder`, `domain`, `rule` or `decision`'
        },
        {
            what: 'a property after a closed block',
            text: 'domain D { owner Ann } owner Bob',
            message: '`owner` is outside any block after domain D: it belongs inside the `{ … }` of a domain, a metric or a risk'
        },
        {
            what: 'a block on a declaration that has none',
            text: 'milestone M on 2027-01-01 { }',
            message: 'unexpected `{` after milestone M: a milestone has no block'
        },
        // Half-typed keywords.
        { what: 'a half-typed declaration keyword', text: 'decisio X', message: '`decisio` is not a keyword of Align: did you mean `decision`?' },
        { what: 'a capitalised keyword', text: 'Domain X { owner Ann }', message: '`Domain` is not a keyword of Align: did you mean `domain`?' },
        // Lexer errors name the declaration too.
        {
            what: 'an unclosed string',
            text: 'risk R { owner Ann mitigation "stub\n}',
            message: 'This "string" in risk R is not closed before the end of its line. Add the closing ".'
        }
    ];

    for (const c of CASES) {
        it(`${c.what}: ${JSON.stringify(c.text)}`, async () => {
            expect((await messages(c.text))[0]).toBe(c.message);
        });
    }

    it('keep the code, the severity and the range of the error', async () => {
        const text = 'stakeholder Ann\nrule R { informed Ann }\n';
        const [error] = await syntaxErrors(text);
        expect(error.code).toBe('syntax');
        expect(error.severity).toBe(1);
        expect(textAt(text, error)).toBe('informed');
        const [unclosed] = await syntaxErrors('domain D { owner Ann');
        expect(unclosed.range).toEqual({ start: { line: 0, character: 20 }, end: { line: 0, character: 20 } });
    });

    it('link the syntax page like every other finding', async () => {
        const [error] = await syntaxErrors('domain D {');
        expect(error.codeDescription?.href).toMatch(/docs\/diagnostics\/syntax\.md$/);
    });
});

describe("syntax error messages never show the parser's words", () => {
    const RAW = /Expecting|token of type|possible Token sequences|EOF|undefined|NaN|\bID\b|\bSTRING\b|\bNUMBER\b|\u200B/;

    const BROKEN = [
        '',
        '{',
        '}',
        '->',
        ',',
        '"x"',
        '42',
        '2027-01-01',
        '60%',
        'rule',
        'rule R {',
        'rule R { when',
        'rule R { when touches }',
        'rule R { when touches A, }',
        'rule R { decided by',
        'rule R { decided by A within 2',
        'rule R { decided by A within 2 business',
        'rule R { escalates to }',
        'rule R { escalates to A after }',
        'cadence C',
        'cadence C every',
        'cadence C every 2',
        'cadence C every week {',
        'cadence C every week { attendees }',
        'milestone M',
        'milestone M on',
        'milestone M on 2027',
        'metric M',
        'metric M progress {',
        'metric M outcome { by }',
        'metric M outcome { target 5 by 2027 }',
        'benefit B { expected }',
        'benefit B { expected at }',
        'benefit B { measured }',
        'risk R { owner }',
        'risk R { status issue }',
        'decision D { affects }',
        'decision D { affects A B }',
        'decision D { due }',
        'agreement A { response }',
        'agreement A { response within }',
        'agreement A { escalation path }',
        'agreement A { escalation path A -> }',
        'agreement A { channel 5 }',
        'initiative I { in }',
        'initiative I { in scope }',
        'initiative I { out of }',
        'initiative I { sponsor A, B }',
        'stakeholder A { org }',
        'stakeholder A { org "x" "y" }',
        'stakeholder A "x" "y"',
        'stakeholder 9lives',
        'group G { members A,, B }',
        'group { members A }',
        'domain D {{ }',
        'domain D { } }',
        'domain D { owner A } owner B',
        'decisio X',
        'stakehold A',
        'domian D',
        'Rule R',
        'domain D { owner A §§ }',
        'domain D { owner "A" }',
        'rule R { when crosses }',
        'rule R { when crosses any decided by A within 48 hours foo }',
        'stakeholder A\n\ndomain D {\n  owner A\n  informed\n}\n',
        '{'.repeat(50),
        '}'.repeat(50),
        'domain D { owner A'.repeat(20)
    ];

    it('for a list of broken snippets', async () => {
        for (const text of BROKEN) {
            for (const message of await messages(text)) {
                expect(message, `${JSON.stringify(text)}: ${message}`).not.toMatch(RAW);
                expect(message.length, JSON.stringify(text)).toBeGreaterThan(10);
            }
        }
        // The list really is broken: nearly every snippet produces a syntax error.
        const withErrors = await Promise.all(BROKEN.map(async text => (await messages(text)).length > 0));
        expect(withErrors.filter(Boolean).length).toBeGreaterThan(BROKEN.length - 3);
    });

    it('for every truncation of the example programme', async () => {
        const folder = new URL('../../examples/patient-portal/', import.meta.url);
        const source = readdirSync(folder)
            .filter(f => f.endsWith('.align'))
            .sort()
            .map(f => readFileSync(new URL(f, folder), 'utf8'))
            .join('\n');
        // Cut after every 37th character: ends inside keywords, names, strings, values and blocks.
        for (let end = 1; end < source.length; end += 37) {
            for (const message of await messages(source.slice(0, end))) {
                expect(message, `cut at ${end}: ${message}`).not.toMatch(RAW);
            }
        }
    }, 60_000);
});
