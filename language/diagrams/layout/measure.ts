// Deterministic text measurement: an estimate per character for the diagram font, so the
// same input always gets the same layout without a browser.

export const FONT_SIZE = 13;
export const LINE_HEIGHT = 17;
const AVERAGE_CHAR_WIDTH = 7.4;
const NARROW = /[iljtfr.,:;'|!() ]/;
const WIDE = /[MWmw@%]/;

/** Estimated width in pixels of one line of text. */
export function textWidth(text: string): number {
    let width = 0;
    for (const char of text) {
        width += NARROW.test(char)
            ? AVERAGE_CHAR_WIDTH * 0.55
            : WIDE.test(char)
              ? AVERAGE_CHAR_WIDTH * 1.35
              : /[A-Z]/.test(char)
                ? AVERAGE_CHAR_WIDTH * 1.15
                : AVERAGE_CHAR_WIDTH;
    }
    return Math.ceil(width);
}

/** Width and height of a box holding the given lines with padding. */
export function boxSize(lines: string[], padding = { x: 14, y: 9 }): { width: number; height: number } {
    return {
        width: Math.max(...lines.map(textWidth), 40) + padding.x * 2,
        height: lines.length * LINE_HEIGHT + padding.y * 2
    };
}
