// Document text in Mermaid output stays inside its quoted label: no `%%{init}%%` directive,
// no closing quote or bracket, no arrow or statement break can leak out of a title or org.
import { describe, expect, it } from 'vitest';
import { errorsOf, renderDiagram } from '../../language/diagrams/render-diagram.js';
import { mermaidLabel } from '../../language/diagrams/render/mermaid.js';
import type { DiagramViewKind } from '../../language/diagrams/view-model.js';
import { buildWorkspace } from '../helpers/workspace.js';
import { MERMAID_LINE_SHAPES } from '../helpers/mermaid-shapes.js';
import { RHYTHM_MERMAID_LINE_SHAPES, ROADMAP_MERMAID_LINE_SHAPES } from './time-mermaid-shapes.js';

const DIRECTIVE = `%%{init: {'theme':'dark','themeCSS':'.node{fill:red}'}}%%`;
const BREAKOUT = 'x"] --> n0["pwned"]; click n0 call alert(1) | [b] (c) `d` #35; &amp; <i>';
const esc = (s: string) => s.replace(/\\/g, '\\\\').replace(/"/g, '\\"');

const HOSTILE = `
stakeholder Ann "${esc(DIRECTIVE)}" { org "${esc(DIRECTIVE)}" }
stakeholder Bob "${esc(BREAKOUT)}" { org "${esc(BREAKOUT)}" }
stakeholder Cy { org "two\\nlines\\tand\\0\\b${esc(DIRECTIVE)}" }
cadence W "${esc(DIRECTIVE)}" every week { attendees Ann, Bob escalates to V }
cadence V every week { attendees Ann escalates to W }
domain UX "${esc(BREAKOUT)}" { owner Ann consulted Cy informed Bob }
domain Arch "${esc(DIRECTIVE)}" { owner Bob }
rule R "${esc(DIRECTIVE)}" { when touches UX decided by W within 48 hours escalates to Bob after 1 week }
decision D "${esc(DIRECTIVE)}" { affects UX, Arch }
decision E "${esc(BREAKOUT)}" { affects UX }
decision F "${esc(DIRECTIVE)}" { affects Arch }
risk K "${esc(BREAKOUT)}" { owner Ann escalates to W after 2 weeks }
`;

const SHAPES = MERMAID_LINE_SHAPES;

/** Undoes Mermaid's entity codes, as Mermaid does before drawing a label. */
const decode = (label: string) => label.replace(/#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)));

describe('Mermaid injection', () => {
    for (const view of ['decision-flow', 'escalation', 'raci'] as DiagramViewKind[]) {
        it(`the ${view} Mermaid keeps hostile titles, orgs and names inside labels`, async () => {
            const ws = await buildWorkspace(HOSTILE);
            const mermaid = await renderDiagram(ws.model, errorsOf([...ws.documents.values()]), { view, format: 'mermaid' });
            expect(mermaid).not.toContain('%%');
            expect(mermaid.endsWith('\n')).toBe(true);
            for (const line of mermaid.slice(0, -1).split('\n')) {
                expect(
                    SHAPES.some(shape => shape.test(line)),
                    `unexpected line: ${line}`
                ).toBe(true);
            }
        });
    }

    // The roadmap is a gantt chart (no quoted labels at all: only names and fixed words), the rhythm a flowchart.
    const TIME_SHAPES = { roadmap: ROADMAP_MERMAID_LINE_SHAPES, rhythm: RHYTHM_MERMAID_LINE_SHAPES };
    const HOSTILE_TIME = `${HOSTILE}
group G "${esc(BREAKOUT)}" { members Bob }
cadence Q "${esc(DIRECTIVE)}" every quarter for 2 hours { attendees G }
milestone M "${esc(DIRECTIVE)}" on 2027-02-01
metric Km "${esc(BREAKOUT)}" outcome { owner Ann baseline 5% on 2026-06-01 target 60% by 2027-06-30 actual 7% on 2026-10-01 }
metric Undated "${esc(DIRECTIVE)}" progress { target 50% }
benefit B "${esc(DIRECTIVE)}" { measured by Km expected at M }
risk S "${esc(BREAKOUT)}" { owner Bob mitigation "${esc(DIRECTIVE)}" status blocker since 2026-11-01 escalates to W after 1 week }
decision N "${esc(BREAKOUT)}" { affects UX needed by M due 2027-03-01 }
`;
    for (const view of ['roadmap', 'rhythm'] as const) {
        it(`the ${view} Mermaid has only its own line shapes, whatever the titles, orgs and mitigations`, async () => {
            const ws = await buildWorkspace(HOSTILE_TIME);
            const mermaid = await renderDiagram(ws.model, errorsOf([...ws.documents.values()]), { view, format: 'mermaid', today: '2026-11-24' });
            expect(mermaid).not.toContain('%%');
            expect(mermaid.endsWith('\n')).toBe(true);
            for (const line of mermaid.slice(0, -1).split('\n')) {
                expect(
                    TIME_SHAPES[view].some(shape => shape.test(line)),
                    `unexpected line: ${line}`
                ).toBe(true);
            }
        });
    }

    it('the decision-flow and RACI Mermaid still show the hostile text, decoded', async () => {
        const ws = await buildWorkspace(HOSTILE);
        const flow = decode(await renderDiagram(ws.model, [], { view: 'decision-flow', format: 'mermaid' }));
        expect(flow).toContain(DIRECTIVE);
        expect(flow).toContain(BREAKOUT);
        const raci = await renderDiagram(ws.model, [], { view: 'raci', format: 'mermaid' });
        // Three orgs, each its own subgraph, even the one that is only a directive.
        expect(raci.match(/subgraph/g)).toHaveLength(3);
        const subgraphs = decode(raci)
            .split('\n')
            .filter(line => line.startsWith('    subgraph '));
        expect(subgraphs).toContainEqual(expect.stringMatching(/^ {4}subgraph o\d+\[/));
        expect(subgraphs.map(line => line.replace(/^ {4}subgraph o\d+/, ''))).toEqual(
            expect.arrayContaining([`["${DIRECTIVE}"]`, `["two lines and ${DIRECTIVE}"]`, `["${BREAKOUT}"]`])
        );
    });

    it('mermaidLabel encodes every syntax character and flattens control characters', () => {
        const text = `%{}"'\`#<>&|[]();\n\r\t\u0000x`;
        const label = mermaidLabel(text);
        expect(label).toMatch(/^(#\d+;)+ x$/);
        expect(decode(label)).toBe(`%{}"'\`#<>&|[](); x`);
        expect(mermaidLabel('after 2 weeks: SteerCo')).toBe('after 2 weeks: SteerCo');
    });
});
