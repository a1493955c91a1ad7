// The alignment model: who decides what, the escalation graph, group membership, the RACI
// matrix and cadence attendance, computed once per workspace build from every `.align`
// document. Validators, hover, code lens, the CLI and the diagrams all read this.
import type { LangiumDocument, Reference } from 'langium';
import type { ResolutionStep } from '../output-shapes.js';
import type {
    Benefit,
    Cadence,
    Decision,
    Declaration,
    Domain,
    EscalatesProperty,
    EscalationPathProperty,
    Group,
    Initiative,
    Metric,
    Milestone,
    Risk,
    Rule,
    Stakeholder
} from '../generated/ast.js';
import type { DateValue, DurationValue, FractionValue } from './literals.js';
import type { BenefitInfo, InitiativeInfo } from './outcomes.js';
import type { MetricInfo, ReviewInfo, RiskInfo } from './timeline.js';

/** Something that can decide or be escalated to. */
export type Party = Stakeholder | Group | Cadence;

export type PartyKind = 'stakeholder' | 'group' | 'cadence';

/** Who may own a domain, a risk or a metric: a person, or a body that owns as one. */
export type Owner = Stakeholder | Group;

/** A domain with its decision rights resolved (docs/language.md, "Domains" and "Hierarchy"). */
export interface DomainInfo {
    domain: Domain;
    /** The effective owners: its own as written, else those of its nearest ancestor that has some. */
    owners: Owner[];
    /** The single effective owner when there is exactly one. */
    owner?: Owner;
    /** The ancestor the owners come from, when the domain names none itself. */
    ownerFrom?: Domain;
    /** The owner's vote window (`owner X within 2 weeks`), from where the owners come from. */
    ownerSla?: DurationValue;
    /** The domain it is `part of`. */
    parent?: Domain;
    /** Its ancestors, nearest first (a cycle stops the walk). */
    ancestors: Domain[];
    /** Consulted and informed, its own and its ancestors' (flattened to stakeholders). */
    consulted: Stakeholder[];
    informed: Stakeholder[];
    /** The consulted and informed the domain names itself (the rest are inherited). */
    ownConsulted: ReadonlySet<Stakeholder>;
    ownInformed: ReadonlySet<Stakeholder>;
    /** Who delegated the domain to its owner and stays accountable. */
    delegatedBy?: Party;
    /** True when the owner it names is gone and the delegator decides instead (docs/language.md, "Delegation"). */
    delegationFallback: boolean;
    /** The reserved domain whose owner decides anything affecting this one: itself, or a reserved ancestor. */
    reservedBy?: Domain;
    /** Decisions that affect this domain. */
    decisions: Decision[];
}

/** How a body decides (docs/language.md, "Bodies"). */
export type DecisionMethodKind = 'consensus' | 'consent' | 'majority' | 'supermajority' | 'unanimity' | 'lazy consensus' | 'lead';

export interface DecisionMethodInfo {
    kind: DecisionMethodKind;
    /** `supermajority 2/3`. */
    share?: FractionValue;
    /** `lazy consensus after 72 hours`. */
    after?: DurationValue;
    /** `lead Alice`. */
    lead?: Owner;
    /** As a person says it: `majority`, `supermajority 2/3`, `lazy consensus after 72 hours`. */
    text: string;
}

/** A group as a body that decides: its seats and rules of procedure. */
export interface BodyInfo {
    group: Group;
    /** One seat per listed member; a listed group is one seat. */
    seats: Owner[];
    method?: DecisionMethodInfo;
    /** Seats needed to decide, when a quorum is given (a fraction is rounded up). */
    quorum?: number;
    quorumText?: string;
    tieBreaker?: Owner;
    recusal: boolean;
    /** `at most N per org`: the most seats one org may hold. */
    perOrgLimit?: number;
    perOrgText?: string;
    term?: DurationValue;
    electedOn?: DateValue;
    /** `elected on` + `term`, when both are given. */
    termEnds?: string;
}

/** A rule of the decision framework with its references resolved. */
export interface RuleInfo {
    rule: Rule;
    /** `when crosses any`. */
    crossesAny: boolean;
    /** `when touches …` (empty for `crosses any`). */
    touches: Domain[];
    /** Higher wins: the number of touched domains, 0 for `crosses any`; undefined if the rule has no `when`. */
    specificity?: number;
    decider?: Party;
    within?: DurationValue;
    escalatesTo?: Party;
    escalatesAfter?: DurationValue;
}

/** How the decider of a set of domains was found (docs/language.md, "Who decides"). */
export type ResolutionBasis =
    | 'reserved' // a reserved domain it affects: that domain's owner
    | 'lead' // its lead domain's owner
    | 'single-domain' // one domain: its owner
    | 'same-owner' // several domains, one shared single owner
    | 'rule' // the most specific matching rule
    | 'residual' // the initiative's residual authority
    | 'conflict' // equally specific rules disagree
    | 'reserved-conflict' // reserved domains with different owners
    | 'none' // nobody has the authority
    | 'no-domain'; // no domains given

/** The step of the resolution order that gave the decider, as `who-decides --format json` names it. */
export type { ResolutionStep };

export interface Resolution {
    basis: ResolutionBasis;
    step: ResolutionStep;
    domains: DomainInfo[];
    decider?: Party;
    rule?: RuleInfo;
    sla?: DurationValue;
    /** The reserved domains that decided it (or that disagree, for `reserved-conflict`). */
    reserved: DomainInfo[];
    /** The lead domain, when step 3 decided it. */
    lead?: DomainInfo;
    /** What residual authority stepped in for: the basis that would otherwise hold. */
    residualFor?: 'none' | 'conflict' | 'reserved-conflict';
    /** The equally specific rules that disagree, when basis is `conflict`. */
    conflictingRules: RuleInfo[];
    /** One sentence saying who decides and why, for hover, code lens and the CLI. */
    explanation: string;
}

export interface DecisionInfo {
    decision: Decision;
    domains: Domain[];
    /** What the framework (owners and rules) says. */
    framework: Resolution;
    /** The explicit `decided by`, if any. */
    explicit?: Party;
    /** The step that gave the honoured decider: `explicit`, else the framework's. */
    step: ResolutionStep;
    /** `led by`, when it names one of the affected domains. */
    lead?: Domain;
    /** The decider that is honoured: the explicit one, else the framework's. */
    decider?: Party;
    /** True when an explicit `decided by` disagrees with a decider the framework found. */
    overridesFramework: boolean;
    due?: DateValue;
    /** The milestone that needs this decision (`needed by`), and that milestone's date. */
    neededBy?: Milestone;
    neededByDate?: DateValue;
    /** The day it is due: `due`, else the date of the milestone that needs it (spec §9). */
    dueDate?: DateValue;
    /** When it was raised, and when and by whom it was decided (docs/language.md, "Decisions that were made"). */
    raisedOn?: DateValue;
    decidedOn?: DateValue;
    /** Who actually decided, as `decided on … by X` records it. */
    decidedBy?: Party;
    outcome?: string;
    /** The record's path as written, relative to the file that declares the decision. */
    record?: string;
    /** The decision this one replaces, and the decisions that replace this one. */
    supersedes?: Decision;
    supersededBy: Decision[];
    /** The SLA of the decider the framework resolved, when that decider decides it. */
    sla?: DurationValue;
}

export interface EscalationEdge {
    from: Declaration;
    to: Party;
    after?: DurationValue;
    /** The property that declares this edge (for ranges and navigation). */
    source: EscalatesProperty | EscalationPathProperty;
    /** For a path, the index of the step the edge starts from. */
    step?: number;
}

export interface EscalationCycle {
    /** The nodes of the cycle in order; the first is repeated implicitly at the end. */
    nodes: Declaration[];
    edges: EscalationEdge[];
}

export type RaciRole = 'R' | 'A' | 'C' | 'I';

export interface RaciCell {
    stakeholder: Stakeholder;
    domain: Domain;
    roles: RaciRole[];
    /** Roles that come from an ancestor domain (`part of`), not the domain itself. */
    inherited: RaciRole[];
}

/** The rules one rule conflicts with: equally specific, claiming the same decisions, another decider. */
export interface RuleConflict {
    rule: RuleInfo;
    /** The first few rivals, in declaration order (enough to name in a message). */
    rivals: RuleInfo[];
    /** How many rivals there are in all (at least `rivals.length`). */
    rivalCount: number;
    /** The first few decisions both would decide; empty for a conflict found on the rules alone. */
    decisions: Decision[];
}

/** One name on a cadence's attendee list and the stakeholder or group it names. */
export interface AttendeeEntry {
    reference: Reference<Declaration>;
    party: Stakeholder | Group;
}

export interface AlignmentModel {
    documents: LangiumDocument[];
    /** Every declaration under its name (more than one means `duplicate-name`). */
    declarationsByName: Map<string, Declaration[]>;
    stakeholders: Stakeholder[];
    groups: Group[];
    /** Each group as a body: seats, method, quorum and the rest. */
    bodies: Map<Group, BodyInfo>;
    /** Domains that are part of each other, each cycle in order. */
    domainCycles: Domain[][];
    /** The initiative's `residual authority` (the first initiative that names one). */
    residualAuthority?: Party;
    cadences: Cadence[];
    metrics: Metric[];
    domains: Map<Domain, DomainInfo>;
    rules: Map<Rule, RuleInfo>;
    decisions: Map<Decision, DecisionInfo>;
    /** Every group's members flattened to stakeholders (through nested groups). */
    groupMembers: Map<Group, Stakeholder[]>;
    /** Groups that contain each other, each cycle in order. */
    groupCycles: Group[][];
    /** Cadence interval normalised (undefined when it has no valid interval). */
    cadenceInterval: Map<Cadence, DurationValue>;
    /** Attendees of each cadence, flattened to stakeholders. */
    cadenceAttendees: Map<Cadence, Stakeholder[]>;
    /** Cadences each stakeholder attends (directly or through a group). */
    attendance: Map<Stakeholder, Cadence[]>;
    /** The attended cadences that count for engagement: at least quarterly, or async. */
    engagingAttendance: Map<Stakeholder, Cadence[]>;
    escalationEdges: EscalationEdge[];
    escalationCycles: EscalationCycle[];
    /** Non-empty cells of the stakeholder × domain matrix. */
    raci: RaciCell[];
    /** Each conflicting rule, once, with the rules it conflicts with. */
    ruleConflicts: Map<Rule, RuleConflict>;
    /** Everyone who decides something: rule deciders, the deciders of decisions, domain owners and residual authority. */
    deciders: Set<Party>;
    /** The domains each stakeholder or group owns (effective owners, hierarchy included). */
    ownedDomains: Map<Owner, Domain[]>;
    /** The decisions each party decides (the honoured decider). */
    decisionsDecidedBy: Map<Party, DecisionInfo[]>;
    /** Everyone some escalation (`escalates to`, a step of an `escalation path`) reaches. */
    escalationTargets: Set<Party>;
    /** Meeting length of each cadence that gives one (`for 2 hours`). */
    cadenceLength: Map<Cadence, DurationValue>;
    /** Where each risk stands in time (spec §9). */
    risks: Map<Risk, RiskInfo>;
    /** Each metric's baseline, target, actuals and shortfall (spec §9). */
    metricInfo: Map<Metric, MetricInfo>;
    /** Each initiative's last alignment review, when it has one. */
    reviews: Map<Initiative, ReviewInfo>;
    /** Forum hours a month of each stakeholder, where meeting lengths are given (spec §10). */
    forumHours: Map<Stakeholder, number>;
    initiatives: Initiative[];
    /** Each initiative's sponsor and scope. */
    initiativeInfo: Map<Initiative, InitiativeInfo>;
    milestones: Milestone[];
    /** Each benefit's metric and when it is expected, in declaration order. */
    benefits: Map<Benefit, BenefitInfo>;
    /** Each stakeholder's `org`, as written, when it gives one. */
    orgs: Map<Stakeholder, string>;
    /** Each cadence's `attendees` as listed (stakeholders and groups, before flattening), with the reference naming each. */
    attendeeEntries: Map<Cadence, AttendeeEntry[]>;
    /** Resolves who decides a decision affecting these domains, led by `lead` if given (docs/language.md, "Who decides"). */
    resolve(domains: Domain[], lead?: Domain): Resolution;
    /** Flattens a party to the stakeholders who act for it. */
    stakeholdersOf(party: Party): Stakeholder[];
}
