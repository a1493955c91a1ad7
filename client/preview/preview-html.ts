// The preview webview's HTML: a strict Content-Security-Policy (nonce scripts, no remote
// content), one stylesheet and one script from the extension's media folder. Pure, so it
// can be tested without VS Code.

export interface PreviewHtmlOptions {
    /** `webview.cspSource`. */
    cspSource: string;
    /** A fresh random nonce per page. */
    nonce: string;
    scriptUri: string;
    styleUri: string;
    /** The view shown first. */
    view: string;
}

const VIEWS: Array<[string, string]> = [['decision-flow', 'Decision flow'], ['escalation', 'Escalation'], ['raci', 'RACI']];

/** Escapes text for HTML text and double-quoted attributes. */
export function escapeHtml(text: string): string {
    return text.replace(/[&<>"']/g, char => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!);
}

/** The full HTML of the preview page (the diagram itself arrives later by message). */
export function previewHtml(options: PreviewHtmlOptions): string {
    const csp = [
        "default-src 'none'",
        `img-src ${options.cspSource} data:`,
        `style-src ${options.cspSource} 'nonce-${options.nonce}'`,
        `script-src 'nonce-${options.nonce}'`,
        `font-src ${options.cspSource}`
    ].join('; ');
    const buttons = VIEWS.map(([id, label]) =>
        `<button type="button" class="view${id === options.view ? ' active' : ''}" data-view="${escapeHtml(id)}">${escapeHtml(label)}</button>`).join('');
    return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${escapeHtml(options.styleUri)}" nonce="${escapeHtml(options.nonce)}">
<title>Align preview</title>
</head>
<body data-view="${escapeHtml(options.view)}">
<header class="toolbar">
  <nav class="views" aria-label="View">${buttons}</nav>
  <span class="spacer"></span>
  <button type="button" id="fit" title="Fit to view">Fit</button>
  <button type="button" id="zoom-in" title="Zoom in">+</button>
  <button type="button" id="zoom-out" title="Zoom out">−</button>
  <button type="button" id="export-svg" title="Save the picture as an SVG file">Export SVG</button>
  <button type="button" id="copy-mermaid" title="Copy the picture as Mermaid text">Copy Mermaid</button>
</header>
<div id="banner" class="banner" hidden></div>
<main id="viewport"><div id="canvas"><p class="placeholder">Drawing the decision framework…</p></div></main>
<script nonce="${escapeHtml(options.nonce)}" src="${escapeHtml(options.scriptUri)}"></script>
</body>
</html>
`;
}
