// Ordering of names and dates in the roadmap and rhythm views by code point: the same order on
// every machine, whatever its locale (localeCompare follows the environment's).

/** Compares two strings by UTF-16 code units: `-1`, `0` or `1`. */
export function compareText(a: string, b: string): number {
    return a < b ? -1 : a > b ? 1 : 0;
}
