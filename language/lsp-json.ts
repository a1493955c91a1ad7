// LSP positions, ranges and locations as they arrive in JSON from another process (code-lens
// command arguments, snippet edits): checked once here, so the extension, the playground and
// the snippet edits accept exactly the same shapes and drop anything malformed.

/** A 0-based line and UTF-16 character, as LSP writes them. */
export interface JsonPosition {
    line: number;
    character: number;
}

/** A start and an end position. */
export interface JsonRange {
    start: JsonPosition;
    end: JsonPosition;
}

/** A range in the file at `uri`. */
export interface JsonLocation {
    uri: string;
    range: JsonRange;
}

/** True for a position of whole, non-negative numbers. */
export function isJsonPosition(value: unknown): value is JsonPosition {
    const candidate = value as Partial<JsonPosition> | null;
    return (
        typeof candidate === 'object' &&
        candidate !== null &&
        Number.isInteger(candidate.line) &&
        candidate.line! >= 0 &&
        Number.isInteger(candidate.character) &&
        candidate.character! >= 0
    );
}

/** True for a range whose both ends are positions. */
export function isJsonRange(value: unknown): value is JsonRange {
    const candidate = value as Partial<JsonRange> | null;
    return typeof candidate === 'object' && candidate !== null && isJsonPosition(candidate.start) && isJsonPosition(candidate.end);
}

/** True for a location: a string URI and a range. */
export function isJsonLocation(value: unknown): value is JsonLocation {
    const candidate = value as Partial<JsonLocation> | null;
    return typeof candidate === 'object' && candidate !== null && typeof candidate.uri === 'string' && isJsonRange(candidate.range);
}
