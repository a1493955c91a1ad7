// `align report` as a process (out/cli/main.cjs) and `align/report` through the bundled server
// over stdio: the same page from both, written only where it may be.
import { cpSync, existsSync, linkSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReportRequest, type ReportResult } from '../../language/protocol.js';
import { startServer, type LspSession } from '../lsp/lsp-client.js';
import { rowOf } from './report-helpers.js';
import { runAlign } from '../helpers/cli.js';

const ROOT = resolve(__dirname, '../..');

/** `align ARGS` in `cwd`, through the tests' one CLI runner. */
function align(args: string[], cwd = ROOT) {
    return runAlign(args, cwd);
}

/** A copy of an example in a temporary folder, so files may be written beside it. */
function copyOf(example: string): string {
    const folder = mkdtempSync(join(tmpdir(), 'align-report-'));
    cpSync(join(ROOT, 'examples', example), folder, { recursive: true });
    return folder;
}

describe('align report', () => {
    it('writes align-report.html in the current folder by default, exit 0 whatever the findings', () => {
        const folder = copyOf('stalemate');
        const r = align(['report'], folder);
        expect(r.stderr).toBe('');
        expect(r.status).toBe(0);
        expect(r.stdout).toBe('Wrote align-report.html: the report of stalemate, 4 errors, 6 warnings\n');
        const html = readFileSync(join(folder, 'align-report.html'), 'utf8');
        expect(rowOf(html, 'who-decides', 'IdentityProvider')![2]).toBe('No one');
        expect(html).toContain('<meta name="generator" content="align ');
        // The project's configured today (2026-11-24) is the report's.
        expect(html).toContain('As of 2026-11-24');
    });

    it('writes -o FILE with --today, and the files are named relative to the current folder', () => {
        const out = join(mkdtempSync(join(tmpdir(), 'align-report-out-')), 'portal.html');
        const r = align(['report', 'examples/stalemate', '-o', out, '--today', '2027-03-02']);
        expect(r.status).toBe(0);
        const html = readFileSync(out, 'utf8');
        expect(html).toContain('As of 2027-03-02');
        expect(html).toContain('<span class="where">examples/stalemate/delivery.align:32:10</span>');
        // Past its due date on that day.
        expect(rowOf(html, 'who-decides', 'TriageQuestions')![5]).toBe('2027-03-01 overdue');
    });

    it('refuses -o "", an .align name, an input under another name and the config, before writing anything', () => {
        const folder = copyOf('stalemate');
        symlinkSync(join(folder, 'people.align'), join(folder, 'people.html'));
        linkSync(join(folder, 'delivery.align'), join(folder, 'hard.html'));
        const before = readFileSync(join(folder, 'people.align'), 'utf8');
        const cases: Array<[string, RegExp]> = [
            ['', /-o needs a file name/],
            ['Notes.ALIGN', /must not name an \.align file/],
            ['people.html', /it is the input file people\.align/],
            ['hard.html', /it is the input file delivery\.align/],
            ['align.config.json', /it is the input file align\.config\.json/]
        ];
        for (const [output, message] of cases) {
            const r = align(['report', '.', '-o', output], folder);
            expect(r.status, output).toBe(2);
            expect(r.stderr).toMatch(message);
        }
        expect(readFileSync(join(folder, 'people.align'), 'utf8')).toBe(before);
        expect(readFileSync(join(folder, 'align.config.json'), 'utf8')).toContain('"today": "2026-11-24"');
        expect(existsSync(join(folder, 'Notes.ALIGN'))).toBe(false);
    });

    it('is a usage error for a bad --today, several projects or an unwritable file', () => {
        expect(align(['report', 'examples/stalemate', '--today', '2027-02-30', '-o', join(tmpdir(), 'x.html')]).stderr).toMatch(/--today takes a real date/);
        const several = align(['report', 'examples/stalemate', 'examples/patient-portal', '-o', join(tmpdir(), 'x.html')]);
        expect(several.status).toBe(2);
        expect(several.stderr).toMatch(/2 projects/);
        const folder = mkdtempSync(join(tmpdir(), 'align-report-dir-'));
        writeFileSync(join(folder, 'a.align'), 'stakeholder A\n');
        const unwritable = align(['report', folder, '-o', folder]);
        expect(unwritable.status).toBe(2);
        expect(unwritable.stderr).toMatch(/cannot write/);
    });
});

describe('align/report through the server', () => {
    let session: LspSession;
    beforeAll(async () => {
        session = await startServer(['stalemate']);
    });
    afterAll(async () => {
        await session?.stop();
    });

    it('answers with the page the CLI writes, files named within the project', async () => {
        const result = await session.connection.sendRequest<ReportResult>(ReportRequest.method, { uri: session.uri('delivery.align') });
        expect(result.project).toBe('stalemate');
        expect(rowOf(result.html, 'who-decides', 'IdentityProvider')![2]).toBe('No one');
        expect(result.html).toContain('<span class="where">delivery.align:32:10</span>');
        expect(result.html).toContain('As of 2026-11-24');
        for (const view of ['decision-flow', 'raci', 'rhythm', 'escalation', 'roadmap'])
            expect(result.html).toContain(`data-view="${view}"><div class="picture"><svg`);
    });

    it('answers bad parameters with InvalidParams', async () => {
        await expect(session.connection.sendRequest(ReportRequest.method, { uri: 42 })).rejects.toThrow(/align\/report: uri must be/);
        await expect(session.connection.sendRequest(ReportRequest.method, [])).rejects.toThrow(/params must be an object/);
    });
});
