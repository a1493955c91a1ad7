// Widths of the roadmap's and rhythm's labels, from the shared estimate with a margin: their
// boxes are snug (a marker beside each, many per row), and Chromium's fallback sans-serif runs
// up to a tenth wider than the estimate, a quarter for bold. Measured in the browser tests.
import { textWidth } from './measure.js';

/** Width of a regular label (13px, or the 12px secondary lines). */
export function labelWidth(text: string): number {
    return Math.ceil(textWidth(text) * 1.15);
}

/** Width of a bold label (the first line of a box, a title). */
export function boldWidth(text: string): number {
    return Math.ceil(textWidth(text) * 1.3);
}
