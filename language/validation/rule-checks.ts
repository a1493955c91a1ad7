// The rules of the decision framework: no two rules may claim the same decisions for
// different deciders, and every SLA must be one the decider can honour.
import type { ValidationAcceptor } from 'langium';
import type { DiagnosticRelatedInformation } from 'vscode-languageserver-types';
import { isCadence, isDecidedByProperty, isWhenProperty, type Rule } from '../generated/ast.js';
import type { AlignmentModel } from '../model/alignment-model.js';
import { listing, nameOf } from '../model/explain.js';
import { formatEvery } from '../model/literals.js';
import { propertiesOf, relatedAt } from './check-utils.js';
import { DiagnosticCode } from './diagnostic-codes.js';

/** Reports `rule-conflict`, `rule-no-sla` and `sla-unreachable` for one rule. */
export function checkRule(rule: Rule, model: AlignmentModel, accept: ValidationAcceptor): void {
    const when = propertiesOf(rule, isWhenProperty)[0];
    const conflict = model.ruleConflicts.get(rule);
    if (conflict && when) {
        const self = conflict.rule;
        const scope = self.crossesAny ? 'any decision that crosses domains' : `decisions touching ${listing(self.touches.map(d => d.name))}`;
        const affected = conflict.decisions.length > 0 ? ` (e.g. ${listing(conflict.decisions.map(d => d.name))})` : '';
        const first = conflict.rivals[0];
        const claim =
            conflict.rivalCount === 1
                ? `Rules ${nameOf(rule)} and ${nameOf(first.rule)} are equally specific and both claim ${scope}${affected}, but ${nameOf(rule)} says ${nameOf(self.decider)} decides and ${nameOf(first.rule)} says ${nameOf(first.decider)}`
                : `Rule ${nameOf(rule)} and ${conflict.rivalCount} other rules (${listing(
                      conflict.rivals.map(r => `${nameOf(r.rule)}: ${nameOf(r.decider)}`),
                      conflict.rivalCount
                  )}) are equally specific and all claim ${scope}${affected}, but ${nameOf(rule)} says ${nameOf(self.decider)} decides and they name other deciders`;
        const related: DiagnosticRelatedInformation[] = conflict.rivals.flatMap(r => relatedAt(r.rule, `${nameOf(r.rule)} says ${nameOf(r.decider)} decides`));
        accept('error', `${claim}. Give them the same decider, merge them, or make one more specific.`, {
            node: when,
            code: DiagnosticCode.RuleConflict,
            relatedInformation: related,
            data: { rivals: conflict.rivalCount }
        });
    }
    const decidedBy = propertiesOf(rule, isDecidedByProperty)[0];
    // Half-typed (`decided by` with no name yet): the syntax error says it; an SLA hint would be noise.
    if (!decidedBy?.decider?.$refText) return;
    if (!decidedBy.within) {
        accept(
            'warning',
            `Rule ${nameOf(rule)} says who decides but not how fast. Add \`within <duration>\`, e.g. \`decided by ${decidedBy.decider?.$refText || '<decider>'} within 48 hours\`.`,
            { node: decidedBy, code: DiagnosticCode.RuleNoSla }
        );
        return;
    }
    const info = model.rules.get(rule);
    const decider = info?.decider;
    const interval = isCadence(decider) ? model.cadenceInterval.get(decider) : undefined;
    if (info?.within && interval && interval.hours > info.within.hours) {
        accept(
            'warning',
            `${nameOf(decider)} meets every ${formatEvery(interval)} (${interval.hours} hours), so it cannot decide within ${info.within.text}${info.within.unit === 'hour' ? '' : ` (${info.within.hours} hours)`}. Let a body that meets more often decide, or lengthen the SLA.`,
            { node: decidedBy, property: 'within', code: DiagnosticCode.SlaUnreachable }
        );
    }
}
