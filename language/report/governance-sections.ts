// The sections about who decides: every decision and why, decision rights (RACI), the forums
// of the governance rhythm, and where things escalate. Each shows its picture, then a table
// that lists everything, so a summarised picture never hides a fact.
import { escapeHtml } from './escape-html.js';
import { badge, empty, figure, namedCell, namesCell, table, textCell } from './html-parts.js';
import type { DecisionFacts, EscalationFacts, RaciFacts, RhythmFacts } from './report-facts.js';
import type { ReportPicture } from './report-pictures.js';
import type { DeciderLatency } from '../model/latency.js';

/** "Who decides": the decision-flow picture and a row per decision. */
export function whoDecidesBody(decisions: DecisionFacts[], picture: ReportPicture | undefined): string {
    const nobody = decisions.filter(d => !d.decider).length;
    const lead =
        decisions.length === 0
            ? empty('No decision is declared.')
            : `<p>${decisions.length === 1 ? 'One decision' : `${decisions.length} decisions`}; ${nobody === 0 ? 'each has someone with the authority to decide it.' : `<strong class="nobody">nobody has the authority to decide ${nobody === 1 ? 'one of them' : `${nobody} of them`}</strong>.`}</p>\n`;
    const rows = decisions.map(d => [
        namedCell(d),
        namesCell(d.domains, 'no domain'),
        d.decider ? escapeHtml(d.decider) : '<strong class="nobody">No one</strong>',
        textCell(d.sla),
        escapeHtml(d.why),
        dueCell(d)
    ]);
    return (
        figure(picture, 'Decision flow: how a decision finds its decider') +
        lead +
        (decisions.length > 0
            ? table(['Decision', 'Domains', 'Decider', 'SLA', 'Why', 'Due'], rows, { rowClasses: decisions.map(d => (d.decider ? undefined : 'ambiguous')) })
            : '')
    );
}

function dueCell(decision: DecisionFacts): string {
    const parts: string[] = [];
    if (decision.due) parts.push(escapeHtml(decision.due) + (decision.overdue ? ` ${badge('error', 'overdue')}` : ''));
    if (decision.neededBy) parts.push(`<span class="muted">needed by ${escapeHtml(decision.neededBy)}</span>`);
    return parts.length > 0 ? parts.join('<br>') : '<span class="muted">—</span>';
}

/** Decision rights: the RACI picture and a row per domain. */
export function decisionRightsBody(domains: RaciFacts[], picture: ReportPicture | undefined): string {
    if (domains.length === 0) return figure(picture, 'RACI') + empty('No domain is declared.');
    const rows = domains.map(d => [namedCell(d), accountableCell(d.roles.A), namesCell(d.roles.R), namesCell(d.roles.C), namesCell(d.roles.I)]);
    return (
        figure(picture, 'RACI: stakeholders by org × domains') +
        '<p class="muted">A is the domain\'s owner, who decides within it, or the body that delegated it (the owner is then R); R, whoever else decides decisions affecting it; C and I, those consulted and informed, including through the domains it is part of.</p>\n' +
        table(['Domain', 'A (owner)', 'R', 'C', 'I'], rows)
    );
}

function accountableCell(owners: string[]): string {
    if (owners.length === 0) return '<strong class="nobody">No owner</strong>';
    if (owners.length === 1) return escapeHtml(owners[0]);
    return `<strong class="nobody">${escapeHtml(owners.join(', '))}</strong> ${badge('error', `${owners.length} owners`)}`;
}

/** The governance rhythm: the rhythm picture, a row per forum, and who attends none. */
export function rhythmBody(facts: RhythmFacts, picture: ReportPicture | undefined): string {
    const absent = facts.absent.length > 0 ? `<p><strong class="warning">In no forum:</strong> ${escapeHtml(facts.absent.join(', '))}.</p>\n` : '';
    if (facts.cadences.length === 0) return figure(picture, 'Governance rhythm') + empty('No cadence is declared: nobody meets.') + absent;
    const rows = facts.cadences.map(c => [
        namedCell(c),
        c.every ? `every ${escapeHtml(c.every)}` : '<span class="muted">—</span>',
        textCell(c.length),
        namesCell(c.attendees, 'nobody'),
        textCell(c.escalatesTo)
    ]);
    return (
        figure(picture, 'Governance rhythm: who attends which forum, and forum hours a month') +
        table(['Forum', 'Meets', 'For', 'Attendees', 'Escalates to'], rows) +
        absent
    );
}

/** Escalation: the escalation picture, its cycles, and a row per edge. */
export function escalationBody(facts: { edges: EscalationFacts[]; cycles: string[] }, picture: ReportPicture | undefined): string {
    if (facts.edges.length === 0) return figure(picture, 'Escalation') + empty('Nothing escalates anywhere.');
    const cycles =
        facts.cycles.length > 0
            ? `<p><strong class="nobody">Escalation goes round in ${facts.cycles.length === 1 ? 'a circle' : `${facts.cycles.length} circles`}:</strong></p><ul class="plain">${facts.cycles.map(cycle => `<li class="error">${escapeHtml(cycle)}</li>`).join('')}</ul>\n`
            : '<p class="ok">No escalation path loops back on itself.</p>\n';
    const rows = facts.edges.map(e => [
        escapeHtml(e.from),
        escapeHtml(e.to) + (e.inCycle ? ` ${badge('error', 'cycle')}` : ''),
        textCell(e.after),
        escapeHtml(e.declaredBy)
    ]);
    return figure(picture, 'Escalation: who escalates to whom, and after how long') + cycles + table(['From', 'To', 'After', 'Declared by'], rows);
}

/** Decision latency: per decider, decisions taken, median days from raised to decided, and the share within SLA, with a bar per decider. */
export function latencyBody(rows: DeciderLatency[]): string {
    if (rows.length === 0) return empty('No decision records `decided on` yet: latency shows once decisions are taken.');
    const longest = Math.max(1, ...rows.map(row => row.medianDays ?? 0));
    const cells = rows.map(row => [
        escapeHtml(row.decider.name ?? '(unnamed)'),
        String(row.taken),
        row.medianDays === undefined ? '<span class="muted">no raised on</span>' : `${row.medianDays} ${row.medianDays === 1 ? 'day' : 'days'}`,
        row.withSla === 0 ? '<span class="muted">no SLA</span>' : `${Math.round((100 * row.withinSla) / row.withSla)}% (${row.withinSla} of ${row.withSla})`,
        // The chart: one bar per decider, as long as its median against the slowest.
        row.medianDays === undefined
            ? ''
            : `<svg class="latency-bar" width="120" height="10" role="img" aria-label="${escapeHtml(`${row.medianDays} days`)}"><rect width="${Math.max(2, Math.round((120 * row.medianDays) / longest))}" height="10" rx="2"/></svg>`
    ]);
    return (
        '<p class="muted">From <code>raised on</code> to <code>decided on</code>, for decisions taken; a date is its whole day.</p>\n' +
        table(['Decider', 'Decisions taken', 'Median time to decide', 'Within SLA', ''], cells)
    );
}
