// People and forums (docs/language.md, "People"): groups flattened to their members, each
// forum's rhythm and attendees, who attends what (and what counts for engagement), each group
// as a body, and each stakeholder's org.
import {
    isAttendeesProperty,
    isGroup,
    isMembersProperty,
    isOrgProperty,
    isResponseProperty,
    isStakeholder,
    type Cadence,
    type Group,
    type Stakeholder
} from '../generated/ast.js';
import type { AttendeeEntry, BodyInfo, Party } from './alignment-model.js';
import { bodyFacts, isOwner } from './bodies.js';
import { findCycles } from './graph.js';
import { append, unique } from './lists.js';
import { HOURS_PER_UNIT, periodDuration, type DurationValue } from './literals.js';
import { deref, derefAll, duration, propertiesOf, type Absent } from './model-reading.js';

/** How fast an async forum answers when it does not say: a week. */
const ASYNC_RESPONSE: DurationValue = { amount: 1, unit: 'week', business: false, hours: HOURS_PER_UNIT.week, text: '1 week' };

export interface PeopleFacts {
    groupMembers: Map<Group, Stakeholder[]>;
    groupCycles: Group[][];
    bodies: Map<Group, BodyInfo>;
    orgs: Map<Stakeholder, string>;
    cadenceInterval: Map<Cadence, DurationValue>;
    cadenceLength: Map<Cadence, DurationValue>;
    cadenceAttendees: Map<Cadence, Stakeholder[]>;
    attendeeEntries: Map<Cadence, AttendeeEntry[]>;
    attendance: Map<Stakeholder, Cadence[]>;
    engagingAttendance: Map<Stakeholder, Cadence[]>;
    /** The stakeholders who act for a party: itself, a group's members, a forum's attendees. */
    stakeholdersOf(party: Party): Stakeholder[];
    /** The stakeholders of a list of stakeholders and groups, each once. */
    stakeholdersOfPartyList(parties: Array<Stakeholder | Group>): Stakeholder[];
}

/** The facts about people and forums of these declarations. */
export function peopleFacts(stakeholders: Stakeholder[], groups: Group[], cadences: Cadence[], absent: Absent): PeopleFacts {
    // Groups: direct members, then flattened with cycle protection.
    const directMembers = new Map<Group, Array<Stakeholder | Group>>();
    for (const group of groups) {
        const refs = propertiesOf(group, isMembersProperty).flatMap(p => p.members);
        directMembers.set(
            group,
            derefAll(refs, (n): n is Stakeholder | Group => isStakeholder(n) || isGroup(n), absent)
        );
    }
    const groupMembers = flattenGroups(groups, directMembers);
    const groupCycles = findCycles(groups, group => (directMembers.get(group) ?? []).filter(isGroup)).map(c => c.nodes);

    const cadenceInterval = new Map<Cadence, DurationValue>();
    const cadenceAttendees = new Map<Cadence, Stakeholder[]>();
    const attendeeEntries = new Map<Cadence, AttendeeEntry[]>();
    const attendance = new Map<Stakeholder, Cadence[]>();
    const stakeholdersOfPartyList = (parties: Array<Stakeholder | Group>) => unique(parties.flatMap(p => (isGroup(p) ? (groupMembers.get(p) ?? []) : [p])));
    for (const cadence of cadences) {
        // An async forum answers within its `response within` (a week unless it says), which is its rhythm.
        const response = duration(propertiesOf(cadence, isResponseProperty)[0]?.within);
        const interval = cadence.async ? (response ?? ASYNC_RESPONSE) : cadence.period ? periodDuration(cadence.period) : duration(cadence.interval);
        if (interval) cadenceInterval.set(cadence, interval);
        const entries: AttendeeEntry[] = [];
        for (const reference of propertiesOf(cadence, isAttendeesProperty).flatMap(p => p.attendees)) {
            const party = deref(reference, (n): n is Stakeholder | Group => isStakeholder(n) || isGroup(n), absent);
            if (party) entries.push({ reference, party });
        }
        attendeeEntries.set(cadence, entries);
        const attendees = stakeholdersOfPartyList(unique(entries.map(entry => entry.party)));
        cadenceAttendees.set(cadence, attendees);
        for (const stakeholder of attendees) {
            append(attendance, stakeholder, cadence);
        }
    }

    // Engagement counts only forums that meet at least quarterly, or answer in writing (docs/language.md, "People").
    const engages = (cadence: Cadence) => cadence.async || (cadenceInterval.get(cadence)?.hours ?? Infinity) <= HOURS_PER_UNIT.quarter;
    const engagingAttendance = new Map<Stakeholder, Cadence[]>();
    for (const [stakeholder, attended] of attendance) {
        const counted = attended.filter(engages);
        if (counted.length > 0) engagingAttendance.set(stakeholder, counted);
    }

    const cadenceLength = new Map<Cadence, DurationValue>();
    for (const cadence of cadences) {
        const length = duration(cadence.length);
        if (length) cadenceLength.set(cadence, length);
    }
    const orgs = new Map<Stakeholder, string>();
    for (const stakeholder of stakeholders) {
        const org = propertiesOf(stakeholder, isOrgProperty)[0]?.org;
        if (org !== undefined) orgs.set(stakeholder, org);
    }

    return {
        groupMembers,
        groupCycles,
        bodies: new Map<Group, BodyInfo>(groups.map(group => [group, bodyFacts(group, ref => deref(ref, isOwner, absent))])),
        orgs,
        cadenceInterval,
        cadenceLength,
        cadenceAttendees,
        attendeeEntries,
        attendance,
        engagingAttendance,
        stakeholdersOf: (party: Party): Stakeholder[] =>
            isStakeholder(party) ? [party] : isGroup(party) ? (groupMembers.get(party) ?? []) : (cadenceAttendees.get(party) ?? []),
        stakeholdersOfPartyList
    };
}

/** Flattens groups to stakeholders through nested groups, iteratively; a cycle contributes nothing more. */
function flattenGroups(groups: Group[], directMembers: Map<Group, Array<Stakeholder | Group>>): Map<Group, Stakeholder[]> {
    const flattened = new Map<Group, Stakeholder[]>();
    const visiting = new Set<Group>();
    for (const root of groups) {
        if (flattened.has(root)) continue;
        const frames: Array<{ group: Group; at: number }> = [{ group: root, at: 0 }];
        visiting.add(root);
        while (frames.length > 0) {
            const frame = frames[frames.length - 1];
            const members = directMembers.get(frame.group) ?? [];
            if (frame.at < members.length) {
                const member = members[frame.at++];
                if (isGroup(member) && !flattened.has(member) && !visiting.has(member)) {
                    visiting.add(member);
                    frames.push({ group: member, at: 0 });
                }
                continue;
            }
            const result = new Set<Stakeholder>();
            for (const member of members) {
                if (isGroup(member)) flattened.get(member)?.forEach(stakeholder => result.add(stakeholder));
                else result.add(member);
            }
            flattened.set(frame.group, [...result]);
            visiting.delete(frame.group);
            frames.pop();
        }
    }
    return flattened;
}
