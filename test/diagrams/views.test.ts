// The view models, computed from the alignment model of the examples.
import { describe, expect, it } from 'vitest';
import { buildDecisionFlow } from '../../language/diagrams/views/decision-flow.js';
import { buildEscalation } from '../../language/diagrams/views/escalation.js';
import { buildRaci } from '../../language/diagrams/views/raci.js';
import { buildWorkspace } from '../helpers/workspace.js';
import { loadExample } from './diagram-helpers.js';

describe('decision-flow view', () => {
    it('has one branch per domain and per rule, deciders and escalation, decisions on their path', async () => {
        const { ws, errors } = await loadExample('patient-portal');
        const view = buildDecisionFlow(ws.model, errors);
        const label = (id: string) => view.nodes.find(n => n.id === id)?.label.join(' / ');
        expect(label('start')).toBe('Decision raised');
        expect(label('domain:UserExperience')).toBe('affects only UserExperience');
        expect(label('owner:VPPX')).toBe('VPPX decides');
        expect(label('rule:CrossDomain')).toBe('crosses any / rule CrossDomain');
        expect(label('rule-decider:CrossDomain')).toBe('Triage decides / within 48 hours');
        expect(label('rule-escalation:CrossDomain')).toBe('after 1 week: SteerCo');
        expect(label('rule:ClinicalExperience')).toBe('touches UserExperience and ClinicalWorkflows / rule ClinicalExperience');
        const edge = (from: string, to: string) => view.edges.some(e => e.from === from && e.to === to);
        expect(edge('start', 'domain:UserExperience')).toBe(true);
        expect(edge('domain:UserExperience', 'owner:VPPX')).toBe(true);
        expect(edge('rule-decider:CrossDomain', 'decision:IdentityProvider')).toBe(true);
        expect(edge('rule-decider:ClinicalExperience', 'decision:TriageQuestions')).toBe(true);
        expect(edge('owner:VPPX', 'decision:BookingFlow')).toBe(true);
        expect(view.nodes.some(n => n.kind === 'no-authority')).toBe(false);
        expect(view.nodes.filter(n => n.errors.length > 0)).toEqual([]);
        // Unique ids, every edge between existing nodes.
        const ids = new Set(view.nodes.map(n => n.id));
        expect(ids.size).toBe(view.nodes.length);
        expect(view.edges.every(e => ids.has(e.from) && ids.has(e.to))).toBe(true);
    });

    it('sends undecidable decisions to a red No authority node and marks elements with errors', async () => {
        const { ws, errors } = await loadExample('stalemate');
        const view = buildDecisionFlow(ws.model, errors);
        const noAuthority = view.nodes.find(n => n.kind === 'no-authority')!;
        expect(noAuthority.errors.length).toBeGreaterThan(0);
        expect(view.edges.some(e => e.from === noAuthority.id && e.to === 'decision:IdentityProvider' && e.error)).toBe(true);
        const identity = view.nodes.find(n => n.id === 'decision:IdentityProvider')!;
        expect(identity.errors.join(' ')).toContain('Nobody has authority');
        expect(view.nodes.find(n => n.id === 'domain:Architecture')!.errors.join(' ')).toContain('2 owners');
    });

    it('can leave the concrete decisions out', async () => {
        const { ws, errors } = await loadExample('patient-portal');
        expect(buildDecisionFlow(ws.model, errors, { includeDecisions: false, maxDecisionsPerPath: 6 }).nodes.some(n => n.kind === 'decision')).toBe(false);
    });

    it('collapses long lists of decisions on one path into a "+N more" node', async () => {
        const decisions = Array.from({ length: 9 }, (_, i) => `decision X${i} { affects D }`).join('\n');
        const ws = await buildWorkspace(`stakeholder A cadence W every week { attendees A } domain D { owner A }\n${decisions}`);
        const view = buildDecisionFlow(ws.model, [], { includeDecisions: true, maxDecisionsPerPath: 4 });
        const shown = view.nodes.filter(n => n.kind === 'decision').map(n => n.label[0]);
        expect(shown).toEqual(['X0', 'X1', 'X2', '+6 more decisions']);
        expect(view.nodes.find(n => n.label[0] === '+6 more decisions')!.tooltip).toBe('X3, X4, X5, X6, X7, X8');
    });
});

describe('escalation view', () => {
    it('draws escalations with durations and the cycle in red', async () => {
        const { ws, errors } = await loadExample('stalemate');
        const view = buildEscalation(ws.model, errors);
        const red = view.edges
            .filter(e => e.error)
            .map(e => `${e.from}->${e.to}`)
            .sort();
        expect(red).toEqual(['cadence:StakeholderCheckIn->cadence:SteerCo', 'cadence:SteerCo->cadence:StakeholderCheckIn']);
        expect(view.edges.find(e => e.from === 'risk:VendorApiDelay')?.label).toBe('after 2 weeks');
        expect(view.nodes.find(n => n.id === 'cadence:SteerCo')?.label).toEqual(['SteerCo', 'every month']);
    });
});

describe('raci view', () => {
    it('groups stakeholders by org with their roles per domain', async () => {
        const { ws, errors } = await loadExample('patient-portal');
        const view = buildRaci(ws.model, errors);
        expect(view.groups.map(g => g.org)).toEqual(['Clinical Operations', 'Digital', 'IT', 'PMO']);
        const column = view.domains.findIndex(d => d.name === 'UserExperience');
        const row = (name: string) => view.groups.flatMap(g => g.rows).find(r => r.stakeholder === name)!;
        expect(row('VPPX').cells[column]).toEqual(['R', 'A']);
        expect(row('Lead').cells[column]).toEqual(['C']);
        expect(row('CISO').cells[column]).toEqual([]);
    });
});
