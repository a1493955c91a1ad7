// The sections about the programme and its delivery: the initiative and its scope, the
// roadmap, the scorecard and the risks by status.
import type { RiskStatus } from '../model/timeline.js';
import { escapeHtml } from './escape-html.js';
import { badge, empty, factTable, figure, namedCell, namesCell, plural, table, textCell } from './html-parts.js';
import { RISK_STATUSES, type BenefitFacts, type InitiativeFacts, type MetricFacts, type MilestoneFacts, type RiskFacts } from './report-facts.js';
import type { ReportPicture } from './report-pictures.js';

/** The initiatives with sponsor, scope and last review. */
export function initiativeBody(initiatives: InitiativeFacts[]): string {
    if (initiatives.length === 0) return empty('No initiative is declared: the report covers the decision framework alone.');
    return initiatives
        .map(initiative => {
            const scope = (items: string[], none: string) =>
                items.length > 0
                    ? `<ul class="plain">${items.map(item => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`
                    : `<span class="muted">${escapeHtml(none)}</span>`;
            const review = initiative.review
                ? `${escapeHtml(initiative.review.on)}${initiative.review.cadence ? ` in ${escapeHtml(initiative.review.cadence)}` : ''}` +
                  (initiative.review.overdue
                      ? ` ${badge('warning', `overdue since ${initiative.review.overdueAfter}`)}`
                      : initiative.review.overdueAfter
                        ? ` <span class="muted">(next by ${escapeHtml(initiative.review.overdueAfter)})</span>`
                        : '')
                : '<span class="muted">never recorded</span>';
            return (
                `<h3>${escapeHtml(initiative.name)}${initiative.title ? ` <span class="muted">${escapeHtml(initiative.title)}</span>` : ''}</h3>\n` +
                factTable([
                    ['Sponsor', initiative.sponsor ? escapeHtml(initiative.sponsor) : '<strong class="nobody">No sponsor</strong>'],
                    ['In scope', scope(initiative.inScope, 'nothing listed')],
                    ['Out of scope', scope(initiative.outOfScope, 'nothing listed')],
                    ['Last alignment review', review]
                ])
            );
        })
        .join('');
}

/** The roadmap picture, the milestones and the benefits. */
export function roadmapBody(facts: { milestones: MilestoneFacts[]; benefits: BenefitFacts[] }, picture: ReportPicture | undefined): string {
    const milestones =
        facts.milestones.length > 0
            ? `<h3>Milestones</h3>\n${table(
                  ['Milestone', 'Date', 'Needs decisions'],
                  facts.milestones.map(m => [namedCell(m), textCell(m.date), namesCell(m.decisions)])
              )}`
            : empty('No milestone is declared.');
    const benefits =
        facts.benefits.length > 0
            ? `<h3>Benefits</h3>\n${table(
                  ['Benefit', 'Measured by', 'Expected'],
                  facts.benefits.map(b => [namedCell(b), b.metric ? escapeHtml(b.metric) : '<span class="warning">no metric</span>', textCell(b.expected)])
              )}`
            : '';
    return figure(picture, 'Roadmap: milestones, benefits, metrics, decisions and risks on a time line, with today marked') + milestones + benefits;
}

/** The scorecard: one row per metric, on track or not. */
export function scorecardBody(metrics: MetricFacts[]): string {
    if (metrics.length === 0) return empty('No metric is declared: nothing says what success looks like.');
    const offTrack = metrics.filter(m => m.standing === 'off-track').length;
    const lead = `<p>${metrics.length === 1 ? 'One metric' : `${metrics.length} metrics`}: ${offTrack === 0 ? 'none is off track.' : `<strong class="off-track">${offTrack} off track</strong>.`}</p>\n`;
    const rows = metrics.map(m => [
        namedCell(m),
        escapeHtml(m.kind),
        textCell(m.owner),
        textCell(m.baseline),
        textCell(m.latest),
        textCell(m.target),
        `<span class="${m.standing}">${escapeHtml(m.standingText)}</span>`
    ]);
    return lead + table(['Metric', 'Kind', 'Owner', 'Baseline', 'Latest actual', 'Target', 'On track?'], rows);
}

const STATUS_TITLES: Record<RiskStatus, string> = { blocker: 'Blockers', issue: 'Issues', risk: 'Risks', closed: 'Closed' };
const STATUS_WORDS: Record<RiskStatus, [string, string]> = {
    blocker: ['blocker', 'blockers'],
    issue: ['issue', 'issues'],
    risk: ['risk', 'risks'],
    closed: ['closed', 'closed']
};

/** The risks grouped by status, blockers first. */
export function risksBody(groups: Map<RiskStatus, RiskFacts[]>): string {
    const total = [...groups.values()].reduce((sum, risks) => sum + risks.length, 0);
    if (total === 0) return empty('No risk is declared.');
    const summary = RISK_STATUSES.map(status => plural(groups.get(status)?.length ?? 0, ...STATUS_WORDS[status])).join(', ');
    let out = `<p>${escapeHtml(summary)}.</p>\n`;
    for (const status of RISK_STATUSES) {
        const risks = groups.get(status) ?? [];
        if (risks.length === 0) continue;
        out += `<h3>${badge(status, STATUS_TITLES[status])} <span class="muted">× ${risks.length}</span></h3>\n`;
        out += table(
            ['Risk', 'Owner', 'Since', 'Mitigation', 'Escalation'],
            risks.map(r => [
                namedCell(r),
                r.owner ? escapeHtml(r.owner) : '<strong class="nobody">No owner</strong>',
                textCell(r.since),
                r.mitigation ? escapeHtml(r.mitigation) : '<span class="warning">no mitigation</span>',
                escalationCell(r)
            ])
        );
    }
    return out;
}

function escalationCell(risk: RiskFacts): string {
    if (!risk.escalatesTo)
        return risk.status === 'blocker' ? '<strong class="nobody">escalates nowhere</strong>' : '<span class="muted">escalates nowhere</span>';
    let text = `to ${escapeHtml(risk.escalatesTo)}${risk.after ? ` after ${escapeHtml(risk.after)}` : ''}`;
    if (risk.escalatedOn) text += `<br>escalated on ${escapeHtml(risk.escalatedOn)}`;
    else if (risk.late) text += `<br><strong class="late">not escalated, due by ${escapeHtml(risk.deadline ?? '')}</strong>`;
    else if (risk.deadline) text += `<br><span class="muted">by ${escapeHtml(risk.deadline)}</span>`;
    return text;
}
