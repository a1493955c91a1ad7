// What the report says (spec §11): every section in order, the facts of the two examples in
// them — the stalemate's ambiguous decision with "No one", the RACI A of each owner, findings
// grouped by code with their fix and page — and that the page needs nothing from outside.
import { describe, expect, it } from 'vitest';
import { buildView, renderView } from '../../language/diagrams/render-diagram.js';
import { errorsOf } from '../../language/diagrams/render-diagram.js';
import { selectView } from '../../language/diagrams/select/select-view.js';
import { REPORT_SECTIONS } from '../../language/report/build-report.js';
import { REPORT_CSP } from '../../language/report/report-csp.js';
import { fixOf } from '../../language/report/code-fixes.js';
import { escapeHtml } from '../../language/report/escape-html.js';
import { prose } from '../../language/report/html-parts.js';
import { narrowRaciModel, raciTooBig } from '../../language/diagrams/select/raci-summary.js';
import { SUMMARY_LIMITS } from '../../language/diagrams/select/select-view.js';
import { drawPicture, scopeIds } from '../../language/report/report-pictures.js';
import { webviewReportHtml } from '../../client/report-webview-chrome.js';
import { docsUrl } from '../../language/validation/code-docs.js';
import { ALL_DIAGNOSTIC_CODES } from '../../language/validation/diagnostic-codes.js';
import { buildWorkspace } from '../helpers/workspace.js';
import { realisticFiles } from '../pathological/generators.js';
import { reportOfExample, reportOfFiles, rowOf, sectionRows, TODAY } from './report-helpers.js';

describe('the report of examples/stalemate', async () => {
    const { html, ws } = await reportOfExample('stalemate');

    it('has every section of spec §11, in order, each with its heading', () => {
        let at = 0;
        for (const [id, heading] of REPORT_SECTIONS) {
            const found = html.indexOf(`<section id="${id}" aria-labelledby="${id}-title">\n<h2 id="${id}-title">${escapeHtml(heading)}</h2>`);
            expect(found, `section ${id}`).toBeGreaterThan(at);
            at = found;
        }
        expect(html).toContain('<title>Alignment report: stalemate</title>');
    });

    it('says nobody can decide the identity provider, and why', () => {
        const row = rowOf(html, 'who-decides', 'IdentityProvider')!;
        expect(row).toBeDefined();
        expect(row[1]).toBe('UserExperience, Architecture');
        expect(row[2]).toBe('No one');
        expect(row[4]).toBe(
            'No one: it affects UserExperience (owner VPPX) and Architecture (owners CIO and VPPX), and no rule covers decisions that cross these domains'
        );
        expect(rowOf(html, 'who-decides', 'TriageQuestions')!.slice(2, 4)).toEqual(['CMO', '—']);
        expect(html).toMatch(/nobody has the authority to decide one of them/);
    });

    it('gives each domain its owners as A, and two owners are marked', () => {
        for (const info of ws.model.domains.values()) {
            const row = rowOf(html, 'decision-rights', info.domain.name)!;
            for (const owner of info.owners) expect(row[1], `${info.domain.name}: A`).toContain(owner.name);
        }
        expect(rowOf(html, 'decision-rights', 'Architecture')![1]).toBe('CIO, VPPX 2 owners');
        expect(rowOf(html, 'decision-rights', 'ClinicalWorkflows')!.slice(1)).toEqual(['CMO', 'CIO, VPPX, CMO', 'NurseLead', 'Lead']);
    });

    it('groups the findings by code, each with its count, its fix and a link to docs/diagnostics/CODE.md', () => {
        const counts = new Map<string, number>();
        for (const code of ws.codes()) counts.set(code, (counts.get(code) ?? 0) + 1);
        expect(counts.size).toBeGreaterThan(3);
        for (const [code, count] of counts) {
            const start = html.indexOf(`<div class="finding-code" id="code-${code}">`);
            expect(start, code).toBeGreaterThan(0);
            const group = html.slice(start, html.indexOf('</div>', start));
            expect(group).toContain(`× ${count}</span>`);
            expect(group).toContain(`href="${docsUrl(code)}"`);
            expect(docsUrl(code)).toMatch(new RegExp(`/docs/diagnostics/${code}\\.md$`));
            expect(group).toContain(prose(fixOf(code)));
            expect(group.match(/<li>/g)).toHaveLength(count);
        }
        // Errors first: the first group is an error's.
        expect(html.indexOf('id="code-decision-ambiguous-owner"')).toBeLessThan(html.indexOf('id="code-sla-unreachable"'));
        expect(html).toContain('<span class="where">delivery.align:32:10</span>');
    });

    it('shows the sponsor who attends nothing, the escalation cycle and the blocker nobody escalates', () => {
        expect(rowOf(html, 'initiative', 'Sponsor')).toEqual(['Sponsor', 'COO']);
        expect(rowOf(html, 'initiative', 'In scope')).toEqual(['In scope', 'patient login appointment booking']);
        expect(html).toContain('<strong class="warning">In no forum:</strong> COO, NurseLead.');
        expect(html).toMatch(/Escalation goes round in a circle:.*(SteerCo → StakeholderCheckIn → SteerCo|StakeholderCheckIn → SteerCo → StakeholderCheckIn)/);
        const risks = html.slice(html.indexOf('<section id="risks"'));
        expect(risks.indexOf('Blockers')).toBeLessThan(risks.indexOf('SchedulingInterface'));
        expect(risks.indexOf('SchedulingInterface')).toBeLessThan(risks.indexOf('>Risks</span>'));
        expect(rowOf(html, 'risks', 'SchedulingInterface')).toEqual([
            'SchedulingInterface Scheduling system interface',
            'CIO',
            '2026-10-20',
            'Ask the vendor for a test environment',
            'escalates nowhere'
        ]);
        expect(rowOf(html, 'scorecard', 'Adoption')![6]).toBe('Cannot tell: no baseline or actual');
    });

    it("draws every picture with the preview's views, inline, with ids unique in the page", () => {
        for (const view of ['decision-flow', 'raci', 'rhythm', 'escalation', 'roadmap']) {
            expect(html).toMatch(new RegExp(`<figure class="diagram" data-view="${view}"><div class="picture"><svg [^>]*data-view="${view}"`));
        }
        const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map(match => match[1]);
        expect(ids.length).toBeGreaterThan(10);
        expect(new Set(ids).size).toBe(ids.length);
        // Each marker reference points at an id of the same page.
        for (const [, id] of html.matchAll(/url\(#([^)]+)\)/g)) expect(ids).toContain(id);
    });

    it('asks for nothing outside itself: no script, stylesheet, image, frame or font, and a policy that forbids them', () => {
        expect(html).not.toMatch(/<(script|link|img|iframe|object|embed|image|use|foreignObject)\b/i);
        expect(html).not.toMatch(/\s(src|srcset|xlink:href)=|@import|url\((?!#)/i);
        expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${escapeHtml(REPORT_CSP)}">`);
        // The only links are the findings' pages and the page's own anchors.
        for (const [, href] of html.matchAll(/href="([^"]*)"/g))
            expect(href).toMatch(/^(#[\w-]+|https:\/\/github\.com\/align-tools\/align\/blob\/main\/docs\/diagnostics\/[\w-]+\.md)$/);
    });
});

describe('the report of examples/patient-portal', async () => {
    const { html, ws } = await reportOfExample('patient-portal');

    it('has every section, and says there are no findings', () => {
        for (const [id] of REPORT_SECTIONS) expect(html).toContain(`<section id="${id}"`);
        expect(html).toContain('No findings: Align reports nothing in this project.');
        expect(html).toContain('<strong>0 errors, 0 warnings</strong>');
    });

    it('says who decides each decision, within what time, and why', () => {
        expect(rowOf(html, 'who-decides', 'IdentityProvider')!.slice(1, 6)).toEqual([
            'UserExperience, Architecture',
            'Triage (CIO, VPPX and CMO)',
            '48 hours',
            'Triage within 48 hours, by rule CrossDomain: affects UserExperience and Architecture, owned by VPPX and CIO',
            '2027-01-15 needed by Pilot'
        ]);
        expect(rowOf(html, 'who-decides', 'TriageQuestions')!.slice(2, 4)).toEqual(['CMO', '2 business days']);
        expect(rowOf(html, 'who-decides', 'BookingFlow')![2]).toBe('VPPX');
        expect(rowOf(html, 'who-decides', 'EncryptionAtRest')![4]).toBe('CIO, owner of Architecture and Security');
        expect(html).toContain('each has someone with the authority to decide it.');
    });

    it('gives each domain its owner as A', () => {
        for (const info of ws.model.domains.values()) expect(rowOf(html, 'decision-rights', info.domain.name)![1]).toBe(info.owner!.name);
    });

    it('has the forums, the escalations, the milestones, the scorecard and the risks', () => {
        expect(rowOf(html, 'rhythm', 'SteerCo')!.slice(1)).toEqual(['every month', '2 hours', 'CIO, VPPX, CMO', '—']);
        expect(rowOf(html, 'escalation', 'TeamStatus')).toEqual(['TeamStatus', 'StakeholderCheckIn', '—', 'cadence TeamStatus']);
        expect(html).toContain('No escalation path loops back on itself.');
        expect(rowOf(html, 'roadmap', 'Pilot')).toEqual(['Pilot Pilot launch', '2027-02-01', 'IdentityProvider']);
        expect(rowOf(html, 'roadmap', 'SelfService')).toEqual(['SelfService Patients book their own appointments', 'Adoption', 'by 2027-Q2']);
        expect(rowOf(html, 'scorecard', 'Adoption')!.slice(1)).toEqual([
            'outcome',
            'VPPX',
            '5% on 2026-06-01',
            '18% on 2026-10-01',
            '60% by 2027-06-30',
            'On track: 7.3% behind the line, within 10% (22% expected)'
        ]);
        expect(rowOf(html, 'risks', 'VendorApiDelay')!.slice(1)).toEqual([
            'CIO',
            '2026-10-01',
            'Build against a stub of the vendor API',
            'to SteerCo after 2 weeks escalated on 2026-10-20'
        ]);
        expect(rowOf(html, 'initiative', 'Last alignment review')![1]).toBe('2026-11-02 in MilestoneReview (next by 2026-12-17)');
    });
});

describe("the report's judgements", () => {
    it('marks a metric off track, an issue not escalated in time, an overdue decision and an overriding decider', async () => {
        const html = await reportOfFiles(`
stakeholder Ann { org "A" }
stakeholder Bob { org "B" }
cadence W every week { attendees Ann, Bob }
domain D { owner Ann }
domain E { owner Bob }
rule R { when crosses any decided by W within 1 week }
metric M outcome { owner Ann baseline 5% on 2026-06-01 target 60% by 2027-06-30 actual 7% on 2026-10-01 }
risk K { owner Bob mitigation "m" status issue since 2026-10-01 escalates to W after 1 week }
decision Late { affects D due 2026-11-01 }
decision Mine { affects D, E decided by Bob }
`);
        expect(rowOf(html, 'scorecard', 'M')![6]).toMatch(/^Off track: \d+(\.\d)?% of the way behind the line, which says \d+(\.\d)?%$/);
        expect(rowOf(html, 'risks', 'K')![4]).toBe('to W after 1 week not escalated, due by 2026-10-08');
        expect(rowOf(html, 'who-decides', 'Late')![5]).toBe('2026-11-01 overdue');
        expect(rowOf(html, 'who-decides', 'Mine')!.slice(2, 5)).toEqual([
            'Bob',
            '—',
            'Explicitly decided by Bob, overriding the framework, which says: W within 1 week, by rule R: affects D and E, owned by Ann and Bob'
        ]);
        expect(html).toContain('One metric: <strong class="off-track">1 off track</strong>.');
    });

    it('says plainly when a project declares nothing', async () => {
        const html = await reportOfFiles('');
        expect(html).toContain('No initiative is declared');
        expect(html).toContain('No decision is declared.');
        expect(html).toContain('No risk is declared.');
        expect(sectionRows(html, 'scorecard')).toEqual([]);
    });
});

describe('escaping and pieces', () => {
    it('escapes markup and drops characters HTML forbids; code spans only wrap escaped text', () => {
        expect(escapeHtml('<a href="x" onclick=\'y\'>&\u0000\u0007\u009b')).toBe('&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;');
        expect(prose('Add `<script>` here')).toBe('Add <code>&lt;script&gt;</code> here');
    });

    it('has a fix for every code', () => {
        for (const code of [...ALL_DIAGNOSTIC_CODES, 'internal-error']) expect(fixOf(code), code).not.toBe("See the code's page.");
    });

    it('prefixes the ids of a picture and its references, and nothing else', () => {
        const svg = '<svg><marker id="arrow"/><path marker-end="url(#arrow)"/><a href="#arrow"/><text>url(#arrow) id="arrow"</text></svg>';
        expect(scopeIds(svg, 'p')).toBe(
            '<svg><marker id="p-arrow"/><path marker-end="url(#p-arrow)"/><a href="#p-arrow"/><text>url(#p-arrow) id="p-arrow"</text></svg>'
        );
        expect(scopeIds('<svg><rect/></svg>', 'p')).toBe('<svg><rect/></svg>');
    });

    it("adds the webview's toolbar and nonce, and refuses a page that is not a report", async () => {
        const { html } = await reportOfExample('stalemate');
        const page = webviewReportHtml(html, 'abc123');
        expect(page).toContain(`content="${escapeHtml(`${REPORT_CSP}; script-src 'nonce-abc123'`)}"`);
        expect(page).toContain('<script nonce="abc123">');
        expect(page).toContain('id="align-report-save"');
        expect(page.match(/<script/g)).toHaveLength(1);
        expect(() => webviewReportHtml('<html><body>\n</body></html>', 'n')).toThrow(/not an Align report/);
    });
});

describe('the RACI picture of a large project', () => {
    it("is the picture the preview's summary draws, built without the whole matrix", async () => {
        const ws = await buildWorkspace(realisticFiles(60, 4));
        const errors = errorsOf([...ws.documents.values()]);
        expect(raciTooBig(ws.model, SUMMARY_LIMITS.raciCells)).toBe(true);
        const summary = selectView(buildView(ws.model, errors, 'raci'));
        const narrowed = narrowRaciModel(ws.model, errors);
        expect(await renderView(buildView(narrowed.model, errors, 'raci'), 'svg')).toBe(await renderView(summary.view, 'svg'));
        expect(summary.note!.startsWith(narrowed.note.replace(/\.$/, ''))).toBe(true);
        const picture = await drawPicture('raci', { model: ws.model, errors, today: TODAY });
        expect(picture.note).toBe(`${narrowed.note} The table lists everything.`);
    });

    it('is the whole matrix when it is small', async () => {
        const ws = await buildWorkspace(realisticFiles(2, 1));
        expect(raciTooBig(ws.model, SUMMARY_LIMITS.raciCells)).toBe(false);
        const picture = await drawPicture('raci', { model: ws.model, errors: [], today: TODAY });
        expect(picture.note).toBeUndefined();
        expect(picture.svg).toContain('data-view="raci"');
    });
});
