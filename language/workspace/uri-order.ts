// One order of files for everything that must not depend on the order of events: which
// duplicate a name resolves to, the model's declaration order, diagrams.

/** Code-unit order of URI strings: the same on every machine and locale. */
export function compareUris(a: string, b: string): number {
    return a < b ? -1 : a > b ? 1 : 0;
}
