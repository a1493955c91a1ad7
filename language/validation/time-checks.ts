// Alignment decays (spec §9): risks that became issues or blockers and were not escalated,
// decisions planned after the milestone that needs them, metrics falling behind their line,
// reviews that stopped happening. The model holds the dates; only the comparison with today
// happens here, so every reader agrees on the facts whatever day it is.
import type { ValidationAcceptor } from 'langium';
import {
    isDueProperty,
    isEscalatesProperty,
    isReviewedByProperty,
    isStatusProperty,
    type Decision,
    type Initiative,
    type Metric,
    type Risk
} from '../generated/ast.js';
import type { AlignmentModel } from '../model/alignment-model.js';
import { nameOf, riskStandingText, shareText, trajectoryText } from '../model/explain.js';
import { formatEvery } from '../model/literals.js';
import { propertiesOf } from './check-utils.js';
import { DiagnosticCode } from './diagnostic-codes.js';

/** How far behind its line a metric may be, as a share of baseline → target, before it is off track. */
export const OFF_TRACK_SHARE = 0.1;

// Baselines, targets and actuals are written with a few decimals: a metric exactly 10% behind
// must not be reported because of floating-point noise in the model's division.
const SHARE_TOLERANCE = 1e-9;

/** Reports `risk-status-undated`, `blocker-no-escalation` and `risk-not-escalated`. */
export function checkRiskTimeline(risk: Risk, model: AlignmentModel, today: string, accept: ValidationAcceptor): void {
    const status = propertiesOf(risk, isStatusProperty)[0];
    const info = model.risks.get(risk);
    if (!status || !info || (info.status !== 'issue' && info.status !== 'blocker')) return;
    const standing = info.status === 'issue' ? 'an issue' : 'a blocker';
    if (status.since === undefined) {
        accept(
            'warning',
            `Risk ${nameOf(risk)} is ${standing}, but not since when, so nobody can tell how long it has been one or when it must be escalated. Add \`since <date>\` to its status.`,
            { node: status, code: DiagnosticCode.RiskStatusUndated }
        );
    }
    if (info.status === 'blocker' && propertiesOf(risk, isEscalatesProperty).length === 0) {
        accept(
            'error',
            `Risk ${nameOf(risk)} is a blocker but escalates nowhere, so its owner carries it alone. Add \`escalates to <stakeholder, group or cadence> after <duration>\`.`,
            { node: status, code: DiagnosticCode.BlockerNoEscalation }
        );
    }
    // Escalating on the deadline itself is in time: only a later day is late.
    if (info.escalatesTo && info.escalationDeadline && !info.escalatedOn && today > info.escalationDeadline) {
        const target = nameOf(info.escalatesTo);
        accept(
            info.status === 'blocker' ? 'error' : 'warning',
            `Risk ${nameOf(risk)} has been ${riskStandingText(info)} and was to be escalated to ${target} by ${info.escalationDeadline} (after ${info.escalatesAfter?.text}), ` +
                `but the file records no escalation and today is ${today}. Escalate it to ${target} and record \`escalated on <date>\`.`,
            { node: status, code: DiagnosticCode.RiskNotEscalated }
        );
    }
}

/** Reports `decision-due-after-milestone`. */
export function checkDecisionMilestone(decision: Decision, model: AlignmentModel, accept: ValidationAcceptor): void {
    const info = model.decisions.get(decision);
    const due = propertiesOf(decision, isDueProperty)[0];
    if (!info?.due || !info.neededBy || !info.neededByDate || !due || info.due.text <= info.neededByDate.text) return;
    const milestone = nameOf(info.neededBy);
    accept(
        'error',
        `Decision ${nameOf(decision)} is due on ${info.due.text}, after milestone ${milestone} on ${info.neededByDate.text}, which needs it. ` +
            `Bring \`due\` forward to ${info.neededByDate.text} or earlier, or move ${milestone}.`,
        { node: due, code: DiagnosticCode.DecisionDueAfterMilestone }
    );
}

/** Reports `metric-off-track`. */
export function checkMetricTrajectory(metric: Metric, model: AlignmentModel, accept: ValidationAcceptor): void {
    const info = model.metricInfo.get(metric);
    if (info?.shortfall === undefined || info.shortfall <= OFF_TRACK_SHARE + SHARE_TOLERANCE) return;
    const trajectory = trajectoryText(info);
    const point = info.latest?.point;
    if (!trajectory || !point) return;
    accept(
        'warning',
        `Metric ${nameOf(metric)} is off track: ${trajectory}, and is short by ${shareText(info.shortfall)} of the way from baseline to target (more than ${shareText(OFF_TRACK_SHARE)}). ` +
            'Act to bring it back to the line and record the new `actual`, or have its owner and the sponsor agree a new target or date.',
        { node: point, code: DiagnosticCode.MetricOffTrack }
    );
}

/** Reports `alignment-review-overdue`. */
export function checkReview(initiative: Initiative, model: AlignmentModel, today: string, accept: ValidationAcceptor): void {
    const review = model.reviews.get(initiative);
    const property = propertiesOf(initiative, isReviewedByProperty)[0];
    // The model gives a review a deadline only when its forum has an interval.
    const interval = review?.cadence ? model.cadenceInterval.get(review.cadence) : undefined;
    if (!review?.overdueAfter || !review.cadence || !interval || !property || today <= review.overdueAfter) return;
    const forum = nameOf(review.cadence);
    accept(
        'warning',
        `The alignment of ${nameOf(initiative)} was last reviewed at ${forum} on ${review.on.text}; ${forum} meets every ${formatEvery(interval)}, so the next review was due by ${review.overdueAfter}, and today is ${today}. ` +
            `Review owners, rules, forums and risks at ${forum}, and record it with \`reviewed by ${forum} on <date>\`.`,
        { node: property, code: DiagnosticCode.AlignmentReviewOverdue }
    );
}
