// Decision latency (docs/language.md, "Decisions that were made"): per decider, how many
// decisions were taken, the median days from `raised on` to `decided on`, and the share taken
// within the decider's SLA. Read by the report; worded by whoever shows it.
import type { AlignmentModel, Party } from './alignment-model.js';
import { daysBetween } from './literals.js';

export interface DeciderLatency {
    decider: Party;
    /** Decisions with `decided on` that this party decides. */
    taken: number;
    /** Days from raised to decided of those that also say when they were raised, in order. */
    days: number[];
    medianDays?: number;
    /** Of the timed decisions whose decider has an SLA: how many, and how many were within it. */
    withSla: number;
    withinSla: number;
}

/** One row per decider that has taken a decision, most decisions first (then by name). */
export function decisionLatency(model: AlignmentModel): DeciderLatency[] {
    const rows = new Map<Party, DeciderLatency>();
    for (const info of model.decisions.values()) {
        if (!info.decidedOn || !info.decider) continue;
        let row = rows.get(info.decider);
        if (!row) rows.set(info.decider, (row = { decider: info.decider, taken: 0, days: [], withSla: 0, withinSla: 0 }));
        row.taken++;
        if (!info.raisedOn) continue;
        const days = daysBetween(info.raisedOn.text, info.decidedOn.text);
        row.days.push(days);
        if (info.sla) {
            row.withSla++;
            if (days * 24 <= info.sla.hours) row.withinSla++;
        }
    }
    for (const row of rows.values()) {
        row.days.sort((a, b) => a - b);
        row.medianDays = median(row.days);
    }
    return [...rows.values()].sort((a, b) => b.taken - a.taken || (a.decider.name ?? '').localeCompare(b.decider.name ?? ''));
}

function median(values: number[]): number | undefined {
    if (values.length === 0) return undefined;
    const middle = Math.floor(values.length / 2);
    return values.length % 2 === 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
}
