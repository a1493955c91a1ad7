// Builds reports the way the CLI and the server do, and opens them in Chromium with every
// request but the page itself aborted, so a report that needs the network shows it.
import type { Browser, Page } from 'playwright-core';
import { errorsOf } from '../../language/diagrams/render-diagram.js';
import { buildReport } from '../../language/report/build-report.js';
import { findingsOfDocuments, type ReportFinding } from '../../language/report/report-input.js';
import { loadExample } from '../diagrams/diagram-helpers.js';
import { buildWorkspace, type TestWorkspace } from '../helpers/workspace.js';

export const TODAY = '2026-11-24';

/** The address the report is served at; everything else is aborted. */
export const REPORT_URL = 'http://report.test/report.html';

/** The report of a built workspace, files named by their base names. */
export async function reportOf(ws: TestWorkspace, project: string, extra: ReportFinding[] = []): Promise<string> {
    const documents = [...ws.documents.values()];
    const findings = [...extra, ...findingsOfDocuments(documents, document => document.uri.path.split('/').pop()!)];
    return buildReport({ project, model: ws.model, errors: errorsOf(documents), findings, today: TODAY, generator: 'align test' });
}

/** The report of one of examples/. */
export async function reportOfExample(name: string): Promise<{ html: string; ws: TestWorkspace }> {
    const { ws } = await loadExample(name);
    return { html: await reportOf(ws, name), ws };
}

/** The report of files given as text. */
export async function reportOfFiles(files: Record<string, string> | string, project = 'test'): Promise<string> {
    return reportOf(await buildWorkspace(files), project);
}

export interface OpenedReport {
    page: Page;
    /** Requests other than the page itself: each was aborted. */
    requests: string[];
    failed: string[];
    /** Milliseconds from navigation to the load event. */
    loadMs: number;
}

/** Opens the page in a fresh tab with the network cut off: only the page itself is served. */
export async function openReport(
    browser: Browser,
    html: string,
    options: { colorScheme?: 'light' | 'dark'; media?: 'screen' | 'print'; width?: number; init?: string } = {}
): Promise<OpenedReport> {
    const page = await browser.newPage({ viewport: { width: options.width ?? 1280, height: 900 } });
    await page.emulateMedia({ colorScheme: options.colorScheme ?? 'light', media: options.media ?? 'screen' });
    if (options.init) await page.addInitScript(options.init);
    const requests: string[] = [];
    const failed: string[] = [];
    page.on('request', request => {
        if (request.url() !== REPORT_URL) requests.push(request.url());
    });
    page.on('requestfailed', request => {
        if (request.url() !== REPORT_URL) failed.push(request.url());
    });
    await page.route('**', route =>
        route.request().url() === REPORT_URL ? route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }) : route.abort()
    );
    const start = performance.now();
    await page.goto(REPORT_URL, { waitUntil: 'load', timeout: 60000 });
    return { page, requests, failed, loadMs: performance.now() - start };
}

/** The text of each row of each table in a section, cells trimmed, entities decoded. */
export function sectionRows(html: string, id: string): string[][] {
    const start = html.indexOf(`<section id="${id}"`);
    const end = html.indexOf('</section>', start);
    if (start < 0 || end < 0) throw new Error(`no section ${id}`);
    const section = html.slice(start, end);
    return [...section.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map(row =>
        [...row[1].matchAll(/<t[dh][^>]*>([\s\S]*?)<\/t[dh]>/g)].map(cell => textOf(cell[1]))
    );
}

/** The row of a section whose first cell is `name`, or `name` and a title. */
export function rowOf(html: string, id: string, name: string): string[] | undefined {
    return sectionRows(html, id).find(cells => cells[0] === name || cells[0]?.startsWith(`${name} `));
}

/** Markup to text: tags dropped (a line break becomes a space), entities decoded. */
export function textOf(markup: string): string {
    return markup
        .replace(/<br>|<\/li>/g, ' ')
        .replace(/<span class="title">/g, ' ')
        .replace(/<[^>]+>/g, '')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&#39;/g, "'")
        .replace(/&amp;/g, '&')
        .replace(/\s+/g, ' ')
        .trim();
}
