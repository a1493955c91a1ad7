// Starts code-server (VS Code in the browser, installed by setup.sh) with a packaged .vsix
// on 127.0.0.1 and opens it in Debian's chromium through playwright-core.
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, homedir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const CACHE = process.env.ALIGN_E2E_CACHE ?? join(homedir(), '.cache', 'align-e2e');
export const CODE_SERVER = join(CACHE, 'code-server-4.100.3', 'node_modules', '.bin', 'code-server');

function freePort() {
    return new Promise((resolve, reject) => {
        const server = createServer();
        server.listen(0, '127.0.0.1', () => { const { port } = server.address(); server.close(() => resolve(port)); });
        server.on('error', reject);
    });
}

async function waitForHttp(url, timeoutMs) {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
        try {
            const response = await fetch(url);
            if (response.status < 500) return;
        } catch { /* not up yet */ }
        await new Promise(r => setTimeout(r, 250));
    }
    throw new Error(`code-server did not answer on ${url} within ${timeoutMs} ms`);
}

/** Installs the .vsix, starts code-server on the folder and opens the workbench in chromium. */
export async function startEditor({ workspaceDir, vsixPath, settings = {} }) {
    const home = mkdtempSync(join(tmpdir(), 'align-e2e-'));
    const userData = join(home, 'user-data');
    const extensions = join(home, 'extensions');
    mkdirSync(join(userData, 'User'), { recursive: true });
    writeFileSync(join(userData, 'User', 'settings.json'), JSON.stringify({
        'workbench.startupEditor': 'none',
        'security.workspace.trust.enabled': false,
        'telemetry.telemetryLevel': 'off',
        'workbench.tips.enabled': false,
        'workbench.welcomePage.walkthroughs.openOnInstall': false,
        'extensions.ignoreRecommendations': true,
        'update.mode': 'none',
        'editor.hover.delay': 200,
        'window.restoreWindows': 'none',
        ...settings
    }, null, 2));
    if (vsixPath) {
        execFileSync(CODE_SERVER, ['--install-extension', vsixPath, '--extensions-dir', extensions, '--user-data-dir', userData], { stdio: 'pipe' });
    }
    const port = await freePort();
    const server = spawn(CODE_SERVER, ['--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--user-data-dir', userData,
        '--extensions-dir', extensions, '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', workspaceDir],
    { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let log = '';
    server.stdout.on('data', d => { log += d; });
    server.stderr.on('data', d => { log += d; });
    const stopServer = () => { try { process.kill(-server.pid, 'SIGKILL'); } catch { /* already gone */ } };
    try {
        await waitForHttp(`http://127.0.0.1:${port}/healthz`, 30000);
    } catch (error) {
        stopServer();
        throw new Error(`${error.message}\n${log}`);
    }
    const browser = await chromium.launch({
        executablePath: '/usr/bin/chromium',
        args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run',
            '--disable-background-networking', '--disable-component-update', '--disable-sync']
    });
    const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: `http://127.0.0.1:${port}` });
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspaceDir)}`);
    await page.waitForSelector('.monaco-workbench', { timeout: 60000 });
    return {
        page, browser, port, log: () => log,
        async stop() {
            await browser.close().catch(() => undefined);
            stopServer();
        }
    };
}

/** Opens a file of the workspace through Quick Open. */
export async function openFile(page, name) {
    const tab = page.locator(`.tab[data-resource-name="${name}"]`);
    if (await tab.count()) {
        await tab.first().click();
        await page.waitForSelector(`.tab.active[data-resource-name="${name}"]`, { timeout: 15000 });
        await page.locator('.editor-instance .monaco-editor textarea').first().focus();
        return;
    }
    await page.keyboard.press('Control+P');
    await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
    await page.keyboard.type(name);
    await page.waitForSelector(`.quick-input-list .monaco-list-row[aria-label*="${name}"]`, { timeout: 15000 });
    await page.keyboard.press('Enter');
    await page.waitForSelector(`.tab.active[data-resource-name="${name}"]`, { timeout: 15000 });
    await page.locator('.editor-instance .monaco-editor textarea').first().focus();
}

/** Runs a command through the command palette, by its title. */
export async function runCommand(page, title) {
    await page.keyboard.press('F1');
    await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
    await page.keyboard.type(title);
    await page.waitForTimeout(400);
    await page.keyboard.press('Enter');
}

/** Moves the cursor to a 1-based line and column with "Go to Line". */
export async function goTo(page, line, column) {
    await page.keyboard.press('Control+G');
    await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
    await page.keyboard.type(`${line}:${column}`);
    await page.keyboard.press('Enter');
    await page.waitForTimeout(200);
}

/** The cursor position shown in the status bar, e.g. { line: 3, column: 7 }. */
export async function cursor(page) {
    const text = await page.locator('.statusbar-item[id="status.editor.selection"]').innerText();
    const match = /Ln (\d+), Col (\d+)/.exec(text);
    return match ? { line: Number(match[1]), column: Number(match[2]) } : undefined;
}

/** The text of the Problems panel (opened if needed). */
export async function problemsText(page) {
    const panel = page.locator('.markers-panel');
    if (!(await panel.isVisible().catch(() => false))) {
        await page.keyboard.press('Control+Shift+M');
        await panel.waitFor({ state: 'visible', timeout: 10000 });
    }
    return panel.innerText();
}

/** The frame of the Align preview webview, once it shows a diagram. */
export async function previewFrame(page, timeoutMs = 30000) {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
        for (const frame of page.frames()) {
            if (await frame.locator('#canvas svg').count().catch(() => 0)) return frame;
        }
        await page.waitForTimeout(300);
    }
    throw new Error('the Align preview did not show a diagram');
}
