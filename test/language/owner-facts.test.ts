// Who owns a risk or a metric is one fact of the model (model/timeline.ts, ownerFacts): the
// report shows the name as written, the roadmap the declaration it resolves to, and impact
// counts the stakeholders and groups, each read from the model rather than from the text.
import { describe, expect, it } from 'vitest';
import { buildWorkspace } from '../helpers/workspace.js';
import { impactOf } from '../../language/model/impact.js';
import { riskFacts, scorecardFacts } from '../../language/report/report-facts.js';

const TEXT = `stakeholder Ann
group Ops { members Ann }
domain Pay { owner Ann }
risk Late { owner Ann mitigation "Plan B" }
risk Lost { owner Ghost mitigation "Find it" }
risk Odd { owner Pay mitigation "?" }
metric Uptime outcome { owner Ops target 99% by 2027-06-30 }
`;

describe('the owner of a risk or metric', () => {
    it('is in the model: the name as written, what it resolves to, and the people behind it', async () => {
        const ws = await buildWorkspace(TEXT);
        const byName = new Map([...ws.model.risks.values()].map(info => [info.risk.name, info.owner]));
        expect(byName.get('Late')).toMatchObject({ written: 'Ann', declaration: { name: 'Ann' }, owners: [{ name: 'Ann' }] });
        expect(byName.get('Lost')).toEqual({ written: 'Ghost', declaration: undefined, owners: [] });
        // A domain is not an owner of a risk: it resolves, but nobody owns the risk.
        expect(byName.get('Odd')).toMatchObject({ written: 'Pay', declaration: { name: 'Pay' }, owners: [] });
        const uptime = [...ws.model.metricInfo.values()][0].owner;
        expect(uptime.owners.map(owner => owner.name)).toEqual(['Ops']);
    });

    it('is what the report shows and what impact loses', async () => {
        const ws = await buildWorkspace(TEXT);
        const risks = [...riskFacts(ws.model, '2026-12-08').values()].flat();
        expect(Object.fromEntries(risks.map(risk => [risk.name, risk.owner]))).toEqual({ Late: 'Ann', Lost: 'Ghost', Odd: 'Pay' });
        expect(scorecardFacts(ws.model).map(metric => metric.owner)).toEqual(['Ops']);
        const impact = impactOf(ws.model, 'Ann')!;
        expect(impact.risksWithoutOwner.map(risk => risk.name)).toEqual(['Late']);
        // Ops loses its only member, but the group itself still owns the metric.
        expect(impact.metricsWithoutOwner).toEqual([]);
        expect(impactOf(ws.model, 'Ops')!.metricsWithoutOwner.map(metric => metric.name)).toEqual(['Uptime']);
    });
});
