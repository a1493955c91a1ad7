// The RACI matrix: stakeholders (rows, grouped by org) × domains (columns).
import type { Domain } from '../../generated/ast.js';
import type { AlignmentModel } from '../../model/alignment-model.js';
import type { LocatedError, RaciView } from '../view-model.js';
import { errorsIn, isNamed, sourceOf } from './sources.js';

const ORDER = ['R', 'A', 'C', 'I'];
/** One shared empty cell: most of a large matrix is empty, and a new array per cell adds up. */
const NO_ROLES = Object.freeze([]) as unknown as string[];

/** Builds the RACI view from the model's RACI cells. */
export function buildRaci(model: AlignmentModel, errors: LocatedError[]): RaciView {
    // Half-typed declarations (`domain` alone) have no name to head a column or a row.
    const domains = hierarchyOrder(model).filter(isNamed);
    const byOrg = new Map<string, RaciView['groups'][number]['rows']>();
    // The model's cells indexed once: a lookup per grid cell would scan them all.
    const rolesOf = new Map<unknown, Map<unknown, string[]>>();
    const inheritedOf = new Map<unknown, Map<unknown, string[]>>();
    for (const cell of model.raci) {
        let row = rolesOf.get(cell.stakeholder);
        if (!row) rolesOf.set(cell.stakeholder, (row = new Map()));
        row.set(
            cell.domain,
            [...cell.roles].sort((a, b) => ORDER.indexOf(a) - ORDER.indexOf(b))
        );
        if (cell.inherited.length === 0) continue;
        let inherited = inheritedOf.get(cell.stakeholder);
        if (!inherited) inheritedOf.set(cell.stakeholder, (inherited = new Map()));
        inherited.set(cell.domain, cell.inherited);
    }
    for (const stakeholder of model.stakeholders.filter(isNamed)) {
        const org = model.orgs.get(stakeholder) ?? 'No org';
        const row = rolesOf.get(stakeholder);
        const cells = domains.map(domain => row?.get(domain) ?? NO_ROLES);
        const inheritedRow = inheritedOf.get(stakeholder);
        const inherited = inheritedRow ? domains.map(domain => inheritedRow.get(domain) ?? NO_ROLES) : undefined;
        const rows = byOrg.get(org) ?? [];
        rows.push({
            stakeholder: stakeholder.name,
            title: stakeholder.title,
            cells,
            ...(inherited ? { inherited } : {}),
            source: sourceOf(stakeholder),
            related: [org, ...(stakeholder.title ? [stakeholder.title] : [])]
        });
        byOrg.set(org, rows);
    }
    return {
        kind: 'raci',
        title: 'RACI',
        domains: domains.map(domain => {
            const info = model.domains.get(domain);
            const depth = info?.ancestors.length ?? 0;
            return {
                name: domain.name,
                source: sourceOf(domain),
                errors: errorsIn(domain, errors),
                ...(depth > 0 ? { depth, parent: info!.parent!.name } : {})
            };
        }),
        groups: [...byOrg.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([org, rows]) => ({ org, rows }))
    };
}

/** The domains in declaration order, each followed by the domains that are part of it (depth first). */
function hierarchyOrder(model: AlignmentModel): Domain[] {
    const children = new Map<Domain, Domain[]>();
    const roots: Domain[] = [];
    for (const info of model.domains.values()) {
        // A domain in a `part of` cycle has ancestors but no top: it is drawn where it is declared.
        const parent = info.parent && !info.ancestors.includes(info.domain) ? info.parent : undefined;
        if (parent && model.domains.get(parent)?.ancestors.includes(info.domain) === false) {
            const list = children.get(parent);
            if (list) list.push(info.domain);
            else children.set(parent, [info.domain]);
        } else {
            roots.push(info.domain);
        }
    }
    const ordered: Domain[] = [];
    const seen = new Set<Domain>();
    const stack = [...roots].reverse();
    while (stack.length > 0) {
        const domain = stack.pop()!;
        if (seen.has(domain)) continue;
        seen.add(domain);
        ordered.push(domain);
        stack.push(...[...(children.get(domain) ?? [])].reverse());
    }
    // Whatever a cycle kept from the walk still gets its column.
    for (const domain of model.domains.keys()) if (!seen.has(domain)) ordered.push(domain);
    return ordered;
}
