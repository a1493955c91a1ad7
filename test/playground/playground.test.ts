// The browser playground end to end, in Chromium: the page built by `npm run playground`
// (scripts/build-playground.mjs), served from playground/dist by a local static server, with
// the language server in its web worker. Typing an ambiguity shows the diagnostic, the red
// node in the preview and the quick fix, and hover and completion answer; the example picker
// loads each example; a share link carries the model, and its edits through a reload.
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../diagrams/browser.js';

const DIST = 'playground/dist';
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.ttf': 'font/ttf' };
/** Per test: Chromium and the server's worker share the machine with the rest of `npm test`. */
const SLOW = 60_000;
const AMBIGUITY = 'decision X { affects UserExperience, Architecture }';

interface Marker {
    code?: string | { value: string };
    message: string;
    startLineNumber: number;
}

/** Serves playground/dist: what any static host would do with it. */
function serve(): Promise<Server> {
    const server = createServer((request, response) => {
        const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname)).replace(/^([/\\]|\.\.)+/, '') || 'index.html';
        readFile(join(DIST, path)).then(
            body => {
                response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
                response.end(body);
            },
            () => {
                response.writeHead(404);
                response.end();
            }
        );
    });
    return new Promise(resolve => server.listen(0, '127.0.0.1', () => resolve(server)));
}

let server: Server;
let browser: Browser;
let origin: string;

beforeAll(async () => {
    // Builds the page in a few seconds from the server and preview bundles of `npm run build`.
    execFileSync(process.execPath, ['scripts/build-playground.mjs'], { stdio: 'pipe' });
    server = await serve();
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await launchChromium();
});

afterAll(async () => {
    await browser?.close();
    server?.close();
});

/** Opens the playground and waits until the server has checked the model and the preview has drawn it. */
async function open(url = `${origin}/`): Promise<{ page: Page; preview: Frame }> {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', error => errors.push(error.message));
    await page.goto(url);
    await page.waitForFunction(checked, undefined, { timeout: 20_000 });
    const preview = page.frame({ url: /preview\.html$/ });
    if (!preview) throw new Error('the preview frame is missing');
    await preview.waitForSelector('#canvas svg g.node', { timeout: 20_000 });
    expect(errors).toEqual([]);
    return { page, preview };
}

// Functions run in the page see only its globals: the playground exposes Monaco and its model as `alignPlayground`.
declare const alignPlayground: {
    monaco: { editor: { getModelMarkers(filter: object): Marker[] } };
    model: { getValue(): string; getLineCount(): number };
    editor: { setPosition(position: { lineNumber: number; column: number }): void; revealLineInCenter(lineNumber: number): void };
};
const checked = () => alignPlayground.monaco.editor.getModelMarkers({}).length > 0;
const modelText = (page: Page) => page.evaluate(() => alignPlayground.model.getValue());

describe('the playground', () => {
    it(
        'shows a decision typed with two owners and no rule as ambiguous, in the editor and in the preview',
        async () => {
            const { page, preview } = await open();
            await page.click('#editor .view-lines');
            await page.keyboard.press('Control+End');
            await page.keyboard.press('Enter');
            await page.keyboard.type(AMBIGUITY, { delay: 5 });
            await page.keyboard.press('Escape');
            const lastLine = await page.evaluate(() => alignPlayground.model.getValue().split('\n').pop());
            expect(lastLine).toBe(AMBIGUITY);
            const lineCount = await page.evaluate(() => alignPlayground.model.getLineCount());

            // The diagnostic on the typed line, with its code, as VS Code shows it.
            const marker = await page.waitForFunction(
                line =>
                    alignPlayground.monaco.editor
                        .getModelMarkers({})
                        .find(m => m.startLineNumber === line && (typeof m.code === 'object' ? m.code.value : m.code) === 'decision-ambiguous-owner'),
                lineCount,
                { timeout: 20_000 }
            );
            expect(((await marker.jsonValue()) as Marker).message).toContain('X');
            // …and its squiggle, drawn on the typed line (kept in sight: the code lens arriving above it pushes it down).
            await page.waitForFunction(
                lineNumber => {
                    alignPlayground.editor.revealLineInCenter(lineNumber);
                    // The line reads `decision X→ nobody decides {…`, with the server's inlay hint.
                    const line = [...document.querySelectorAll('#editor .view-line')].find(element =>
                        /^decision X(?![\w-])/.test(element.textContent?.replace(/\u00a0/g, ' ') ?? '')
                    );
                    const box = line?.getBoundingClientRect();
                    return (
                        box !== undefined &&
                        [...document.querySelectorAll('#editor .squiggly-error')].some(squiggle => {
                            const { top, bottom } = squiggle.getBoundingClientRect();
                            return top >= box.top - 1 && bottom <= box.bottom + 1;
                        })
                    );
                },
                lineCount,
                { timeout: 10_000 }
            );

            // The preview redraws the model with X among the errors.
            await preview.waitForSelector('g.node.error[data-node-id="decision:X"]', { timeout: 20_000 });

            // Its quick fixes: the server needs the diagnostic's code, which the page passes back.
            await page.keyboard.press('Home');
            await page.keyboard.press('Control+.');
            await page.waitForSelector('.action-widget :text("Add rule:")', { timeout: 10_000 });
            await page.keyboard.press('Escape');

            // Hover and completion come from the same server.
            await page.evaluate(line => {
                const column = alignPlayground.model.getValue().split('\n')[line - 1].indexOf('UserExperience') + 3;
                alignPlayground.editor.setPosition({ lineNumber: line, column });
            }, lineCount);
            // Show Hover, as the keyboard asks for it (Ctrl+K Ctrl+I).
            await page.keyboard.press('Control+K');
            await page.keyboard.press('Control+I');
            await page.waitForSelector('.monaco-hover :text("UserExperience")', { timeout: 10_000 });
            await page.keyboard.press('End');
            await page.keyboard.press('Enter');
            await page.keyboard.type('decision Y { affects ');
            await page.keyboard.press('Control+Space');
            await page.waitForSelector('.suggest-widget .monaco-list-row :text("ClinicalWorkflows")', { timeout: 10_000 });
            await page.close();
        },
        SLOW
    );

    it(
        'loads each example from the picker, and the preview switches views',
        async () => {
            const { page, preview } = await open();
            const options = await page.$$eval('#example option:not([disabled])', elements => elements.map(element => (element as HTMLOptionElement).value));
            expect(options.sort()).toEqual(['node-governance', 'patient-portal', 'stalemate']);
            expect(await page.inputValue('#example')).toBe('stalemate');

            await page.selectOption('#example', 'patient-portal');
            const rule = (await readFile('examples/patient-portal/decision-rights.align', 'utf8')).match(/^rule \w+/m)![0];
            expect(await modelText(page)).toContain(rule);
            // BookingFlow is declared only in the patient-portal example.
            await preview.waitForSelector('g.node[data-node-id="decision:BookingFlow"]', { timeout: 20_000 });

            await preview.click('button.view[data-view="raci"]');
            await preview.waitForFunction(() => document.body.dataset.view === 'raci' && document.querySelector('#canvas svg') !== null, undefined, {
                timeout: 20_000
            });
            await page.close();
        },
        SLOW
    );

    it(
        'carries the model in the share link, and its edits through a reload',
        async () => {
            const { page } = await open();
            await page.click('#editor .view-lines');
            await page.keyboard.press('Control+End');
            await page.keyboard.press('Enter');
            await page.keyboard.type('// shared: «Ünïcode» ✓');
            const text = await modelText(page);
            expect(await page.inputValue('#example')).toBe('');

            await page.click('#share');
            const link = await (await page.waitForSelector('#share-link[href]:not([hidden])')).getAttribute('href');
            expect(link).toMatch(/#model=[A-Za-z0-9_-]+$/);
            expect(page.url()).toBe(link);
            await page.close();

            const { page: shared } = await open(link!);
            expect(await modelText(shared)).toBe(text);
            // The address of a shared model follows its edits, so a reload keeps them.
            await shared.click('#editor .view-lines');
            await shared.keyboard.press('Control+End');
            await shared.keyboard.type(' and edited');
            await shared.waitForFunction(address => window.location.href !== address, link, { timeout: 5_000 });
            await shared.reload();
            await shared.waitForFunction(checked, undefined, { timeout: 20_000 });
            expect(await modelText(shared)).toBe(`${text} and edited`);
            await shared.close();
        },
        SLOW
    );
});
