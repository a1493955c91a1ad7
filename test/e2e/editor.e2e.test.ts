// End to end in a real VS Code (code-server) with the packaged .vsix installed: what a user
// who installs the extension gets, on a copy of examples/stalemate.
//
// Each test starts from the same state, whatever the tests before it did: no editor open,
// the example's files as shipped, and a server that has built them (its known ambiguity is in
// the Problems panel). Every wait is for a state of the editor, never a fixed time.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
    closeAllEditors,
    clearNotifications,
    copyExample,
    cursor,
    goTo,
    openFile,
    pickInQuickInput,
    previewFrame,
    problemsText,
    reloadWindow,
    restoreFolder,
    runCommand,
    startEditor
    // @ts-expect-error plain ESM helper without types
} from './editor.mjs';
import type { Frame, Page } from 'playwright-core';

const ROOT = resolve(__dirname, '../..');
const ARTIFACTS = join(ROOT, 'test/e2e/artifacts');
const VSIX = process.env.ALIGN_VSIX ?? join(ROOT, `align-vscode-${JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version}.vsix`);

/** The diagnostic the example is about: its presence means the server built the files as shipped. */
const AMBIGUITY = 'Nobody has authority to decide IdentityProvider';

/** 1-based line and column of the n-th occurrence of `needle` (plus an offset into it). */
function where(text: string, needle: string, into = 0): { line: number; column: number } {
    const index = text.indexOf(needle);
    if (index < 0) throw new Error(`'${needle}' not found`);
    const before = text.slice(0, index + into);
    return { line: before.split('\n').length, column: before.length - before.lastIndexOf('\n') };
}

describe('Align in VS Code (code-server)', () => {
    let editor: { page: Page; stop(): Promise<void>; log(): string };
    let page: Page;
    let workspace: string;
    /** The example as shipped, copied once: what every test starts from. */
    let pristine: string;
    const text = (file: string) => readFileSync(join(workspace, file), 'utf8');

    /** Opens the preview beside delivery.align and returns its frame once it shows a diagram. */
    async function openPreview(): Promise<Frame> {
        await openFile(page, 'delivery.align');
        await runCommand(page, 'Align: Open Preview to the Side');
        return previewFrame(page);
    }

    beforeAll(async () => {
        expect(existsSync(VSIX), `${VSIX} missing: run npm run package`).toBe(true);
        mkdirSync(ARTIFACTS, { recursive: true });
        ({ pristine, workspace } = copyExample(join(ROOT, 'examples'), 'stalemate', 'align-e2e-ws-'));
        editor = await startEditor({ workspaceDir: workspace, vsixPath: VSIX });
        page = editor.page;
    }, 120000);

    beforeEach(async () => {
        await closeAllEditors(page);
        await clearNotifications(page);
        restoreFolder(workspace, pristine);
        await expect.poll(() => problemsText(page), { timeout: 60000 }).toContain(AMBIGUITY);
    });

    afterEach(async context => {
        if (context.task.result?.state === 'fail') {
            await page?.screenshot({ path: join(ARTIFACTS, `failed-${context.task.name.slice(0, 2).replace(/\W/g, '')}.png`) }).catch(() => undefined);
        }
    });

    afterAll(async () => {
        await page?.screenshot({ path: join(ARTIFACTS, 'last.png') }).catch(() => undefined);
        await editor?.stop();
    });

    it('1. shows decision-ambiguous-owner in the Problems panel, with its message', async () => {
        await openFile(page, 'delivery.align');
        await expect.poll(() => problemsText(page), { timeout: 30000 }).toContain(AMBIGUITY);
        // The row carries the stable code next to the message.
        expect(await problemsText(page)).toMatch(/Nobody has authority to decide IdentityProvider[^\n]*\n(align\n)?decision-ambiguous-owner/);
        await page.screenshot({ path: join(ARTIFACTS, 'editor-diagnostics.png') });
    });

    it('2. goes to the definition of an owner in the other file (F12)', async () => {
        await openFile(page, 'decision-rights.align');
        const at = where(text('decision-rights.align'), 'owner VPPX', 7);
        await goTo(page, at.line, at.column);
        await page.keyboard.press('F12');
        await page.waitForSelector('.editor-group-container.active .tab.active[data-resource-name="people.align"]', { timeout: 15000 });
        const target = where(text('people.align'), 'stakeholder VPPX');
        await expect.poll(async () => (await cursor(page))?.line, { timeout: 10000 }).toBe(target.line);
    });

    it('3. hovers a decision and reads its resolved decider', async () => {
        await openFile(page, 'delivery.align');
        const at = where(text('delivery.align'), 'decision IdentityProvider', 12);
        await goTo(page, at.line, at.column);
        await page.keyboard.press('Control+K');
        await page.keyboard.press('Control+I');
        const hover = page.locator('.monaco-hover-content').first();
        await hover.waitFor({ state: 'visible', timeout: 15000 });
        await expect.poll(() => hover.innerText(), { timeout: 10000 }).toContain('Decided by: No one: it affects UserExperience (owner VPPX) and Architecture');
        await page.keyboard.press('Escape');
        await hover.waitFor({ state: 'hidden', timeout: 5000 });
    });

    it('4. applies the quick fix for decision-ambiguous-owner and the diagnostic disappears', async () => {
        await openFile(page, 'delivery.align');
        const at = where(text('delivery.align'), 'decision IdentityProvider', 12);
        await goTo(page, at.line, at.column);
        await page.keyboard.press('Control+.');
        // A choice of decider, not a side taken silently: pick VPPX.
        const choice = page.getByText('Add rule: VPPX decides UserExperience + Architecture').first();
        await choice.waitFor({ state: 'visible', timeout: 15000 });
        await expect(page.getByText('Add rule: CIO decides UserExperience + Architecture').first().isVisible()).resolves.toBe(true);
        // The first choice is focused: Enter takes it.
        await page.keyboard.press('Enter');
        await expect.poll(() => problemsText(page), { timeout: 30000 }).not.toContain(AMBIGUITY);
        // The rule went where the project's rules are, with the SLA placeholder filled in.
        await runCommand(page, 'File: Save All');
        const files = ['decision-rights.align', 'governance.align', 'delivery.align'];
        await expect
            .poll(() => files.map(text).join('\n'), { timeout: 10000 })
            .toMatch(/when touches UserExperience, Architecture\s+decided by VPPX within 48 hours/);
        // Once: the snippet form of the edit replaces the plain one, it is not applied beside it.
        expect(
            files
                .map(text)
                .join('\n')
                .match(/when touches UserExperience, Architecture/g)
        ).toHaveLength(1);
    });

    it('5. opens the preview, shows the decision flow, and reveals a clicked node', async () => {
        const preview = await openPreview();
        await expect.poll(() => preview.locator('#canvas svg').textContent(), { timeout: 20000 }).toContain('Decision raised');
        const labels = await preview.locator('#canvas svg').textContent();
        // Owners' branches, the example's rule (decision-rights.align) and the undecidable decision.
        for (const label of [
            'affects only UserExperience',
            'VPPX decides',
            'IdentityProvider',
            'touches Architecture and ClinicalWorkflows',
            'SteerCo decides'
        ])
            expect(labels).toContain(label);
        // Copy Mermaid puts the flowchart on the clipboard.
        await preview.locator('#copy-mermaid').click();
        await expect.poll(() => page.evaluate(() => navigator.clipboard.readText()), { timeout: 10000 }).toContain('flowchart LR');
        // Export SVG asks where to save (prefilled with the workspace) and writes the picture there.
        const saveInput = page.locator('.quick-input-widget input');
        await preview.locator('#export-svg').click();
        await expect.poll(() => saveInput.inputValue(), { timeout: 10000 }).toContain('stalemate-decision-flow.svg');
        await page.keyboard.press('Enter');
        await expect.poll(() => existsSync(join(workspace, 'stalemate-decision-flow.svg')), { timeout: 10000 }).toBe(true);
        await expect.poll(() => readFileSync(join(workspace, 'stalemate-decision-flow.svg'), 'utf8'), { timeout: 5000 }).toContain('Decision raised');
        // Saying so, with a way to open it.
        await page.getByText('Saved stalemate-decision-flow.svg').first().waitFor({ state: 'visible', timeout: 10000 });
        // Export PNG: the same picture as a PNG file.
        await preview.locator('#export-png').click();
        await expect.poll(() => saveInput.inputValue(), { timeout: 10000 }).toContain('stalemate-decision-flow.png');
        await page.keyboard.press('Enter');
        await expect.poll(() => existsSync(join(workspace, 'stalemate-decision-flow.png')), { timeout: 10000 }).toBe(true);
        await expect.poll(() => readFileSync(join(workspace, 'stalemate-decision-flow.png')).subarray(1, 4).toString(), { timeout: 5000 }).toBe('PNG');
        // Styled by the diagram's stylesheet (admitted by the webview's CSP), not painted black.
        const fill = await preview
            .locator('#canvas g.node rect')
            .first()
            .evaluate(rect => getComputedStyle(rect).fill);
        expect(fill).not.toBe('rgb(0, 0, 0)');
        await page.screenshot({ path: join(ARTIFACTS, 'preview.png') });
        // Move the cursor away, then click the decision's node: the editor goes to its declaration.
        await openFile(page, 'delivery.align');
        await goTo(page, 1, 1);
        await preview.locator('[data-node-id="decision:IdentityProvider"]').click();
        const declaration = where(text('delivery.align'), 'decision IdentityProvider');
        await expect.poll(async () => (await cursor(page))?.line, { timeout: 10000 }).toBe(declaration.line);
        // The declaration under the cursor is highlighted in the preview.
        await expect.poll(() => preview.locator('[data-node-id="decision:IdentityProvider"]').getAttribute('class'), { timeout: 10000 }).toContain('highlight');
    });

    it('6. marks a new ambiguity in red in the preview within seconds of typing it', async () => {
        const preview = await openPreview();
        await openFile(page, 'delivery.align');
        await page.keyboard.press('Control+End');
        await page.keyboard.press('Enter');
        await page.keyboard.type('decision NewAmbiguity { affects UserExperience, ClinicalWorkflows }', { delay: 5 });
        const started = Date.now();
        const node = preview.locator('[data-node-id="decision:NewAmbiguity"]');
        await node.waitFor({ state: 'attached', timeout: 15000 });
        await expect.poll(() => node.getAttribute('class'), { timeout: 10000 }).toContain('error');
        expect(Date.now() - started).toBeLessThan(10000);
        await page.screenshot({ path: join(ARTIFACTS, 'preview-ambiguity.png') });
    });

    it('7. keeps the last good picture while the text does not parse', async () => {
        const preview = await openPreview();
        await openFile(page, 'delivery.align');
        // A good picture with a new decision in it first...
        await page.keyboard.press('Control+End');
        await page.keyboard.press('Enter');
        await page.keyboard.type('decision NewAmbiguity { affects UserExperience, ClinicalWorkflows }', { delay: 5 });
        await preview.locator('[data-node-id="decision:NewAmbiguity"]').waitFor({ state: 'attached', timeout: 15000 });
        // ...then text that does not parse.
        await page.keyboard.press('Enter');
        await page.keyboard.type('decision Broken {{', { delay: 5 });
        const banner = preview.locator('#banner');
        await expect.poll(() => banner.isVisible(), { timeout: 10000 }).toBe(true);
        expect(await banner.innerText()).toContain('Showing the last valid diagram');
        expect(await preview.locator('[data-node-id="decision:NewAmbiguity"]').count()).toBe(1);
        await page.screenshot({ path: join(ARTIFACTS, 'preview-syntax-error.png') });
    });

    it('8. is readable in dark and high-contrast themes: every label at 4.5:1 against its box', async () => {
        const preview = await openPreview();
        await openFile(page, 'delivery.align');
        const ratios: Record<string, number> = {};
        const backgrounds: Record<string, string> = {};
        /** The lowest contrast of a label against its box (or the picture's background). */
        const lowestContrast = () =>
            preview.evaluate(() => {
                const rgb = (text: string) => (text.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
                const lum = ([r, g, b]: number[]) =>
                    [r, g, b]
                        .map(c => {
                            const v = c / 255;
                            return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
                        })
                        .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i], 0);
                const contrast = (a: string, b: string) => {
                    const [x, y] = [lum(rgb(a)), lum(rgb(b))].sort((p, q) => q - p);
                    return (x + 0.05) / (y + 0.05);
                };
                const background = getComputedStyle(document.querySelector('#canvas svg .background')!).fill;
                return Math.min(
                    ...[...document.querySelectorAll('#canvas svg text')].map(text => {
                        const box = text.closest('g.node, g.cell')?.querySelector('rect');
                        return contrast(getComputedStyle(text).fill, box ? getComputedStyle(box).fill : background);
                    })
                );
            });
        for (const theme of ['Dark Modern', 'Dark High Contrast', 'Light High Contrast', 'Light Modern']) {
            // Ctrl+K Ctrl+T opens the theme picker itself (the palette may pick the marketplace browser).
            await pickInQuickInput(page, {
                keys: ['Control+K', 'Control+T'],
                prefix: '',
                text: theme,
                isRow: (label: string) => label === theme || label.startsWith(`${theme},`),
                what: 'theme picker'
            });
            // The webview has the new theme: VS Code names it on the webview's body.
            await expect.poll(() => preview.evaluate(() => document.body.dataset.vscodeThemeName), { timeout: 15000 }).toBe(theme);
            await expect.poll(lowestContrast, { timeout: 10000 }).toBeGreaterThanOrEqual(4.5);
            ratios[theme] = await lowestContrast();
            // The theme really changed: the preview's background follows it.
            backgrounds[theme] = await preview.evaluate(() => getComputedStyle(document.querySelector('#canvas svg .background')!).fill);
            await page.screenshot({ path: join(ARTIFACTS, `preview-${theme.toLowerCase().replace(/ /g, '-')}.png`) });
        }
        for (const [theme, ratio] of Object.entries(ratios)) expect(ratio, theme).toBeGreaterThanOrEqual(4.5);
        expect(backgrounds['Dark Modern']).toBe('rgb(31, 31, 31)');
        expect(backgrounds['Dark High Contrast']).toBe('rgb(0, 0, 0)');
        expect(backgrounds['Light Modern']).toBe('rgb(255, 255, 255)');
    });

    it('9. comes back after a window reload, on the view it showed', async () => {
        const preview = await openPreview();
        await preview.locator('button.view[data-view="raci"]').click();
        await expect.poll(() => preview.evaluate(() => document.body.dataset.view), { timeout: 15000 }).toBe('raci');
        await reloadWindow(page);
        const restored = await previewFrame(page, 60000);
        await expect.poll(() => restored.evaluate(() => document.body.dataset.view), { timeout: 20000 }).toBe('raci');
        await expect.poll(() => restored.locator('#canvas svg').textContent(), { timeout: 20000 }).toContain('UserExperience');
        await page.screenshot({ path: join(ARTIFACTS, 'preview-after-reload.png') });
    });
});
