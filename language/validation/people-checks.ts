// People (spec §10): a sponsor who is in the room when tough calls arise, and consulted
// stakeholders who meet the people deciding, so a change is socialised before it lands.
// Attendance, intervals and who acts for a decider all come from the model.
import type { ValidationAcceptor } from 'langium';
import {
    isAffectsProperty,
    isSponsorProperty,
    isStakeholder,
    type Cadence,
    type Decision,
    type Domain,
    type Initiative,
    type Stakeholder
} from '../generated/ast.js';
import type { AlignmentModel, Party } from '../model/alignment-model.js';
import { forumText, listing, nameOf, partyWithPeople } from '../model/explain.js';
import { HOURS_PER_UNIT } from '../model/literals.js';
import { propertiesOf } from './check-utils.js';
import { DiagnosticCode } from './diagnostic-codes.js';

/** True when a cadence meets at least monthly (every month or more often). */
export function meetsMonthly(model: AlignmentModel, cadence: Cadence): boolean {
    const interval = model.cadenceInterval.get(cadence);
    return interval !== undefined && interval.hours <= HOURS_PER_UNIT.month;
}

/** Reports `sponsor-not-engaged`. */
export function checkSponsor(initiative: Initiative, model: AlignmentModel, accept: ValidationAcceptor): void {
    const property = propertiesOf(initiative, isSponsorProperty)[0];
    const sponsor = property?.sponsor?.ref;
    // A sponsor of another kind is `reference-kind`; an unresolved one `unresolved-reference`.
    if (!property || !isStakeholder(sponsor)) return;
    const attended = model.attendance.get(sponsor) ?? [];
    if (attended.some(cadence => meetsMonthly(model, cadence))) return;
    const name = nameOf(sponsor);
    const now =
        attended.length === 0 ? 'attends no cadence' : `attends only ${listing(attended.map(cadence => forumOf(model, cadence)))}, less often than monthly`;
    const forum = sponsorForum(model);
    const fix = forum
        ? `Add ${name} to the attendees of a cadence that meets at least monthly, such as ${forumOf(model, forum)}.`
        : `Add ${name} to the attendees of a cadence that meets at least monthly; none does yet, so declare one, e.g. a monthly steering committee.`;
    accept('warning', `${name} sponsors ${nameOf(initiative)} but ${now}, so nobody who can settle tough calls is there when they arise. ${fix}`, {
        node: property,
        property: 'sponsor',
        code: DiagnosticCode.SponsorNotEngaged
    });
}

/**
 * The forum to suggest to a sponsor: of the cadences meeting at least monthly, the one that
 * meets least often (a steering committee rather than the daily stand-up), since a sponsor's
 * time is the scarcest; the first declared among equals.
 */
function sponsorForum(model: AlignmentModel): Cadence | undefined {
    let best: Cadence | undefined;
    for (const cadence of model.cadences) {
        if (!meetsMonthly(model, cadence)) continue;
        if (!best || model.cadenceInterval.get(cadence)!.hours > model.cadenceInterval.get(best)!.hours) best = cadence;
    }
    return best;
}

/** The people who act for a decider and the forums any of them attends. */
interface DeciderReach {
    people: Stakeholder[];
    members: Set<Stakeholder>;
    forums: Set<Cadence>;
}

// One reach per decider and model: a group deciding thousands of decisions is flattened once,
// not once per decision. The model is immutable, so a new build simply gets a new cache.
const reachCache = new WeakMap<AlignmentModel, Map<Party, DeciderReach>>();

function reachOf(model: AlignmentModel, decider: Party): DeciderReach {
    let cache = reachCache.get(model);
    if (!cache) reachCache.set(model, (cache = new Map()));
    let reach = cache.get(decider);
    if (!reach) {
        const people = model.stakeholdersOf(decider);
        const forums = new Set(people.flatMap(person => model.engagingAttendance.get(person) ?? []));
        cache.set(decider, (reach = { people, members: new Set(people), forums }));
    }
    return reach;
}

/** Reports `decision-not-socialized`: once per consulted stakeholder, at the first affected domain they are consulted on. */
export function checkSocialized(decision: Decision, model: AlignmentModel, accept: ValidationAcceptor): void {
    const info = model.decisions.get(decision);
    if (!info?.decider) return;
    const reach = reachOf(model, info.decider);
    // An empty deciding group or cadence is `group-empty` / `cadence-no-attendees`: nobody to meet.
    if (reach.people.length === 0) return;
    const reported = new Set<Stakeholder>();
    for (const property of propertiesOf(decision, isAffectsProperty)) {
        property.domains.forEach((ref, index) => {
            const domain = ref.ref;
            const domainInfo = domain ? model.domains.get(domain as Domain) : undefined;
            for (const person of domainInfo?.consulted ?? []) {
                if (reported.has(person) || reach.members.has(person)) continue;
                if ((model.engagingAttendance.get(person) ?? []).some(cadence => reach.forums.has(cadence))) continue;
                reported.add(person);
                accept('warning', notSocializedMessage(model, decision, person, info.decider!, reach, consultedOn(model, info.domains, person)), {
                    node: property,
                    range: ref.$refNode?.range,
                    property: 'domains',
                    index,
                    code: DiagnosticCode.DecisionNotSocialized
                });
            }
        });
    }
}

function notSocializedMessage(model: AlignmentModel, decision: Decision, person: Stakeholder, decider: Party, reach: DeciderReach, domains: Domain[]): string {
    const who = nameOf(person);
    const single = isStakeholder(decider);
    const deciders = single ? `${nameOf(decider)}, who decides it` : `anyone in ${partyWithPeople(decider, reach.people)}, which decides it`;
    const problem =
        `${who} is consulted on ${listing(domains.map(d => nameOf(d)))}, which decision ${nameOf(decision)} affects, ` +
        `but shares no cadence with ${deciders}, so the decision reaches ${who} only when it lands.`;
    // The forum to suggest: the most frequent (first declared among equals; no interval last).
    const forum = mostFrequent(model, reach.forums);
    if (!forum) {
        const nobody = single ? `${nameOf(decider)} attends no cadence` : `nobody in ${nameOf(decider)} attends a cadence`;
        return `${problem} ${nobody}: put ${who} and ${single ? nameOf(decider) : `members of ${nameOf(decider)}`} in a common cadence.`;
    }
    const attendees = new Set(model.cadenceAttendees.get(forum) ?? []);
    const there = reach.people.filter(p => attendees.has(p)).map(p => nameOf(p));
    return `${problem} Add ${who} to the attendees of ${forumOf(model, forum)}, which ${listing(there)} ${there.length === 1 ? 'attends' : 'attend'}.`;
}

/** The affected domains on which a stakeholder is consulted, in the decision's order. */
function consultedOn(model: AlignmentModel, domains: Domain[], person: Stakeholder): Domain[] {
    return domains.filter(domain => model.domains.get(domain)?.consulted.includes(person));
}

/** The cadence of these that meets most often (first declared among equals; ones without an interval last). */
function mostFrequent(model: AlignmentModel, forums: Set<Cadence>): Cadence | undefined {
    let best: Cadence | undefined;
    const hours = (cadence: Cadence) => model.cadenceInterval.get(cadence)?.hours ?? Number.POSITIVE_INFINITY;
    for (const cadence of model.cadences) {
        if (forums.has(cadence) && (!best || hours(cadence) < hours(best))) best = cadence;
    }
    return best;
}

/** A forum as the messages name it, with how often it meets. */
function forumOf(model: AlignmentModel, cadence: Cadence): string {
    return forumText(cadence, model.cadenceInterval.get(cadence));
}
