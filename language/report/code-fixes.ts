// The fix of every diagnostic code in one line, for the report's findings. The full page
// (what it means, why it matters, an example, the fix) is docs/diagnostics/CODE.md, which the
// report links; it is not shipped with the CLI or the extension, so the line lives here.
// Typed by DiagnosticCode: a code added to the language without its fix does not compile.
import type { DiagnosticCode } from '../validation/diagnostic-codes.js';
import { INTERNAL_ERROR_CODE } from '../validation/internal-error.js';

const FIXES: Record<DiagnosticCode, string> = {
    'syntax': 'Correct the text at the marked place; the parser recovers and checks the rest.',
    'unresolved-reference': 'Declare the name, with the kind the place expects, or correct its spelling.',
    'duplicate-name': 'Rename one of the declarations: names are unique across the project.',
    'duplicate-property': 'Remove the repeated property.',
    'reference-kind': 'Name a declaration of the kind the place takes, e.g. a stakeholder after `owner`.',
    'domain-no-owner': 'Add `owner <stakeholder>`: the one who decides in this domain.',
    'domain-multiple-owners': 'Keep one owner and make the others `consulted`.',
    'decision-no-domain': 'Add `affects <domain>, …` so the framework can say who decides it.',
    'decision-ambiguous-owner': 'Add a `rule` for decisions that touch these domains (or `when crosses any`), or give the domain one owner.',
    'decider-overrides-framework': 'Drop the explicit `decided by`, or change the framework so it agrees.',
    'rule-conflict': 'Give equally specific rules the same decider, or make one of them more specific.',
    'rule-no-sla': 'Add `within <duration>` to the rule\'s `decided by`.',
    'sla-unreachable': 'Let a body that meets more often decide, or lengthen the SLA.',
    'escalation-cycle': 'Escalate to a body outside the cycle, so escalation ends with someone who decides.',
    'group-empty': 'Add `members …` to the group.',
    'group-cycle': 'Remove one of the nested group memberships.',
    'owner-not-engaged': 'Add the owner (or the deciding group\'s member) to a cadence\'s attendees.',
    'cadence-no-attendees': 'Add `attendees …` to the cadence.',
    'risk-no-owner': 'Add `owner <stakeholder>` to the risk.',
    'risk-no-mitigation': 'Add `mitigation "…"`: what is being done about the risk.',
    'metric-no-target': 'Add `target <number or %>`.',
    'metric-no-owner': 'Add `owner <stakeholder>` to the metric.',
    'no-outcome-metric': 'Declare a `metric … outcome` that says what success looks like.',
    'benefit-no-metric': 'Add `measured by <metric>` to the benefit.',
    'scope-conflict': 'Remove the item from `in scope` or from `out of scope`.',
    'invalid-value': 'Use a real date, a quarter Q1–Q4, a percentage from 0% to 100% or a positive whole duration.',
    'decision-overdue': 'Decide it, or move its `due` date.',
    'config-invalid': 'Correct align.config.json at the marked place: valid JSON, known keys and values.',
    'waiver-expired': 'Fix the finding the waiver hid, or renew the waiver with a new date and reason.',
    'waiver-unused': 'Remove the waiver: it hides nothing.',
    'waiver-invalid': 'Write the waiver as `// align-waive CODE until YYYY-MM-DD: reason`.',
    'risk-not-escalated': 'Escalate it to where it escalates, and record `escalated on <date>`.',
    'blocker-no-escalation': 'Add `escalates to <stakeholder, group or cadence> after <duration>`.',
    'risk-status-undated': 'Add `since <date>` to the issue or blocker status.',
    'decision-due-after-milestone': 'Decide before the milestone that needs it, or move the milestone.',
    'metric-off-track': 'Act to bring the metric back to its line and record the new `actual`, or agree a new target or date.',
    'alignment-review-overdue': 'Review the alignment again and record `reviewed by <cadence> on <date>`.',
    'sponsor-not-engaged': 'Have the sponsor attend a cadence that meets at least monthly.',
    'decision-not-socialized': 'Add the consulted stakeholder to a forum the decider\'s people attend.',
    'duplicate-list-entry': 'Remove the second mention of the name.'
};

/** The fix of a diagnostic code in one sentence. */
export function fixOf(code: string): string {
    if (code === INTERNAL_ERROR_CODE) return 'A bug in Align, not in the file: the other findings stand, but this check did not run. Please report it.';
    return (FIXES as Record<string, string>)[code] ?? 'See the code\'s page.';
}
