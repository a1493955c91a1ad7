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

const VIEWS: Array<[string, string]> = [
    ['decision-flow', 'Decision flow'],
    ['escalation', 'Escalation'],
    ['raci', 'RACI'],
    ['roadmap', 'Roadmap'],
    ['rhythm', 'Rhythm']
];

/** Escapes text for HTML text and double-quoted attributes. */
export function escapeHtml(text: string): string {
    return text.replace(/[&<>"']/g, char => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!);
}

/** The full HTML of the preview page (the diagram itself arrives later by message). */
export function previewHtml(options: PreviewHtmlOptions): string {
    const csp = [
        "default-src 'none'",
        // data: for the PNG export, which draws the SVG into a canvas.
        `img-src ${options.cspSource} data:`,
        `style-src ${options.cspSource} 'nonce-${options.nonce}'`,
        `script-src 'nonce-${options.nonce}'`,
        `font-src ${options.cspSource}`
    ].join('; ');
    const buttons = VIEWS.map(
        ([id, label]) => `<button type="button" class="view${id === options.view ? ' active' : ''}" data-view="${escapeHtml(id)}">${escapeHtml(label)}</button>`
    ).join('');
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
  <input type="search" id="filter" placeholder="Filter: name, domain, person" aria-label="Filter the picture by name, domain or person" spellcheck="false">
  <button type="button" id="only-file" aria-pressed="false" title="Only what the current file declares or touches">This file</button>
  <button type="button" id="follow" aria-pressed="false" title="Show the declaration under the cursor and its neighbours">Follow cursor</button>
  <span class="spacer"></span>
  <button type="button" id="zoom-out" title="Zoom out (−)" aria-label="Zoom out">−</button>
  <button type="button" id="fit" title="Fit to width (0)">Fit</button>
  <button type="button" id="zoom-in" title="Zoom in (+)" aria-label="Zoom in">+</button>
  <button type="button" id="export-svg" title="Save the picture as an SVG file">Export SVG</button>
  <button type="button" id="export-png" title="Save the picture as a PNG file">Export PNG</button>
  <button type="button" id="copy-mermaid" title="Copy the picture as Mermaid text">Copy Mermaid</button>
</header>
<div id="banner" class="banner" role="status" hidden></div>
<div id="note" class="note" role="status" hidden></div>
<main id="viewport" tabindex="0"><div id="canvas"><p class="placeholder">Drawing the decision framework…</p></div></main>
<button type="button" id="offscreen" class="offscreen" hidden></button>
<script nonce="${escapeHtml(options.nonce)}" src="${escapeHtml(options.scriptUri)}"></script>
</body>
</html>
`;
}
