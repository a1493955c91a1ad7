// Escaping of untrusted text (titles, names, messages from `.align` files) for XML output.

import { showBidiControls } from '../../text/bidi.js';

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for an XML text node or a double- or single-quoted attribute. */
export function escapeXml(text: string): string {
    // Control characters other than tab and newlines are not allowed in XML at all.
    return showBidiControls(text)
        .replace(/[&<>"']/g, char => XML_ESCAPES[char])
        .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');
}

/** Formats a coordinate with at most one decimal, so output is byte-for-byte stable. */
export function num(value: number): string {
    const rounded = Math.round(value * 10) / 10;
    return Object.is(rounded, -0) ? '0' : String(rounded);
}
