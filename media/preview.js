// Align preview webview script. Receives SVG from the extension, sanitizes it (defence in
// depth: the renderer already escapes all text), shows it with pan and zoom, and reports
// clicks so the editor can reveal the declaration.
(function () {
    'use strict';
    const vscode = acquireVsCodeApi();
    const viewport = document.getElementById('viewport');
    const canvas = document.getElementById('canvas');
    const banner = document.getElementById('banner');
    const state = { scale: 1, x: 0, y: 0, dragging: null, highlighted: null, userMoved: false };
    // The Content-Security-Policy admits only styles carrying this page's nonce; the
    // diagram's own stylesheet gets it when the SVG is inserted.
    const nonce = document.currentScript && document.currentScript.nonce;

    /** Removes anything executable or external from a parsed SVG document. */
    function sanitize(svgText) {
        const parsed = new DOMParser().parseFromString(svgText, 'image/svg+xml');
        const root = parsed.documentElement;
        if (!root || root.nodeName !== 'svg' || parsed.getElementsByTagName('parsererror').length > 0) return null;
        for (const bad of Array.from(root.querySelectorAll('script, foreignObject, iframe, object, embed, image, a'))) bad.remove();
        for (const element of Array.from(root.querySelectorAll('*')).concat([root])) {
            for (const attribute of Array.from(element.attributes)) {
                const name = attribute.name.toLowerCase();
                const value = attribute.value.trim().toLowerCase();
                if (name.startsWith('on')) element.removeAttribute(attribute.name);
                else if ((name === 'href' || name === 'xlink:href') && !value.startsWith('#')) element.removeAttribute(attribute.name);
                else if (value.includes('javascript:')) element.removeAttribute(attribute.name);
            }
        }
        for (const style of Array.from(root.querySelectorAll('style'))) style.setAttribute('nonce', nonce || '');
        return document.importNode(root, true);
    }

    function apply() {
        canvas.style.transform = `translate(${state.x}px, ${state.y}px) scale(${state.scale})`;
    }

    function fit() {
        const svg = canvas.querySelector('svg');
        if (!svg) return;
        const width = Number(svg.getAttribute('width')) || 1;
        const height = Number(svg.getAttribute('height')) || 1;
        const box = viewport.getBoundingClientRect();
        state.scale = Math.min(2, Math.max(0.1, Math.min(box.width / width, box.height / height) * 0.96));
        state.x = (box.width - width * state.scale) / 2;
        state.y = Math.max(8, (box.height - height * state.scale) / 2);
        apply();
    }

    function highlight(nodeId) {
        for (const old of canvas.querySelectorAll('.highlight')) old.classList.remove('highlight');
        state.highlighted = nodeId || null;
        if (!nodeId) return;
        for (const node of canvas.querySelectorAll('[data-node-id]')) {
            if (node.getAttribute('data-node-id') === nodeId) node.classList.add('highlight');
        }
    }

    function showBanner(text) {
        banner.textContent = text || '';
        banner.hidden = !text;
    }

    window.addEventListener('message', event => {
        const message = event.data;
        if (message.type === 'diagram') {
            const svg = sanitize(message.svg);
            if (!svg) { showBanner('The diagram could not be displayed.'); return; }
            canvas.replaceChildren(svg);
            document.body.dataset.view = message.view;
            for (const button of document.querySelectorAll('button.view')) button.classList.toggle('active', button.dataset.view === message.view);
            showBanner('');
            highlight(message.highlightedNodeId);
            // Keep fitting the picture as it grows, until the user pans or zooms themselves.
            if (!state.userMoved) fit();
        } else if (message.type === 'stale') {
            showBanner('Showing the last valid diagram — fix the syntax errors to update it.');
            highlight(message.highlightedNodeId);
        } else if (message.type === 'error') {
            showBanner(`The diagram could not be drawn: ${message.message}`);
        }
    });

    canvas.addEventListener('click', event => {
        const node = event.target.closest && event.target.closest('[data-uri]');
        if (!node || state.moved) return;
        vscode.postMessage({ type: 'reveal', uri: node.getAttribute('data-uri'), line: Number(node.getAttribute('data-line')), character: Number(node.getAttribute('data-character')) });
    });

    viewport.addEventListener('wheel', event => {
        event.preventDefault();
        const box = viewport.getBoundingClientRect();
        const factor = Math.exp(-event.deltaY * 0.0015);
        const scale = Math.min(4, Math.max(0.1, state.scale * factor));
        const px = event.clientX - box.left;
        const py = event.clientY - box.top;
        state.x = px - (px - state.x) * (scale / state.scale);
        state.y = py - (py - state.y) * (scale / state.scale);
        state.scale = scale;
        state.userMoved = true;
        apply();
    }, { passive: false });

    viewport.addEventListener('pointerdown', event => {
        state.dragging = { x: event.clientX - state.x, y: event.clientY - state.y, startX: event.clientX, startY: event.clientY };
        state.moved = false;
    });
    window.addEventListener('pointermove', event => {
        if (!state.dragging) return;
        if (Math.abs(event.clientX - state.dragging.startX) + Math.abs(event.clientY - state.dragging.startY) > 4) state.moved = state.userMoved = true;
        state.x = event.clientX - state.dragging.x;
        state.y = event.clientY - state.dragging.y;
        apply();
    });
    window.addEventListener('pointerup', () => { state.dragging = null; setTimeout(() => { state.moved = false; }, 0); });

    for (const button of document.querySelectorAll('button.view')) {
        button.addEventListener('click', () => vscode.postMessage({ type: 'setView', view: button.dataset.view }));
    }
    document.getElementById('fit').addEventListener('click', () => { state.userMoved = false; fit(); });
    document.getElementById('zoom-in').addEventListener('click', () => { state.scale = Math.min(4, state.scale * 1.25); state.userMoved = true; apply(); });
    document.getElementById('zoom-out').addEventListener('click', () => { state.scale = Math.max(0.1, state.scale / 1.25); state.userMoved = true; apply(); });
    document.getElementById('export-svg').addEventListener('click', () => vscode.postMessage({ type: 'exportSvg' }));
    document.getElementById('copy-mermaid').addEventListener('click', () => vscode.postMessage({ type: 'copyMermaid' }));
    window.addEventListener('resize', () => fit());
    vscode.postMessage({ type: 'ready' });
}());
