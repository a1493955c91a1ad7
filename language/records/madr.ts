// A MADR 4 decision record prefilled from the model (`align adr`, and the editor's "Create the
// decision record"): who decides (a group expanded to its people), who is consulted and
// informed (the affected domains' RACI), and the status the decision is in.
import { stringify } from 'yaml';
import type { AlignmentModel, DecisionInfo } from '../model/alignment-model.js';
import { listing, nameOf } from '../model/explain.js';

/** The record's text; `today` dates a record that is still proposed. */
export function madrRecord(info: DecisionInfo, model: AlignmentModel, today: string): string {
    const decider = info.decider;
    const makers = decider ? (decider.$type === 'Stakeholder' ? [decider] : model.stakeholdersOf(decider)) : [];
    const raci = model.raci.filter(cell => info.domains.includes(cell.domain));
    const withRole = (role: 'C' | 'I') =>
        [...new Set(raci.filter(cell => cell.roles.includes(role)).map(cell => nameOf(cell.stakeholder)))].filter(
            name => !makers.some(maker => nameOf(maker) === name)
        );
    // The YAML library writes the front matter: names and titles come from files and are quoted as YAML needs.
    const front = stringify(
        {
            status: info.decidedOn ? 'accepted' : 'proposed',
            date: info.decidedOn?.text ?? today,
            'decision-makers': makers.map(maker => nameOf(maker)),
            consulted: withRole('C'),
            informed: withRole('I')
        },
        { lineWidth: 0 }
    ).trimEnd();
    const title = oneLine(info.decision.title ?? nameOf(info.decision));
    const domains = listing(info.domains.map(domain => nameOf(domain)));
    const outcome = info.outcome ? `Chosen option: "${oneLine(info.outcome)}".` : 'Chosen option: to be decided.';
    return [
        '---',
        front,
        '---',
        '',
        `# ${title}`,
        '',
        '## Context and Problem Statement',
        '',
        `This decision affects ${domains || 'no domain yet'}. Who decides it: ${oneLine(info.framework.explanation)}.`,
        '',
        '## Considered Options',
        '',
        '* …',
        '',
        '## Decision Outcome',
        '',
        outcome,
        '',
        '### Consequences',
        '',
        '* Good, because …',
        '* Bad, because …',
        ''
    ].join('\n');
}

/** Text from a file on one line: a title must not start a new Markdown block. */
function oneLine(text: string): string {
    return text.replace(/[\r\n\u2028\u2029]+/g, ' ').trim();
}
