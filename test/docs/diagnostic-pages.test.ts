// The documentation page of every diagnostic code (docs/diagnostics/CODE.md, spec §8): it
// exists, has the agreed sections, and its example really produces the code while its fix
// really does not. A code is checked against the language as soon as it is listed in
// ALL_DIAGNOSTIC_CODES, so the pages of v2 codes are verified once those codes are implemented.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ALL_DIAGNOSTIC_CODES } from '../../language/validation/diagnostic-codes.js';
import { INTERNAL_ERROR_CODE } from '../../language/validation/internal-error.js';
import { buildWorkspace } from '../helpers/workspace.js';

const PAGES = join(dirname(fileURLToPath(import.meta.url)), '../../docs/diagnostics');
const TODAY = '2026-11-24';

/** Codes added by spec v2 (§6, §7, §9, §10): their pages must exist before they are implemented. */
const V2_CODES = [
    'config-invalid',
    'waiver-expired',
    'waiver-unused',
    'waiver-invalid',
    'risk-not-escalated',
    'blocker-no-escalation',
    'risk-status-undated',
    'decision-due-after-milestone',
    'metric-off-track',
    'alignment-review-overdue',
    'sponsor-not-engaged',
    'decision-not-socialized'
];

const SECTIONS = ['What it means', 'Why it matters', 'Example', 'How to fix', 'Configuration'];

/** Codes whose examples are checked against the language: every implemented code. */
const CHECKED: readonly string[] = ALL_DIAGNOSTIC_CODES;
const DOCUMENTED = [...new Set([...ALL_DIAGNOSTIC_CODES, ...V2_CODES, INTERNAL_ERROR_CODE])];

interface Page {
    title: string;
    /** The first non-empty line after the title: the one-line summary. */
    summary: string;
    /** `##` headings in order, outside code blocks. */
    headings: string[];
    /** The text of each `##` section, by heading. */
    sections: Map<string, string>;
}

function readPage(code: string): Page {
    const lines = readFileSync(join(PAGES, `${code}.md`), 'utf8')
        .replace(/\r\n/g, '\n')
        .split('\n');
    const headings: string[] = [];
    const sections = new Map<string, string>();
    let current: string[] | undefined;
    let fenced = false;
    for (const line of lines) {
        if (line.startsWith('```')) fenced = !fenced;
        if (!fenced && line.startsWith('## ')) {
            const heading = line.slice(3).trim();
            headings.push(heading);
            current = [];
            sections.set(heading, '');
            continue;
        }
        if (current) {
            current.push(line);
            sections.set(headings[headings.length - 1], current.join('\n'));
        }
    }
    const summary = lines.slice(1).find(line => line.trim() !== '') ?? '';
    return { title: lines[0], summary, headings, sections };
}

/** The contents of the first fenced block of a language in a section. */
function firstBlock(section: string | undefined, language: string): string | undefined {
    const match = new RegExp('^```' + language + '[ \\t]*\\n([\\s\\S]*?)^```[ \\t]*$', 'm').exec(section ?? '');
    return match?.[1];
}

/**
 * The workspace a section describes: its first ```align block as `main.align` and, for
 * codes about the project's configuration, its first ```json block as `align.config.json`.
 */
function filesOf(section: string | undefined): Record<string, string> | undefined {
    const align = firstBlock(section, 'align');
    const config = firstBlock(section, 'json');
    if (align === undefined && config === undefined) return undefined;
    // A decision record shown as a ```markdown block is the file the decision's `record "…"` names.
    const recordPath = /record "([^"]+)"/.exec(align ?? '')?.[1];
    const record = firstBlock(section, 'markdown');
    return {
        'main.align': align ?? '',
        ...(config === undefined ? {} : { 'align.config.json': config }),
        ...(recordPath !== undefined && record !== undefined ? { [recordPath]: record } : {})
    };
}

/** The README table: code → severity, and the pages it links to. */
function readIndex(): { severities: Map<string, string>; links: string[] } {
    const text = readFileSync(join(PAGES, 'README.md'), 'utf8');
    const severities = new Map<string, string>();
    const links: string[] = [];
    for (const line of text.split('\n')) {
        const row = /^\|\s*`([a-z-]+)`\s*\|([^|]*)\|[^|]*\|\s*\[[^\]]*\]\(([^)]+)\)\s*\|\s*$/.exec(line);
        if (!row) continue;
        severities.set(row[1], row[2].trim());
        links.push(row[3]);
    }
    return { severities, links };
}

const SEVERITY_NUMBER: Record<string, number> = { error: 1, warning: 2, info: 3, hint: 4 };

describe('diagnostic documentation pages', () => {
    it('documents every implemented code, every v2 code of the spec and internal-error', () => {
        const missing = DOCUMENTED.filter(code => !existsSync(join(PAGES, `${code}.md`)));
        expect(missing).toEqual([]);
    });

    it.each(DOCUMENTED)('%s: has the title, a summary with its severity and the five sections in order', code => {
        const page = readPage(code);
        expect(page.title).toBe(`# ${code}`);
        expect(page.summary).toMatch(/^\*\*(Error|Warning|Info|Hint)\b/);
        const severity = readIndex().severities.get(code) ?? '';
        for (const word of severity.match(/\b(error|warning|info|hint)\b/g) ?? []) {
            expect(page.summary.toLowerCase(), `the summary of ${code} names its severity`).toContain(word);
        }
        expect(page.headings).toEqual(SECTIONS);
        for (const heading of SECTIONS) expect(page.sections.get(heading)?.trim(), `${code}: section ${heading}`).not.toBe('');
    });

    it.each(DOCUMENTED.filter(code => code !== INTERNAL_ERROR_CODE))('%s: has an example and a fix', code => {
        const page = readPage(code);
        expect(filesOf(page.sections.get('Example')), `${code}: a code block under Example`).toBeDefined();
        expect(filesOf(page.sections.get('How to fix')), `${code}: a code block under How to fix`).toBeDefined();
    });

    it('the README table lists every page, and every listed page exists', () => {
        const pages = readdirSync(PAGES)
            .filter(file => file.endsWith('.md') && file !== 'README.md')
            .sort();
        const { severities, links } = readIndex();
        expect([...links].sort()).toEqual(pages);
        expect([...severities.keys()].sort()).toEqual(pages.map(file => file.replace(/\.md$/, '')));
        expect(new Set(links).size).toBe(links.length);
    });
});

describe('diagnostic documentation examples', () => {
    const severities = readIndex().severities;

    it.each(CHECKED)('%s: the example produces it, with the documented severity', async code => {
        const files = filesOf(readPage(code).sections.get('Example'));
        expect(files, `${code}: a code block under Example`).toBeDefined();
        const workspace = await buildWorkspace(files!, { today: TODAY });
        const found = workspace.all().filter(d => d.code === code);
        expect(found.length, `${code}: the example produces it; it produced ${JSON.stringify(workspace.codes())}`).toBeGreaterThan(0);
        const severity = SEVERITY_NUMBER[severities.get(code) ?? ''];
        if (severity !== undefined) expect(found.map(d => d.severity)).toEqual(found.map(() => severity));
    });

    it.each(CHECKED)('%s: the fix does not produce it, nor any other diagnostic', async code => {
        const files = filesOf(readPage(code).sections.get('How to fix'));
        expect(files, `${code}: a code block under How to fix`).toBeDefined();
        const workspace = await buildWorkspace(files!, { today: TODAY });
        expect(workspace.codes(), `${code}: the fix produces no diagnostic`).not.toContain(code);
        // A reader copies the fix: it should leave a clean workspace, not trade one finding for another.
        expect(workspace.all().map(d => `${d.code}: ${d.message}`)).toEqual([]);
    });
});
