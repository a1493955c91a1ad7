// Groups as bodies that decide (docs/language.md, "Bodies"): seats, decision method, quorum,
// tie-break, recusal, the per-org limit and the term, read once from the group's properties.
import type { Reference } from 'langium';
import {
    isAffiliationLimitProperty,
    isDecidesByProperty,
    isElectedOnProperty,
    isGroup,
    isMembersProperty,
    isQuorumProperty,
    isRecusalProperty,
    isStakeholder,
    isTermProperty,
    isTieBrokenByProperty,
    type Declaration,
    type DecisionMethod,
    type Group
} from '../generated/ast.js';
import type { BodyInfo, DecisionMethodInfo, DecisionMethodKind, Owner } from './alignment-model.js';
import { addDuration, parseCount, parseDuration, parseFraction, type FractionValue } from './literals.js';
import { dateValue, duration } from './model-reading.js';

/** Resolves a reference to a stakeholder or group that is not gone (impact). */
export type OwnerOf = (ref: Reference<Declaration> | undefined) => Owner | undefined;

/** Reads a group's seats and rules of procedure. */
export function bodyFacts(group: Group, ownerOf: OwnerOf): BodyInfo {
    const properties = group.properties ?? [];
    const seats = [
        ...new Set(
            properties
                .filter(isMembersProperty)
                .flatMap(p => p.members)
                .map(ownerOf)
                .filter((o): o is Owner => o !== undefined)
        )
    ];
    const decidesBy = properties.find(isDecidesByProperty);
    const quorum = properties.find(isQuorumProperty);
    const limit = properties.find(isAffiliationLimitProperty);
    const term = properties.find(isTermProperty);
    const elected = properties.find(isElectedOnProperty);
    const info: BodyInfo = {
        group,
        seats,
        method: decidesBy?.method ? methodFacts(decidesBy.method, ownerOf) : undefined,
        tieBreaker: ownerOf(properties.find(isTieBrokenByProperty)?.breaker),
        recusal: properties.some(isRecusalProperty),
        term: duration(term?.length),
        electedOn: dateValue(elected?.date)
    };
    const quorumSeats = seatCount(quorum?.count, quorum?.share, seats.length, 'quorum');
    if (quorumSeats) [info.quorum, info.quorumText] = quorumSeats;
    const limitSeats = seatCount(limit?.count, limit?.share, seats.length, 'limit');
    if (limitSeats) [info.perOrgLimit, info.perOrgText] = limitSeats;
    if (info.term && info.electedOn) info.termEnds = addDuration(info.electedOn.text, info.term);
    return info;
}

/**
 * A number of seats from a count or a share of the seats, with the text written: a quorum
 * share rounds up (2/3 of 5 seats needs 4), a per-org limit share rounds down (1/3 of 5 allows 1).
 */
function seatCount(count: string | undefined, share: string | undefined, seats: number, use: 'quorum' | 'limit'): [number, string] | undefined {
    if (count !== undefined) {
        const parsed = parseCount(count);
        return parsed.ok ? [parsed.value, count] : undefined;
    }
    if (share === undefined) return undefined;
    const parsed = parseFraction(share);
    if (!parsed.ok) return undefined;
    const exact = parsed.value.value * seats;
    const rounded = use === 'quorum' ? Math.ceil(exact - 1e-9) : Math.floor(exact + 1e-9);
    return [rounded, `${share} of ${seats} seats`];
}

function methodFacts(method: DecisionMethod, ownerOf: OwnerOf): DecisionMethodInfo | undefined {
    const kind = (method.kind === 'lazy' ? 'lazy consensus' : method.kind) as DecisionMethodKind | undefined;
    if (!kind) return undefined;
    if (kind === 'supermajority') {
        const share: FractionValue | undefined = method.share ? (r => (r.ok ? r.value : undefined))(parseFraction(method.share)) : undefined;
        return { kind, share, text: share ? `supermajority ${share.text}` : 'supermajority' };
    }
    if (kind === 'lazy consensus') {
        const after = method.after ? parseDuration(method.after) : undefined;
        return { kind, after: after?.ok ? after.value : undefined, text: after?.ok ? `lazy consensus after ${after.value.text}` : 'lazy consensus' };
    }
    if (kind === 'lead') {
        const lead = ownerOf(method.lead);
        return { kind, lead, text: lead ? `lead ${lead.name}` : 'lead' };
    }
    return { kind, text: kind };
}

/** True for the kinds that may own or sit on a body. */
export function isOwner(node: unknown): node is Owner {
    return isStakeholder(node) || isGroup(node);
}
