// The governance rhythm (spec §10): stakeholders (rows, grouped by org) × cadences (columns,
// grouped by how often they meet), a mark where someone attends, and each person's forum
// hours a month. Shows at a glance who is never in the room and who is in every room.
import { isGroup, isStakeholder, type Cadence, type Stakeholder } from '../../generated/ast.js';
import type { AlignmentModel } from '../../model/alignment-model.js';
import { listing } from '../../model/explain.js';
import { formatEvery, type DurationValue } from '../../model/literals.js';
import { CADENCE_TIERS, meetingsPerMonth, tierOf } from '../../model/timeline.js';
import type { LocatedError, RhythmAttendance, RhythmRow, RhythmTierKind, RhythmView } from '../view-model.js';
import { compareText } from './order.js';
import { errorsIn, isNamed, referenceSource, sourceOf } from './sources.js';

const TIER_TITLES: Record<RhythmTierKind, string> = {
    weekly: 'Weekly or more often',
    biweekly: 'Every two weeks',
    monthly: 'Monthly',
    quarterly: 'Quarterly or less often',
    async: 'Asynchronous (in writing)',
    unknown: 'Interval unknown'
};

const TIERS: readonly RhythmTierKind[] = [...CADENCE_TIERS, 'async', 'unknown'];

/** Hours with one decimal at most, as the rhythm view prints them: `4.3`, `2`. */
export function formatHours(hours: number): string {
    return String(Math.round(hours * 10) / 10);
}

/** The length of one meeting, short: `2 h`, or as written for longer units (`1 day`). */
function lengthText(length: DurationValue): string {
    return length.unit === 'hour' ? `${length.amount} h` : length.text;
}

/** Builds the rhythm view from the model's cadences, attendance and forum hours. */
export function buildRhythm(model: AlignmentModel, errors: LocatedError[]): RhythmView {
    // An async forum (a mailing list) has no meetings: it is its own tier, whatever its response time.
    const tierOfCadence = (cadence: Cadence): RhythmTierKind => (cadence.async ? 'async' : (tierOf(model.cadenceInterval.get(cadence)) ?? 'unknown'));
    const hoursOf = (cadence: Cadence) => model.cadenceInterval.get(cadence)?.hours ?? Infinity;
    // Most frequent first within a tier, then by name: the order never depends on file order.
    const named = model.cadences.filter(isNamed).sort((a, b) => hoursOf(a) - hoursOf(b) || compareText(a.name, b.name));
    const tiers = TIERS.map(tier => ({ tier, cadences: named.filter(cadence => tierOfCadence(cadence) === tier) })).filter(t => t.cadences.length > 0);
    const columns = tiers.flatMap(t => t.cadences);
    const attendance = columns.map(cadence => attendanceOf(model, cadence));

    const byOrg = new Map<string, RhythmRow[]>();
    for (const stakeholder of model.stakeholders.filter(isNamed)) {
        const org = model.orgs.get(stakeholder) ?? 'No org';
        const cells = attendance.map(byStakeholder => byStakeholder.get(stakeholder) ?? null);
        const rows = byOrg.get(org) ?? [];
        rows.push(rowOf(model, stakeholder, org, cells, errors));
        byOrg.set(org, rows);
    }
    return {
        kind: 'rhythm',
        title: 'Governance rhythm',
        tiers: tiers.map(({ tier, cadences }) => ({
            tier,
            title: TIER_TITLES[tier],
            cadences: cadences.map(cadence => {
                const interval = model.cadenceInterval.get(cadence);
                const length = model.cadenceLength.get(cadence);
                const attendees = (model.cadenceAttendees.get(cadence) ?? []).filter(isNamed).map(s => s.name);
                const monthly = interval && length && !cadence.async ? meetingsPerMonth(interval) * length.hours : undefined;
                const rhythm = cadence.async ? `answers within ${interval?.text ?? '1 week'}` : interval ? `every ${formatEvery(interval)}` : 'no interval';
                return {
                    name: cadence.name,
                    label: [cadence.name, rhythm, ...(length && !cadence.async ? [`for ${lengthText(length)}`] : [])],
                    errors: errorsIn(cadence, errors),
                    source: sourceOf(cadence),
                    tooltip: [
                        cadence.title ?? cadence.name,
                        attendees.length > 0 ? `attended by ${listing(attendees)}` : 'no attendees',
                        ...(monthly !== undefined ? [`${formatHours(monthly)} hours a month for each attendee`] : [])
                    ].join('\n'),
                    related: [...(cadence.title ? [cadence.title] : []), ...attendees]
                };
            })
        })),
        groups: [...byOrg.entries()].sort(([a], [b]) => compareText(a, b)).map(([org, rows]) => ({ org, rows }))
    };
}

/** Who attends a cadence and how: named on its attendee list, or through the groups on it. */
function attendanceOf(model: AlignmentModel, cadence: Cadence): Map<Stakeholder, RhythmAttendance> {
    const entries = model.attendeeEntries.get(cadence) ?? [];
    const listed = entries.map(entry => entry.party);
    const direct = new Set(listed.filter(isStakeholder));
    const groups = [...new Set(listed.filter(isGroup))].filter(isNamed);
    const entryOf = (target: unknown) => entries.find(entry => entry.party === target)?.reference;
    const result = new Map<Stakeholder, RhythmAttendance>();
    for (const stakeholder of model.cadenceAttendees.get(cadence) ?? []) {
        const through = groups.filter(group => (model.groupMembers.get(group) ?? []).includes(stakeholder));
        const isDirect = direct.has(stakeholder);
        const source = referenceSource(entryOf(isDirect ? stakeholder : through[0]), cadence);
        result.set(stakeholder, { direct: isDirect, via: through.map(group => group.name).sort(), ...(source ? { source } : {}) });
    }
    return result;
}

function rowOf(model: AlignmentModel, stakeholder: Stakeholder, org: string, cells: Array<RhythmAttendance | null>, errors: LocatedError[]): RhythmRow {
    const attended = (model.attendance.get(stakeholder) ?? []).filter(isNamed);
    const unmeasured = attended.filter(cadence => !model.cadenceInterval.get(cadence) || !model.cadenceLength.get(cadence)).map(c => c.name);
    const hours = model.forumHours.get(stakeholder);
    const partial = unmeasured.length > 0;
    const time =
        hours !== undefined
            ? `${formatHours(hours)} hours a month in forums${partial ? `, not counting ${listing(unmeasured)} (no length given)` : ''}`
            : attended.length > 0
              ? 'hours unknown: no attended forum gives its length'
              : undefined;
    return {
        stakeholder: stakeholder.name,
        title: stakeholder.title,
        cells,
        hours,
        partial,
        errors: errorsIn(stakeholder, errors),
        source: sourceOf(stakeholder),
        tooltip: [
            stakeholder.title ?? stakeholder.name,
            attended.length > 0 ? `attends ${listing(attended.map(c => c.name))}` : 'attends no forum',
            ...(time ? [time] : [])
        ].join('\n'),
        related: [org, ...(stakeholder.title ? [stakeholder.title] : [])]
    };
}
