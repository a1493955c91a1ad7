// End to end in a real VS Code (code-server): a folder holding two projects, as this
// repository's root does. Every file's findings are in the Problems panel before anything is
// opened, no project sees the other's names, and align.config.json is checked twice: by
// Align (config-invalid) and by VS Code through the JSON Schema the extension registers.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM helper without types
import { closeAllEditors, pickInQuickInput, problemsText, startEditor } from './editor.mjs';
import type { Page } from 'playwright-core';

const ROOT = resolve(__dirname, '../..');
const ARTIFACTS = join(ROOT, 'test/e2e/artifacts');
const VSIX = process.env.ALIGN_VSIX ?? join(ROOT, `align-vscode-${JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version}.vsix`);

describe('a repository with two projects in VS Code (code-server)', () => {
    let editor: { page: Page; stop(): Promise<void> };
    let page: Page;

    beforeAll(async () => {
        expect(existsSync(VSIX), `${VSIX} missing: run npm run package`).toBe(true);
        mkdirSync(ARTIFACTS, { recursive: true });
        const workspace = join(mkdtempSync(join(tmpdir(), 'align-e2e-repo-')), 'repo');
        for (const example of ['patient-portal', 'stalemate'])
            cpSync(join(ROOT, 'examples', example), join(workspace, 'examples', example), { recursive: true });
        mkdirSync(join(workspace, 'drafts'));
        writeFileSync(join(workspace, 'drafts', 'align.config.json'), '{\n  "name": "drafts",\n  "colour": "red"\n}\n');
        writeFileSync(join(workspace, 'drafts', 'idea.align'), 'stakeholder CIO\n');
        editor = await startEditor({ workspaceDir: workspace, vsixPath: VSIX });
        page = editor.page;
    }, 120000);

    // Each test starts with no editor open, whatever the test before it opened.
    beforeEach(async () => {
        await closeAllEditors(page);
    });

    afterAll(async () => {
        await editor?.stop();
    });

    it('lists the findings of files nobody opened, project by project, with no duplicate across projects', async () => {
        await expect.poll(() => problemsText(page), { timeout: 45000 }).toContain('Nobody has authority to decide IdentityProvider');
        const problems = await problemsText(page);
        expect(problems).toContain('escalation-cycle');
        expect(problems).not.toContain('duplicate-name');
        await page.screenshot({ path: join(ARTIFACTS, 'repository-problems.png') });
    });

    it('reports the unknown key of align.config.json from Align and from the registered schema', async () => {
        // Quick open by path: three projects have a file of that name.
        await pickInQuickInput(page, {
            keys: ['Control+P'],
            prefix: '',
            text: 'drafts/align.config.json',
            what: 'quick open',
            isRow: (label: string) => label.startsWith('align.config.json') && label.includes('drafts')
        });
        await page.waitForSelector('.editor-group-container.active .tab.active[data-resource-name="align.config.json"]', { timeout: 15000 });
        await expect.poll(() => problemsText(page), { timeout: 60000 }).toContain('Unknown key "colour"');
        // VS Code's JSON language service, validating against schemas/align.config.schema.json. Its
        // server starts only now, for the first JSON file opened: on a loaded 2-core machine that
        // took longer than the 30 s this waited before. The wait ends as soon as the finding shows.
        await expect.poll(() => problemsText(page), { timeout: 90000 }).toMatch(/Property colour is not allowed/);
        await page.screenshot({ path: join(ARTIFACTS, 'config-problems.png') });
    }, 180000);
});
