// One table with every fact about each diagnostic code that does not depend on a finding: its
// default severity, a one-line summary (SARIF's rule list, the docs), and the fix in one
// sentence (the report). Its page is docs/diagnostics/CODE.md (a test checks each exists) and
// whether it can be waived is `isWaivable` (waivers.ts). Typed by DiagnosticCode, so a code
// added to the language without its entry does not compile; README's table is tested against it.
import type { DiagnosticCode } from './diagnostic-codes.js';

export type DefaultSeverity = 'error' | 'warning' | 'info';

export interface CodeFacts {
    severity: DefaultSeverity;
    summary: string;
    /** What to do, in one sentence. */
    fix: string;
}

/** The facts of every code. */
export const CODE_TABLE: Record<DiagnosticCode, CodeFacts> = {
    syntax: {
        severity: 'error',
        summary: 'The text does not parse.',
        fix: 'Correct the text at the marked place; the parser recovers and checks the rest.'
    },
    'unresolved-reference': {
        severity: 'error',
        summary: 'A name that is declared nowhere in the workspace.',
        fix: 'Declare the name, with the kind the place expects, or correct its spelling.'
    },
    'duplicate-name': {
        severity: 'error',
        summary: 'Two declarations share a name in the workspace.',
        fix: 'Rename one of the declarations: names are unique across the project.'
    },
    'duplicate-property': {
        severity: 'error',
        summary: 'A property written twice in one block.',
        fix: 'Remove the repeated property.'
    },
    'reference-kind': {
        severity: 'error',
        summary: 'A name of the wrong kind, such as a domain where a stakeholder is expected.',
        fix: 'Name a declaration of the kind the place takes, e.g. a stakeholder after `owner`.'
    },
    'domain-no-owner': {
        severity: 'error',
        summary: 'A domain without an owner.',
        fix: 'Add `owner <stakeholder>`: the one who decides in this domain.'
    },
    'domain-multiple-owners': {
        severity: 'error',
        summary: 'A domain with more than one owner: ambiguous decision ownership.',
        fix: 'Keep one owner and make the others `consulted`.'
    },
    'decision-no-domain': {
        severity: 'warning',
        summary: 'A decision that affects no domain.',
        fix: 'Add `affects <domain>, …` so the framework can say who decides it.'
    },
    'decision-ambiguous-owner': {
        severity: 'error',
        summary: 'A decision for which nobody has the authority to decide.',
        fix: 'Add a `rule` for decisions that touch these domains (or `when crosses any`), or give the domain one owner.'
    },
    'decider-overrides-framework': {
        severity: 'warning',
        summary: 'An explicit decider that disagrees with the decision framework.',
        fix: 'Drop the explicit `decided by`, or change the framework so it agrees.'
    },
    'rule-conflict': {
        severity: 'error',
        summary: 'Two equally specific rules match the same domains with different deciders.',
        fix: 'Give equally specific rules the same decider, or make one of them more specific.'
    },
    'rule-no-sla': {
        severity: 'warning',
        summary: 'A rule whose decider has no time limit (within).',
        fix: "Add `within <duration>` to the rule's `decided by`."
    },
    'sla-unreachable': {
        severity: 'warning',
        summary: 'A rule decided by a forum that meets less often than its time limit allows.',
        fix: 'Let a body that meets more often decide, or lengthen the SLA.'
    },
    'escalation-cycle': {
        severity: 'error',
        summary: 'An escalation path that loops back on itself.',
        fix: 'Escalate to a body outside the cycle, so escalation ends with someone who decides.'
    },
    'group-empty': {
        severity: 'error',
        summary: 'A group with no members.',
        fix: 'Add `members …` to the group.'
    },
    'group-cycle': {
        severity: 'error',
        summary: 'Groups that contain each other.',
        fix: 'Remove one of the nested group memberships.'
    },
    'owner-not-engaged': {
        severity: 'warning',
        summary: 'A domain owner or deciding-group member who attends no cadence.',
        fix: "Add the owner (or the deciding group's member) to a cadence's attendees."
    },
    'cadence-no-attendees': {
        severity: 'error',
        summary: 'A cadence without attendees.',
        fix: 'Add `attendees …` to the cadence.'
    },
    'risk-no-owner': {
        severity: 'error',
        summary: 'A risk without an owner.',
        fix: 'Add `owner <stakeholder>` to the risk.'
    },
    'risk-no-mitigation': {
        severity: 'warning',
        summary: 'A risk without a mitigation.',
        fix: 'Add `mitigation "…"`: what is being done about the risk.'
    },
    'metric-no-target': {
        severity: 'warning',
        summary: 'A metric without a target.',
        fix: 'Add `target <number or %>`.'
    },
    'metric-no-owner': {
        severity: 'warning',
        summary: 'A metric without an owner.',
        fix: 'Add `owner <stakeholder>` to the metric.'
    },
    'no-outcome-metric': {
        severity: 'warning',
        summary: 'An initiative but no outcome metric anywhere.',
        fix: 'Declare a `metric … outcome` that says what success looks like.'
    },
    'benefit-no-metric': {
        severity: 'warning',
        summary: 'A benefit that is not measured by any metric.',
        fix: 'Add `measured by <metric>` to the benefit.'
    },
    'scope-conflict': {
        severity: 'error',
        summary: 'The same item both in and out of scope.',
        fix: 'Remove the item from `in scope` or from `out of scope`.'
    },
    'invalid-value': {
        severity: 'error',
        summary: 'A typed literal out of range, such as 0 hours or 2027-02-30.',
        fix: 'Use a real date, a quarter Q1–Q4, a percentage from 0% to 100% or a positive whole duration.'
    },
    'decision-overdue': {
        severity: 'warning',
        summary: 'A decision whose due date has passed.',
        fix: 'Decide it, or move its `due` date.'
    },
    'config-invalid': {
        severity: 'error',
        summary: 'align.config.json is not valid JSON, has an unknown key or a bad value.',
        fix: 'Correct align.config.json at the marked place: valid JSON, known keys and values.'
    },
    'waiver-expired': {
        severity: 'error',
        summary: 'A waiver whose date has passed: the findings it waived are reported again.',
        fix: 'Fix the finding the waiver hid, or renew the waiver with a new date and reason.'
    },
    'waiver-unused': {
        severity: 'warning',
        summary: 'A waiver that suppresses nothing.',
        fix: 'Remove the waiver: it hides nothing.'
    },
    'waiver-invalid': {
        severity: 'error',
        summary: 'A malformed waiver: unknown code, impossible date or no reason.',
        fix: 'Write the waiver as `// align-waive CODE until YYYY-MM-DD: reason`.'
    },
    // An issue is reported as a warning and a blocker as an error; the table gives the milder default.
    'risk-not-escalated': {
        severity: 'warning',
        summary: 'An issue or blocker past its escalation time that has not been escalated (an error for a blocker).',
        fix: 'Escalate it to where it escalates, and record `escalated on <date>`.'
    },
    'blocker-no-escalation': {
        severity: 'error',
        summary: 'A blocker with no escalation.',
        fix: 'Add `escalates to <stakeholder, group or cadence> after <duration>`.'
    },
    'risk-status-undated': {
        severity: 'warning',
        summary: 'An issue or blocker without the date it became one (since).',
        fix: 'Add `since <date>` to the issue or blocker status.'
    },
    'decision-due-after-milestone': {
        severity: 'error',
        summary: 'A decision due after the milestone that needs it.',
        fix: 'Decide before the milestone that needs it, or move the milestone.'
    },
    'metric-off-track': {
        severity: 'warning',
        summary: 'A metric whose latest actual is behind the line from its baseline to its target by more than 10%.',
        fix: 'Act to bring the metric back to its line and record the new `actual`, or agree a new target or date.'
    },
    'alignment-review-overdue': {
        severity: 'warning',
        summary: 'An initiative whose alignment has not been reviewed for 1.5 times its review cadence.',
        fix: 'Review the alignment again and record `reviewed by <cadence> on <date>`.'
    },
    'sponsor-not-engaged': {
        severity: 'warning',
        summary: 'An initiative sponsor who attends no cadence meeting at least monthly.',
        fix: 'Have the sponsor attend a cadence that meets at least monthly.'
    },
    'decision-not-socialized': {
        severity: 'warning',
        summary: 'A stakeholder consulted on a decision who shares no cadence with its decider.',
        fix: "Add the consulted stakeholder to a forum the decider's people attend."
    },
    'decision-method-missing': {
        severity: 'info',
        summary: 'A group that decides something does not say how it decides.',
        fix: 'Add `decides by` to the group: consensus, consent, majority, supermajority N/M, unanimity, lazy consensus after T, or lead S.'
    },
    'quorum-unreachable': {
        severity: 'error',
        summary: "A body's quorum is more than its seats, or more than the seats left once affected members recuse.",
        fix: 'Lower the quorum, add seats, or let a body without the conflict of interest decide.'
    },
    'tie-possible': {
        severity: 'warning',
        summary: 'A body decides by majority with an even number of seats and nobody breaks a tie.',
        fix: 'Add `tie broken by <member>`, or give the body an odd number of seats.'
    },
    'affiliation-limit-exceeded': {
        severity: 'error',
        summary: 'More members of one org sit on a body than its `at most … per org` allows.',
        fix: 'Remove a member of the over-represented org, or change the limit if the charter allows.'
    },
    'term-expired': {
        severity: 'warning',
        summary: 'A body sits past its mandate: `elected on` plus `term` is before today.',
        fix: 'Hold the election and update `elected on`, or extend the `term`.'
    },
    'domain-hierarchy-cycle': {
        severity: 'error',
        summary: 'Domains that are `part of` each other.',
        fix: 'Remove one `part of` so that the domains form a tree.'
    },
    'delegation-not-held': {
        severity: 'error',
        summary: 'A domain is `delegated by` someone who held nothing to delegate.',
        fix: "Name as delegator the owner of an ancestor domain or the initiative's residual authority, or make the domain `part of` the delegator's domain."
    },
    'decision-sla-missed': {
        severity: 'warning',
        summary: "A decision took longer than its decider's SLA from `raised on`, or is still open past it.",
        fix: 'Decide it, or look at why the decider cannot keep its SLA: a forum that meets more often, or a longer SLA.'
    },
    'decision-made-by-other': {
        severity: 'warning',
        summary: 'A decision was recorded as decided by someone the framework does not give it to.',
        fix: 'Correct `decided on … by`, or change the framework so that it names who really decides.'
    },
    'record-missing': {
        severity: 'warning',
        summary: "A decision's `record` names a file that cannot be read.",
        fix: 'Correct the path (relative to the .align file), or create the record with `align adr`.'
    },
    'record-disagrees': {
        severity: 'warning',
        summary: 'A decision record says otherwise than the model: its status, decision-makers or date.',
        fix: 'Bring the record and the decision back in line: update whichever is out of date.'
    },
    'duplicate-list-entry': {
        severity: 'warning',
        summary: 'A name listed twice in one list, such as attendees Ann, Bob, Ann.',
        fix: 'Remove the second mention of the name.'
    }
};
