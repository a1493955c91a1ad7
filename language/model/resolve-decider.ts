// The resolution order (docs/language.md, "Who decides"), implemented once: every reader of
// "who decides" — validators, hover, code lens, inlay hints, the CLI, the report, the diagrams
// and impact — gets its answer and its "why" from here, through the model.
import type { Domain } from '../generated/ast.js';
import type { DomainInfo, Party, Resolution, ResolutionBasis, ResolutionStep, RuleInfo } from './alignment-model.js';
import { describeResolution } from './explain.js';
import { append } from './lists.js';
import type { DurationValue } from './literals.js';

/** Rules with a decider and a `when`, indexed for matching without scanning every rule. */
export interface RuleIndex {
    /** Every effective rule, in declaration order. */
    all: RuleInfo[];
    crossesAny: RuleInfo[];
    /** `when touches` rules under their first touched domain: a match must affect that domain. */
    byFirstDomain: Map<Domain, RuleInfo[]>;
    position: Map<RuleInfo, number>;
}

/** Indexes the rules that can decide (they have a decider and a `when`). */
export function indexRules(rules: Iterable<RuleInfo>): RuleIndex {
    const all = [...rules].filter(info => info.decider !== undefined && info.specificity !== undefined);
    const byFirstDomain = new Map<Domain, RuleInfo[]>();
    for (const info of all) {
        if (!info.crossesAny) append(byFirstDomain, info.touches[0], info);
    }
    return { all, crossesAny: all.filter(info => info.crossesAny), byFirstDomain, position: new Map(all.map((info, i) => [info, i])) };
}

/** The effective rules that match a decision affecting these (distinct) domains, in declaration order. */
export function matchingRules(affected: Domain[], index: RuleIndex): RuleInfo[] {
    const matching = affected.length >= 2 ? [...index.crossesAny] : [];
    const affectedSet = new Set(affected);
    for (const domain of affected) {
        for (const info of index.byFirstDomain.get(domain) ?? []) {
            if (info.touches.every(d => affectedSet.has(d))) matching.push(info);
        }
    }
    return matching.sort((a, b) => index.position.get(a)! - index.position.get(b)!);
}

export interface ResolutionContext {
    domains: Map<Domain, DomainInfo>;
    rules: RuleIndex;
    residualAuthority?: Party;
}

const STEP_OF: Record<ResolutionBasis, ResolutionStep> = {
    reserved: 'reserved',
    lead: 'lead',
    'single-domain': 'owner',
    'same-owner': 'owner',
    rule: 'rule',
    residual: 'residual',
    conflict: 'none',
    'reserved-conflict': 'none',
    none: 'none',
    'no-domain': 'none'
};

/**
 * Steps 2 to 7 of the resolution order (step 1, an explicit `decided by`, belongs to a
 * decision): a reserved domain, the lead domain, one effective owner of every domain, the
 * most specific rule, residual authority, else nobody.
 */
export function resolveDecider(affected: Domain[], context: ResolutionContext, lead?: Domain): Resolution {
    const infos = affected.map(domain => context.domains.get(domain)).filter((d): d is DomainInfo => d !== undefined);
    const base = { domains: infos, conflictingRules: [] as RuleInfo[], reserved: [] as DomainInfo[] };
    const finish = (resolution: Omit<Resolution, 'explanation' | 'step'>): Resolution => {
        const full = { ...resolution, step: STEP_OF[resolution.basis] };
        return { ...full, explanation: describeResolution(full) };
    };
    const residual = (fallback: Omit<Resolution, 'explanation' | 'step'>): Resolution =>
        context.residualAuthority
            ? finish({
                  ...fallback,
                  basis: 'residual',
                  decider: context.residualAuthority,
                  residualFor: fallback.basis as 'none' | 'conflict' | 'reserved-conflict',
                  rule: undefined,
                  sla: undefined
              })
            : finish(fallback);
    if (infos.length === 0) return finish({ ...base, basis: 'no-domain' });

    // Step 2: reserved domains, inherited through `part of`.
    const reserved = [...new Set(infos.map(info => info.reservedBy).filter((d): d is Domain => d !== undefined))]
        .map(domain => context.domains.get(domain))
        .filter((d): d is DomainInfo => d !== undefined);
    if (reserved.length > 0) {
        const owners = new Set(reserved.map(info => info.owner));
        const [owner] = owners;
        if (owners.size === 1 && owner !== undefined) {
            return finish({ ...base, basis: 'reserved', decider: owner, reserved, sla: reserved[0].ownerSla });
        }
        return residual({ ...base, basis: 'reserved-conflict', reserved });
    }

    // Step 3: the lead domain's owner.
    const leadInfo = lead && affected.includes(lead) ? context.domains.get(lead) : undefined;
    if (leadInfo?.owner) return finish({ ...base, basis: 'lead', decider: leadInfo.owner, lead: leadInfo, sla: leadInfo.ownerSla });

    // Step 4: one effective owner of every affected domain.
    const owners = new Set(infos.map(info => info.owner));
    const [owner] = owners;
    if (owners.size === 1 && owner !== undefined) {
        return finish({ ...base, basis: infos.length === 1 ? 'single-domain' : 'same-owner', decider: owner, sla: shortest(infos.map(info => info.ownerSla)) });
    }

    // Step 5: the most specific matching rule.
    const matching = matchingRules(affected, context.rules);
    if (matching.length === 0) return residual({ ...base, basis: 'none' });
    let best = -1;
    for (const info of matching) best = Math.max(best, info.specificity!);
    const top = matching.filter(info => info.specificity === best);
    if (top.some(info => info.decider !== top[0].decider)) return residual({ ...base, basis: 'conflict', conflictingRules: top });
    return finish({ ...base, basis: 'rule', decider: top[0].decider, rule: top[0], sla: top[0].within });
}

/** The shortest of the SLAs given (an owner's vote window is per domain). */
function shortest(slas: Array<DurationValue | undefined>): DurationValue | undefined {
    let best: DurationValue | undefined;
    for (const sla of slas) if (sla && (!best || sla.hours < best.hours)) best = sla;
    return best;
}
