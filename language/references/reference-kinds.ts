// Which kinds of declaration each reference slot accepts. One table, read by the
// `reference-kind` validator and by completion, so they can never disagree.
import type { AstNode } from 'langium';

export type DeclarationKind =
    'Initiative' | 'Stakeholder' | 'Group' | 'Domain' | 'Rule' | 'Cadence' | 'Milestone' | 'Metric' | 'Benefit' | 'Risk' | 'Decision' | 'Agreement';

export interface ReferenceSlot {
    /** The keyword(s) the user wrote, for messages: `owner`, `decided by`. */
    keyword: string;
    accepts: readonly DeclarationKind[];
}

const PARTY: readonly DeclarationKind[] = ['Stakeholder', 'Group', 'Cadence'];
const PEOPLE: readonly DeclarationKind[] = ['Stakeholder', 'Group'];

/** Slots keyed by `<container type>.<property>`. */
const SLOTS: Record<string, ReferenceSlot> = {
    'SponsorProperty.sponsor': { keyword: 'sponsor', accepts: ['Stakeholder'] },
    'MembersProperty.members': { keyword: 'members', accepts: PEOPLE },
    'OwnerProperty.owners': { keyword: 'owner', accepts: PEOPLE },
    'ConsultedProperty.parties': { keyword: 'consulted', accepts: PEOPLE },
    'InformedProperty.parties': { keyword: 'informed', accepts: PEOPLE },
    'AttendeesProperty.attendees': { keyword: 'attendees', accepts: PEOPLE },
    'DecidedByProperty.decider': { keyword: 'decided by', accepts: PARTY },
    'EscalatesProperty.target': { keyword: 'escalates to', accepts: PARTY },
    'EscalationPathProperty.steps': { keyword: 'escalation path', accepts: PARTY },
    'WhenProperty.domains': { keyword: 'when touches', accepts: ['Domain'] },
    'AffectsProperty.domains': { keyword: 'affects', accepts: ['Domain'] },
    'MeasuredByProperty.metric': { keyword: 'measured by', accepts: ['Metric'] },
    'ExpectedProperty.milestone': { keyword: 'expected at', accepts: ['Milestone'] },
    'NeededByProperty.milestone': { keyword: 'needed by', accepts: ['Milestone'] },
    'ReviewedByProperty.cadence': { keyword: 'reviewed by', accepts: ['Cadence'] },
    'ResidualAuthorityProperty.party': { keyword: 'residual authority', accepts: PARTY },
    'DecisionMethod.lead': { keyword: 'decides by lead', accepts: PEOPLE },
    'TieBrokenByProperty.breaker': { keyword: 'tie broken by', accepts: PEOPLE },
    'PartOfProperty.parent': { keyword: 'part of', accepts: ['Domain'] },
    'DelegatedByProperty.delegator': { keyword: 'delegated by', accepts: PARTY },
    'LedByProperty.domain': { keyword: 'led by', accepts: ['Domain'] },
    'DecidedOnProperty.decider': { keyword: 'decided on … by', accepts: PARTY },
    'SupersedesProperty.decision': { keyword: 'supersedes', accepts: ['Decision'] }
};

/** The node types that hold references: each slot's `Type.property`, by type. */
export const REFERENCE_HOLDERS: readonly string[] = [...new Set(Object.keys(SLOTS).map(slot => slot.split('.')[0]))];

/** The slot a reference sits in, from its container node and property name. */
export function referenceSlot(container: AstNode | string, property: string): ReferenceSlot | undefined {
    return SLOTS[`${typeof container === 'string' ? container : container.$type}.${property}`];
}

/** A kind as people say it: `stakeholder`, `group`. */
export function kindWord(kind: string): string {
    return kind.toLowerCase();
}

/** `a stakeholder`, `a stakeholder or a group`, `a stakeholder, a group or a cadence`. */
export function describeKinds(kinds: readonly string[]): string {
    const words = kinds.map(kind => `a ${kindWord(kind)}`);
    return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}
