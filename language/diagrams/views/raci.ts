// The RACI matrix: stakeholders (rows, grouped by org) × domains (columns).
import type { AlignmentModel } from '../../model/alignment-model.js';
import type { LocatedError, RaciView } from '../view-model.js';
import { errorsIn, sourceOf } from './sources.js';

const ORDER = ['R', 'A', 'C', 'I'];

/** Builds the RACI view from the model's RACI cells. */
export function buildRaci(model: AlignmentModel, errors: LocatedError[]): RaciView {
    const domains = [...model.domains.keys()];
    const byOrg = new Map<string, RaciView['groups'][number]['rows']>();
    for (const stakeholder of model.stakeholders) {
        const org = stakeholder.properties.find(p => p.$type === 'OrgProperty')?.org ?? 'No org';
        const cells = domains.map(domain => {
            const cell = model.raci.find(c => c.stakeholder === stakeholder && c.domain === domain);
            return cell ? [...cell.roles].sort((a, b) => ORDER.indexOf(a) - ORDER.indexOf(b)) : [];
        });
        const rows = byOrg.get(org) ?? [];
        rows.push({ stakeholder: stakeholder.name, title: stakeholder.title, cells, source: sourceOf(stakeholder) });
        byOrg.set(org, rows);
    }
    return {
        kind: 'raci',
        title: 'RACI',
        domains: domains.map(domain => ({ name: domain.name, source: sourceOf(domain), errors: errorsIn(domain, errors) })),
        groups: [...byOrg.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([org, rows]) => ({ org, rows }))
    };
}
