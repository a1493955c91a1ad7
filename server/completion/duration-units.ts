// The unit after the number of a duration. The grammar accepts `hour` and `hours` alike and
// `business` before any unit; offered are the forms people write: one entry per unit,
// singular after 1 (`1 week`), plural otherwise (`48 hours`), and `business` only with days,
// which is all the validator accepts.

/** Base units in the order they are offered. `business day` sits with the days. */
const ORDER = ['hour', 'day', 'business day', 'week', 'month', 'quarter', 'year'];

export interface UnitCompletion {
    label: string;
    insertText: string;
    /** Position in the list, for sorting. */
    rank: number;
}

/**
 * The completion for a unit keyword (`hours`, `week`, or `business` when `isBusiness`), given
 * the text before it; undefined when that form is not the one to offer there.
 */
export function unitCompletion(keyword: string, isBusiness: boolean, textBefore: string): UnitCompletion | undefined {
    const match = /([0-9]+(?:\.[0-9]+)?)[ \t]*(business\s+)?$/.exec(textBefore);
    const singular = match?.[1] === '1';
    const afterBusiness = Boolean(match?.[2]);
    let base: string;
    if (isBusiness) {
        if (afterBusiness) return undefined;
        base = 'business day';
    } else {
        const plural = keyword.endsWith('s');
        base = plural ? keyword.slice(0, -1) : keyword;
        if (plural === singular) return undefined;
        if (afterBusiness && base !== 'day') return undefined;
    }
    const rank = ORDER.indexOf(base);
    if (rank < 0) return undefined;
    const label = singular ? base : `${base}s`;
    // Right after the digits (`48|`) the unit needs a space of its own.
    const insertText = /[0-9]$/.test(textBefore) ? ` ${label}` : label;
    return { label, insertText, rank };
}

/** Where a period keyword (`every week`) sits among the periods: shortest first. */
export function periodRank(keyword: string): number {
    return ORDER.indexOf(keyword);
}
