// Completions for keywords inside a declaration: each property keyword once, as a snippet
// that also writes the words that always follow it (`decided by … within …`), and keywords
// that continue a declaration (`every`, `on`, `within`) with the value they introduce.
import type { DeclarationKind } from '../../language/references/reference-kinds.js';
import { MAX_CHOICES } from './project-values.js';
import type { SnippetSlots } from './snippet-slots.js';

export interface KeywordSnippet {
    /** What the user sees and filters on: the whole phrase, `decided by`. */
    label: string;
    detail: string;
    /** The snippet; without one the label is inserted as it is. */
    body?(slots: SnippetSlots): string;
}

/** Where the keyword is written: its grammar rule and the kind of declaration around it. */
export interface KeywordPlace {
    rule: string;
    keyword: string;
    declaration?: DeclarationKind;
}

interface Entry {
    /** `<grammar rule>.<keyword>`. */
    key: string;
    /** Only inside declarations of this kind. */
    only?: DeclarationKind;
    /** Never inside declarations of this kind. */
    not?: DeclarationKind;
    snippet: KeywordSnippet;
}

/** How a body decides, as `decides by` offers it. */
export const DECISION_METHODS = ['consensus', 'consent', 'majority', 'supermajority 2/3', 'unanimity', 'lazy consensus after 72 hours'];

/** How often a cadence meets, most common first. */
export const CADENCE_PERIODS = ['week', '2 weeks', 'month', 'quarter'];

const ENTRIES: Entry[] = [
    entry('SponsorProperty.sponsor', 'sponsor', 'who sponsors the initiative', s => `sponsor ${s.ref(1, 'SponsorProperty', 'sponsor', 'Sponsor')}`),
    entry('InScopeProperty.in', 'in scope', 'what the initiative covers', s => `in scope "${s.text(1, 'item')}"`),
    entry('OutOfScopeProperty.out', 'out of scope', 'what the initiative leaves out', s => `out of scope "${s.text(1, 'item')}"`),
    entry('OrgProperty.org', 'org', 'the organisation the stakeholder belongs to', s => `org "${s.text(1, 'Org')}"`),
    entry('MembersProperty.members', 'members', 'who belongs to the group', s => `members ${s.ref(1, 'MembersProperty', 'members', 'Stakeholder')}`),
    {
        ...entry(
            'OwnerProperty.owner',
            'owner',
            'the one (or the body) who decides in this domain',
            s => `owner ${s.ref(1, 'OwnerProperty', 'owners', 'Owner')}`
        ),
        only: 'Domain'
    },
    {
        ...entry('OwnerProperty.owner', 'owner', 'the stakeholder or group who owns it', s => `owner ${s.ref(1, 'OwnerProperty', 'owners', 'Owner')}`),
        not: 'Domain'
    },
    { ...entry('OwnerProperty.within', 'within', "the owner's vote window", s => `within ${s.text(1, '2 weeks')}`), only: 'Domain' },
    entry(
        'PartOfProperty.part',
        'part of',
        'the domain this one belongs to: it inherits its owner, consulted and informed',
        s => `part of ${s.ref(1, 'PartOfProperty', 'parent', 'Domain')}`
    ),
    entry(
        'DelegatedByProperty.delegated',
        'delegated by',
        'who delegated the domain and stays accountable',
        s => `delegated by ${s.ref(1, 'DelegatedByProperty', 'delegator', 'Delegator')}`
    ),
    entry('ReservedProperty.reserved', 'reserved', 'its owner decides any decision that affects it'),
    entry('LedByProperty.led', 'led by', 'the affected domain whose owner decides', s => `led by ${s.ref(1, 'LedByProperty', 'domain', 'Domain')}`),
    entry(
        'ResidualAuthorityProperty.residual',
        'residual authority',
        'who decides what nothing else resolves',
        s => `residual authority ${s.ref(1, 'ResidualAuthorityProperty', 'party', 'Body')}`
    ),
    entry('DecidesByProperty.decides', 'decides by', 'how the body decides', s => `decides by ${s.pick(1, DECISION_METHODS)}`),
    entry('QuorumProperty.quorum', 'quorum', 'the seats needed to decide: a number or a share such as 2/3', s => `quorum ${s.text(1, '2/3')}`),
    entry(
        'TieBrokenByProperty.tie',
        'tie broken by',
        'the member who breaks a tied vote',
        s => `tie broken by ${s.ref(1, 'TieBrokenByProperty', 'breaker', 'Member')}`
    ),
    entry('RecusalProperty.recusal', 'recusal affected', 'members who own an affected domain abstain'),
    entry('AffiliationLimitProperty.at', 'at most per org', 'the most seats one org may hold', s => `at most ${s.text(1, '1/3')} per org`),
    entry('TermProperty.term', 'term', "how long the body's mandate lasts", s => `term ${s.text(1, '1 year')}`),
    entry('ElectedOnProperty.elected', 'elected on', 'when the body was elected', s => `elected on ${s.date(1)}`),
    entry('ConsultedProperty.consulted', 'consulted', 'asked before a decision', s => `consulted ${s.ref(1, 'ConsultedProperty', 'parties', 'Stakeholder')}`),
    entry('InformedProperty.informed', 'informed', 'told after a decision', s => `informed ${s.ref(1, 'InformedProperty', 'parties', 'Stakeholder')}`),
    entry('WhenProperty.when', 'when', 'which decisions the rule covers', s => `when ${whenChoice(s, 1)}`),
    entry('WhenProperty.crosses', 'crosses any', 'decisions that affect two or more domains'),
    entry('WhenProperty.touches', 'touches', 'decisions that affect at least these domains', s => `touches ${s.ref(1, 'WhenProperty', 'domains', 'Domain')}`),
    // A decision names its decider without an SLA: the SLA belongs to the rule (spec §2).
    {
        ...entry(
            'DecidedByProperty.decided',
            'decided by',
            'who decides, overriding the framework',
            s => `decided by ${s.ref(1, 'DecidedByProperty', 'decider', 'Decider')}`
        ),
        only: 'Decision'
    },
    {
        ...entry(
            'DecidedByProperty.decided',
            'decided by',
            'who decides, and how fast',
            s => `decided by ${s.ref(1, 'DecidedByProperty', 'decider', 'Decider')} within ${s.text(2, '48 hours')}`
        ),
        not: 'Decision'
    },
    entry('DecidedByProperty.within', 'within', 'how fast the decision is made', s => `within ${s.text(1, '48 hours')}`),
    // A cadence escalates to a forum without a delay of its own (spec §2).
    {
        ...entry(
            'EscalatesProperty.escalates',
            'escalates to',
            'who takes it over when it is stuck',
            s => `escalates to ${s.ref(1, 'EscalatesProperty', 'target', 'Forum')}`
        ),
        only: 'Cadence'
    },
    {
        ...entry(
            'EscalatesProperty.escalates',
            'escalates to',
            'who takes it over when it is stuck, and after how long',
            s => `escalates to ${s.ref(1, 'EscalatesProperty', 'target', 'Forum')} after ${s.text(2, '1 week')}`
        ),
        not: 'Cadence'
    },
    entry('EscalatesProperty.after', 'after', 'how long before it escalates', s => `after ${s.text(1, '1 week')}`),
    entry('Cadence.every', 'every', 'how often the forum meets', s => `every ${s.pick(1, CADENCE_PERIODS)}`),
    entry('Cadence.async', 'async', 'a forum that answers in writing: a mailing list, an issue tracker'),
    entry('ResponseProperty.response', 'response within', 'how fast people answer', s => `response within ${s.text(1, '1 business day')}`),
    entry('RaisedOnProperty.raised', 'raised on', 'when the question was raised: the SLA runs from here', s => `raised on ${s.date(1)}`),
    entry('DecidedOnProperty.decided', 'decided on', 'when it was decided, and by whom', s => `decided on ${s.date(1)}`),
    entry('OutcomeProperty.outcome', 'outcome', 'what was decided', s => `outcome "${s.text(1, 'outcome')}"`),
    entry('RecordProperty.record', 'record', 'the decision record (ADR), relative to this file', s => `record "${s.text(1, 'docs/adr/0001-decision.md')}"`),
    entry(
        'SupersedesProperty.supersedes',
        'supersedes',
        'the decision this one replaces',
        s => `supersedes ${s.ref(1, 'SupersedesProperty', 'decision', 'Decision')}`
    ),
    entry('AttendeesProperty.attendees', 'attendees', 'who attends the forum', s => `attendees ${s.ref(1, 'AttendeesProperty', 'attendees', 'Stakeholder')}`),
    entry('Milestone.on', 'on', 'the date of the milestone', s => `on ${s.date(1)}`),
    entry('TargetProperty.target', 'target', 'the value to reach', s => `target ${s.text(1, '60%')}`),
    entry('ByProperty.by', 'by', 'when the target is to be reached', s => `by ${s.date(1, true)}`),
    entry(
        'MeasuredByProperty.measured',
        'measured by',
        'the metric that shows the benefit',
        s => `measured by ${s.ref(1, 'MeasuredByProperty', 'metric', 'Metric')}`
    ),
    // `expected` takes a milestone or a date: two forms, offered as two entries.
    entry(
        'ExpectedProperty.expected',
        'expected at',
        'the milestone that brings the benefit',
        s => `expected at ${s.ref(1, 'ExpectedProperty', 'milestone', 'Milestone')}`
    ),
    entry('ExpectedProperty.expected', 'expected by', 'the date that brings the benefit', s => `expected by ${s.date(1, true)}`),
    entry('ExpectedProperty.at', 'at', 'the milestone that brings the benefit', s => `at ${s.ref(1, 'ExpectedProperty', 'milestone', 'Milestone')}`),
    entry('ExpectedProperty.by', 'by', 'the date that brings the benefit', s => `by ${s.date(1, true)}`),
    entry('MitigationProperty.mitigation', 'mitigation', 'the plan that reduces the risk', s => `mitigation "${s.text(1, 'plan')}"`),
    entry('AffectsProperty.affects', 'affects', 'the domains the decision touches', s => `affects ${s.ref(1, 'AffectsProperty', 'domains', 'Domain')}`),
    entry('DueProperty.due', 'due', 'when the decision is needed', s => `due ${s.date(1)}`),
    entry('ChannelProperty.channel', 'channel', 'where the team talks', s => `channel "${s.text(1, '#channel')}"`),
    entry(
        'EscalationPathProperty.escalation',
        'escalation path',
        'the forums a stuck question climbs through',
        s => `escalation path ${s.ref(1, 'EscalationPathProperty', 'steps', 'Forum')} -> ${s.ref(2, 'EscalationPathProperty', 'steps', 'Forum', 1)}`
    )
];

/** The completions of a keyword at this place, in the order to show them; none when it is offered bare. */
export function keywordSnippets(place: KeywordPlace): Array<{ snippet: KeywordSnippet; rank: number }> {
    const key = `${place.rule}.${place.keyword}`;
    return ENTRIES.flatMap((candidate, rank) =>
        candidate.key === key && (!candidate.only || candidate.only === place.declaration) && (!candidate.not || candidate.not !== place.declaration)
            ? [{ snippet: candidate.snippet, rank }]
            : []
    );
}

/** `crosses any`, or `touches` one of the project's domains. */
export function whenChoice(s: SnippetSlots, index: number): string {
    const domains = s.names('WhenProperty', 'domains');
    const touches = domains.length > 0 ? domains.map(domain => `touches ${domain}`) : ['touches '];
    return s.pick(index, ['crosses any', ...touches].slice(0, MAX_CHOICES));
}

function entry(key: string, label: string, detail: string, body?: (slots: SnippetSlots) => string): Entry {
    return { key, snippet: { label, detail, body } };
}
