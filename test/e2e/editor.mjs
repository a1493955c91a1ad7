// Starts code-server (VS Code in the browser, installed by setup.sh) with a packaged .vsix
// on 127.0.0.1 and opens it in Debian's chromium through playwright-core.
//
// Every helper here waits for a state of the editor (a value in an input, a focused row, a
// tab, the cursor in the status bar), never for a fixed time: on a busy 2-core machine any
// fixed pause is sometimes too short.
import { spawn, execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, homedir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const CACHE = process.env.ALIGN_E2E_CACHE ?? join(homedir(), '.cache', 'align-e2e');
export const CODE_SERVER = join(CACHE, 'code-server-4.100.3', 'node_modules', '.bin', 'code-server');

/**
 * Polls `condition` until it returns a truthy value (returned) or `timeout` ms pass (thrown,
 * naming `message`). A condition that throws counts as not yet true (e.g. a frame reloading).
 */
export async function waitUntil(condition, { timeout = 15000, interval = 100, message = 'a condition' } = {}) {
    const deadline = Date.now() + timeout;
    let lastError;
    for (;;) {
        try {
            const value = await condition();
            if (value) return value;
            lastError = undefined;
        } catch (error) {
            lastError = error;
        }
        if (Date.now() >= deadline) {
            throw new Error(`Timed out after ${timeout} ms waiting for ${message}${lastError ? ` (last error: ${lastError.message})` : ''}`);
        }
        await new Promise(resolve => setTimeout(resolve, interval));
    }
}

function freePort() {
    return new Promise((resolve, reject) => {
        const server = createServer();
        server.listen(0, '127.0.0.1', () => { const { port } = server.address(); server.close(() => resolve(port)); });
        server.on('error', reject);
    });
}

async function waitForHttp(url, timeoutMs) {
    await waitUntil(async () => (await fetch(url)).status < 500, { timeout: timeoutMs, interval: 250, message: `code-server to answer on ${url}` });
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

const QUICK_INPUT = '.quick-input-widget';

/**
 * Opens a quick input with `keys` (pressed in turn), types `text`, waits until the input holds `prefix + text`
 * and the focused row is the one `isRow(ariaLabel)` wants, then accepts it with Enter and waits
 * until that quick input is gone (closed, or replaced by the next one, e.g. a command's own).
 */
export async function pickInQuickInput(page, { keys, prefix, text, isRow, what }) {
    const widget = page.locator(QUICK_INPUT);
    const input = widget.locator('input').first();
    for (const key of keys) await page.keyboard.press(key);
    await input.waitFor({ state: 'visible', timeout: 15000 });
    await waitUntil(async () => (await input.inputValue()) === prefix, { timeout: 10000, message: `the ${what} to open empty` });
    await page.keyboard.type(text);
    const typed = prefix + text;
    await waitUntil(async () => (await input.inputValue()) === typed, { timeout: 10000, message: `"${typed}" in the ${what}` });
    const focused = widget.locator('.quick-input-list .monaco-list-row.focused').first();
    await waitUntil(async () => isRow((await focused.getAttribute('aria-label', { timeout: 1000 })) ?? ''), { timeout: 15000, message: `the ${what} to focus the row for "${text}"` });
    await page.keyboard.press('Enter');
    await waitUntil(async () => !(await widget.isVisible()) || (await input.inputValue()) !== typed, { timeout: 15000, message: `the ${what} to accept "${text}"` });
}

/** Runs a command through the command palette, by (the start of) its title. */
export async function runCommand(page, title) {
    const wanted = title.toLowerCase();
    await pickInQuickInput(page, { keys: ['F1'], prefix: '>', text: title, isRow: label => label.toLowerCase().includes(wanted), what: 'command palette' });
}

/** The `.editor-group-container` of the active editor group. */
const ACTIVE_GROUP = '.editor-group-container.active';

/** Focuses the text of the active editor, so that typed keys go there. */
async function focusActiveEditor(page) {
    await page.locator(`${ACTIVE_GROUP} .monaco-editor textarea`).first().focus();
}

/** Opens a file of the workspace (or reveals its tab) and focuses its text. */
export async function openFile(page, name) {
    const tab = page.locator(`.editor-group-container .tab[data-resource-name="${name}"]`);
    if (await tab.count()) {
        await tab.first().click();
    } else {
        await pickInQuickInput(page, { keys: ['Control+P'], prefix: '', text: name, isRow: label => label.startsWith(`${name},`) || label === name, what: 'quick open' });
    }
    await page.waitForSelector(`${ACTIVE_GROUP} .tab.active[data-resource-name="${name}"]`, { timeout: 15000 });
    await focusActiveEditor(page);
}

/** Moves the cursor to a 1-based line and column with "Go to Line", and waits until it is there. */
export async function goTo(page, line, column) {
    const input = page.locator(`${QUICK_INPUT} input`).first();
    await page.keyboard.press('Control+G');
    await input.waitFor({ state: 'visible', timeout: 10000 });
    await waitUntil(async () => (await input.inputValue()) === ':', { timeout: 10000, message: 'Go to Line to open' });
    await page.keyboard.type(`${line}:${column}`);
    await waitUntil(async () => (await input.inputValue()) === `:${line}:${column}`, { timeout: 10000, message: `":${line}:${column}" in Go to Line` });
    await page.keyboard.press('Enter');
    await waitUntil(async () => {
        const at = await cursor(page);
        return at?.line === line && at.column === column;
    }, { timeout: 10000, message: `the cursor at ${line}:${column}` });
}

/** The cursor position shown in the status bar, e.g. { line: 3, column: 7 }. */
export async function cursor(page) {
    const text = await page.locator('.statusbar-item[id="status.editor.selection"]').innerText({ timeout: 5000 });
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
    return waitUntil(async () => {
        for (const frame of page.frames()) {
            if (await frame.locator('#canvas svg').count().catch(() => 0)) return frame;
        }
        return undefined;
    }, { timeout: timeoutMs, interval: 200, message: 'the Align preview to show a diagram' });
}

/**
 * Closes every editor and editor group, discarding unsaved changes, so that a test starts on an
 * empty editor area whatever the test before it left open.
 */
export async function closeAllEditors(page) {
    const tabs = page.locator('.editor-group-container .tab');
    const groups = page.locator('.editor-group-container');
    const closed = async () => (await tabs.count()) === 0 && (await groups.count()) <= 1;
    if (await closed()) return;
    await runCommand(page, 'View: Close All Editor Groups');
    // Unsaved editors ask first ("Do you want to save…?"): don't.
    const dontSave = page.locator('.monaco-dialog-box .monaco-button', { hasText: /^Don.t Save$/ }).first();
    await waitUntil(async () => {
        if (await dontSave.isVisible().catch(() => false)) await dontSave.click({ timeout: 2000 }).catch(() => undefined);
        return closed();
    }, { timeout: 20000, message: 'every editor and editor group to close' });
}

/** Clears the notification toasts (a test that counts or reads toasts starts without old ones). */
export async function clearNotifications(page) {
    const toasts = page.locator('.notifications-toasts .notification-toast');
    if ((await toasts.count()) === 0) return;
    await runCommand(page, 'Notifications: Clear All Notifications');
    await waitUntil(async () => (await toasts.count()) === 0, { timeout: 10000, message: 'the notifications to clear' });
}

/**
 * Makes the folder `target` hold exactly what `source` holds again: files a test changed are
 * rewritten, files and folders it created are removed (names in `keep`, e.g. `.git`, are left).
 * Unchanged files are not touched, so the language server sees no change for them.
 */
export function restoreFolder(target, source, keep = []) {
    for (const name of readdirSync(target)) {
        if (!keep.includes(name) && !existsSync(join(source, name))) rmSync(join(target, name), { recursive: true, force: true });
    }
    for (const entry of readdirSync(source, { withFileTypes: true })) {
        const from = join(source, entry.name);
        const to = join(target, entry.name);
        if (entry.isDirectory()) {
            mkdirSync(to, { recursive: true });
            restoreFolder(to, from);
            continue;
        }
        const bytes = readFileSync(from);
        if (!existsSync(to) || !readFileSync(to).equals(bytes)) writeFileSync(to, bytes);
    }
}

/** Runs "Developer: Reload Window" and waits for the new workbench (not the one being unloaded). */
export async function reloadWindow(page) {
    await page.evaluate(() => { window.__alignE2eBeforeReload = true; });
    await runCommand(page, 'Developer: Reload Window');
    await waitUntil(() => page.evaluate(() => !window.__alignE2eBeforeReload && Boolean(document.querySelector('.monaco-workbench'))),
        { timeout: 60000, interval: 250, message: 'the reloaded workbench' });
}

/**
 * Copies an example twice into a new temporary folder: `pristine`, never touched, which
 * restoreFolder brings `workspace` back to before each test, and `workspace`, the folder the
 * editor opens (named as the example, so the project keeps its name).
 */
export function copyExample(examplesDir, example, prefix) {
    const base = mkdtempSync(join(tmpdir(), prefix));
    const pristine = join(base, 'pristine');
    const workspace = join(base, example);
    cpSync(join(examplesDir, example), pristine, { recursive: true });
    cpSync(pristine, workspace, { recursive: true });
    return { pristine, workspace };
}
