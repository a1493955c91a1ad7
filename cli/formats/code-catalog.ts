// The default severity and a one-line summary of every diagnostic code, as spec §4, §6, §7,
// §9 and §10 list them. The validators pass their severity at each report, so tools that
// describe codes without a finding at hand (SARIF's rule list) need this table. Typed by
// DiagnosticCode so that a code added to the language without an entry here does not compile.
import type { DiagnosticCode } from '../../language/validation/diagnostic-codes.js';

export type DefaultSeverity = 'error' | 'warning';

export interface CodeEntry {
    severity: DefaultSeverity;
    summary: string;
}

/** One entry per code. */
export const CODE_CATALOG: Record<DiagnosticCode, CodeEntry> = {
    'syntax': { severity: 'error', summary: 'The text does not parse.' },
    'unresolved-reference': { severity: 'error', summary: 'A name that is declared nowhere in the workspace.' },
    'duplicate-name': { severity: 'error', summary: 'Two declarations share a name in the workspace.' },
    'duplicate-property': { severity: 'error', summary: 'A property written twice in one block.' },
    'reference-kind': { severity: 'error', summary: 'A name of the wrong kind, such as a domain where a stakeholder is expected.' },
    'domain-no-owner': { severity: 'error', summary: 'A domain without an owner.' },
    'domain-multiple-owners': { severity: 'error', summary: 'A domain with more than one owner: ambiguous decision ownership.' },
    'decision-no-domain': { severity: 'warning', summary: 'A decision that affects no domain.' },
    'decision-ambiguous-owner': { severity: 'error', summary: 'A decision for which nobody has the authority to decide.' },
    'decider-overrides-framework': { severity: 'warning', summary: 'An explicit decider that disagrees with the decision framework.' },
    'rule-conflict': { severity: 'error', summary: 'Two equally specific rules match the same domains with different deciders.' },
    'rule-no-sla': { severity: 'warning', summary: 'A rule whose decider has no time limit (within).' },
    'sla-unreachable': { severity: 'warning', summary: 'A rule decided by a forum that meets less often than its time limit allows.' },
    'escalation-cycle': { severity: 'error', summary: 'An escalation path that loops back on itself.' },
    'group-empty': { severity: 'error', summary: 'A group with no members.' },
    'group-cycle': { severity: 'error', summary: 'Groups that contain each other.' },
    'owner-not-engaged': { severity: 'warning', summary: 'A domain owner or deciding-group member who attends no cadence.' },
    'cadence-no-attendees': { severity: 'error', summary: 'A cadence without attendees.' },
    'risk-no-owner': { severity: 'error', summary: 'A risk without an owner.' },
    'risk-no-mitigation': { severity: 'warning', summary: 'A risk without a mitigation.' },
    'metric-no-target': { severity: 'warning', summary: 'A metric without a target.' },
    'metric-no-owner': { severity: 'warning', summary: 'A metric without an owner.' },
    'no-outcome-metric': { severity: 'warning', summary: 'An initiative but no outcome metric anywhere.' },
    'benefit-no-metric': { severity: 'warning', summary: 'A benefit that is not measured by any metric.' },
    'scope-conflict': { severity: 'error', summary: 'The same item both in and out of scope.' },
    'invalid-value': { severity: 'error', summary: 'A typed literal out of range, such as 0 hours or 2027-02-30.' },
    'decision-overdue': { severity: 'warning', summary: 'A decision whose due date has passed.' },
    'config-invalid': { severity: 'error', summary: 'align.config.json is not valid JSON, has an unknown key or a bad value.' },
    'waiver-expired': { severity: 'error', summary: 'A waiver whose date has passed: the findings it waived are reported again.' },
    'waiver-unused': { severity: 'warning', summary: 'A waiver that suppresses nothing.' },
    'waiver-invalid': { severity: 'error', summary: 'A malformed waiver: unknown code, impossible date or no reason.' },
    // An issue is reported as a warning and a blocker as an error; the catalog gives the milder default.
    'risk-not-escalated': { severity: 'warning', summary: 'An issue or blocker past its escalation time that has not been escalated (an error for a blocker).' },
    'blocker-no-escalation': { severity: 'error', summary: 'A blocker with no escalation.' },
    'risk-status-undated': { severity: 'warning', summary: 'An issue or blocker without the date it became one (since).' },
    'decision-due-after-milestone': { severity: 'error', summary: 'A decision due after the milestone that needs it.' },
    'metric-off-track': { severity: 'warning', summary: 'A metric whose latest actual is behind the line from its baseline to its target by more than 10%.' },
    'alignment-review-overdue': { severity: 'warning', summary: 'An initiative whose alignment has not been reviewed for 1.5 times its review cadence.' },
    'sponsor-not-engaged': { severity: 'warning', summary: 'An initiative sponsor who attends no cadence meeting at least monthly.' },
    'decision-not-socialized': { severity: 'warning', summary: 'A stakeholder consulted on a decision who shares no cadence with its decider.' },
    'duplicate-list-entry': { severity: 'warning', summary: 'A name listed twice in one list, such as attendees Ann, Bob, Ann.' }
};
