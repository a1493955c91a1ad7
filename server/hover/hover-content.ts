// Markdown for hovering a declaration or a duration, all read from the alignment model.
// Every piece of document text goes through `md`: titles and orgs come from files the user
// may not have written, and must not turn into images, links or HTML in the hover.
import { AstUtils, type AstNode } from 'langium';
import {
    isCadence,
    isDecision,
    isDomain,
    isDuration,
    isGroup,
    isRule,
    isStakeholder,
    type Cadence,
    type Decision,
    type Domain,
    type Duration,
    type Group,
    type Rule,
    type Stakeholder
} from '../../language/generated/ast.js';
import type { AlignmentModel } from '../../language/model/alignment-model.js';
import { bodySentences, impactLead, ownerText, impactSummary, listing, nameOf } from '../../language/model/explain.js';
import { cachedImpactOf, impactCounts } from '../../language/model/impact.js';
import { formatEvery, HOURS_PER_UNIT, parseDuration } from '../../language/model/literals.js';
import { escapeMarkdown as md } from '../../language/text/markdown.js';
import type { DecisionRecords } from '../../language/records/decision-records.js';

/** Hover markdown for a node, or undefined when there is nothing worth saying. */
export function hoverContent(node: AstNode, model: AlignmentModel, records?: DecisionRecords): string | undefined {
    if (isDuration(node)) return durationHover(node);
    if (isStakeholder(node)) return stakeholderHover(node, model);
    if (isDomain(node)) return domainHover(node, model);
    if (isDecision(node)) return decisionHover(node, model, records);
    if (isRule(node)) return ruleHover(node, model);
    if (isCadence(node)) return cadenceHover(node, model);
    if (isGroup(node)) return groupHover(node, model);
    const named = node as { name?: string; title?: string; $type: string };
    return named.name ? heading(named.$type, named.name, named.title) : undefined;
}

function heading(kind: string, name: string | undefined, title?: string): string {
    return `**${kind.toLowerCase()} ${md(name ?? '(unnamed)')}**${title ? ` — ${md(title)}` : ''}`;
}

// Half-typed declarations have no name yet: they are left out rather than shown as blanks.
const names = (nodes: Array<{ name?: string }>) => {
    const named = nodes.filter(n => typeof n.name === 'string' && n.name.length > 0);
    return named.length > 0 ? listing(named.map(n => md(n.name!))) : 'none';
};

function stakeholderHover(stakeholder: Stakeholder, model: AlignmentModel): string {
    const org = stakeholder.properties.find(p => p.$type === 'OrgProperty')?.org;
    const owns = model.ownedDomains.get(stakeholder) ?? [];
    const groups = [...model.groupMembers].filter(([, members]) => members.includes(stakeholder)).map(([group]) => group);
    const roles = model.raci.filter(c => c.stakeholder === stakeholder).map(c => `${md(nameOf(c.domain))}: ${c.roles.join('/')}`);
    return [
        heading('stakeholder', stakeholder.name, stakeholder.title),
        org ? `Org: ${md(org)}` : undefined,
        `Owns: ${names(owns)}`,
        `Groups: ${names(groups)}`,
        `Attends: ${names(model.attendance.get(stakeholder) ?? [])}`,
        roles.length > 0 ? `RACI: ${roles.join(' · ')}` : undefined,
        impactLine(stakeholder, model)
    ]
        .filter(Boolean)
        .join('\n\n');
}

// Cached per model: hovering the same person again must not rebuild the model without them.
function impactLine(stakeholder: Stakeholder, model: AlignmentModel): string | undefined {
    const impact = stakeholder.name ? cachedImpactOf(model, stakeholder.name) : undefined;
    return impact ? `${impactLead(stakeholder, md(stakeholder.name))}: ${impactSummary(impactCounts(impact))}` : undefined;
}

function domainHover(domain: Domain, model: AlignmentModel): string {
    const info = model.domains.get(domain);
    const cells = model.raci.filter(c => c.domain === domain);
    const withRole = (role: string) => names(cells.filter(c => c.roles.includes(role as never)).map(c => c.stakeholder));
    return [
        heading('domain', domain.name, domain.title),
        info ? `Owner: ${md(ownerText(info))}` : undefined,
        info?.reservedBy
            ? `Reserved${info.reservedBy !== domain ? ` (part of ${md(nameOf(info.reservedBy))})` : ''}: the owner decides any decision that affects it`
            : undefined,
        `| R | A | C | I |\n|---|---|---|---|\n| ${withRole('R')} | ${withRole('A')} | ${withRole('C')} | ${withRole('I')} |`,
        `Decisions: ${names(info?.decisions ?? [])}`
    ]
        .filter(Boolean)
        .join('\n\n');
}

function decisionHover(decision: Decision, model: AlignmentModel, records?: DecisionRecords): string {
    const info = model.decisions.get(decision);
    if (!info) return heading('decision', decision.name, decision.title);
    const lines = [heading('decision', decision.name, decision.title), `Decided by: ${md(info.framework.explanation)}`];
    if (info.explicit) {
        lines.push(
            info.overridesFramework
                ? `Explicitly decided by ${md(nameOf(info.explicit))}, overriding the framework.`
                : `Explicitly decided by ${md(nameOf(info.explicit))}.`
        );
    }
    if (info.due) lines.push(`Due: ${md(info.due.text)}`);
    if (info.raisedOn) lines.push(`Raised on ${md(info.raisedOn.text)}`);
    if (info.decidedOn)
        lines.push(
            `Decided on ${md(info.decidedOn.text)}${info.decidedBy ? ` by ${md(nameOf(info.decidedBy))}` : ''}${info.outcome ? `: ${md(info.outcome)}` : ''}`
        );
    if (info.supersedes) lines.push(`Supersedes ${md(nameOf(info.supersedes))}`);
    if (info.supersededBy.length > 0) lines.push(`Superseded by ${listing(info.supersededBy.map(d => md(nameOf(d))))}`);
    if (info.record) lines.push(recordLine(decision, info.record, records));
    return lines.join('\n\n');
}

function ruleHover(rule: Rule, model: AlignmentModel): string {
    const info = model.rules.get(rule);
    const scope =
        !info || info.specificity === undefined
            ? 'nothing (no `when`)'
            : info.crossesAny
              ? 'any decision affecting two or more domains'
              : `decisions affecting at least ${listing(info.touches.map(d => md(nameOf(d))))}`;
    return [
        heading('rule', rule.name, rule.title),
        `Applies to: ${scope}`,
        `Decided by: ${md(nameOf(info?.decider))}${info?.within ? ` within ${md(info.within.text)} (${info.within.hours} hours)` : ''}`,
        info?.escalatesTo ? `Escalates to ${md(nameOf(info.escalatesTo))}${info.escalatesAfter ? ` after ${md(info.escalatesAfter.text)}` : ''}` : undefined
    ]
        .filter(Boolean)
        .join('\n\n');
}

function cadenceHover(cadence: Cadence, model: AlignmentModel): string {
    const interval = model.cadenceInterval.get(cadence);
    return [
        heading('cadence', cadence.name, cadence.title),
        interval ? `Meets every ${md(formatEvery(interval))} (${interval.hours} hours)` : undefined,
        `Attendees: ${names(model.cadenceAttendees.get(cadence) ?? [])}`
    ]
        .filter(Boolean)
        .join('\n\n');
}

function groupHover(group: Group, model: AlignmentModel): string {
    const body = model.bodies.get(group);
    return [
        heading('group', group.name, group.title),
        `Members: ${names(model.groupMembers.get(group) ?? [])}`,
        ...(body && body.seats.length > 0 ? bodySentences(body).map(md) : [])
    ].join('\n\n');
}

function durationHover(duration: Duration): string | undefined {
    const parsed = parseDuration(duration);
    if (!parsed.ok) return md(parsed.problem);
    const { hours, text } = parsed.value;
    const days = hours / HOURS_PER_UNIT.day;
    return `**${md(text)}** = ${hours} hours${Number.isInteger(days) && days > 1 ? ` = ${days} days` : ''}\n\nNormalised with 1 day = 24 h, 1 week = 168 h, 1 month = 720 h, 1 quarter = 2160 h; a business day counts as a day.`;
}

/** `Record: Choose the identity provider (accepted)`, or why there is nothing to show. */
function recordLine(decision: Decision, path: string, records: DecisionRecords | undefined): string {
    const read = records?.read(AstUtils.getDocument(decision), path);
    if (!read) return `Record: ${md(path)}`;
    if (!read.found) return `Record: ${md(path)}, which cannot be read`;
    const facts = read.facts;
    if (!facts) return `Record: ${md(path)} (not in a format Align reads)`;
    return `Record: ${md(facts.title ?? path)}${facts.status ? ` (${md(facts.status)})` : ''}`;
}
