// Document text (names, titles, orgs, comments from `.align` files) made safe for what the editor
// shows: plain one-line text (code lens titles) and Markdown (hover, completion), where such
// text must read as written and never become an image, a link (a `command:` link runs an
// editor command when clicked) or raw HTML.

import { showBidiControls } from './bidi.js';

// Every character CommonMark or GFM gives a meaning to, at any position: backslash escapes
// are valid for all ASCII punctuation, so over-escaping is harmless.
const MARKDOWN_PUNCTUATION = /[\\`*_{}[\]()#+\-.!|~]/g;
// HTML is written as entities: a backslash does not stop every renderer from reading a tag.
const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
// Line breaks would let text start a new block (a heading, a list, a link definition).
const LINE_BREAKS = /[\t\n\v\f\r\u0085\u2028\u2029]+/g;
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

/** Document text as one line of plain text: line breaks become spaces, other control characters go. */
export function plainLine(text: string | undefined): string {
    return showBidiControls(text ?? '')
        .replace(LINE_BREAKS, ' ')
        .replace(CONTROL, '');
}

/** Escapes document text so that Markdown shows it literally, on one line. */
export function escapeMarkdown(text: string | undefined): string {
    return plainLine(text)
        .replace(MARKDOWN_PUNCTUATION, char => `\\${char}`)
        .replace(/[&<>]/g, char => HTML_ESCAPES[char]);
}
