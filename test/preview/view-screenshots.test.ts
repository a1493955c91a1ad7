// Every view of the preview in the four themes VS Code ships (light, dark and both high
// contrasts), in a side panel (620 px) and a wide editor (1400 px), as a user opens it: every
// label is whole, inside the picture, and not covered by the panel's edge unless the note says
// the picture is wider than the panel. The pictures land in test/e2e/artifacts/views/;
// `ALIGN_SCREENSHOTS=docs` writes them to docs/images/views/ instead, for the documentation.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { DIAGRAM_VIEWS } from '../../language/protocol.js';
import { launchChromium } from '../diagrams/browser.js';
import { loadExample } from '../diagrams/diagram-helpers.js';
import { diagramResult, openPreview, THEMES } from './webview-page.js';

const ROOT = resolve(__dirname, '../..');
const FOLDER = process.env.ALIGN_SCREENSHOTS === 'docs' ? join(ROOT, 'docs/images/views') : join(ROOT, 'test/e2e/artifacts/views');
const THEME_NAMES = ['Light Modern', 'Dark Modern', 'Dark High Contrast', 'Light High Contrast'];

let browser: Browser;
beforeAll(async () => {
    browser = await launchChromium();
    mkdirSync(FOLDER, { recursive: true });
});
afterAll(async () => {
    await browser?.close();
});

describe.each(THEME_NAMES)('every view in %s', themeName => {
    it.each([620, 1400])('at %i px: every label whole, the picture fitted or the note saying why not', async width => {
        const model = (await loadExample('stalemate')).ws.model;
        // One page, each view shown in turn; its Fit is the one a new view gets.
        const preview = await openPreview(browser, THEMES[themeName], { width, height: 760 });
        for (const view of DIAGRAM_VIEWS) {
            await preview.show(await diagramResult(model, view));
            const state = await preview.page.evaluate(() => {
                const svg = document.querySelector('#canvas svg')!;
                const picture = svg.getBoundingClientRect();
                const clipped = [...svg.querySelectorAll('text')]
                    .filter(text => {
                        const box = text.getBoundingClientRect();
                        return (
                            box.width > 0 &&
                            (box.left < picture.left - 1 || box.right > picture.right + 1 || box.top < picture.top - 1 || box.bottom > picture.bottom + 1)
                        );
                    })
                    .map(text => text.textContent);
                const pane = document.getElementById('viewport')!;
                return {
                    clipped,
                    wide: pane.scrollWidth > pane.clientWidth,
                    note: document.getElementById('note')!.hidden ? '' : document.getElementById('note')!.textContent
                };
            });
            await preview.page.screenshot({ path: join(FOLDER, `${view}-${themeName.toLowerCase().replace(/\s+/g, '-')}-${width}.png`) });
            expect(state.clipped, `${view}: labels cut by the picture's edge`).toEqual([]);
            if (state.wide) expect(state.note, `${view}: wider than the panel without saying so`).not.toBe('');
        }
        await preview.page.close();
    });
});
