// The report in Chromium: no request leaves the page, hostile names stay text and run nothing,
// the dark theme follows the system with every picture's labels readable, print shows no
// interactive chrome and breaks into clean pages, the webview's Save button posts its message,
// and a report of the 100k-line generated workspace opens within seconds.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contrast, MIN_TEXT_CONTRAST, parseColor } from '../../client/webview/palette.js';
import { webviewReportHtml } from '../../client/report-webview-chrome.js';
import { launchChromium } from '../diagrams/browser.js';
import { buildWorkspace } from '../helpers/workspace.js';
import { realisticFiles } from '../pathological/generators.js';
import { openReport, reportOf, reportOfExample, reportOfFiles } from './report-helpers.js';
import { REPORT_SECTIONS } from '../../language/report/build-report.js';

const ARTIFACTS = resolve(__dirname, '../../scratch/report');

const PAYLOADS = [
    '<script>window.__pwned = 1</script>',
    '"><img src=x onerror="window.__pwned = 2">',
    '</svg><script>window.__pwned = 3</script>',
    '<style>body{display:none}</style><link rel=stylesheet href=http://evil.test/x.css>'
];
const esc = (s: string) => s.replace(/\\/g, '\\\\').replace(/"/g, '\\"');

const HOSTILE = `
initiative I "${esc(PAYLOADS[0])}" { sponsor Ann in scope "${esc(PAYLOADS[1])}" out of scope "${esc(PAYLOADS[3])}" }
stakeholder Ann "${esc(PAYLOADS[0])}" { org "${esc(PAYLOADS[1])}" }
stakeholder Bob "${esc(PAYLOADS[2])}" { org "${esc(PAYLOADS[3])}" }
group G "${esc(PAYLOADS[2])}" { members Bob }
cadence W "${esc(PAYLOADS[1])}" every week for 1 hour { attendees Ann, G escalates to V }
cadence V every week { attendees Ann escalates to W }
domain UX "${esc(PAYLOADS[2])}" { owner Ann }
domain Arch "${esc(PAYLOADS[0])}" { owner Bob consulted Ann }
rule R "${esc(PAYLOADS[1])}" { when touches UX decided by W within 48 hours escalates to Bob after 1 week }
milestone M "${esc(PAYLOADS[3])}" on 2027-02-01
metric K "${esc(PAYLOADS[2])}" outcome { owner Ann baseline 5% on 2026-06-01 target 60% by 2027-06-30 actual 7% on 2026-10-01 }
benefit B "${esc(PAYLOADS[0])}" { measured by K expected at M }
risk S "${esc(PAYLOADS[1])}" { owner Bob mitigation "${esc(PAYLOADS[2])}" status blocker since 2026-11-01 escalates to W after 1 week }
decision D "${esc(PAYLOADS[3])}" { affects UX, Arch }
decision N "${esc(PAYLOADS[0])}" { affects UX needed by M due 2027-03-01 }
`;

interface TextOnBox {
    label: string;
    text: string;
    box: string;
}

/** Every SVG label with its fill and the fill of the box it sits on (the picture's background when none). */
function pictureLabels(page: Page): Promise<TextOnBox[]> {
    return page.evaluate(() =>
        [...document.querySelectorAll('figure svg text')].map(text => {
            const box = text.closest('g.node, g.cell')?.querySelector('rect') ?? text.closest('svg')!.querySelector('.background')!;
            return { label: text.textContent ?? '', text: getComputedStyle(text).fill, box: getComputedStyle(box).fill };
        })
    );
}

/** Every element holding text outside the pictures, with its colour and the first opaque background behind it. */
function pageTexts(page: Page): Promise<TextOnBox[]> {
    return page.evaluate(() => {
        const opaque = (element: Element | null): string => {
            for (let at = element; at; at = at.parentElement) {
                const background = getComputedStyle(at).backgroundColor;
                if (background && background !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(background)) return background;
            }
            return 'rgb(255, 255, 255)';
        };
        return [...document.querySelectorAll('body *')]
            .filter(
                element => !element.closest('svg') && [...element.childNodes].some(node => node.nodeType === Node.TEXT_NODE && node.textContent!.trim() !== '')
            )
            .filter(element => getComputedStyle(element).display !== 'none')
            .map(element => ({
                label: `${element.tagName.toLowerCase()}.${element.className}: ${element.textContent!.trim().slice(0, 30)}`,
                text: getComputedStyle(element).color,
                box: opaque(element)
            }));
    });
}

function unreadable(pairs: TextOnBox[]): string[] {
    return pairs
        .map(pair => ({ ...pair, ratio: contrast(parseColor(pair.text)!, parseColor(pair.box)!) }))
        .filter(pair => !(pair.ratio >= MIN_TEXT_CONTRAST))
        .map(pair => `${pair.label}: ${pair.text} on ${pair.box} = ${pair.ratio.toFixed(2)}`);
}

/** The page drawn whole, so a full-page screenshot holds every section (content-visibility skips what is off screen). */
async function screenshot(page: Page, file: string): Promise<void> {
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.addStyleTag({ content: 'section { content-visibility: visible !important; }' });
    await page.screenshot({ path: join(ARTIFACTS, file), fullPage: true });
}

let browser: Browser;
beforeAll(async () => {
    browser = await launchChromium();
});
afterAll(async () => {
    await browser?.close();
});

describe.each(['stalemate', 'patient-portal'])('the report of examples/%s in Chromium', example => {
    let html: string;
    beforeAll(async () => {
        html = (await reportOfExample(example)).html;
    });

    it('makes no request: with the network cut off, nothing fails', async () => {
        const { page, requests, failed } = await openReport(browser, html);
        // Draw every section, so that nothing could be fetched later on scrolling.
        await page.addStyleTag({ content: 'section { content-visibility: visible !important; }' });
        await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
        await page.evaluate(() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done))));
        expect(failed).toEqual([]);
        expect(requests).toEqual([]);
        expect(await page.evaluate(() => document.querySelectorAll('figure svg').length)).toBe(5);
        await page.close();
    });

    it("follows the system's dark theme, every label readable on its box, in pictures and tables", async () => {
        const light = await openReport(browser, html, { colorScheme: 'light' });
        const dark = await openReport(browser, html, { colorScheme: 'dark' });
        const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
        const [lightBackground, darkBackground] = [await background(light.page), await background(dark.page)];
        expect(lightBackground).toBe('rgb(255, 255, 255)');
        expect(darkBackground).not.toBe(lightBackground);
        const brightness = (color: string) => {
            const c = parseColor(color)!;
            return (c.r + c.g + c.b) / 3;
        };
        expect(brightness(darkBackground)).toBeLessThan(60);
        for (const { page } of [light, dark]) {
            const labels = await pictureLabels(page);
            expect(labels.length).toBeGreaterThan(20);
            expect(unreadable(labels)).toEqual([]);
            const texts = await pageTexts(page);
            expect(texts.length).toBeGreaterThan(50);
            expect(unreadable(texts)).toEqual([]);
        }
        // The pictures follow the theme too: dark boxes in the dark, light boxes in the light.
        const boxes = async (page: Page) => (await pictureLabels(page)).map(pair => brightness(pair.box));
        expect((await boxes(dark.page)).every(level => level < 110)).toBe(true);
        expect((await boxes(light.page)).every(level => level > 150)).toBe(true);
        if (example === 'stalemate') {
            await screenshot(light.page, 'report-stalemate-light.png');
            await screenshot(dark.page, 'report-stalemate-dark.png');
        }
        await light.page.close();
        await dark.page.close();
    });

    it('prints without interactive chrome, in light colours, nothing cut across pages', async () => {
        const { page } = await openReport(browser, html, { media: 'print', colorScheme: 'dark' });
        const state = await page.evaluate(() => ({
            chrome: [...document.querySelectorAll('nav, .chrome, button, input, select, textarea, [role=toolbar]')].filter(
                element => getComputedStyle(element).display !== 'none'
            ).length,
            sections: [...document.querySelectorAll('section')].map(section => getComputedStyle(section).display),
            background: getComputedStyle(document.body).backgroundColor,
            headings: [...document.querySelectorAll('h2, h3')].map(heading => getComputedStyle(heading).breakAfter),
            kept: [...document.querySelectorAll('figure, tr')].map(element => getComputedStyle(element).breakInside),
            headers: [...document.querySelectorAll('thead')].map(head => getComputedStyle(head).display),
            pictures: [...document.querySelectorAll('figure svg')].map(
                svg => svg.getBoundingClientRect().width <= document.body.getBoundingClientRect().width + 0.5
            )
        }));
        expect(state.chrome).toBe(0);
        expect(state.sections).toHaveLength(REPORT_SECTIONS.length);
        expect(state.sections.every(display => display === 'block')).toBe(true);
        expect(state.background).toBe('rgb(255, 255, 255)');
        // A heading never ends a page; a picture or a row never straddles two; a table's header repeats.
        expect(state.headings.every(value => value === 'avoid')).toBe(true);
        expect(state.kept.every(value => value === 'avoid')).toBe(true);
        expect(state.headers.every(value => value === 'table-header-group')).toBe(true);
        // Pictures are scaled to the page's width rather than cut off.
        expect(state.pictures).toEqual([true, true, true, true, true]);
        const pdf = await page.pdf({ format: 'A4', printBackground: true });
        const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
        expect(pages).toBeGreaterThanOrEqual(3);
        await page.close();
    });
});

describe('hostile text in the report', () => {
    it('stays text: no script runs, no element or handler is injected, nothing is fetched', async () => {
        const ws = await buildWorkspace(HOSTILE);
        const html = await reportOf(ws, PAYLOADS[0], [{ code: PAYLOADS[2], severity: 'error', message: PAYLOADS[1], file: PAYLOADS[3], line: 1, column: 1 }]);
        const { page, requests, failed } = await openReport(browser, html);
        await page.addStyleTag({ content: 'section { content-visibility: visible !important; }' });
        const state = await page.evaluate(() => ({
            pwned: (window as unknown as { __pwned?: number }).__pwned ?? 0,
            scripts: document.querySelectorAll('script').length,
            // A picture's own stylesheet is the renderer's; any other style in the body would be injected.
            injected: document.querySelectorAll('img, link, iframe, object, embed, foreignObject, body style:not(svg.align-diagram > style:first-of-type)')
                .length,
            handlers: [...document.querySelectorAll('*')].filter(e => [...e.attributes].some(a => a.name.toLowerCase().startsWith('on'))).length,
            svgs: document.querySelectorAll('svg').length,
            visible: getComputedStyle(document.body).display,
            title: document.title,
            text: document.body.textContent ?? ''
        }));
        expect(state).toMatchObject({ pwned: 0, scripts: 0, injected: 0, handlers: 0, svgs: 5, visible: 'block' });
        expect(state.title).toBe(`Alignment report: ${PAYLOADS[0]}`);
        for (const payload of PAYLOADS) expect(state.text).toContain(payload);
        expect(requests).toEqual([]);
        expect(failed).toEqual([]);
        await page.close();
    });
});

describe("the report in the editor's webview", () => {
    it('posts "save" from its toolbar, follows the editor\'s theme class, and prints without the toolbar', async () => {
        const html = webviewReportHtml(await reportOfFiles('stakeholder A\ndomain D { owner A }\n'), 'nonce-for-test');
        const init =
            'window.acquireVsCodeApi = () => ({ postMessage: message => { window.__posted = message; }, getState: () => window.__state, setState: state => { window.__state = state; } });';
        const { page, failed } = await openReport(browser, html, { init, colorScheme: 'light' });
        await page.click('#align-report-save');
        expect(await page.evaluate(() => (window as unknown as { __posted?: unknown }).__posted)).toEqual({ type: 'save' });
        // VS Code's dark theme class wins over a light system theme.
        await page.evaluate(() => document.body.classList.add('vscode-dark'));
        expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(27, 31, 36)');
        // High contrast: the editor's own background, and boxes and rules in its contrast border.
        const highContrast = await page.evaluate(() => {
            document.body.className = 'vscode-high-contrast';
            const root = document.documentElement.style;
            root.setProperty('--vscode-editor-background', '#000000');
            root.setProperty('--vscode-editor-foreground', '#ffffff');
            root.setProperty('--vscode-contrastBorder', '#6fc3df');
            const box = document.querySelector('svg g.node rect, svg rect.node, svg g rect:not(.background)');
            return {
                background: getComputedStyle(document.body).backgroundColor,
                text: getComputedStyle(document.body).color,
                rule: getComputedStyle(document.querySelector('h2')!).borderBottomColor,
                box: box ? getComputedStyle(box).stroke : 'none'
            };
        });
        expect(highContrast).toEqual({ background: 'rgb(0, 0, 0)', text: 'rgb(255, 255, 255)', rule: 'rgb(111, 195, 223)', box: 'rgb(111, 195, 223)' });
        // Scrolling is remembered, for the page rebuilt when the model changes.
        await page.evaluate(() => {
            window.scrollTo(0, 200);
            window.dispatchEvent(new Event('scroll'));
        });
        expect(await page.evaluate(() => (window as unknown as { __state?: { scrollY: number } }).__state?.scrollY)).toBeGreaterThan(0);
        await page.emulateMedia({ media: 'print' });
        expect(await page.evaluate(() => getComputedStyle(document.querySelector('.report-toolbar')!).display)).toBe('none');
        expect(failed).toEqual([]);
        await page.close();
    });
});

describe('the report of the 100k-line generated workspace', () => {
    it('opens in Chromium within seconds', async () => {
        const files = realisticFiles(2500, 200);
        const lines = Object.values(files).reduce((sum, text) => sum + text.split('\n').length, 0);
        expect(lines).toBeGreaterThan(100_000);
        const ws = await buildWorkspace(files);
        const started = performance.now();
        const html = await reportOf(ws, 'generated');
        const built = performance.now() - started;
        const { page, loadMs, failed } = await openReport(browser, html);
        // The first frame after load: the report is on screen.
        await page.evaluate(() => new Promise(done => requestAnimationFrame(() => done(null))));
        const shown = await page.evaluate(() => performance.now());
        console.log(
            `report of ${lines} lines: ${(html.length / 1e6).toFixed(1)} MB built in ${Math.round(built)} ms; loaded in Chromium in ${Math.round(loadMs)} ms, first frame at ${Math.round(shown)} ms`
        );
        // The issue asks for under 5 s; the bound is generous against noisy CI machines.
        expect(loadMs).toBeLessThan(15_000);
        expect(failed).toEqual([]);
        expect(await page.evaluate(() => document.querySelectorAll('figure svg').length)).toBe(5);
        // Every summarised picture says so.
        expect(
            await page.evaluate(() => [...document.querySelectorAll('figcaption')].filter(caption => caption.textContent!.includes('Summary:')).length)
        ).toBeGreaterThanOrEqual(4);
        await page.close();
    }, 180_000);
});
