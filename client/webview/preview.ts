// The preview webview: shows the picture the extension sends, themed from VS Code's colours,
// with filter, this-file and follow-cursor controls, zoom, an off-screen error badge and
// click-to-source. Bundled by esbuild into out/webview/preview.js.
import type { DiagramResult, FromWebview, PreviewState, ToWebview } from '../../language/protocol.js';
import { themePalette, type ThemeKind } from './palette.js';
import { sanitizeSvg } from './sanitize.js';
import { Viewport } from './viewport.js';

interface VsCodeApi {
    postMessage(message: FromWebview): void;
    getState(): PreviewState | undefined;
    setState(state: PreviewState): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const pane = byId<HTMLElement>('viewport');
const canvas = byId<HTMLElement>('canvas');
const banner = byId<HTMLElement>('banner');
const note = byId<HTMLElement>('note');
const badge = byId<HTMLButtonElement>('offscreen');
const filterBox = byId<HTMLInputElement>('filter');
const onlyFile = byId<HTMLButtonElement>('only-file');
const follow = byId<HTMLButtonElement>('follow');
const nonce = (document.currentScript as HTMLScriptElement | null)?.nonce ?? '';
const viewport = new Viewport(pane, canvas);
let state: PreviewState = vscode.getState() ?? { view: (document.body.dataset.view as PreviewState['view']) ?? 'decision-flow' };
let current: DiagramResult | undefined;
let highlighted: string | undefined;

function post(message: FromWebview): void {
    vscode.postMessage(message);
}

function save(patch: Partial<PreviewState>): void {
    state = { ...state, ...patch };
    vscode.setState(state);
}

function themeKind(): ThemeKind {
    const classes = document.body.classList;
    if (classes.contains('vscode-high-contrast-light')) return 'high-contrast-light';
    if (classes.contains('vscode-high-contrast')) return 'high-contrast';
    return classes.contains('vscode-dark') ? 'dark' : 'light';
}

/** Maps the theme's colours onto the picture's `--align-*` variables. */
function applyTheme(): void {
    const style = getComputedStyle(document.documentElement);
    const palette = themePalette(id => style.getPropertyValue(`--vscode-${id.replace(/\./g, '-')}`), themeKind());
    for (const [name, value] of Object.entries(palette)) document.body.style.setProperty(name, value);
}

function showBanner(text: string | undefined): void {
    banner.textContent = text ?? '';
    banner.hidden = !text;
}

function highlight(nodeId: string | undefined): void {
    for (const old of Array.from(canvas.querySelectorAll('.highlight'))) old.classList.remove('highlight');
    highlighted = nodeId;
    if (!nodeId) return;
    const nodes = Array.from(canvas.querySelectorAll('[data-node-id]')).filter(node => node.getAttribute('data-node-id') === nodeId);
    nodes.forEach(node => node.classList.add('highlight'));
    if (nodes[0]) viewport.reveal(nodes[0]);
}

/** Points to elements with errors that are scrolled out of sight. */
function updateBadge(): void {
    const errors = Array.from(canvas.querySelectorAll('g.node.error'));
    const hidden = viewport.offScreen(errors);
    badge.hidden = hidden.length === 0;
    badge.textContent = `${hidden.length} ${hidden.length === 1 ? 'error' : 'errors'} off screen`;
    badge.onclick = () => {
        if (hidden[0]) viewport.reveal(hidden[0]);
    };
}

/** Said when even the smallest legible size is wider than the panel. */
const TOO_WIDE = 'Wider than the panel at a legible size: scroll sideways, or narrow the picture with the filter, "This file" or "Follow cursor".';

function showNote(text: string | undefined): void {
    note.textContent = text ?? '';
    note.hidden = !text;
}

function showDiagram(result: DiagramResult, highlightedNodeId: string | undefined): void {
    const svg = sanitizeSvg(result.text, nonce);
    if (!svg) {
        showBanner('The diagram could not be displayed.');
        return;
    }
    const sameView = current?.view === result.view;
    current = result;
    canvas.replaceChildren(svg);
    document.body.dataset.view = result.view;
    for (const button of Array.from(document.querySelectorAll<HTMLButtonElement>('button.view'))) {
        button.classList.toggle('active', button.dataset.view === result.view);
        button.setAttribute('aria-pressed', String(button.dataset.view === result.view));
    }
    showBanner(undefined);
    // Keep the reader's zoom while they work; a new view starts fitted.
    let fitsWidth = true;
    if (sameView && viewport.userZoomed) viewport.refresh();
    else fitsWidth = viewport.fit();
    showNote(result.note ?? (fitsWidth ? undefined : TOO_WIDE));
    highlight(highlightedNodeId ?? highlighted);
    updateBadge();
}

window.addEventListener('message', (event: MessageEvent<ToWebview>) => {
    const message = event.data;
    switch (message.type) {
        case 'diagram':
            showDiagram(message.result, message.highlightedNodeId);
            break;
        case 'stale':
            showBanner('Showing the last valid diagram — fix the syntax errors to update it.');
            highlight(message.highlightedNodeId);
            break;
        case 'highlight':
            highlight(message.nodeId);
            break;
        case 'error':
            showBanner(message.message);
            break;
        case 'saved':
            break;
        case 'rasterize':
            void rasterize().then(dataUrl => post({ type: 'exportPng', dataUrl }));
            break;
        case 'restore':
            restore(message.state);
            break;
    }
});

/** The picture as PNG at twice its size, drawn from the same SVG as "Export SVG". */
async function rasterize(): Promise<string> {
    if (!current || current.format !== 'svg') return '';
    const image = new Image();
    image.src = `data:image/svg+xml;base64,${btoa(unescape(encodeURIComponent(current.text)))}`;
    await image.decode();
    const output = document.createElement('canvas');
    output.width = image.naturalWidth * 2;
    output.height = image.naturalHeight * 2;
    const context = output.getContext('2d')!;
    context.scale(2, 2);
    context.drawImage(image, 0, 0);
    return output.toDataURL('image/png');
}

function restore(saved: PreviewState): void {
    state = { ...state, ...saved };
    vscode.setState(state);
    filterBox.value = state.filter ?? '';
    onlyFile.setAttribute('aria-pressed', String(Boolean(state.onlyFile)));
    follow.setAttribute('aria-pressed', String(Boolean(state.focusMode)));
}

function sendOptions(): void {
    save({ filter: filterBox.value, onlyFile: onlyFile.getAttribute('aria-pressed') === 'true', focusMode: follow.getAttribute('aria-pressed') === 'true' });
    post({ type: 'setOptions', filter: state.filter ?? '', onlyFile: Boolean(state.onlyFile), focusMode: Boolean(state.focusMode) });
}

let filterTimer: ReturnType<typeof setTimeout> | undefined;
filterBox.addEventListener('input', () => {
    clearTimeout(filterTimer);
    filterTimer = setTimeout(sendOptions, 200);
});
for (const toggle of [onlyFile, follow]) {
    toggle.addEventListener('click', () => {
        toggle.setAttribute('aria-pressed', String(toggle.getAttribute('aria-pressed') !== 'true'));
        sendOptions();
    });
}

canvas.addEventListener('click', event => {
    const node = (event.target as Element).closest?.('[data-uri]');
    if (!node) return;
    post({
        type: 'reveal',
        uri: node.getAttribute('data-uri') ?? '',
        line: Number(node.getAttribute('data-line')),
        character: Number(node.getAttribute('data-character'))
    });
});

pane.addEventListener(
    'wheel',
    event => {
        // The wheel scrolls; with Ctrl or ⌘ (and a trackpad pinch) it zooms around the pointer.
        if (!event.ctrlKey && !event.metaKey) return;
        event.preventDefault();
        const box = pane.getBoundingClientRect();
        viewport.zoom(Math.exp(-event.deltaY * 0.002), { x: event.clientX - box.left, y: event.clientY - box.top });
        updateBadge();
    },
    { passive: false }
);
pane.addEventListener('scroll', () => updateBadge(), { passive: true });

document.addEventListener('keydown', event => {
    if (event.target === filterBox) return;
    if (event.key === '+' || event.key === '=') viewport.zoom(1.25);
    else if (event.key === '-') viewport.zoom(0.8);
    else if (event.key === '0') showNote(current?.note ?? (viewport.fit() ? undefined : TOO_WIDE));
    else return;
    updateBadge();
});

for (const button of Array.from(document.querySelectorAll<HTMLButtonElement>('button.view'))) {
    button.addEventListener('click', () => {
        const view = button.dataset.view as PreviewState['view'];
        save({ view });
        post({ type: 'setView', view });
    });
}
byId('fit').addEventListener('click', () => {
    showNote(current?.note ?? (viewport.fit() ? undefined : TOO_WIDE));
    updateBadge();
});
byId('zoom-in').addEventListener('click', () => {
    viewport.zoom(1.25);
    updateBadge();
});
byId('zoom-out').addEventListener('click', () => {
    viewport.zoom(0.8);
    updateBadge();
});
byId('export-svg').addEventListener('click', () => post({ type: 'exportSvg' }));
// The extension asks the server for the PNG; the canvas drawing is only its fallback.
byId('export-png').addEventListener('click', () => post({ type: 'exportPng' }));
byId('copy-mermaid').addEventListener('click', () => post({ type: 'copyMermaid' }));
window.addEventListener('resize', () => {
    if (!viewport.userZoomed) showNote(current?.note ?? (viewport.fit() ? undefined : TOO_WIDE));
    updateBadge();
});

// VS Code swaps the body's theme class and the html element's variables on a theme change.
new MutationObserver(applyTheme).observe(document.body, { attributes: true, attributeFilter: ['class'] });
new MutationObserver(applyTheme).observe(document.documentElement, { attributes: true, attributeFilter: ['style'] });
applyTheme();
restore(state);
post({ type: 'ready', state });
