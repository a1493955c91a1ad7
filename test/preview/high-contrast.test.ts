// High-contrast themes, where every button has the same colours and the focus border and errors
// share one orange: the active view stays recognisable, and the selected box never looks like an
// error, in colour or in shape. Rendered in Chromium under the themes' real colours.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { colourDistance, parseColor } from '../../client/webview/palette.js';
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

describe.each(['Dark High Contrast', 'Light High Contrast'])('the preview in %s', themeName => {
    it('marks the active view button, the selection unlike an error', async () => {
        const model = (await loadExample('stalemate')).ws.model;
        const preview = await openPreview(browser, THEMES[themeName], { width: 620, height: 800 });
        const result = await diagramResult(model, 'decision-flow');
        await preview.show(result);
        const buttons = await preview.page.evaluate(() =>
            [...document.querySelectorAll<HTMLButtonElement>('.toolbar button.view')].map(button => {
                const style = getComputedStyle(button);
                return {
                    active: button.classList.contains('active'),
                    look: `${style.outlineStyle} ${style.outlineWidth} ${style.fontWeight} ${style.textDecorationLine} ${style.backgroundColor}`
                };
            })
        );
        const active = buttons.filter(button => button.active);
        expect(active).toHaveLength(1);
        expect(buttons.filter(button => !button.active).every(button => button.look !== active[0].look)).toBe(true);
        // Select a box that is not an error, beside boxes that are.
        const selected = await preview.page.evaluate(() =>
            document.querySelector('#canvas svg g.node:not(.error)[data-node-id]')?.getAttribute('data-node-id')
        );
        expect(selected).toBeTruthy();
        await preview.page.evaluate(nodeId => window.postMessage({ type: 'highlight', nodeId }, '*'), selected);
        await preview.page.waitForSelector('#canvas svg .highlight rect');
        const strokes = await preview.page.evaluate(() => {
            const look = (rect: Element | null) =>
                rect ? { colour: getComputedStyle(rect).stroke, dashes: getComputedStyle(rect).strokeDasharray } : undefined;
            return {
                selection: look(document.querySelector('#canvas svg .highlight rect')),
                error: look(document.querySelector('#canvas svg g.error:not(.highlight) rect'))
            };
        });
        await preview.page.screenshot({ path: `test/e2e/artifacts/preview-hc-${themeName.replace(/\W+/g, '-').toLowerCase()}.png` }).catch(() => undefined);
        await preview.page.close();
        expect(strokes.error).toBeDefined();
        expect(colourDistance(parseColor(strokes.selection!.colour)!, parseColor(strokes.error!.colour)!)).toBeGreaterThanOrEqual(150);
        expect(strokes.selection!.dashes).not.toBe(strokes.error!.dashes);
    });
});
