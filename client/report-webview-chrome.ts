// The report as VS Code's webview shows it: the same page, plus a toolbar with "Save as HTML…"
// (a nonce script that only posts a message) and colours that follow the editor's theme
// classes rather than the system's. What is saved is the page without these additions.
import type { FromReportWebview } from '../language/protocol.js';
import { REPORT_CSP } from '../language/report/report-csp.js';
import { escapeHtml } from '../language/report/escape-html.js';
import { DARK_PALETTE, declarations, LIGHT_PALETTE } from '../language/report/report-style.js';

/** The message the toolbar's button posts to the extension. */
export const SAVE_MESSAGE: FromReportWebview = { type: 'save' };

// VS Code marks the body with the theme's kind; prefers-color-scheme follows the system, which may differ.
const THEMED = `
:root:has(> body.vscode-dark), :root:has(> body.vscode-high-contrast:not(.vscode-high-contrast-light)) { ${declarations(DARK_PALETTE)} }
:root:has(> body.vscode-light), :root:has(> body.vscode-high-contrast-light) { ${declarations(LIGHT_PALETTE)} ${Object.keys(DARK_PALETTE)
    .filter(name => !(name in LIGHT_PALETTE))
    .map(name => `${name}: initial;`)
    .join(' ')} }
${highContrast()}
.report-toolbar { position: sticky; top: 0; z-index: 1; display: flex; gap: .5rem; align-items: center; justify-content: flex-end; padding: .4rem 0; background: var(--report-background); border-bottom: 1px solid var(--report-border); }
.report-toolbar button { font: inherit; padding: .25rem .8rem; border-radius: 4px; cursor: pointer;
  color: var(--vscode-button-foreground, #ffffff); background: var(--vscode-button-background, #1a62ad); border: 1px solid var(--vscode-button-border, transparent); }
.report-toolbar button:hover { background: var(--vscode-button-hoverBackground, #174f8a); }
`;

/** High contrast: boxes as outlines on the editor's background in its contrast border, as VS Code draws them; texts keep the palette's readable colours. */
function highContrast(): string {
    const names = Object.keys(DARK_PALETTE);
    const outlines = [
        ...names
            .filter(name => name.endsWith('-fill') || name === '--report-background' || name === '--report-stripe' || name === '--align-background')
            .map(name => `${name}: var(--vscode-editor-background);`),
        ...names.filter(name => name.endsWith('-stroke') || name === '--report-border').map(name => `${name}: var(--vscode-contrastBorder);`),
        '--report-text: var(--vscode-editor-foreground);',
        '--align-text: var(--vscode-editor-foreground);'
    ];
    // Repeated :root outweighs the dark and light rules above, which name more classes.
    return `:root:root:root:has(> body.vscode-high-contrast) { ${outlines.join(' ')} }`;
}

/** The report page with the webview's toolbar and theme classes; throws if the page is not a report. */
export function webviewReportHtml(report: string, nonce: string): string {
    const policy = `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(REPORT_CSP)}">`;
    if (!report.includes(policy) || !report.includes('<body>\n')) throw new Error('not an Align report page');
    const safeNonce = escapeHtml(nonce);
    const webviewPolicy = `${REPORT_CSP}; script-src 'nonce-${nonce}'`;
    const toolbar =
        `<div class="report-toolbar chrome" role="toolbar" aria-label="Report"><button type="button" id="align-report-save">Save as HTML…</button></div>\n` +
        `<script nonce="${safeNonce}">(function () { const vscode = acquireVsCodeApi(); ` +
        `document.getElementById('align-report-save').addEventListener('click', function () { vscode.postMessage(${JSON.stringify(SAVE_MESSAGE)}); }); ` +
        // The page is rebuilt when the model changes: the reader stays where they were.
        `const state = vscode.getState(); if (state && state.scrollY) window.scrollTo(0, state.scrollY); ` +
        `window.addEventListener('scroll', function () { vscode.setState({ scrollY: window.scrollY }); }, { passive: true }); }());</script>\n`;
    // Replacer functions: a replacement string would read `$&` and the like in the inserted text.
    return report
        .replace(policy, () => `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(webviewPolicy)}">`)
        .replace('</head>', () => `<style>${THEMED}</style>\n</head>`)
        .replace('<body>\n', () => `<body>\n${toolbar}`);
}
