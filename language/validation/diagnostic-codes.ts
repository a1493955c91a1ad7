// The stable diagnostic codes of spec §4, §6, §7, §9, §10, §12 and §13. CI jobs and scripts outside
// this repository match on these strings: never rename one.

export const DiagnosticCode = {
    Syntax: 'syntax',
    UnresolvedReference: 'unresolved-reference',
    DuplicateName: 'duplicate-name',
    DuplicateProperty: 'duplicate-property',
    ReferenceKind: 'reference-kind',
    DomainNoOwner: 'domain-no-owner',
    DomainMultipleOwners: 'domain-multiple-owners',
    DecisionNoDomain: 'decision-no-domain',
    DecisionAmbiguousOwner: 'decision-ambiguous-owner',
    DeciderOverridesFramework: 'decider-overrides-framework',
    RuleConflict: 'rule-conflict',
    RuleNoSla: 'rule-no-sla',
    SlaUnreachable: 'sla-unreachable',
    EscalationCycle: 'escalation-cycle',
    GroupEmpty: 'group-empty',
    GroupCycle: 'group-cycle',
    OwnerNotEngaged: 'owner-not-engaged',
    CadenceNoAttendees: 'cadence-no-attendees',
    RiskNoOwner: 'risk-no-owner',
    RiskNoMitigation: 'risk-no-mitigation',
    MetricNoTarget: 'metric-no-target',
    MetricNoOwner: 'metric-no-owner',
    NoOutcomeMetric: 'no-outcome-metric',
    BenefitNoMetric: 'benefit-no-metric',
    ScopeConflict: 'scope-conflict',
    InvalidValue: 'invalid-value',
    DecisionOverdue: 'decision-overdue',
    // v2, spec §6 and §7
    ConfigInvalid: 'config-invalid',
    WaiverExpired: 'waiver-expired',
    WaiverUnused: 'waiver-unused',
    WaiverInvalid: 'waiver-invalid',
    // v2, spec §9: time
    RiskNotEscalated: 'risk-not-escalated',
    BlockerNoEscalation: 'blocker-no-escalation',
    RiskStatusUndated: 'risk-status-undated',
    DecisionDueAfterMilestone: 'decision-due-after-milestone',
    MetricOffTrack: 'metric-off-track',
    AlignmentReviewOverdue: 'alignment-review-overdue',
    // v2, spec §10: people
    SponsorNotEngaged: 'sponsor-not-engaged',
    DecisionNotSocialized: 'decision-not-socialized',
    // v3, spec §12: bodies
    DecisionMethodMissing: 'decision-method-missing',
    QuorumUnreachable: 'quorum-unreachable',
    TiePossible: 'tie-possible',
    AffiliationLimitExceeded: 'affiliation-limit-exceeded',
    TermExpired: 'term-expired',
    // v3, spec §13: authority
    DomainHierarchyCycle: 'domain-hierarchy-cycle',
    DelegationNotHeld: 'delegation-not-held',
    // v3, spec §14: decisions that were made
    DecisionSlaMissed: 'decision-sla-missed',
    DecisionMadeByOther: 'decision-made-by-other',
    RecordMissing: 'record-missing',
    RecordDisagrees: 'record-disagrees',
    // Align's own, beyond the spec: as stable as the others once released.
    DuplicateListEntry: 'duplicate-list-entry'
} as const;

export type DiagnosticCode = (typeof DiagnosticCode)[keyof typeof DiagnosticCode];

/** Every code, in the order of the spec (§4, then §6, §7, §9 and §10), then Align's own. */
export const ALL_DIAGNOSTIC_CODES: readonly DiagnosticCode[] = Object.values(DiagnosticCode);
