// Domains with their decision rights after the hierarchy (docs/language.md, "Hierarchy"): a
// domain without an owner takes its nearest owning ancestor's, consulted and informed add up
// down the tree, and a reservation covers the domains that are part of the reserved one.
import type { Reference } from 'langium';
import {
    isConsultedProperty,
    isDelegatedByProperty,
    isGroup,
    isInformedProperty,
    isOwnerProperty,
    isPartOfProperty,
    isReservedProperty,
    isStakeholder,
    type Declaration,
    type Domain,
    type Stakeholder
} from '../generated/ast.js';
import type { DomainInfo, Owner, Party } from './alignment-model.js';
import { findCycles } from './graph.js';
import { unique } from './lists.js';
import { parseDuration, type DurationValue } from './literals.js';

export interface HierarchyResolvers {
    ownerOf(ref: Reference<Declaration> | undefined): Owner | undefined;
    partyOf(ref: Reference<Declaration> | undefined): Party | undefined;
    domainOf(ref: Reference<Declaration> | undefined): Domain | undefined;
    stakeholdersOf(parties: Owner[]): Stakeholder[];
}

/** Every domain's info, and the cycles of `part of`. */
export function domainFacts(domains: Domain[], resolvers: HierarchyResolvers): { domains: Map<Domain, DomainInfo>; cycles: Domain[][] } {
    const known = new Set(domains);
    const parentOf = new Map<Domain, Domain>();
    for (const domain of domains) {
        const parent = resolvers.domainOf((domain.properties ?? []).find(isPartOfProperty)?.parent);
        if (parent && known.has(parent)) parentOf.set(domain, parent);
    }
    const cycles = findCycles(domains, domain => {
        const parent = parentOf.get(domain);
        return parent ? [parent] : [];
    }).map(cycle => cycle.nodes);

    const own = new Map<
        Domain,
        { owners: Owner[]; fallback: boolean; sla?: DurationValue; consulted: Stakeholder[]; informed: Stakeholder[]; reserved: boolean; delegatedBy?: Party }
    >();
    for (const domain of domains) {
        const properties = domain.properties ?? [];
        const ownerProperties = properties.filter(isOwnerProperty);
        const window = ownerProperties.find(p => p.within)?.within;
        const sla = window ? parseDuration(window) : undefined;
        const parties = (list: Array<{ parties: Array<Reference<Declaration>> }>) =>
            resolvers.stakeholdersOf(
                unique(
                    list
                        .flatMap(p => p.parties)
                        .map(ref => resolvers.ownerOf(ref))
                        .filter((o): o is Owner => o !== undefined)
                )
            );
        const named = ownerProperties.flatMap(p => p.owners);
        const owners = unique(named.map(ref => resolvers.ownerOf(ref)).filter((o): o is Owner => o !== undefined));
        const delegatedBy = resolvers.partyOf(properties.find(isDelegatedByProperty)?.delegator);
        // The owner it names is gone (impact): the delegator, still accountable, decides again.
        const fallback = named.length > 0 && owners.length === 0 && delegatedBy !== undefined && (isStakeholder(delegatedBy) || isGroup(delegatedBy));
        own.set(domain, {
            owners: fallback ? [delegatedBy as Owner] : owners,
            fallback,
            sla: sla?.ok ? sla.value : undefined,
            consulted: parties(properties.filter(isConsultedProperty)),
            informed: parties(properties.filter(isInformedProperty)),
            reserved: properties.some(p => isReservedProperty(p) && p.reserved),
            delegatedBy: fallback ? undefined : delegatedBy
        });
    }

    const result = new Map<Domain, DomainInfo>();
    for (const domain of domains) {
        const ancestors: Domain[] = [];
        const seen = new Set<Domain>([domain]);
        for (let at = parentOf.get(domain); at && !seen.has(at); at = parentOf.get(at)) {
            ancestors.push(at);
            seen.add(at);
        }
        const mine = own.get(domain)!;
        const ownerFrom = mine.owners.length > 0 ? undefined : ancestors.find(ancestor => own.get(ancestor)!.owners.length > 0);
        const source = own.get(ownerFrom ?? domain)!;
        const line = [domain, ...ancestors];
        result.set(domain, {
            domain,
            owners: source.owners,
            owner: source.owners.length === 1 ? source.owners[0] : undefined,
            ownerFrom,
            ownerSla: source.sla,
            parent: parentOf.get(domain),
            ancestors,
            consulted: unique(line.flatMap(d => own.get(d)!.consulted)),
            informed: unique(line.flatMap(d => own.get(d)!.informed)),
            ownConsulted: new Set(mine.consulted),
            ownInformed: new Set(mine.informed),
            // An inherited owner comes with the delegation it holds the ancestor by.
            delegatedBy: mine.delegatedBy ?? (ownerFrom ? source.delegatedBy : undefined),
            delegationFallback: mine.fallback,
            reservedBy: line.find(d => own.get(d)!.reserved),
            decisions: []
        });
    }
    return { domains: result, cycles };
}
