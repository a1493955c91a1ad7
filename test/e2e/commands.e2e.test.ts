// End to end in a real VS Code (code-server) with the packaged .vsix: the palette commands of
// a workspace holding .align files, "Align: Who decides…?" from the quick pick to the answer,
// the language status item with the project's counts, and a server that keeps crashing
// reported once, with a way back.
//
// Each test starts from the same state, whatever the tests before it did (a restart, five
// crashes, editors left open): no editor open, no notification, the example's files as
// committed, and one running server. Every wait is for a state of the editor or of the
// server's processes, never a fixed time.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
    closeAllEditors,
    clearNotifications,
    copyExample,
    openFile,
    problemsText,
    restoreFolder,
    runCommand,
    startEditor,
    waitUntil
    // @ts-expect-error plain ESM helper without types
} from './editor.mjs';
import type { Page } from 'playwright-core';
import { checkJson } from '../helpers/cli.js';

const ROOT = resolve(__dirname, '../..');
const ARTIFACTS = join(ROOT, 'test/e2e/artifacts');
const VSIX = process.env.ALIGN_VSIX ?? join(ROOT, `align-vscode-${JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version}.vsix`);

/** The errors and warnings `align check` finds in a folder. */
function checkCounts(folder: string): { errors: number; warnings: number } {
    const findings = checkJson(folder);
    const count = (severity: string) => findings.filter(f => f.severity === severity).length;
    return { errors: count('error'), warnings: count('warning') };
}

/** `stalemate · 4 files` and the errors and warnings `align check` finds in the same folder. */
function expectedStatus(folder: string): RegExp {
    const { errors, warnings } = checkCounts(folder);
    const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
    return new RegExp(`stalemate · 4 files[\\s\\S]*${plural(errors, 'error')}, ${plural(warnings, 'warning')}`);
}

/**
 * The Problems panel's rows under one file's heading: `file` with the folder VS Code describes
 * it by (`folder`, '' for the workspace root), up to the next file's heading.
 */
function problemsUnder(problems: string, file: string, folder: string): string {
    const lines = problems.split('\n').map(line => line.trim());
    // A heading is the file name with its folder, then the count of its problems.
    const heading = (i: number) => /^\S+\.(align|json)\S*$/.test(lines[i] ?? '') && /^\d+$/.test(lines[i + 1] ?? '');
    const start = lines.findIndex((line, i) => heading(i) && line.replace(/\s+/g, '') === `${file}${folder}`);
    if (start < 0) return '';
    let end = start + 2;
    while (end < lines.length && !heading(end)) end++;
    return lines.slice(start + 2, end).join('\n');
}

/** The errors and warnings of the whole workspace, from the Problems item of the status bar. */
async function problemCounts(page: Page): Promise<{ errors: number; warnings: number }> {
    const label = (await page.locator('.statusbar-item[id="status.problems"]').getAttribute('aria-label', { timeout: 5000 })) ?? '';
    const number = (kind: RegExp) => Number(kind.exec(label)?.[1] ?? NaN);
    // e.g. `Errors: 8, Warnings: 6`
    return { errors: number(/Errors:\s*(\d+)/), warnings: number(/Warnings:\s*(\d+)/) };
}

/** The palette's entries for a typed filter. */
async function paletteEntries(page: Page, filter: string): Promise<string[]> {
    const widget = page.locator('.quick-input-widget');
    const input = widget.locator('input').first();
    await page.keyboard.press('F1');
    await input.waitFor({ state: 'visible' });
    await waitUntil(async () => (await input.inputValue()) === '>', { timeout: 10000, message: 'an empty command palette' });
    await page.keyboard.type(filter);
    await waitUntil(async () => (await input.inputValue()) === `>${filter}`, { timeout: 10000, message: `"${filter}" in the command palette` });
    const rows = widget.locator('.quick-input-list .monaco-list-row');
    await waitUntil(async () => (await rows.count()) > 0, { timeout: 10000, message: 'the palette to list commands' });
    const labels = await rows.locator('.label-name').allInnerTexts();
    await page.keyboard.press('Escape');
    await widget.waitFor({ state: 'hidden', timeout: 10000 });
    return labels.map(label => label.replace(/\s+/g, ' ').trim());
}

/** The text of the language status hover, opened from the `{}` entry of the status bar. */
async function languageStatus(page: Page): Promise<string> {
    const entry = page.locator('.statusbar-item[id="status.languageStatus"]');
    await entry.waitFor({ state: 'visible', timeout: 15000 });
    await entry.click();
    const hover = page.locator('.hover-language-status');
    await hover.first().waitFor({ state: 'visible', timeout: 10000 });
    const text = (await hover.allInnerTexts()).join('\n');
    // Closed by a click into the editor: Escape would also dismiss the notification toasts.
    await page
        .locator('.editor-instance .monaco-editor .view-lines')
        .first()
        .click({ position: { x: 300, y: 300 } });
    await hover.first().waitFor({ state: 'hidden', timeout: 5000 });
    return text;
}

/** The Align entry of the status bar, read without opening its hover: its text and whether it spins. */
interface AlignStatus {
    /** The entry's accessible label, e.g. `Editor Language Status: stalemate · 4 files, 4 errors, 3 warnings, …`. */
    text: string;
    /** The spinner shows: the server is starting or building. */
    busy: boolean;
    /** The spinner showed at some moment since `watchStatus` was last called. */
    busySeen: boolean;
}

/**
 * Notes, from now on, whether the language status entry shows its spinner at any moment (a
 * MutationObserver sees it even when it lasts less than a poll's interval). With it a test
 * can wait for "the restarted server has built and reported" instead of for some seconds.
 */
async function watchStatus(page: Page): Promise<void> {
    await page.evaluate(() => {
        const w = window as unknown as { __alignStatusWatch?: { busySeen: boolean } };
        const entryBusy = () => Boolean(document.getElementById('status.languageStatus')?.querySelector('.codicon-loading'));
        if (!w.__alignStatusWatch) {
            const watch: { busySeen: boolean } = { busySeen: false };
            w.__alignStatusWatch = watch;
            new MutationObserver(() => {
                if (entryBusy()) watch.busySeen = true;
            }).observe(document.querySelector('.part.statusbar') ?? document.body, { subtree: true, childList: true, attributes: true, characterData: true });
        }
        w.__alignStatusWatch.busySeen = entryBusy();
    });
}

async function alignStatus(page: Page): Promise<AlignStatus> {
    return page.evaluate(() => {
        const entry = document.getElementById('status.languageStatus');
        const watch = (window as unknown as { __alignStatusWatch?: { busySeen: boolean } }).__alignStatusWatch;
        return { text: entry?.getAttribute('aria-label') ?? '', busy: Boolean(entry?.querySelector('.codicon-loading')), busySeen: Boolean(watch?.busySeen) };
    });
}

/**
 * The Align language servers under the code-server started on `workspace` (its command line
 * names that unique folder): found by walking /proc, so only processes this test started.
 */
function serverPids(workspace: string): number[] {
    const processes = new Map<number, { parent: number; args: string }>();
    for (const name of readdirSync('/proc').filter(entry => /^\d+$/.test(entry))) {
        try {
            const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
            const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
            processes.set(Number(name), { parent, args: readFileSync(`/proc/${name}/cmdline`, 'utf8').split('\0').join(' ') });
        } catch {
            /* gone meanwhile */
        }
    }
    const underEditor = (pid: number) => {
        for (let current = processes.get(pid)?.parent, depth = 0; current && depth < 20; current = processes.get(current)?.parent, depth++) {
            if (processes.get(current)?.args.includes(workspace)) return true;
        }
        return false;
    };
    return [...processes].filter(([pid, process]) => process.args.includes('out/server/main.cjs') && underEditor(pid)).map(([pid]) => pid);
}

describe('Align commands in VS Code (code-server)', () => {
    let editor: { page: Page; stop(): Promise<void> };
    let page: Page;
    let workspace: string;
    /** The example as committed, copied once: what every test starts from. */
    let pristine: string;
    /** What the status item says of the example as committed. */
    let expected: RegExp;

    /** The one server that has not been killed, once there is exactly one. */
    const liveServers = (killed: Set<number> = new Set()) => serverPids(workspace).filter(pid => !killed.has(pid));

    /**
     * Opens delivery.align and waits until the server has built the project, reported its counts
     * and is not building. (Nothing here deletes .align files: after an update that only removes
     * files the server says busy and never says done until its next build, a bug of
     * server/workspace/build-status.ts, and this would wait in vain.)
     */
    async function serverReady(): Promise<void> {
        await openFile(page, 'delivery.align');
        await expect.poll(() => alignStatus(page), { timeout: 60000 }).toMatchObject({ busy: false, text: expect.stringMatching(expected) });
    }

    /**
     * Waits, after `watchStatus` and a restart or crash, until a fresh server has come up, built
     * the project and reported the same counts (the spinner came and went).
     */
    async function restartedServerReady(): Promise<void> {
        await expect.poll(() => alignStatus(page), { timeout: 60000 }).toMatchObject({ busySeen: true, busy: false, text: expect.stringMatching(expected) });
    }

    /** "Align: Restart Server", and the fresh server's report. */
    async function restartServer(): Promise<void> {
        await serverReady();
        const before = liveServers();
        expect(before).toHaveLength(1);
        await watchStatus(page);
        await runCommand(page, 'Align: Restart Server');
        await expect.poll(() => liveServers(), { timeout: 30000 }).toEqual([expect.not.toBeOneOf(before)]);
        await restartedServerReady();
    }

    /** Runs "Align: Compare with…" and accepts the revision it offers, HEAD. */
    async function compareWithHead(): Promise<void> {
        await runCommand(page, 'Align: Compare with');
        const box = page.locator('.quick-input-widget', { hasText: 'Compare with' });
        await box.waitFor({ state: 'visible', timeout: 10000 });
        await expect.poll(() => box.locator('input').inputValue(), { timeout: 10000 }).toBe('HEAD');
        await page.keyboard.press('Enter');
        await box.waitFor({ state: 'hidden', timeout: 10000 });
    }

    /** The text of the rendered Markdown view (VS Code's preview, a webview) whose page holds `heading`, if one shows. */
    async function previewText(page: Page, heading: string): Promise<string | undefined> {
        for (const frame of page.frames()) {
            // The workbench itself names the view in its tab: only the webviews' pages count.
            if (frame === page.mainFrame()) continue;
            const body = await frame
                .locator('body')
                .innerText({ timeout: 500 })
                .catch(() => '');
            if (body.includes(heading)) return body;
        }
        return undefined;
    }

    beforeAll(async () => {
        expect(existsSync(VSIX), `${VSIX} missing: run npm run package`).toBe(true);
        mkdirSync(ARTIFACTS, { recursive: true });
        ({ pristine, workspace } = copyExample(join(ROOT, 'examples'), 'stalemate', 'align-e2e-commands-'));
        expected = expectedStatus(workspace);
        // A repository with one commit, for "Compare with…".
        const git = (...args: string[]) => spawnSync('git', ['-c', 'user.email=e2e@align.test', '-c', 'user.name=e2e', ...args], { cwd: workspace });
        git('init', '-q');
        git('add', '-A');
        git('commit', '-qm', 'the stalemate as committed');
        editor = await startEditor({ workspaceDir: workspace, vsixPath: VSIX });
        page = editor.page;
        await watchStatus(page);
    }, 120000);

    beforeEach(async () => {
        await closeAllEditors(page);
        await clearNotifications(page);
        restoreFolder(workspace, pristine, ['.git']);
        // One server runs (the extension is active; a test that stopped or crashed it started it again).
        await expect.poll(() => liveServers().length, { timeout: 60000 }).toBe(1);
    });

    afterEach(async context => {
        if (context.task.result?.state === 'fail') {
            await page?.screenshot({ path: join(ARTIFACTS, `commands-failed-${context.task.name.slice(0, 2).replace(/\W/g, '')}.png`) }).catch(() => undefined);
        }
    });

    afterAll(async () => {
        await editor?.stop();
    });

    it('1. lists the Align commands in the palette of a workspace holding .align files', async () => {
        // Nothing opened: the extension is active because the workspace holds .align files.
        await expect
            .poll(() => paletteEntries(page, 'Align: '), { timeout: 30000 })
            .toEqual(
                expect.arrayContaining([
                    'Align: Who decides…?',
                    'Align: Restart Server',
                    'Align: Show Output',
                    'Align: Open Preview',
                    'Align: Open Preview to the Side'
                ])
            );
    });

    it('2. shows the project, its files, errors and warnings in the language status item', async () => {
        await serverReady();
        await expect.poll(() => languageStatus(page), { timeout: 30000 }).toMatch(expected);
        await page.screenshot({ path: join(ARTIFACTS, 'language-status.png') });
    });

    it('3. answers "Who decides…?" for the domains picked', async () => {
        await serverReady();
        await runCommand(page, 'Align: Who decides');
        const row = (name: string) => page.locator(`.quick-input-list .monaco-list-row[aria-label*="${name}"]`);
        await row('UserExperience').waitFor({ state: 'visible', timeout: 15000 });
        // In a multi-select quick pick a click on a row toggles its checkbox.
        for (const name of ['UserExperience', 'Architecture']) await row(name).click();
        await expect.poll(() => page.locator('.quick-input-widget .quick-input-count').innerText(), { timeout: 5000 }).toContain('2');
        await page.screenshot({ path: join(ARTIFACTS, 'who-decides-pick.png') });
        await page.keyboard.press('Enter');
        // The whole answer, rendered read-only beside the editor, with the step and links to the declarations.
        await expect
            .poll(() => previewText(page, 'Who decides on Architecture and UserExperience?'), { timeout: 20000 })
            .toMatch(/No one: it affects Architecture/);
        const text = (await previewText(page, 'Who decides on Architecture and UserExperience?'))!;
        expect(text).toMatch(
            /No one: it affects Architecture \(owners CIO and VPPX\) and UserExperience \(owner VPPX\), and no rule covers decisions that cross these domains/
        );
        expect(text).toMatch(/Step of the resolution order\s+none/);
        expect(text).toMatch(/CIO — owner, stakeholder, people\.align:\d+/);
        // Read-only: nothing is left to save, and no toast cut the answer short.
        expect(await page.locator('.tab.dirty').count()).toBe(0);
        expect(await page.locator('.notifications-toasts .notification-toast', { hasText: 'Who decides on' }).count()).toBe(0);
        await page.screenshot({ path: join(ARTIFACTS, 'who-decides-answer.png') });
    });

    it('4. shows the Align log, and restarts the server', async () => {
        await serverReady();
        await runCommand(page, 'Align: Show Output');
        const output = page.locator('.panel .output-view, .pane-body.output-view').first();
        await output.waitFor({ state: 'visible', timeout: 15000 });
        const before = liveServers();
        expect(before).toHaveLength(1);
        await watchStatus(page);
        await runCommand(page, 'Align: Restart Server');
        // The output view is an editor: spaces come as no-break spaces.
        await expect.poll(async () => (await output.innerText()).replace(/\s+/g, ' '), { timeout: 15000 }).toContain('Restarting the Align server');
        await expect.poll(() => liveServers(), { timeout: 30000 }).toEqual([expect.not.toBeOneOf(before)]);
        // A fresh server builds again and reports the same counts.
        await restartedServerReady();
    });

    it('5. says once that the server crashed for good, with Restart and Show Output', async () => {
        await serverReady();
        const killed = new Set<number>();
        for (let crash = 1; crash <= 5; crash++) {
            let pid: number | undefined;
            await expect.poll(() => (pid = liveServers(killed)[0]), { timeout: 30000 }).toBeDefined();
            // The server to kill has come up and built the project, as a server that crashes on
            // some input would have (the first one is ready already).
            if (crash > 1) await restartedServerReady();
            await watchStatus(page);
            killed.add(pid!);
            process.kill(pid!, 'SIGKILL');
        }
        const notice = page.locator('.notifications-toasts .notification-toast', { hasText: 'crashed 5 times' });
        await notice.waitFor({ state: 'visible', timeout: 30000 });
        // The client has given up: the status item says so.
        await expect.poll(async () => (await alignStatus(page)).text, { timeout: 30000 }).toContain('Align: server stopped');
        await page.screenshot({ path: join(ARTIFACTS, 'crash-notice.png') });
        // One notice, not one per crash or per failed request.
        expect(await page.locator('.notifications-toasts .notification-toast').count()).toBe(1);
        expect(liveServers(killed)).toEqual([]);
        expect(await languageStatus(page)).toContain('Align: server stopped');
        await notice.locator('.monaco-button', { hasText: 'Show Output' }).waitFor({ state: 'visible' });
        await watchStatus(page);
        await notice.locator('.monaco-button', { hasText: 'Restart' }).first().click();
        await expect.poll(() => liveServers(killed).length, { timeout: 30000 }).toBe(1);
        await restartedServerReady();
    });

    it('6. offers the walkthrough, from the example to CI', async () => {
        await runCommand(page, 'Welcome: Open Walkthrough');
        const choice = page.locator('.quick-input-list .monaco-list-row', { hasText: 'Get started with Align' });
        await choice.waitFor({ state: 'visible', timeout: 15000 });
        await choice.click();
        const steps = page.locator('.getting-started-step .step-title');
        await expect
            .poll(() => steps.allInnerTexts(), { timeout: 15000 })
            .toEqual(['Open an example', 'See the ambiguity', 'Fix it', 'Open the preview', 'Run align check in CI']);
        // The step's page, media/walkthrough/1-open-example.md, rendered beside the steps.
        const pageShown = async () => {
            for (const frame of page.frames()) {
                if (
                    await frame
                        .locator('text=copies a small example')
                        .count()
                        .catch(() => 0)
                )
                    return true;
            }
            return false;
        };
        await expect.poll(pageShown, { timeout: 20000 }).toBe(true);
        await page.screenshot({ path: join(ARTIFACTS, 'walkthrough.png') });
        // The preview step's picture is packaged and resolves from the page's folder.
        await page.locator('.getting-started-step', { hasText: 'Open the preview' }).click();
        const pictureShown = async () => {
            for (const frame of page.frames()) {
                const width = await frame
                    .locator('img[alt="The preview beside the editor"]')
                    .evaluate(img => (img as HTMLImageElement).naturalWidth, undefined, { timeout: 500 })
                    .catch(() => 0);
                if (width > 0) return true;
            }
            return false;
        };
        await expect.poll(pictureShown, { timeout: 20000 }).toBe(true);
    });

    it('7. the extension page opens with what Align is, and its picture shows', async () => {
        // Shown, not toggled (a click on the activity bar would close a view already open).
        await runCommand(page, 'View: Show Extensions');
        const search = page.locator('.extensions-viewlet .suggest-input-container').first();
        await search.waitFor({ state: 'visible', timeout: 15000 });
        await search.click();
        await page.keyboard.press('Control+A');
        await page.keyboard.type('@installed align');
        await expect.poll(async () => (await search.innerText()).replace(/\s+/g, ' ').trim(), { timeout: 10000 }).toBe('@installed align');
        const entry = page.locator('.extensions-viewlet .extensions-list .monaco-list-row', { hasText: 'Align' }).first();
        await entry.waitFor({ state: 'visible', timeout: 20000 });
        await entry.click();
        const readme = async () => {
            for (const frame of page.frames()) {
                const text = await frame
                    .locator('body')
                    .innerText({ timeout: 500 })
                    .catch(() => '');
                if (!text.includes('Align is a small language')) continue;
                const widths = await frame.locator('img').evaluateAll(images => images.map(img => (img as HTMLImageElement).naturalWidth));
                return {
                    opensWithProse: /^\s*Align: organizational alignment as code\s+Align is a small language/.test(text),
                    pictures: widths.filter(width => width > 0).length
                };
            }
            return undefined;
        };
        await expect.poll(readme, { timeout: 30000 }).toEqual({ opensWithProse: true, pictures: 2 });
        await page.screenshot({ path: join(ARTIFACTS, 'extension-page.png') });
    });

    it('8. "Show Report" shows the project\'s report beside the editor, every section present', async () => {
        await serverReady();
        await runCommand(page, 'Align: Show Report');
        const reportFrame = async () => {
            for (const frame of page.frames()) {
                if (
                    await frame
                        .locator('h2#who-decides-title')
                        .count()
                        .catch(() => 0)
                )
                    return frame;
            }
            return undefined;
        };
        await expect.poll(async () => Boolean(await reportFrame()), { timeout: 30000 }).toBe(true);
        const frame = (await reportFrame())!;
        // textContent: sections out of view are skipped by `content-visibility: auto`, so their innerText is empty.
        const headings = await frame.locator('h2').allTextContents();
        expect(headings).toEqual(
            expect.arrayContaining(['Findings', 'Who decides', 'Decision rights (RACI)', 'Governance rhythm', 'Escalation', 'Roadmap', 'Risks by status'])
        );
        // The findings are the project's: the ambiguity of IdentityProvider among them; the pictures are drawn.
        expect(await frame.locator('body').textContent()).toContain('IdentityProvider');
        expect(await frame.locator('svg').count()).toBeGreaterThan(2);
        await expect.poll(() => page.locator('.editor-group-container .tab', { hasText: 'Alignment report: stalemate' }).count(), { timeout: 10000 }).toBe(1);
        await page.screenshot({ path: join(ARTIFACTS, 'show-report.png') });
    });

    it('9. "Compare with…" HEAD shows what the unsaved edit changed since the commit, once, also after restarts', async () => {
        // Restarted first: a command or a handler registered again on each start of the client
        // would answer twice (or three times) from now on.
        await restartServer();
        await restartServer();
        await openFile(page, 'delivery.align');
        await page.keyboard.press('Control+End');
        await page.keyboard.type('\ndecision E2eDrift { affects UserExperience, Architecture }\n');
        await compareWithHead();
        // The drift report rendered read-only beside the editor: the decision added, and the new error it brings.
        await expect.poll(async () => (await previewText(page, 'Alignment drift'))?.replace(/\s+/g, ' ') ?? '', { timeout: 20000 }).toMatch(/E2eDrift added/);
        const text = (await previewText(page, 'Alignment drift'))!;
        expect(text).toContain('decision-ambiguous-owner');
        // Rendered: no table pipes or <br> left as text; read-only: nothing to save.
        expect(text).not.toMatch(/\| added|<br>/);
        expect(await page.locator('.tab.dirty').count()).toBe(0);
        // Shown beside the edited file, not in its group.
        const driftGroup = page.locator('.editor-group-container', { has: page.locator('.tab.active', { hasText: 'Alignment drift' }) });
        await expect.poll(() => driftGroup.count(), { timeout: 10000 }).toBe(1);
        expect(await driftGroup.locator('.tab[data-resource-name="delivery.align"]').count()).toBe(0);
        await page.screenshot({ path: join(ARTIFACTS, 'compare-with.png') });
        // Once more after another edit: the same view, now with both decisions, answered once.
        await openFile(page, 'delivery.align');
        await page.keyboard.press('Control+End');
        await page.keyboard.type('\ndecision E2eDriftAgain { affects UserExperience, Architecture }\n');
        await compareWithHead();
        await expect
            .poll(async () => (await previewText(page, 'Alignment drift'))?.replace(/\s+/g, ' ') ?? '', { timeout: 20000 })
            .toMatch(/E2eDriftAgain added/);
        await expect.poll(() => page.locator('.tab', { hasText: 'Alignment drift' }).count(), { timeout: 10000 }).toBe(1);
    });
});

// "Open Example" leaves a project in the workspace, and VS Code keeps a document an extension
// opened (here the copy's delivery.align) open for up to 3 minutes after its editor closes: even
// with the copy deleted, a server started in that time would still get it, as a file of the
// enclosing project. So it runs in an editor of its own.
describe('"Align: Open Example" in VS Code (code-server)', () => {
    let editor: { page: Page; stop(): Promise<void> };
    let page: Page;
    let workspace: string;
    let pristine: string;

    beforeAll(async () => {
        expect(existsSync(VSIX), `${VSIX} missing: run npm run package`).toBe(true);
        mkdirSync(ARTIFACTS, { recursive: true });
        ({ pristine, workspace } = copyExample(join(ROOT, 'examples'), 'stalemate', 'align-e2e-example-'));
        editor = await startEditor({ workspaceDir: workspace, vsixPath: VSIX });
        page = editor.page;
        // The extension is active (its commands are in the palette once its server runs).
        await waitUntil(() => serverPids(workspace).length === 1, { timeout: 60000, message: 'the Align server to start' });
    }, 120000);

    afterEach(async context => {
        if (context.task.result?.state === 'fail') {
            await page?.screenshot({ path: join(ARTIFACTS, `example-failed-${context.task.name.slice(0, 2).replace(/\W/g, '')}.png`) }).catch(() => undefined);
        }
    });

    afterAll(async () => {
        await editor?.stop();
    });

    it('1. "Open Example" copies the example into the folder picked and opens it', async () => {
        // No editor open: the delivery.align that opens is the copy's.
        await runCommand(page, 'Align: Open Example');
        // code-server's folder picker is VS Code's simple dialog: a path in a quick input.
        const dialog = page.locator('.quick-input-widget', { hasText: 'Where should the Align example go?' });
        await dialog.waitFor({ state: 'visible', timeout: 15000 });
        const input = dialog.locator('input');
        // It starts at the workspace folder (the command's default), where the example should go.
        await expect.poll(() => input.inputValue(), { timeout: 10000 }).toBe(`${workspace}/`);
        // The dialog has listed that folder and is no longer busy: Enter accepts the folder.
        await expect
            .poll(
                async () => ({
                    rows: (await dialog.locator('.quick-input-list .monaco-list-row').count()) > 0,
                    busy: await dialog.locator('.monaco-progress-container.active').count()
                }),
                { timeout: 10000 }
            )
            .toEqual({ rows: true, busy: 0 });
        await page.keyboard.press('Enter');
        const copy = join(workspace, 'align-stalemate');
        const copied = () => (existsSync(copy) ? readdirSync(copy).sort() : []);
        await expect.poll(copied, { timeout: 15000 }).toEqual(readdirSync(pristine).sort());
        // The repository's `$schema` path would not resolve in the copy.
        expect(JSON.parse(readFileSync(join(copy, 'align.config.json'), 'utf8'))).not.toHaveProperty('$schema');
        await page.waitForSelector('.editor-group-container.active .tab.active[data-resource-name="delivery.align"]', { timeout: 15000 });
        // The server has linked the copy: its delivery.align shows the ambiguity, and no name it
        // cannot resolve (while the files arrive one by one, the first ones name missing ones).
        await expect
            .poll(
                async () => {
                    const rows = problemsUnder(await problemsText(page), 'delivery.align', 'align-stalemate');
                    return { ambiguity: rows.includes('Nobody has authority to decide IdentityProvider'), unresolved: rows.includes('unresolved-reference') };
                },
                { timeout: 30000 }
            )
            .toEqual({ ambiguity: true, unresolved: false });
        // Its own project: its names do not clash with the enclosing workspace's. The workspace
        // holds the example's findings twice, nothing more.
        const once = checkCounts(pristine);
        await expect.poll(() => problemCounts(page), { timeout: 30000 }).toEqual({ errors: 2 * once.errors, warnings: 2 * once.warnings });
        expect(await problemsText(page)).not.toContain('duplicate-name');
        await page.screenshot({ path: join(ARTIFACTS, 'open-example.png') });
    });
});
