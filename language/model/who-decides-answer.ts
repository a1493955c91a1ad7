// "Who decides?" as data: the answer `align who-decides --format json` prints and the editor's
// `align/whoDecides` request returns, worded once here so both say the same thing.
import { isCadence, isGroup, isStakeholder, type Domain } from '../generated/ast.js';
import type { DeciderAnswer } from '../output-shapes.js';
import type { AlignmentModel, Party, PartyKind, Resolution } from './alignment-model.js';

export type { DeciderAnswer };

/** A domain as a picker offers it. */
export interface DomainChoice {
    name: string;
    title?: string;
    /** The single owner; absent when the domain has none or several. */
    owner?: string;
}

/** The JSON answer for a resolution; the key order is the CLI's documented output. */
export function deciderAnswer(resolution: Resolution): DeciderAnswer {
    return {
        decider: resolution.decider?.name ?? null,
        kind: kindOf(resolution.decider),
        rule: resolution.rule?.rule.name ?? null,
        sla: resolution.sla?.text ?? null,
        step: resolution.step
    };
}

/** The kind of a deciding party, `none` when nobody decides. */
export function kindOf(party: Party | undefined): PartyKind | 'none' {
    if (isStakeholder(party)) return 'stakeholder';
    if (isGroup(party)) return 'group';
    if (isCadence(party)) return 'cadence';
    return 'none';
}

/** The domains named, looked up in the model, with the names not found and every known name. */
export function domainsNamed(model: AlignmentModel, names: string[]): { domains: Domain[]; unknown: string[]; known: string[] } {
    const byName = new Map<string, Domain>();
    // A name declared twice means its first declaration in file-path order, as for every reference.
    for (const domain of model.domains.keys()) {
        if (domain.name && !byName.has(domain.name)) byName.set(domain.name, domain);
    }
    const domains: Domain[] = [];
    const unknown: string[] = [];
    for (const name of names) {
        const domain = byName.get(name);
        if (domain) domains.push(domain);
        else unknown.push(name);
    }
    return { domains, unknown, known: [...byName.keys()].sort() };
}

/** Every named domain of the model, once, sorted by name: what "Who decides…?" offers. */
export function domainChoices(model: AlignmentModel): DomainChoice[] {
    const choices = new Map<string, DomainChoice>();
    for (const [domain, info] of model.domains) {
        if (!domain.name || choices.has(domain.name)) continue;
        choices.set(domain.name, { name: domain.name, title: domain.title, owner: info.owner?.name });
    }
    return [...choices.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
