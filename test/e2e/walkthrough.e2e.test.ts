// End to end in a real VS Code (code-server): the walkthrough's steps tick as the user does
// what they ask. Each step waits for an event VS Code knows (package.json `completionEvents`):
// a command run from the palette, or the `align.fileOpened` context key the client sets.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM helper without types
import { copyExample, openFile, runCommand, startEditor } from './editor.mjs';
import type { Page } from 'playwright-core';

const ROOT = resolve(__dirname, '../..');
const ARTIFACTS = join(ROOT, 'test/e2e/artifacts');
const VSIX = process.env.ALIGN_VSIX ?? join(ROOT, `align-vscode-${JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version}.vsix`);

/** Each step of the open walkthrough with whether VS Code shows it ticked. */
function stepStates(page: Page): Promise<string[]> {
    return page.evaluate(() =>
        [...document.querySelectorAll('.getting-started-step')].map(step => {
            const ticked = step.querySelector('.codicon-getting-started-step-checked') !== null;
            return `${step.querySelector('.step-title')?.textContent ?? '?'}: ${ticked ? 'done' : 'open'}`;
        })
    );
}

async function openWalkthrough(page: Page): Promise<void> {
    await runCommand(page, 'Welcome: Open Walkthrough');
    const choice = page.locator('.quick-input-list .monaco-list-row', { hasText: 'Get started with Align' });
    await choice.waitFor({ state: 'visible', timeout: 15000 });
    await choice.click();
    await expect.poll(() => stepStates(page), { timeout: 15000 }).toHaveLength(5);
}

describe('the walkthrough in VS Code (code-server)', () => {
    let editor: { page: Page; stop(): Promise<void> };

    beforeAll(async () => {
        const { workspace } = copyExample(join(ROOT, 'examples'), 'stalemate', 'align-e2e-walkthrough-');
        editor = await startEditor({ workspaceDir: workspace, vsixPath: VSIX });
    }, 120000);

    afterAll(async () => {
        await editor?.stop();
    });

    it('ticks a step once its event happened: the Problems view, an .align file, the preview', async () => {
        const page = editor.page;
        await openWalkthrough(page);
        expect(await stepStates(page)).toEqual([
            'Open an example: open',
            'See the ambiguity: open',
            'Fix it: open',
            'Open the preview: open',
            'Run align check in CI: open'
        ]);
        // The page is open while the event happens: the tick appears on it.
        await runCommand(page, 'View: Toggle Problems');
        await expect.poll(() => stepStates(page), { timeout: 15000 }).toContain('See the ambiguity: done');
        await openFile(page, 'delivery.align');
        await runCommand(page, 'Align: Open Preview to the Side');
        // Opened again afterwards: the ticks were kept.
        await openWalkthrough(page);
        await expect
            .poll(() => stepStates(page), { timeout: 15000 })
            .toEqual(['Open an example: done', 'See the ambiguity: done', 'Fix it: open', 'Open the preview: done', 'Run align check in CI: open']);
        await page.screenshot({ path: join(ARTIFACTS, 'walkthrough-ticked.png') });
    }, 120000);
});
