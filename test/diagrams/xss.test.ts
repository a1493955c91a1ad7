// Untrusted text from `.align` files (titles, strings) can never become live markup: not in
// the SVG, not in the Mermaid, not in the preview webview.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { previewHtml } from '../../client/preview/preview-html.js';
import { errorsOf, renderDiagram } from '../../language/diagrams/render-diagram.js';
import type { DiagramViewKind } from '../../language/diagrams/view-model.js';
import { buildWorkspace } from '../helpers/workspace.js';
import { launchChromium } from './browser.js';
import { openPreview, THEMES } from '../preview/webview-page.js';

const PAYLOADS = ['<script>window.__pwned = 1</script>', '"><img src=x onerror="window.__pwned = 2">', '</svg><script>window.__pwned = 3</script>'];
const esc = (s: string) => s.replace(/\\/g, '\\\\').replace(/"/g, '\\"');

const HOSTILE = `
stakeholder Ann "${esc(PAYLOADS[0])}" { org "${esc(PAYLOADS[1])}" }
stakeholder Bob "${esc(PAYLOADS[2])}" { org "${esc(PAYLOADS[0])}" }
cadence W "${esc(PAYLOADS[1])}" every week { attendees Ann, Bob escalates to V }
cadence V every week { attendees Ann escalates to W }
domain UX "${esc(PAYLOADS[2])}" { owner Ann }
domain Arch "${esc(PAYLOADS[0])}" { owner Bob }
rule R "${esc(PAYLOADS[1])}" { when touches UX decided by W within 48 hours escalates to Bob after 1 week }
decision D "${esc(PAYLOADS[2])}" { affects UX, Arch }
decision E "${esc(PAYLOADS[0])}" { affects UX }
`;

/** Counts live elements and handler attributes after parsing SVG text as XML in the browser. */
async function liveMarkup(page: Page, svg: string): Promise<{ parsed: boolean; scripts: number; images: number; handlers: number; svgs: number }> {
    return page.evaluate(text => {
        const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
        const all = [...doc.querySelectorAll('*')];
        return {
            parsed: doc.getElementsByTagName('parsererror').length === 0,
            scripts: doc.querySelectorAll('script').length,
            images: doc.querySelectorAll('img, image, foreignObject').length,
            handlers: all.filter(e => [...e.attributes].some(a => a.name.toLowerCase().startsWith('on'))).length,
            svgs: doc.querySelectorAll('svg').length
        };
    }, svg);
}

describe('hostile titles', () => {
    let browser: Browser;
    let page: Page;
    beforeAll(async () => {
        browser = await launchChromium();
        page = await browser.newPage();
    });
    afterAll(async () => {
        await browser?.close();
    });

    for (const view of ['decision-flow', 'escalation', 'raci'] as DiagramViewKind[]) {
        it(`the ${view} SVG contains them only as text`, async () => {
            const ws = await buildWorkspace(HOSTILE);
            const svg = await renderDiagram(ws.model, errorsOf([...ws.documents.values()]), { view, format: 'svg' });
            expect(await liveMarkup(page, svg)).toEqual({ parsed: true, scripts: 0, images: 0, handlers: 0, svgs: 1 });
            expect(svg).not.toContain('<script');
            expect(svg).not.toContain('<img');
            expect(svg.match(/<\/svg>/g)).toHaveLength(1);
        });
    }

    // The roadmap and rhythm show titles, orgs and mitigations in labels and tooltips.
    const HOSTILE_TIME = `${HOSTILE}
group G "${esc(PAYLOADS[2])}" { members Bob }
cadence Q "${esc(PAYLOADS[0])}" every quarter for 2 hours { attendees G }
milestone M "${esc(PAYLOADS[1])}" on 2027-02-01
metric K "${esc(PAYLOADS[2])}" outcome { owner Ann baseline 5% on 2026-06-01 target 60% by 2027-06-30 actual 7% on 2026-10-01 }
benefit B "${esc(PAYLOADS[0])}" { measured by K expected at M }
risk S "${esc(PAYLOADS[1])}" { owner Bob mitigation "${esc(PAYLOADS[2])}" status blocker since 2026-11-01 escalates to W after 1 week }
decision N "${esc(PAYLOADS[0])}" { affects UX needed by M due 2027-03-01 }
`;

    for (const view of ['roadmap', 'rhythm'] as DiagramViewKind[]) {
        it(`the ${view} SVG and Mermaid contain them only as text`, async () => {
            const ws = await buildWorkspace(HOSTILE_TIME);
            const svg = await renderDiagram(ws.model, errorsOf([...ws.documents.values()]), { view, format: 'svg', today: '2026-11-24' });
            expect(await liveMarkup(page, svg)).toEqual({ parsed: true, scripts: 0, images: 0, handlers: 0, svgs: 1 });
            expect(svg).not.toMatch(/<script|<img|<\/svg>[^]*<\/svg>/);
            // The hostile text is there, escaped, in tooltips.
            expect(svg).toContain('&lt;script&gt;window.__pwned = 1&lt;/script&gt;');
            const mermaid = await renderDiagram(ws.model, [], { view, format: 'mermaid', today: '2026-11-24' });
            expect(mermaid).not.toMatch(/<script|<img|"><|<\/svg>|%%/);
        });
    }

    it('the Mermaid text keeps them inside quoted labels', async () => {
        const ws = await buildWorkspace(HOSTILE);
        const mermaid = await renderDiagram(ws.model, [], { view: 'decision-flow', format: 'mermaid' });
        expect(mermaid).not.toMatch(/<script|<img|"><|<\/svg>/);
        for (const line of mermaid.split('\n').filter(l => l.includes('["'))) expect(line).toMatch(/\["[^"]*"\]$/);
    });

    it('the preview webview shows them as text and runs no script from them', async () => {
        const ws = await buildWorkspace(HOSTILE);
        const svg = await renderDiagram(ws.model, errorsOf([...ws.documents.values()]), { view: 'decision-flow', format: 'svg' });
        const nonce = 'test-nonce-123';
        const html = previewHtml({
            cspSource: 'http://align.test',
            nonce,
            scriptUri: 'http://align.test/preview.js',
            styleUri: 'http://align.test/preview.css',
            view: 'decision-flow'
        });
        expect(html.replace(/&#39;/g, "'")).toContain(`script-src 'nonce-${nonce}'`);
        expect(html).not.toMatch(/https?:\/\/(?!align\.test)/);
        const preview = await openPreview(browser, THEMES['Light Modern']);
        const webview = preview.page;
        const asResult = (text: string) => ({ view: 'decision-flow', format: 'svg', version: 1, text, nodes: [], neighbours: {}, syntaxErrors: false });
        // The real SVG, and a hand-made one that skips the renderer's escaping entirely.
        const raw =
            '<svg xmlns="http://www.w3.org/2000/svg" onload="window.__pwned=4"><script>window.__pwned=5</script><foreignObject><img src="x" onerror="window.__pwned=6"/></foreignObject><a href="javascript:window.__pwned=7"><text>x</text></a><g data-node-id="n" data-uri="file:///a" data-line="1" data-character="0"><rect width="10" height="10"/></g></svg>';
        for (const payload of [svg, raw]) {
            await webview.evaluate(result => window.postMessage({ type: 'diagram', result }, '*'), asResult(payload));
            await webview.waitForFunction(() => document.querySelector('#canvas svg') !== null);
            const state = await webview.evaluate(() => ({
                pwned: (window as unknown as { __pwned?: number }).__pwned ?? 0,
                scripts: document.querySelectorAll('#canvas script').length,
                images: document.querySelectorAll('#canvas img, #canvas foreignObject, #canvas a').length,
                handlers: [...document.querySelectorAll('#canvas *')].filter(e => [...e.attributes].some(a => a.name.startsWith('on'))).length,
                text: document.querySelector('#canvas')!.textContent ?? ''
            }));
            expect(state).toMatchObject({ pwned: 0, scripts: 0, images: 0, handlers: 0 });
        }
        // The diagram's stylesheet passes the page's Content-Security-Policy: boxes are not painted black.
        await webview.evaluate(result => window.postMessage({ type: 'diagram', result }, '*'), asResult(svg));
        await webview.waitForFunction(() => document.querySelector('#canvas g.node rect') !== null);
        const fill = await webview.evaluate(() => getComputedStyle(document.querySelector('#canvas g.node rect')!).fill);
        expect(fill).not.toBe('rgb(0, 0, 0)');
        const texts = await webview.evaluate(() => document.querySelector('#canvas')!.textContent ?? '');
        // Shown as text, exactly as written, and inert (no script elements, checked above).
        expect(texts).toContain('<script>window.__pwned = 1</script>');
        expect(await webview.evaluate(() => document.querySelectorAll('#canvas script').length)).toBe(0);
        // Clicking a node asks the editor to reveal the declaration.
        const target = await webview.evaluate(() => {
            const node = document.querySelector('#canvas [data-node-id="decision:D"]') as SVGElement;
            node.dispatchEvent(new MouseEvent('click', { bubbles: true }));
            return { uri: node.getAttribute('data-uri'), line: Number(node.getAttribute('data-line')) };
        });
        expect(target.uri).toBe('file:///workspace/main.align');
        const posted = await webview.evaluate(() => (window as unknown as { posted: Array<{ type: string; uri?: string; line?: number }> }).posted);
        expect(posted).toContainEqual({ type: 'reveal', uri: target.uri, line: target.line, character: 0 });
        await webview.close();
    });
});
