// Plain-English sentences about the model, shared by diagnostics, hover, code lens and the CLI
// so that every surface words the same fact the same way.
import type { Cadence, Declaration, Stakeholder } from '../generated/ast.js';
import { joinNames } from '../text/listing.js';
import { formatEvery, type DurationValue } from './literals.js';
import type { BodyInfo, DecisionMethodKind, DomainInfo, Party, Resolution } from './alignment-model.js';
import type { MetricInfo, RiskInfo } from './timeline.js';
import type { ImpactCategory } from './impact.js';

/** How many names a sentence lists before it counts the rest: messages stay readable and small. */
export const LISTED_NAMES = 8;

/**
 * Joins names as people write them: `A`, `A and B`, `A, B and C`; past LISTED_NAMES,
 * `A, B, … H and 692 more`. `total` is the full count when `items` holds only the first few.
 */
export function listing(items: string[], total = items.length): string {
    if (total > items.length || items.length > LISTED_NAMES) {
        const shown = items.slice(0, Math.min(items.length, LISTED_NAMES));
        return `${shown.join(', ')} and ${Math.max(total, items.length) - shown.length} more`;
    }
    return joinNames(items);
}

/** The name of a declaration, or a placeholder for a half-typed one. */
export function nameOf(node: Declaration | undefined): string {
    return node?.name ?? '(unnamed)';
}

/** `UserExperience (owner VPPX)`, `Architecture (no owner)`, `Ops (owners A and B)`, `Net (owner Leads, from Project)`. */
export function domainWithOwners(info: DomainInfo): string {
    const from = info.ownerFrom ? `, from ${nameOf(info.ownerFrom)}` : '';
    if (info.owners.length === 0) return `${nameOf(info.domain)} (no owner)`;
    if (info.owners.length === 1) return `${nameOf(info.domain)} (owner ${info.owners[0].name}${from})`;
    return `${nameOf(info.domain)} (owners ${listing(info.owners.map(o => nameOf(o)))}${from})`;
}

/** How a domain's single owner holds it: `, through Project` when inherited, and who delegated it. */
function holding(info: DomainInfo): string {
    const parts: string[] = [];
    if (info.ownerFrom) parts.push(`through ${nameOf(info.ownerFrom)}, which ${nameOf(info.domain)} is part of`);
    if (info.delegatedBy) parts.push(`delegated by ${nameOf(info.delegatedBy)}, who stays accountable`);
    return parts.length > 0 ? ` (${parts.join('; ')})` : '';
}

/** Why nobody can decide: the clause after "Nobody has authority to decide X: ". */
export function ambiguityReason(resolution: Pick<Resolution, 'basis' | 'domains' | 'conflictingRules' | 'reserved' | 'residualFor'>): string {
    const names = resolution.domains.map(d => nameOf(d.domain));
    const basis = resolution.residualFor ?? resolution.basis;
    if (basis === 'reserved-conflict') {
        if (resolution.reserved.length === 1) return `it affects the reserved domain ${domainWithOwners(resolution.reserved[0])}, which has no single owner`;
        return `it affects the reserved domains ${listing(resolution.reserved.map(domainWithOwners))}, which do not have one owner`;
    }
    if (basis === 'conflict') {
        const rules = resolution.conflictingRules.map(r => `${nameOf(r.rule)} (${nameOf(r.decider)})`);
        return `it affects ${listing(names)}, and the equally specific rules ${listing(rules)} disagree on who decides`;
    }
    if (resolution.domains.length === 1) {
        const info = resolution.domains[0];
        const problem =
            info.owners.length === 0 ? 'which has no owner' : `which has ${info.owners.length} owners (${listing(info.owners.map(o => nameOf(o)))})`;
        return `it affects only ${nameOf(info.domain)}, ${problem}, and no rule covers it`;
    }
    return `it affects ${listing(resolution.domains.map(domainWithOwners))}, and no rule covers decisions that cross these domains`;
}

/** One sentence saying who decides and why. */
export function describeResolution(resolution: Omit<Resolution, 'explanation'>): string {
    const names = resolution.domains.map(d => nameOf(d.domain));
    switch (resolution.basis) {
        case 'no-domain':
            return 'No one: it affects no domain';
        case 'reserved': {
            const reserved = resolution.reserved.map(d => nameOf(d.domain));
            const through = resolution.domains.filter(d => d.reservedBy && d.reservedBy !== d.domain).map(d => nameOf(d.domain));
            const via = through.length > 0 ? ` (${listing(through)} ${through.length === 1 ? 'is' : 'are'} part of it)` : '';
            return `${nameOf(resolution.decider)}${within(resolution)}, owner of the reserved domain ${listing(reserved)}${via}, which decides whatever else a decision affects`;
        }
        case 'lead': {
            const others = resolution.domains.filter(d => d !== resolution.lead);
            const consulted = others.length > 0 ? `; the owners of ${listing(others.map(domainWithOwners))} are consulted` : '';
            return `${nameOf(resolution.decider)}${within(resolution)}, owner of the lead domain ${nameOf(resolution.lead!.domain)}${holding(resolution.lead!)}${consulted}`;
        }
        case 'single-domain':
            return `${nameOf(resolution.decider)}${within(resolution)}, owner of ${names[0]}${holding(resolution.domains[0])}`;
        case 'same-owner':
            return `${nameOf(resolution.decider)}${within(resolution)}, owner of ${listing(names)}`;
        case 'residual':
            return `${nameOf(resolution.decider)}, by residual authority: ${ambiguityReason(resolution)}`;
        case 'rule': {
            const sla = resolution.sla ? ` within ${resolution.sla.text}` : '';
            const owners = resolution.domains.map(d => (d.owner ? d.owner.name : d.owners.length === 0 ? 'nobody' : listing(d.owners.map(o => nameOf(o)))));
            // "owned by nobody and nobody" says nothing: say plainly that no domain has an owner.
            const ownership = owners.every(owner => owner === 'nobody')
                ? names.length === 1
                    ? 'which has no owner'
                    : 'none of which has an owner'
                : `owned by ${listing(owners)}`;
            return `${nameOf(resolution.decider)}${sla}, by rule ${nameOf(resolution.rule!.rule)}: affects ${listing(names)}, ${ownership}`;
        }
        case 'conflict':
        case 'reserved-conflict':
        case 'none':
            return `No one: ${ambiguityReason(resolution)}`;
    }
}

/** ` within 2 weeks` when the resolution carries an SLA. */
function within(resolution: Pick<Resolution, 'sla'>): string {
    return resolution.sla ? ` within ${resolution.sla.text}` : '';
}

/** A cycle as `A → B → C → A`; a long one keeps its first and last steps and counts the rest. */
export function cycleText(names: string[]): string {
    if (names.length <= LISTED_NAMES) return [...names, names[0]].join(' → ');
    const head = names.slice(0, LISTED_NAMES - 2);
    const tail = names[names.length - 1];
    return `${head.join(' → ')} → … ${names.length - head.length - 1} more … → ${tail} → ${names[0]} (${names.length} steps)`;
}

/** The count phrases of spec §10's impact, singular and plural: `1 domain without owner`. */
const IMPACT_PHRASES: Record<ImpactCategory, [string, string]> = {
    domainsWithoutOwner: ['domain without owner', 'domains without owner'],
    decidersChanged: ['decision with another decider', 'decisions with another decider'],
    decisionsWithoutDecider: ['decision without decider', 'decisions without decider'],
    decisionsGainingDecider: ['decision that gains a decider', 'decisions that gain a decider'],
    emptyGroups: ['group without members', 'groups without members'],
    emptyCadences: ['cadence without attendees', 'cadences without attendees'],
    risksWithoutOwner: ['risk without owner', 'risks without owner'],
    metricsWithoutOwner: ['metric without owner', 'metrics without owner'],
    escalationsWithoutTarget: ['escalation without target', 'escalations without target'],
    rulesWithoutDecider: ['rule without decider', 'rules without decider'],
    reservationsWithoutDecider: ['reserved domain without owner', 'reserved domains without owner'],
    leadsWithoutDecider: ['led decision whose lead has no owner', 'led decisions whose lead has no owner'],
    residualAuthorityLost: ['initiative without residual authority', 'initiatives without residual authority'],
    delegationsFallingBack: ['delegated domain back with its delegator', 'delegated domains back with their delegators'],
    findingsAppearing: ['engagement finding that appears', 'engagement findings that appear']
};

/** `2 domains without owner`, `1 decision without decider`. */
export function impactCount(category: ImpactCategory, count: number): string {
    return `${count} ${IMPACT_PHRASES[category][count === 1 ? 0 : 1]}`;
}

/** `If CIO left` for a person, `If SteerCo were gone` for a forum or anything else; `name` as the caller escapes it. */
export function impactLead(declaration: Declaration, name: string): string {
    return declaration.$type === 'Stakeholder' ? `If ${name} left` : `If ${name} were gone`;
}

/** The non-empty counts joined (`2 domains without owner, 5 decisions without decider`), or `nothing changes`. */
export function impactSummary(counts: Array<[ImpactCategory, number]>): string {
    return counts.length === 0 ? 'nothing changes' : counts.map(([category, n]) => impactCount(category, n)).join(', ');
}

/** A measured amount as people write it: `22%`, `22.4%`, `480` (at most one decimal). */
export function amountText(value: number, percent: boolean): string {
    const rounded = Math.round(value * 10) / 10;
    return `${Object.is(rounded, -0) ? 0 : rounded}${percent ? '%' : ''}`;
}

/** A share as a percentage with at most one decimal: 0.1823 → `18.2%`. */
export function shareText(share: number): string {
    return amountText(share * 100, true);
}

/** Where a risk stands, as a noun phrase: `an issue since 2026-10-01`, `a blocker`, `closed`. */
export function riskStandingText(info: Pick<RiskInfo, 'status' | 'since'>): string {
    const noun = { risk: 'a risk', issue: 'an issue', blocker: 'a blocker', closed: 'closed' }[info.status];
    return info.since ? `${noun} since ${info.since.text}` : noun;
}

/**
 * Where a metric stands against its plan: `its latest actual, 12% on 2026-10-01, is behind the
 * straight line from its baseline 5% on 2026-06-01 to its target 60% by 2027-06-30, which says
 * 22% on that date`. Undefined when the model could not draw the line.
 */
export function trajectoryText(info: MetricInfo): string | undefined {
    const { baseline, target, targetDate, latest, expectedAtLatest } = info;
    if (!baseline || !target || !targetDate || !latest || expectedAtLatest === undefined) return undefined;
    const behind = info.shortfall !== undefined && info.shortfall > 0 ? 'is behind' : 'is on or ahead of';
    return (
        `its latest actual, ${latest.text}, ${behind} the straight line from its baseline ${baseline.text} to its target ${target.text} by ${targetDate}, ` +
        `which says ${amountText(expectedAtLatest, target.percent)} on that date`
    );
}

/** A decider with the people who act for it: `VPPX`, `Triage (CIO, VPPX and CMO)`. */
export function partyWithPeople(party: Party, people: Stakeholder[]): string {
    if (party.$type === 'Stakeholder') return nameOf(party);
    return `${nameOf(party)} (${listing(people.map(p => nameOf(p)))})`;
}

/** The step that decided, in a few words for a code lens or a table: `rule CrossDomain`, `owner, through Project`, `reserved Charter`. */
export function stepPhrase(resolution: Pick<Resolution, 'step' | 'rule' | 'reserved' | 'lead' | 'domains'>): string {
    switch (resolution.step) {
        case 'rule':
            return `rule ${nameOf(resolution.rule?.rule)}`;
        case 'reserved':
            return `reserved ${listing(resolution.reserved.map(d => nameOf(d.domain)))}`;
        case 'lead':
            return `lead ${nameOf(resolution.lead?.domain)}`;
        case 'residual':
            return 'residual authority';
        case 'owner': {
            const from = resolution.domains.length === 1 ? resolution.domains[0].ownerFrom : undefined;
            return from ? `owner, through ${nameOf(from)}` : 'owner';
        }
        default:
            return resolution.step;
    }
}

/** What each decision method means, in one clause. */
const METHOD_MEANINGS: Record<DecisionMethodKind, string> = {
    consensus: 'everyone agrees',
    consent: 'it passes unless a member has a reasoned objection',
    majority: 'more than half of the votes cast by the seats taking part',
    supermajority: 'at least that share of the votes cast by the seats taking part',
    unanimity: 'every seat votes in favour',
    'lazy consensus': 'a proposal passes when nobody objects in time',
    lead: 'the lead decides after hearing the rest'
};

/** A body's procedure as sentences, for hover and the report: method, seats, quorum, tie-break, recusal, limit and term. */
export function bodySentences(body: BodyInfo): string[] {
    const seats = body.seats.length;
    const sentences = [`${seats} ${seats === 1 ? 'seat' : 'seats'}: ${listing(body.seats.map(seat => nameOf(seat)))}`];
    sentences.push(body.method ? `Decides by ${body.method.text}: ${METHOD_MEANINGS[body.method.kind]}` : 'Does not say how it decides');
    if (body.quorum !== undefined) sentences.push(`Quorum: ${body.quorum} of ${seats} seats${body.quorumText?.includes('/') ? ` (${body.quorumText})` : ''}`);
    if (body.tieBreaker) sentences.push(`Ties broken by ${nameOf(body.tieBreaker)}`);
    if (body.recusal) sentences.push('A member who owns a domain a decision affects abstains from it');
    if (body.perOrgLimit !== undefined)
        sentences.push(
            `At most ${body.perOrgLimit} ${body.perOrgLimit === 1 ? 'seat' : 'seats'} per org${body.perOrgText?.includes('/') ? ` (${body.perOrgText})` : ''}`
        );
    if (body.termEnds) sentences.push(`Elected on ${body.electedOn!.text} for ${body.term!.text}: the mandate ends on ${body.termEnds}`);
    else if (body.term) sentences.push(`Term: ${body.term.text}`);
    return sentences;
}

/** A domain's owner as hover and the report say it: `Ann`, `Leads, from Project`, `nobody`, `Ann and Bob (ambiguous)`, with who delegated it. */
export function ownerText(info: DomainInfo): string {
    const who =
        info.owners.length === 0 ? 'nobody' : info.owners.length === 1 ? nameOf(info.owners[0]) : `${listing(info.owners.map(o => nameOf(o)))} (ambiguous)`;
    const from = info.ownerFrom ? `, from ${nameOf(info.ownerFrom)}` : '';
    const delegated = info.delegatedBy ? `, delegated by ${nameOf(info.delegatedBy)}` : '';
    return `${who}${from}${delegated}`;
}

/**
 * Why a stakeholder is not in the room: `attends no cadence`, or `attends only AnnualReport
 * (every year), too rare to count` when the forums they attend meet less than quarterly.
 */
export function absenceText(attended: readonly Cadence[], intervalOf: (cadence: Cadence) => DurationValue | undefined): string {
    if (attended.length === 0) return 'attends no cadence';
    return `attends only ${listing(attended.map(cadence => forumText(cadence, intervalOf(cadence))))}, too rare to count`;
}

/** `SteerCo (every month)`, or just the name when the cadence has no valid interval. */
export function forumText(cadence: Cadence, interval: DurationValue | undefined): string {
    return interval ? `${nameOf(cadence)} (every ${formatEvery(interval)})` : nameOf(cadence);
}
