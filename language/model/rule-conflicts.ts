// Rules that disagree (`rule-conflict`): found per set of domains and per decision, never per
// pair of rules.
import type { Decision, Domain, Rule } from '../generated/ast.js';
import type { DecisionInfo, Party, RuleConflict, RuleInfo } from './alignment-model.js';
import { append } from './lists.js';
import type { RuleIndex } from './resolve-decider.js';

/** How many rivals and decisions a conflict keeps by name; the rest are counted. */
const CONFLICT_LISTED = 5;

/**
 * Rules that conflict: equally specific rules with different deciders that claim the same
 * set of domains, or that are the top match of the same decision. Each rule is reported
 * once with its rivals, so n conflicting rules cost n entries, not n²/2 pairs.
 */
export function findRuleConflicts(index: RuleIndex, decisions: Map<Decision, DecisionInfo>): Map<Rule, RuleConflict> {
    const conflicts = new Map<Rule, RuleConflict>();
    const entry = (info: RuleInfo) => {
        let conflict = conflicts.get(info.rule);
        if (!conflict) conflicts.set(info.rule, (conflict = { rule: info, rivals: [], rivalCount: 0, decisions: [] }));
        return conflict;
    };
    /** Marks every rule of a set as conflicting with the members of the set that decide differently. */
    const conflictWithin = (set: RuleInfo[], decision?: Decision) => {
        const byDecider = new Map<Party, RuleInfo[]>();
        for (const info of set) append(byDecider, info.decider!, info);
        if (byDecider.size < 2) return;
        for (const info of set) {
            const conflict = entry(info);
            if (decision && conflict.decisions.length < CONFLICT_LISTED && !conflict.decisions.includes(decision)) conflict.decisions.push(decision);
            // Only the first few rivals are named, so only that many are visited per rule;
            // the count of the others comes from the group sizes.
            for (const [decider, rivals] of byDecider) {
                if (decider === info.decider) continue;
                for (const rival of rivals) {
                    if (conflict.rivals.length >= CONFLICT_LISTED) break;
                    if (!conflict.rivals.includes(rival)) conflict.rivals.push(rival);
                }
            }
            const others = set.length - byDecider.get(info.decider!)!.length;
            conflict.rivalCount = Math.max(conflict.rivalCount, others, conflict.rivals.length);
        }
    };
    const bySameSet = new Map<string, RuleInfo[]>();
    const domainIds = new Map<Domain, number>();
    for (const info of index.all) {
        const key = info.crossesAny
            ? '*'
            : info.touches
                  .map(domain => domainIds.get(domain) ?? (domainIds.set(domain, domainIds.size), domainIds.size - 1))
                  .sort((a, b) => a - b)
                  .join(',');
        append(bySameSet, key, info);
    }
    bySameSet.forEach(set => conflictWithin(set));
    // A decision an explicit decider, a reservation, a lead or an owner settles is no evidence
    // that rules disagree: only those that reach the rules count.
    for (const info of decisions.values()) {
        const reachedRules = info.framework.basis === 'conflict' || info.framework.residualFor === 'conflict';
        if (reachedRules && !info.explicit) conflictWithin(info.framework.conflictingRules, info.decision);
    }
    // In declaration order, whatever order the sets were visited in.
    const result = new Map<Rule, RuleConflict>();
    for (const info of index.all) {
        const conflict = conflicts.get(info.rule);
        if (conflict) result.set(info.rule, conflict);
    }
    return result;
}
