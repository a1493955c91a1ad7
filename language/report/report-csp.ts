// The report's Content-Security-Policy: no script, no fetch, styles inline, pictures as data.
// Its own module because the extension's webview (client/report-webview-chrome.ts) needs it
// without the report builder, which would bring the diagrams and ELK into the client bundle.

/** The policy of the report page, in a file and in the editor's webview alike. */
export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";
