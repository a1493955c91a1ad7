// One completion per declaration keyword where a declaration may start: the keyword and a
// skeleton of the declaration with the properties people nearly always write, so that the
// editor shows one entry per concept instead of a bare keyword beside a snippet.
import { CADENCE_PERIODS, whenChoice } from './keyword-snippets.js';
import type { SnippetSlots } from './snippet-slots.js';

export interface DeclarationSnippet {
    /** What the declaration is, shown beside the keyword. */
    detail: string;
    body(slots: SnippetSlots): string;
}

/** Keyed by the grammar rule of the declaration, which is also the declared kind. */
const SNIPPETS: Record<string, DeclarationSnippet> = {
    Initiative: {
        detail: 'the programme being aligned',
        body: s =>
            `initiative ${s.text(1, 'Name')} "${s.text(2, 'Title')}" {\n` +
            `\tsponsor ${s.ref(3, 'SponsorProperty', 'sponsor', 'Sponsor')}\n` +
            `\tin scope "${s.text(4, 'item')}"\n` +
            `\tout of scope "${s.text(5, 'item')}"\n}`
    },
    Stakeholder: {
        detail: 'a person or role',
        body: s => `stakeholder ${s.text(1, 'Name')} "${s.text(2, 'Title')}" { org "${s.text(3, 'Org')}" }`
    },
    Group: {
        detail: 'a standing body of stakeholders',
        body: s => `group ${s.text(1, 'Name')} "${s.text(2, 'Title')}" {\n` + `\tmembers ${s.ref(3, 'MembersProperty', 'members', 'Stakeholder')}\n}`
    },
    Domain: {
        detail: 'a decision domain and its decision rights',
        body: s =>
            `domain ${s.text(1, 'Name')} "${s.text(2, 'Title')}" {\n` +
            `\towner ${s.ref(3, 'OwnerProperty', 'owners', 'Stakeholder')}\n` +
            `\tconsulted ${s.ref(4, 'ConsultedProperty', 'parties', 'Stakeholder', 1)}\n` +
            `\tinformed ${s.ref(5, 'InformedProperty', 'parties', 'Stakeholder', 2)}\n}`
    },
    Rule: {
        detail: 'what happens to decisions that cross domains',
        body: s =>
            `rule ${s.text(1, 'Name')} "${s.text(2, 'Title')}" {\n` +
            `\twhen ${whenChoice(s, 3)}\n` +
            `\tdecided by ${s.ref(4, 'DecidedByProperty', 'decider', 'Decider')} within ${s.text(5, '48 hours')}\n` +
            `\tescalates to ${s.ref(6, 'EscalatesProperty', 'target', 'Forum')} after ${s.text(7, '1 week')}\n}`
    },
    Cadence: {
        detail: 'a recurring forum',
        body: s =>
            `cadence ${s.text(1, 'Name')} "${s.text(2, 'Title')}" every ${s.pick(3, CADENCE_PERIODS)} {\n` +
            `\tattendees ${s.ref(4, 'AttendeesProperty', 'attendees', 'Stakeholder')}\n}`
    },
    Milestone: {
        detail: 'a dated checkpoint',
        body: s => `milestone ${s.text(1, 'Name')} "${s.text(2, 'Title')}" on ${s.date(3)}`
    },
    Metric: {
        detail: 'a progress or outcome measure',
        body: s =>
            `metric ${s.text(1, 'Name')} "${s.text(2, 'Title')}" ${s.pick(3, ['outcome', 'progress'])} {\n` +
            `\towner ${s.ref(4, 'OwnerProperty', 'owners', 'Stakeholder')}\n` +
            `\ttarget ${s.text(5, '60%')}\n` +
            `\tby ${s.date(6, true)}\n}`
    },
    Benefit: {
        detail: 'an expected benefit',
        body: s =>
            `benefit ${s.text(1, 'Name')} "${s.text(2, 'Title')}" {\n` +
            `\tmeasured by ${s.ref(3, 'MeasuredByProperty', 'metric', 'Metric')}\n` +
            `\texpected at ${s.ref(4, 'ExpectedProperty', 'milestone', 'Milestone')}\n}`
    },
    Risk: {
        detail: 'a risk with its mitigation plan',
        body: s =>
            `risk ${s.text(1, 'Name')} "${s.text(2, 'Title')}" {\n` +
            `\towner ${s.ref(3, 'OwnerProperty', 'owners', 'Stakeholder')}\n` +
            `\tmitigation "${s.text(4, 'plan')}"\n` +
            `\tescalates to ${s.ref(5, 'EscalatesProperty', 'target', 'Forum')} after ${s.text(6, '2 weeks')}\n}`
    },
    Decision: {
        detail: 'a concrete decision to be made',
        body: s =>
            `decision ${s.text(1, 'Name')} "${s.text(2, 'Title')}" {\n` +
            `\taffects ${s.ref(3, 'AffectsProperty', 'domains', 'Domain')}\n` +
            `\tdue ${s.date(4)}\n}`
    },
    Agreement: {
        detail: 'a working agreement',
        body: s =>
            `agreement ${s.text(1, 'Name')} "${s.text(2, 'Title')}" {\n` +
            `\tchannel "${s.text(3, '#channel')}"\n` +
            `\tresponse within ${s.text(4, '1 business day')}\n` +
            `\tescalation path ${s.ref(5, 'EscalationPathProperty', 'steps', 'Forum')} -> ${s.ref(6, 'EscalationPathProperty', 'steps', 'Forum', 1)}\n}`
    }
};

/** The snippet of the declaration a grammar rule defines, if it is one. */
export function declarationSnippet(ruleName: string): DeclarationSnippet | undefined {
    return Object.hasOwn(SNIPPETS, ruleName) ? SNIPPETS[ruleName] : undefined;
}

/** The declaration kinds in the order the grammar lists them, for sorting. */
export function declarationRank(ruleName: string): number {
    return Object.keys(SNIPPETS).indexOf(ruleName);
}
