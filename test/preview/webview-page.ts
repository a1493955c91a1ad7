// Opens the real preview webview (out/webview/preview.js, media/preview.css and the page from
// preview-html.ts) in Chromium, dressed as VS Code dresses a webview: the theme's colours as
// `--vscode-*` variables on <html> and the theme kind as a class on <body>.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { previewHtml } from '../../client/preview/preview-html.js';
import { renderView } from '../../language/diagrams/render-diagram.js';
import { buildView, errorsOf } from '../../language/diagrams/render-diagram.js';
import { selectView, type ViewSelection } from '../../language/diagrams/select/select-view.js';
import { indexView } from '../../language/diagrams/select/view-index.js';
import type { AlignmentModel } from '../../language/model/alignment-model.js';
import type { DiagramResult, DiagramViewKind, FromWebview } from '../../language/protocol.js';
import type { ThemeKind } from '../../client/webview/palette.js';

export interface Theme {
    kind: ThemeKind;
    colors: Record<string, string>;
}

/** The five themes the preview must be readable in, with their colours from VS Code 1.100. */
export const THEMES: Record<string, Theme> = JSON.parse(readFileSync(new URL('../fixtures/themes/vscode-themes.json', import.meta.url), 'utf8')).themes;

const BODY_CLASS: Record<ThemeKind, string> = {
    light: 'vscode-light',
    dark: 'vscode-dark',
    'high-contrast': 'vscode-high-contrast',
    'high-contrast-light': 'vscode-high-contrast vscode-high-contrast-light'
};

/** A picture as the server's `align/diagram` answers it. */
export async function diagramResult(model: AlignmentModel, view: DiagramViewKind, selection: ViewSelection = {}): Promise<DiagramResult> {
    const full = buildView(model, errorsOf(model.documents), view);
    const selected = selectView(full, selection);
    return {
        view,
        format: 'svg',
        version: 1,
        text: await renderView(selected.view, 'svg'),
        ...indexView(selected.view),
        syntaxErrors: false,
        note: selected.note
    };
}

export interface PreviewPage {
    page: Page;
    /** Messages the webview posted to the extension. */
    posted(): Promise<FromWebview[]>;
    show(result: DiagramResult): Promise<void>;
}

/** Opens the preview page in a pane of the given size and theme. */
export async function openPreview(browser: Browser, theme: Theme, size = { width: 640, height: 800 }): Promise<PreviewPage> {
    const nonce = 'test-nonce';
    const html = previewHtml({
        cspSource: 'http://align.test',
        nonce,
        scriptUri: 'http://align.test/preview.js',
        styleUri: 'http://align.test/preview.css',
        view: 'decision-flow'
    })
        .replace(
            '<html lang="en">',
            `<html lang="en" style="${Object.entries(theme.colors)
                .map(([id, value]) => `--vscode-${id.replace(/\./g, '-')}: ${value}`)
                .join('; ')}">`
        )
        .replace(/<body /, `<body class="${BODY_CLASS[theme.kind]}" `);
    const page = await browser.newPage({ viewport: size });
    await page.route('http://align.test/**', route => {
        const path = new URL(route.request().url()).pathname;
        if (path === '/preview.js')
            return route.fulfill({ body: readFileSync(new URL('../../out/webview/preview.js', import.meta.url), 'utf8'), contentType: 'text/javascript' });
        if (path === '/preview.css')
            return route.fulfill({ body: readFileSync(new URL('../../media/preview.css', import.meta.url), 'utf8'), contentType: 'text/css' });
        return route.fulfill({ body: html, contentType: 'text/html' });
    });
    await page.addInitScript(() => {
        const w = window as unknown as { posted: unknown[]; acquireVsCodeApi: () => unknown; saved: unknown };
        w.posted = [];
        w.acquireVsCodeApi = () => ({
            postMessage: (m: unknown) => w.posted.push(m),
            getState: () => w.saved,
            setState: (s: unknown) => {
                w.saved = s;
            }
        });
    });
    await page.goto('http://align.test/');
    await page.waitForFunction(() => (window as unknown as { posted: Array<{ type: string }> }).posted.some(m => m.type === 'ready'));
    return {
        page,
        posted: () => page.evaluate(() => (window as unknown as { posted: FromWebview[] }).posted),
        async show(result) {
            // The picture shown before is marked, so a page reused for the same view waits for the new one.
            await page.evaluate(r => {
                document.querySelector('#canvas svg')?.setAttribute('data-replaced', '');
                window.postMessage({ type: 'diagram', result: r }, '*');
            }, result);
            await page.waitForFunction(version => {
                const svg = document.querySelector('#canvas svg');
                return svg !== null && !svg.hasAttribute('data-replaced') && document.body.dataset.view === version;
            }, result.view);
        }
    };
}
