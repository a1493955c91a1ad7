// The RACI matrix, computed from the resolution every other reader uses.
import type { Decision, Domain, Stakeholder } from '../generated/ast.js';
import type { DecisionInfo, DomainInfo, Party, RaciCell, RaciRole, Resolution } from './alignment-model.js';
import { append } from './lists.js';
import type { RuleIndex } from './resolve-decider.js';

/**
 * RACI as the resolution order gives it (docs/language.md, "RACI"): the domain's owner is A
 * (accountable, decides), or R when the domain was delegated and the delegator is A; a domain
 * without an owner has R for whoever decides its own decisions (a rule, a reservation, residual
 * authority); a rule is R on the domains it touches when it is what decides a decision affecting
 * exactly those; the decider of each recorded decision affecting the domain is R; consulted and
 * informed are C and I, ancestors' included and marked inherited. Only stakeholders with a role
 * are visited, so the cost follows the number of cells, not domains × stakeholders.
 */
export function computeRaci(
    stakeholders: Stakeholder[],
    domains: Map<Domain, DomainInfo>,
    decisions: Map<Decision, DecisionInfo>,
    rules: RuleIndex,
    resolve: (domains: Domain[]) => Resolution,
    stakeholdersOf: (party: Party) => Stakeholder[]
): RaciCell[] {
    const order = new Map(stakeholders.map((stakeholder, i) => [stakeholder, i]));
    // Each touches-rule that decides the decision affecting exactly its domains (not pre-empted by an owner or a reservation).
    const ruleDeciders = new Map<Domain, Party[]>();
    for (const rule of rules.all) {
        if (rule.crossesAny || resolve(rule.touches).rule !== rule) continue;
        for (const domain of rule.touches) append(ruleDeciders, domain, rule.decider!);
    }
    const cells: RaciCell[] = [];
    for (const info of domains.values()) {
        const roles = new Map<Stakeholder, { own: Set<RaciRole>; inherited: Set<RaciRole> }>();
        const add = (party: Party | undefined, role: RaciRole, inherited = false) => {
            if (!party) return;
            for (const stakeholder of stakeholdersOf(party)) {
                let entry = roles.get(stakeholder);
                if (!entry) roles.set(stakeholder, (entry = { own: new Set(), inherited: new Set() }));
                (inherited ? entry.inherited : entry.own).add(role);
            }
        };
        const inheritedOwner = info.ownerFrom !== undefined;
        if (info.owner && info.delegatedBy) {
            add(info.owner, 'R', inheritedOwner);
            add(info.delegatedBy, 'A');
        } else if (info.owner) {
            add(info.owner, 'A', inheritedOwner);
        } else {
            add(resolve([info.domain]).decider, 'R');
            info.owners.forEach(owner => add(owner, 'A', inheritedOwner));
        }
        ruleDeciders.get(info.domain)?.forEach(decider => add(decider, 'R'));
        for (const decision of info.decisions) {
            const facts = decisions.get(decision);
            if (facts?.decider !== info.owner) add(facts?.decider, 'R');
            // A decision led by this domain: the other affected domains' owners are consulted on it.
            if (facts?.step === 'lead' && facts.lead === info.domain) {
                for (const other of facts.domains) if (other !== info.domain) add(domains.get(other)?.owner, 'C');
            }
        }
        for (const stakeholder of info.consulted) add(stakeholder, 'C', !info.ownConsulted.has(stakeholder));
        for (const stakeholder of info.informed) add(stakeholder, 'I', !info.ownInformed.has(stakeholder));
        const rows = [...roles].filter(([stakeholder]) => order.has(stakeholder)).sort(([a], [b]) => order.get(a)! - order.get(b)!);
        for (const [stakeholder, entry] of rows) {
            const all = new Set([...entry.own, ...entry.inherited]);
            cells.push({
                stakeholder,
                domain: info.domain,
                roles: RACI_ORDER.filter(role => all.has(role)),
                inherited: RACI_ORDER.filter(role => entry.inherited.has(role) && !entry.own.has(role))
            });
        }
    }
    return cells;
}

const RACI_ORDER: RaciRole[] = ['R', 'A', 'C', 'I'];
