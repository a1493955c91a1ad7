// Every label of every view is readable in every theme: rendered in Chromium under the theme's
// real colours, each text's computed colour against the box it sits on reaches WCAG AA.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { contrast, MIN_TEXT_CONTRAST, parseColor } from '../../client/webview/palette.js';
import { launchChromium } from '../diagrams/browser.js';
import { loadExample } from '../diagrams/diagram-helpers.js';
import { diagramResult, openPreview, THEMES, type PreviewPage } from './webview-page.js';

let browser: Browser;
beforeAll(async () => {
    browser = await launchChromium();
});
afterAll(async () => {
    await browser?.close();
});

describe.each(Object.keys(THEMES))('the preview in %s', themeName => {
    // One page per theme, each view shown in turn, as the preview shows them.
    let preview: PreviewPage;
    beforeAll(async () => {
        preview = await openPreview(browser, THEMES[themeName]);
    });
    afterAll(async () => {
        await preview?.page.close();
    });

    // The stalemate for v1 and v2; node-governance for hierarchy, delegation, reservation, residual authority and async forums.
    it.each(
        (['decision-flow', 'escalation', 'raci', 'roadmap', 'rhythm'] as const).flatMap(view =>
            ['stalemate', 'node-governance'].map(example => [view, example] as const)
        )
    )('draws every %s label of %s at 4.5:1 or more against its box', async (view, example) => {
        const model = (await loadExample(example)).ws.model;
        await preview.show(await diagramResult(model, view));
        const pairs = await preview.page.evaluate(() => {
            const background = getComputedStyle(document.querySelector('#canvas svg .background')!).fill;
            return [...document.querySelectorAll('#canvas svg text')].map(text => {
                const box = text.closest('g.node, g.cell')?.querySelector('rect');
                return { label: text.textContent ?? '', text: getComputedStyle(text).fill, box: box ? getComputedStyle(box).fill : background };
            });
        });
        expect(pairs.length).toBeGreaterThan(5);
        const unreadable = pairs
            .map(pair => ({ ...pair, ratio: contrast(parseColor(pair.text)!, parseColor(pair.box)!) }))
            .filter(pair => !(pair.ratio >= MIN_TEXT_CONTRAST));
        expect(unreadable.map(p => `${p.label}: ${p.text} on ${p.box} = ${p.ratio.toFixed(2)}`)).toEqual([]);
        // The boxes follow the theme: no light pastel box in a dark theme, no dark box in a light one.
        const dark = THEMES[themeName].kind === 'dark' || THEMES[themeName].kind === 'high-contrast';
        const boxLuminance = pairs.map(pair => parseColor(pair.box)!).map(c => (c.r + c.g + c.b) / 3);
        expect(boxLuminance.every(l => (dark ? l < 110 : l > 150))).toBe(true);
    });
});
