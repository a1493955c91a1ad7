// Diagrams of half-typed text: what the editor holds the moment a keyword is typed. Every
// view must draw what is valid and skip the rest, never throw or print `undefined`.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { errorsOf, renderDiagram, type DiagramFormat } from '../../language/diagrams/render-diagram.js';
import { DIAGRAM_VIEWS } from '../../language/diagrams/view-model.js';
import { buildWorkspace } from '../helpers/workspace.js';

const folder = new URL('../../examples/patient-portal/', import.meta.url);
const EXAMPLE: Record<string, string> = Object.fromEntries(
    readdirSync(folder)
        .filter(f => f.endsWith('.align'))
        .sort()
        .map(file => [file, readFileSync(new URL(file, folder), 'utf8')])
);

const KEYWORDS = ['initiative', 'stakeholder', 'group', 'domain', 'rule', 'cadence', 'milestone', 'metric', 'benefit', 'risk', 'decision', 'agreement'];

const SNIPPETS = [
    ...KEYWORDS,
    'cadence C every',
    'cadence every week',
    'cadence { escalates to SteerCo }',
    'rule R { when touches }',
    'rule { when crosses any decided by Triage escalates to SteerCo }',
    'domain D { owner }',
    'domain { owner VPPX }',
    'agreement A { escalation path X -> }',
    'agreement A { escalation path TeamStatus -> }',
    'agreement A { escalation path Nobody -> SteerCo }',
    'decision D { affects }',
    'decision { affects UserExperience }',
    'group G { members }',
    'metric M progress { target }',
    'stakeholder S "unterminated',
    'risk R { escalates to }',
    'cadence every week { escalates to SteerCo }',
    'risk { escalates to SteerCo }',
    // A rule without a name that still decides: its decisions need a path and a tooltip.
    'rule { when touches UserExperience, Architecture decided by CIO }',
    // Names declared twice (an error) share one node.
    'rule CrossDomain { when crosses any decided by CIO }',
    'domain UserExperience { owner CIO }',
    'decision BookingFlow { affects UserExperience }',
    // Bodies and authority, half-typed (docs/language.md, "Bodies", "Hierarchy").
    'group G { members CIO decides by }',
    'group G { members CIO, VPPX decides by lead }',
    'group G { members CIO quorum 2/ }',
    'group G { members CIO at most per org tie broken by }',
    'domain D { part of }',
    'domain D { part of D }',
    'domain D { owner Triage reserved part of UserExperience }',
    'domain D { owner CIO delegated by }',
    'decision D { affects UserExperience, Architecture led by }',
    'decision D { affects UserExperience led by Security }',
    'initiative I { residual authority }',
    'initiative I { residual authority Triage }',
    // Decisions that were made, half-typed.
    'decision D { affects Architecture decided on 2026-11-01 by }',
    'decision D { affects Architecture raised on supersedes }',
    'decision D { affects Architecture record "" }',
    'cadence L async { attendees CIO response within }',
    'cadence SteerCo every week { escalates to TeamStatus }'
];

const FORMATS: DiagramFormat[] = ['svg', 'mermaid', 'json'];

/** Text that only a bug prints: a missing name or an unset number turned into a string. */
const LEAKED = /\bundefined\b|\bNaN\b|\bnull\b/;

async function renderAll(files: Record<string, string>): Promise<Array<{ view: string; format: DiagramFormat; output: string }>> {
    const ws = await buildWorkspace(files);
    const errors = errorsOf([...ws.documents.values()]);
    const outputs = [];
    for (const view of DIAGRAM_VIEWS) {
        for (const format of FORMATS) outputs.push({ view, format, output: await renderDiagram(ws.model, errors, { view, format }) });
    }
    return outputs;
}

describe('diagrams of half-typed declarations', () => {
    it.each(SNIPPETS)('draws every view with %j in the workspace', async snippet => {
        for (const { view, format, output } of await renderAll({ ...EXAMPLE, 'typing.align': `${snippet}\n` })) {
            expect(output.length, `${view} ${format}`).toBeGreaterThan(0);
            if (format !== 'json') expect(output, `${view} ${format}`).not.toMatch(LEAKED);
        }
    });

    it('still draws the valid declarations next to a half-typed one', async () => {
        const outputs = await renderAll({ ...EXAMPLE, 'typing.align': 'decision\nstakeholder\ndomain\ncadence\n' });
        const svg = (view: string) => outputs.find(o => o.view === view && o.format === 'svg')!.output;
        expect(svg('decision-flow')).toContain('VPPX decides');
        expect(svg('raci')).toContain('UserExperience');
        expect(svg('escalation')).toContain('SteerCo');
    });

    it('draws every prefix of an example file', async () => {
        const text = EXAMPLE['decision-rights.align'];
        const rest = Object.fromEntries(Object.entries(EXAMPLE).filter(([file]) => file !== 'decision-rights.align'));
        for (let end = 0; end <= text.length; end += 7) {
            const outputs = await renderAll({ ...rest, 'decision-rights.align': text.slice(0, end) });
            for (const { view, format, output } of outputs) {
                expect(output.length, `${view} ${format} at ${end}`).toBeGreaterThan(0);
                if (format !== 'json') expect(output, `${view} ${format} at ${end}`).not.toMatch(LEAKED);
            }
        }
    }, 60_000);
});
