// Bodies (docs/language.md, "Bodies"): a group that decides must say how, be able to reach its
// quorum, not tie, keep to its per-org limit and sit within its term.
import type { ValidationAcceptor } from 'langium';
import {
    isAffiliationLimitProperty,
    isDecidesByProperty,
    isGroup,
    isOrgProperty,
    isQuorumProperty,
    isStakeholder,
    isTermProperty,
    type Group
} from '../generated/ast.js';
import type { AlignmentModel, BodyInfo, DecisionInfo, Owner } from '../model/alignment-model.js';
import { listing, nameOf } from '../model/explain.js';
import { propertiesOf } from './check-utils.js';
import { DiagnosticCode } from './diagnostic-codes.js';

/** Reports `decision-method-missing`, `quorum-unreachable`, `tie-possible`, `affiliation-limit-exceeded` and `term-expired`. */
export function checkBody(group: Group, model: AlignmentModel, today: string, accept: ValidationAcceptor): void {
    const body = model.bodies.get(group);
    if (!body || body.seats.length === 0) return;
    const decidesBy = propertiesOf(group, isDecidesByProperty)[0];
    if (!decidesBy && decides(group, model)) {
        accept(
            'info',
            `Group ${nameOf(group)} decides, but not how: by consensus, by vote, or does a chair decide? Add \`decides by\` (consensus, consent, majority, supermajority 2/3, unanimity, lazy consensus after 72 hours, or lead <member>).`,
            { node: group, property: 'name', code: DiagnosticCode.DecisionMethodMissing }
        );
    }
    checkQuorum(group, body, model, accept);
    if (decidesBy && body.method?.kind === 'majority' && body.seats.length % 2 === 0 && !body.tieBreaker) {
        accept(
            'warning',
            `${nameOf(group)} decides by majority with ${body.seats.length} seats, so a vote can tie ${body.seats.length / 2} to ${body.seats.length / 2} and nobody breaks it. Add \`tie broken by <member>\`, or give it an odd number of seats.`,
            { node: decidesBy, code: DiagnosticCode.TiePossible, data: { members: body.seats.map(seat => seat.name) } }
        );
    }
    checkAffiliation(group, body, accept);
    const term = propertiesOf(group, isTermProperty)[0];
    if (term && body.termEnds && body.termEnds < today) {
        accept(
            'warning',
            `${nameOf(group)} was elected on ${body.electedOn!.text} for ${body.term!.text}, so its mandate ended on ${body.termEnds}; today is ${today}. Hold the election and update \`elected on\`, or extend the \`term\`.`,
            { node: term, code: DiagnosticCode.TermExpired }
        );
    }
}

/** True when the group decides something: owns a domain, decides a rule or decision, is escalated to, or holds residual authority. */
function decides(group: Group, model: AlignmentModel): boolean {
    return model.deciders.has(group) || model.escalationTargets.has(group);
}

function checkQuorum(group: Group, body: BodyInfo, model: AlignmentModel, accept: ValidationAcceptor): void {
    const property = propertiesOf(group, isQuorumProperty)[0];
    if (!property || body.quorum === undefined) return;
    const seats = body.seats.length;
    if (body.quorum > seats) {
        accept(
            'error',
            `${nameOf(group)} needs a quorum of ${body.quorum} but has only ${seats} ${seats === 1 ? 'seat' : 'seats'}, so it can never decide. Lower the quorum or add members.`,
            { node: property, code: DiagnosticCode.QuorumUnreachable }
        );
        return;
    }
    if (!body.recusal) return;
    const blocked: Array<{ decision: DecisionInfo; abstaining: Owner[] }> = [];
    for (const info of model.decisionsDecidedBy.get(group) ?? []) {
        const abstaining = recused(body, info, model);
        if (seats - abstaining.length < body.quorum) blocked.push({ decision: info, abstaining });
    }
    if (blocked.length === 0) return;
    const [first] = blocked;
    const more = blocked.length > 1 ? ` (and ${blocked.length - 1} more ${blocked.length === 2 ? 'decision' : 'decisions'})` : '';
    const left = seats - first.abstaining.length;
    accept(
        'error',
        `${nameOf(group)} cannot reach its quorum of ${body.quorum} on ${nameOf(first.decision.decision)}${more}: ${listing(first.abstaining.map(seat => nameOf(seat)))} ` +
            `${first.abstaining.length === 1 ? 'abstains' : 'abstain'} because ${first.abstaining.length === 1 ? 'it owns' : 'they own'} a domain it affects, leaving ${left} of ${seats} seats. ` +
            'Lower the quorum, or let a body without the conflict of interest decide.',
        { node: property, code: DiagnosticCode.QuorumUnreachable, data: { decision: nameOf(first.decision.decision) } }
    );
}

/**
 * The seats that abstain from a decision under `recusal affected`: a member who owns an
 * affected domain directly, or through a group other than the deciding body itself.
 */
export function recused(body: BodyInfo, decision: DecisionInfo, model: AlignmentModel): Owner[] {
    const owners = new Set<Owner>();
    for (const domain of decision.domains) {
        for (const owner of model.domains.get(domain)?.owners ?? []) {
            if (owner !== body.group) owners.add(owner);
        }
    }
    return body.seats.filter(
        seat => owners.has(seat) || (isStakeholder(seat) && [...owners].some(owner => isGroup(owner) && (model.groupMembers.get(owner) ?? []).includes(seat)))
    );
}

function checkAffiliation(group: Group, body: BodyInfo, accept: ValidationAcceptor): void {
    const property = propertiesOf(group, isAffiliationLimitProperty)[0];
    if (!property || body.perOrgLimit === undefined) return;
    const byOrg = new Map<string, Owner[]>();
    for (const seat of body.seats) {
        if (!isStakeholder(seat)) continue;
        const org = (seat.properties ?? []).find(isOrgProperty)?.org?.trim();
        if (!org) continue;
        byOrg.set(org, [...(byOrg.get(org) ?? []), seat]);
    }
    for (const [org, members] of byOrg) {
        if (members.length <= body.perOrgLimit) continue;
        accept(
            'error',
            `${nameOf(group)} allows at most ${body.perOrgLimit} ${body.perOrgLimit === 1 ? 'member' : 'members'} per org${body.perOrgText?.includes('/') ? ` (${body.perOrgText})` : ''}, but ${members.length} of its members are from ${org}: ${listing(members.map(m => nameOf(m)))}. Remove ${members.length - body.perOrgLimit === 1 ? 'one of them' : `${members.length - body.perOrgLimit} of them`}.`,
            {
                node: property,
                code: DiagnosticCode.AffiliationLimitExceeded,
                data: { org, members: members.map(m => nameOf(m)), over: members.length - body.perOrgLimit }
            }
        );
    }
}
