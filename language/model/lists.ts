// The small list helpers the model's modules share.

/** The items without repeats, in their first order. */
export function unique<T>(items: T[]): T[] {
    return [...new Set(items)];
}

/** Adds an item to the list a map holds under a key, starting the list if needed. */
export function append<K, V>(map: Map<K, V[]>, key: K, item: V): void {
    const list = map.get(key);
    if (list) list.push(item);
    else map.set(key, [item]);
}

/** Groups pairs by their key, in order. */
export function indexBy<K, V>(pairs: ReadonlyArray<readonly [K, V]>): Map<K, V[]> {
    const map = new Map<K, V[]>();
    for (const [key, value] of pairs) append(map, key, value);
    return map;
}
