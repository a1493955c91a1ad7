// The dates worth offering where a date goes (`due`, `on`, `by`, `expected by`): today, the
// ends of this month and quarter, and the project's milestones, which are what deadlines are
// usually pinned to. Pure functions of the project's "today", so tests can pin it.

export interface DateCandidate {
    /** The literal as written in a file: `2026-11-30`, `2026-Q4`. */
    label: string;
    /** Why it is offered: `today`, `end of this month`, `milestone Pilot`. */
    detail: string;
}

export interface DatedMilestone {
    name: string;
    date: string;
}

/** Today, the end of this month and quarter, then each milestone's date in date order; one entry per date. */
export function dateCandidates(today: string, milestones: readonly DatedMilestone[]): DateCandidate[] {
    const [year, month] = yearAndMonth(today);
    const quarterEndMonth = Math.ceil(month / 3) * 3;
    const candidates: DateCandidate[] = [
        { label: today, detail: 'today' },
        { label: lastDayOf(year, month), detail: 'end of this month' },
        { label: lastDayOf(year, quarterEndMonth), detail: 'end of this quarter' },
        ...[...milestones]
            .sort((a, b) => a.date.localeCompare(b.date) || a.name.localeCompare(b.name))
            .map(milestone => ({ label: milestone.date, detail: `milestone ${milestone.name}` }))
    ];
    return mergeSameDates(candidates);
}

/** This quarter and the next, as `YYYY-Qn`. */
export function quarterCandidates(today: string): DateCandidate[] {
    const [year, month] = yearAndMonth(today);
    const quarter = Math.ceil(month / 3);
    const next = quarter === 4 ? { year: year + 1, quarter: 1 } : { year, quarter: quarter + 1 };
    return [
        { label: `${year}-Q${quarter}`, detail: 'this quarter' },
        { label: `${next.year}-Q${next.quarter}`, detail: 'next quarter' }
    ];
}

// The end of the month can be today, and two milestones can share a date: one entry then
// says all the reasons, instead of two entries that insert the same text.
function mergeSameDates(candidates: DateCandidate[]): DateCandidate[] {
    const byLabel = new Map<string, DateCandidate>();
    for (const candidate of candidates) {
        const seen = byLabel.get(candidate.label);
        if (seen) seen.detail = `${seen.detail}, ${candidate.detail}`;
        else byLabel.set(candidate.label, { ...candidate });
    }
    return [...byLabel.values()];
}

function yearAndMonth(iso: string): [number, number] {
    return [Number(iso.slice(0, 4)), Number(iso.slice(5, 7))];
}

function lastDayOf(year: number, month: number): string {
    // Day 0 of the next month is the last day of this one.
    const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
    return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
