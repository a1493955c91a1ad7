// Escaping of every text the report takes from `.align` files, diagnostics and file names.
// The report is one HTML file people open from a disk or a chat message: a title such as
// `<script>` must stay a title, in an element's text and in an attribute alike.

import { showBidiControls } from '../text/bidi.js';

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for an HTML text node or a quoted attribute, dropping control characters HTML forbids. */
export function escapeHtml(text: string): string {
    // C0 controls (but tab and line breaks), DEL, C1 controls and noncharacters are parse errors in HTML.
    return showBidiControls(text)
        .replace(/[&<>"']/g, char => HTML_ESCAPES[char])
        .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufdd0-\ufdef\ufffe\uffff]/g, '');
}

/** An anchor id built from words, safe in `id` and `href="#…"`: lower case letters, digits and hyphens. */
export function anchorId(...words: string[]): string {
    return words
        .join('-')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '');
}
