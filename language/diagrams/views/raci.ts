// The RACI matrix: stakeholders (rows, grouped by org) × domains (columns).
import type { AlignmentModel } from '../../model/alignment-model.js';
import type { LocatedError, RaciView } from '../view-model.js';
import { errorsIn, isNamed, sourceOf } from './sources.js';

const ORDER = ['R', 'A', 'C', 'I'];
/** One shared empty cell: most of a large matrix is empty, and a new array per cell adds up. */
const NO_ROLES = Object.freeze([]) as unknown as string[];

/** Builds the RACI view from the model's RACI cells. */
export function buildRaci(model: AlignmentModel, errors: LocatedError[]): RaciView {
    // Half-typed declarations (`domain` alone) have no name to head a column or a row.
    const domains = [...model.domains.keys()].filter(isNamed);
    const byOrg = new Map<string, RaciView['groups'][number]['rows']>();
    // The model's cells indexed once: a lookup per grid cell would scan them all.
    const rolesOf = new Map<unknown, Map<unknown, string[]>>();
    for (const cell of model.raci) {
        let row = rolesOf.get(cell.stakeholder);
        if (!row) rolesOf.set(cell.stakeholder, row = new Map());
        row.set(cell.domain, [...cell.roles].sort((a, b) => ORDER.indexOf(a) - ORDER.indexOf(b)));
    }
    for (const stakeholder of model.stakeholders.filter(isNamed)) {
        const org = stakeholder.properties.find(p => p.$type === 'OrgProperty')?.org ?? 'No org';
        const row = rolesOf.get(stakeholder);
        const cells = domains.map(domain => row?.get(domain) ?? NO_ROLES);
        const rows = byOrg.get(org) ?? [];
        rows.push({ stakeholder: stakeholder.name, title: stakeholder.title, cells, source: sourceOf(stakeholder), related: [org, ...(stakeholder.title ? [stakeholder.title] : [])] });
        byOrg.set(org, rows);
    }
    return {
        kind: 'raci',
        title: 'RACI',
        domains: domains.map(domain => ({ name: domain.name, source: sourceOf(domain), errors: errorsIn(domain, errors) })),
        groups: [...byOrg.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([org, rows]) => ({ org, rows }))
    };
}
