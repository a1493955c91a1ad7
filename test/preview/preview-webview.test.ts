// The preview as a reader uses it, in Chromium: readable text at the first picture, zoom that
// keeps what is under the pointer in place, a badge for errors scrolled out of sight, the
// filter and toggles sent to the extension, and the state kept for a window reload.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { READABLE_SCALE } from '../../client/webview/viewport.js';
import { launchChromium } from '../diagrams/browser.js';
import { loadExample } from '../diagrams/diagram-helpers.js';
import { diagramResult, openPreview, THEMES } from './webview-page.js';

let browser: Browser;
beforeAll(async () => {
    browser = await launchChromium();
});
afterAll(async () => {
    await browser?.close();
});

/** The rendered height in pixels of the first label of the picture. */
const labelHeight = (page: import('playwright-core').Page) =>
    page.evaluate(() => document.querySelector('#canvas svg g.node text')!.getBoundingClientRect().height);

describe('the preview webview', () => {
    it('fits the picture to the pane width without making text smaller than 8.5 px', async () => {
        const model = (await loadExample('patient-portal')).ws.model;
        const preview = await openPreview(browser, THEMES['Light Modern'], { width: 480, height: 900 });
        await preview.show(await diagramResult(model, 'decision-flow'));
        // 13 px text at the readable minimum scale; the glyph box is a little taller than the font size.
        expect(await labelHeight(preview.page)).toBeGreaterThanOrEqual(13 * READABLE_SCALE);
        const scroll = await preview.page.evaluate(() => {
            const pane = document.getElementById('viewport')!;
            return { wide: pane.scrollWidth > pane.clientWidth };
        });
        expect(scroll.wide).toBe(true);
        await preview.page.close();
    });

    it('opens fitted to a side panel: whole when it can be, else its width with a note, and reveals the selection without losing the start', async () => {
        const model = (await loadExample('stalemate')).ws.model;
        for (const view of ['escalation', 'rhythm'] as const) {
            const preview = await openPreview(browser, THEMES['Light Modern'], { width: 620, height: 700 });
            await preview.show(await diagramResult(model, view));
            // Whole: nothing to scroll, no note, and no larger than 1.5×.
            const fitted = await preview.page.evaluate(() => {
                const pane = document.getElementById('viewport')!;
                return {
                    wide: pane.scrollWidth > pane.clientWidth,
                    tall: pane.scrollHeight > pane.clientHeight,
                    note: document.getElementById('note')!.hidden
                };
            });
            expect(fitted).toEqual({ wide: false, tall: false, note: true });
            await preview.page.close();
        }
        const preview = await openPreview(browser, THEMES['Light Modern'], { width: 620, height: 700 });
        await preview.show(await diagramResult(model, 'decision-flow'));
        expect(await labelHeight(preview.page)).toBeGreaterThanOrEqual(13 * READABLE_SCALE);
        // Wider than the panel even at the smallest legible size: the note says so and what to do.
        const wide = await preview.page.evaluate(() => {
            const pane = document.getElementById('viewport')!;
            return { wide: pane.scrollWidth > pane.clientWidth, note: document.getElementById('note')!.textContent };
        });
        expect(wide).toMatchObject({ wide: true, note: expect.stringMatching(/^Wider than the panel at a legible size/) });
        // Selecting the rightmost box scrolls just enough to show it: the flow's start stays in view when both fit.
        const target = await preview.page.evaluate(() => {
            const nodes = [...document.querySelectorAll('#canvas svg g.node[data-node-id]')];
            const right = nodes.reduce((a, b) => (a.getBoundingClientRect().right >= b.getBoundingClientRect().right ? a : b));
            return { id: right.getAttribute('data-node-id'), width: right.getBoundingClientRect().width };
        });
        await preview.page.evaluate(nodeId => window.postMessage({ type: 'highlight', nodeId }, '*'), target.id);
        const inView = () =>
            preview.page.evaluate(id => {
                const pane = document.getElementById('viewport')!.getBoundingClientRect();
                const node = document.querySelector(`#canvas svg g.node[data-node-id="${CSS.escape(id!)}"]`)!.getBoundingClientRect();
                return node.left >= pane.left - 1 && node.right <= pane.right + 1;
            }, target.id);
        await expect.poll(inView, { timeout: 5000 }).toBe(true);
        // No further than needed: the box ends at the pane's right edge (centring it would leave a wide gap there).
        expect(wide.wide).toBe(true);
        const gap = await preview.page.evaluate(id => {
            const pane = document.getElementById('viewport')!.getBoundingClientRect();
            return pane.right - document.querySelector(`#canvas svg g.node[data-node-id="${CSS.escape(id!)}"]`)!.getBoundingClientRect().right;
        }, target.id);
        expect(gap).toBeLessThan(40);
        await preview.page.close();
    });

    it('zooms around the pointer: the point of the picture under it stays where it is', async () => {
        const model = (await loadExample('stalemate')).ws.model;
        const preview = await openPreview(browser, THEMES['Dark Modern'], { width: 500, height: 400 });
        await preview.show(await diagramResult(model, 'decision-flow'));
        // Zoom in around the centre first, so that there is room to scroll in every direction.
        await preview.page.click('#zoom-in');
        await preview.page.click('#zoom-in');
        const pointer = await preview.page.evaluate(() => {
            const box = document.getElementById('viewport')!.getBoundingClientRect();
            return { x: box.left + box.width / 2 + 60, y: box.top + box.height / 2 + 30 };
        });
        /** The point of the picture (in its own units) under the pointer, and the zoom. */
        const under = () =>
            preview.page.evaluate(p => {
                const svg = document.querySelector('#canvas svg')!;
                const box = svg.getBoundingClientRect();
                const scale = box.width / Number(svg.getAttribute('width'));
                return { x: (p.x - box.left) / scale, y: (p.y - box.top) / scale, scale };
            }, pointer);
        const before = await under();
        await preview.page.mouse.move(pointer.x, pointer.y);
        await preview.page.keyboard.down('Control');
        await preview.page.mouse.wheel(0, -200);
        await preview.page.keyboard.up('Control');
        await expect.poll(async () => (await under()).scale).toBeGreaterThan(before.scale * 1.2);
        const after = await under();
        expect(Math.abs(after.x - before.x)).toBeLessThan(2);
        expect(Math.abs(after.y - before.y)).toBeLessThan(2);
        await preview.page.close();
    });

    it('points to errors scrolled out of sight, and goes to them on click', async () => {
        const model = (await loadExample('stalemate')).ws.model;
        const preview = await openPreview(browser, THEMES['Light Modern'], { width: 420, height: 500 });
        await preview.show(await diagramResult(model, 'decision-flow'));
        const badge = preview.page.locator('#offscreen');
        await expect.poll(() => badge.isVisible()).toBe(true);
        expect(await badge.textContent()).toMatch(/^\d+ errors? off screen$/);
        await badge.click();
        await expect.poll(() => preview.page.evaluate(() => document.getElementById('viewport')!.scrollLeft), { timeout: 3000 }).toBeGreaterThan(0);
        await preview.page.close();
    });

    it('goes to the source of what is clicked, also a rhythm cell: the attendee entry it stands for', async () => {
        const { ws } = await loadExample('patient-portal');
        const preview = await openPreview(browser, THEMES['Dark Modern'], { width: 900, height: 700 });
        await preview.show(await diagramResult(ws.model, 'rhythm'));
        const cell = preview.page.locator('#canvas svg g.cell[data-uri]').first();
        await cell.scrollIntoViewIfNeeded();
        await cell.click();
        const reveal = (await preview.posted()).find(message => message.type === 'reveal');
        expect(reveal).toMatchObject({ type: 'reveal', uri: await cell.getAttribute('data-uri') });
        const { uri, line, character } = reveal as unknown as { uri: string; line: number; character: number };
        const text = [...ws.documents.values()]
            .find(d => d.uri.toString() === uri)!
            .textDocument.getText()
            .split('\n')[line];
        // The click lands on a name in an attendee list, not on the cadence or the person's declaration.
        expect(text).toMatch(/attendees/);
        expect(text.slice(character)).toMatch(/^[A-Za-z]/);
        await preview.page.close();
    });

    it('sends the filter and the toggles to the extension and keeps them for a reload', async () => {
        const model = (await loadExample('stalemate')).ws.model;
        const preview = await openPreview(browser, THEMES['Light Modern']);
        await preview.show(await diagramResult(model, 'decision-flow'));
        await preview.page.fill('#filter', 'Architecture');
        await preview.page.click('#only-file');
        await expect
            .poll(async () => (await preview.posted()).filter(m => m.type === 'setOptions').at(-1))
            .toEqual({ type: 'setOptions', filter: 'Architecture', onlyFile: true, focusMode: false });
        const saved = await preview.page.evaluate(() => (window as unknown as { saved: unknown }).saved);
        expect(saved).toMatchObject({ filter: 'Architecture', onlyFile: true });
        await preview.page.close();
    });

    it('highlights the node the extension names and shows the note of a narrowed picture', async () => {
        const model = (await loadExample('stalemate')).ws.model;
        const preview = await openPreview(browser, THEMES['Light Modern']);
        const narrowed = await diagramResult(model, 'decision-flow', { filter: 'architecture' });
        await preview.show(narrowed);
        expect(await preview.page.locator('#note').textContent()).toMatch(/matching “architecture”/);
        await preview.page.evaluate(() => window.postMessage({ type: 'highlight', nodeId: 'domain:Architecture' }, '*'));
        await expect
            .poll(() => preview.page.evaluate(() => document.querySelector('[data-node-id="domain:Architecture"]')?.classList.contains('highlight')))
            .toBe(true);
        await preview.page.close();
    });
});
