// Text positions and edits for tests, as LSP counts them (0-based lines and characters).

export interface Position {
    line: number;
    character: number;
}

/** The offset of an LSP position in a text. */
export function offsetAt(text: string, position: Position): number {
    return (
        text
            .split('\n')
            .slice(0, position.line)
            .reduce((n, line) => n + line.length + 1, 0) + position.character
    );
}

/** The position of the n-th occurrence of `needle` in `text`, plus `into` characters. */
export function positionOf(text: string, needle: string, occurrence = 0, into = 0): Position {
    let index = -1;
    for (let i = 0; i <= occurrence; i++) {
        index = text.indexOf(needle, index + 1);
        if (index < 0) throw new Error(`'${needle}' not found`);
    }
    const before = text.slice(0, index + into);
    return { line: before.split('\n').length - 1, character: before.length - before.lastIndexOf('\n') - 1 };
}

/** Applies non-overlapping LSP text edits to a text. */
export function applyEdits(text: string, edits: Array<{ range: { start: Position; end: Position }; newText: string }>): string {
    return [...edits]
        .sort((a, b) => offsetAt(text, b.range.start) - offsetAt(text, a.range.start))
        .reduce((acc, edit) => acc.slice(0, offsetAt(text, edit.range.start)) + edit.newText + acc.slice(offsetAt(text, edit.range.end)), text);
}
