// Names joined as people write them, worded once for the language's messages and the editor's
// own titles (the extension reaches this file without the language core).

/** `A`, `A and B`, `A, B and C`: every name, however many. */
export function joinNames(items: string[]): string {
    if (items.length <= 1) return items.join('');
    return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
