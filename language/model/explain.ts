// Plain-English sentences about the model, shared by diagnostics, hover, code lens and the CLI
// so that every surface words the same fact the same way.
import type { Declaration } from '../generated/ast.js';
import type { DomainInfo, Resolution } from './alignment-model.js';

/** How many names a sentence lists before it counts the rest: messages stay readable and small. */
export const LISTED_NAMES = 8;

/**
 * Joins names as people write them: `A`, `A and B`, `A, B and C`; past LISTED_NAMES,
 * `A, B, … H and 692 more`. `total` is the full count when `items` holds only the first few.
 */
export function listing(items: string[], total = items.length): string {
    if (total > items.length || items.length > LISTED_NAMES) {
        const shown = items.slice(0, Math.min(items.length, LISTED_NAMES));
        return `${shown.join(', ')} and ${Math.max(total, items.length) - shown.length} more`;
    }
    if (items.length <= 1) return items.join('');
    return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** The name of a declaration, or a placeholder for a half-typed one. */
export function nameOf(node: Declaration | undefined): string {
    return node?.name ?? '(unnamed)';
}

/** `UserExperience (owner VPPX)`, `Architecture (no owner)`, `Ops (owners A and B)`. */
export function domainWithOwners(info: DomainInfo): string {
    if (info.owners.length === 0) return `${nameOf(info.domain)} (no owner)`;
    if (info.owners.length === 1) return `${nameOf(info.domain)} (owner ${info.owners[0].name})`;
    return `${nameOf(info.domain)} (owners ${listing(info.owners.map(o => nameOf(o)))})`;
}

/** Why nobody can decide: the clause after "Nobody has authority to decide X: ". */
export function ambiguityReason(resolution: Pick<Resolution, 'basis' | 'domains' | 'conflictingRules'>): string {
    const names = resolution.domains.map(d => nameOf(d.domain));
    if (resolution.basis === 'conflict') {
        const rules = resolution.conflictingRules.map(r => `${nameOf(r.rule)} (${nameOf(r.decider)})`);
        return `it affects ${listing(names)}, and the equally specific rules ${listing(rules)} disagree on who decides`;
    }
    if (resolution.domains.length === 1) {
        const info = resolution.domains[0];
        const problem = info.owners.length === 0 ? 'which has no owner' : `which has ${info.owners.length} owners (${listing(info.owners.map(o => nameOf(o)))})`;
        return `it affects only ${nameOf(info.domain)}, ${problem}, and no rule covers it`;
    }
    return `it affects ${listing(resolution.domains.map(domainWithOwners))}, and no rule covers decisions that cross these domains`;
}

/** One sentence saying who decides and why. */
export function describeResolution(resolution: Omit<Resolution, 'explanation'>): string {
    const names = resolution.domains.map(d => nameOf(d.domain));
    switch (resolution.basis) {
        case 'no-domain':
            return 'No one: it affects no domain';
        case 'single-domain':
            return `${nameOf(resolution.decider)}, owner of ${names[0]}`;
        case 'same-owner':
            return `${nameOf(resolution.decider)}, owner of ${listing(names)}`;
        case 'rule': {
            const sla = resolution.sla ? ` within ${resolution.sla.text}` : '';
            const owners = resolution.domains.map(d => d.owner ? d.owner.name : d.owners.length === 0 ? 'nobody' : listing(d.owners.map(o => nameOf(o))));
            return `${nameOf(resolution.decider)}${sla}, by rule ${nameOf(resolution.rule!.rule)}: affects ${listing(names)}, owned by ${listing(owners)}`;
        }
        case 'conflict':
        case 'none':
            return `No one: ${ambiguityReason(resolution)}`;
    }
}

/** A cycle as `A → B → C → A`; a long one keeps its first and last steps and counts the rest. */
export function cycleText(names: string[]): string {
    if (names.length <= LISTED_NAMES) return [...names, names[0]].join(' → ');
    const head = names.slice(0, LISTED_NAMES - 2);
    const tail = names[names.length - 1];
    return `${head.join(' → ')} → … ${names.length - head.length - 1} more … → ${tail} → ${names[0]} (${names.length} steps)`;
}
