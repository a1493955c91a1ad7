// Unicode's explicit bidirectional formatting characters (embeddings, overrides, isolates) in a
// name, title or message can make text display in another order than it is stored: "RTL" shown
// as "LTR", a finding that reads as its opposite (the "Trojan Source" attack). Every output that
// shows text from files (terminal, CI annotations, Markdown, the report, SVG, PNG, Mermaid,
// hovers) writes them as visible escapes instead. The marks U+200E/U+200F, and Arabic and
// Hebrew letters themselves, only hint at direction and stay as written.

/** LRE, RLE, PDF, LRO, RLO (U+202A–U+202E) and LRI, RLI, FSI, PDI (U+2066–U+2069). */
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;

/** The text with each bidirectional control written as `\u202e`, so it shows and reorders nothing. */
export function showBidiControls(text: string): string {
    return text.replace(BIDI_CONTROLS, char => `\\u${char.charCodeAt(0).toString(16)}`);
}
