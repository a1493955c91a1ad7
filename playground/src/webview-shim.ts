// Loaded in the preview frame before the extension's preview script: the one function VS Code
// gives a webview, `acquireVsCodeApi`, here posting to the playground page that hosts the frame
// (src/preview-host.ts), which answers as the extension would. The state survives a reload of
// the page within the tab, as a webview's survives a window reload.
const STATE_KEY = 'align-playground-preview-state';

interface PreviewApi {
    postMessage(message: unknown): void;
    getState(): unknown;
    setState(state: unknown): void;
}

function readState(): unknown {
    try {
        return JSON.parse(sessionStorage.getItem(STATE_KEY) ?? 'null') ?? undefined;
    } catch {
        return undefined;
    }
}

const api: PreviewApi = {
    postMessage: message => window.parent.postMessage(message, window.location.origin),
    getState: readState,
    setState: state => sessionStorage.setItem(STATE_KEY, JSON.stringify(state))
};

(window as unknown as { acquireVsCodeApi: () => PreviewApi }).acquireVsCodeApi = () => api;
