// The one check of LSP shapes that arrive as JSON (lens arguments, snippet edits): whole,
// non-negative numbers, both ends of a range, a string URI; anything else is refused.
import { describe, expect, it } from 'vitest';
import { isJsonLocation, isJsonPosition, isJsonRange } from '../../language/lsp-json.js';
import { snippetEditsOf } from '../../language/text/snippet-edits.js';

const at = (line: unknown, character: unknown) => ({ line, character });

describe('LSP shapes from JSON', () => {
    it('accepts positions of whole, non-negative numbers only', () => {
        expect(isJsonPosition(at(0, 0))).toBe(true);
        expect(isJsonPosition(at(3, 17))).toBe(true);
        for (const bad of [at(-1, 0), at(0, 1.5), at('1', 0), at(0, NaN), at(Infinity, 0), null, undefined, 7, [], { line: 1 }]) {
            expect(isJsonPosition(bad), JSON.stringify(bad)).toBe(false);
        }
    });

    it('accepts a range or a location only when every part is well formed', () => {
        const range = { start: at(1, 2), end: at(1, 5) };
        expect(isJsonRange(range)).toBe(true);
        expect(isJsonRange({ start: at(1, 2) })).toBe(false);
        expect(isJsonRange({ start: at(1, 2), end: at(-1, 0) })).toBe(false);
        expect(isJsonLocation({ uri: 'file:///a.align', range })).toBe(true);
        expect(isJsonLocation({ uri: 42, range })).toBe(false);
        expect(isJsonLocation({ uri: 'file:///a.align', range: { start: at(0, 0), end: null } })).toBe(false);
    });

    it('keeps only the snippet edits whose range is well formed', () => {
        const good = { uri: 'file:///a.align', range: { start: at(0, 0), end: at(0, 0) }, newText: 'owner ${1:Someone}' };
        const bad = { ...good, range: { start: at(0, -2), end: at(0, 0) } };
        expect(snippetEditsOf({ snippet: [good, bad] })).toEqual([good]);
    });
});
