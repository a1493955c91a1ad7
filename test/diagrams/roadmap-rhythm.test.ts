// The roadmap and rhythm views (spec §9, §10): what they hold, their golden SVG and Mermaid
// (from a frozen fixture, so the examples may grow), selection, the preview's node index and
// the CLI's today. Rendering in a browser is in roadmap-rhythm-browser.test.ts.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runDiagram } from '../../cli/commands/diagram.js';
import { buildView, errorsOf, renderDiagram, renderView, type DiagramFormat } from '../../language/diagrams/render-diagram.js';
import { hoursText } from '../../language/diagrams/render/rhythm-svg.js';
import { selectView, SUMMARY_LIMITS } from '../../language/diagrams/select/select-view.js';
import { indexView, nodeAt } from '../../language/diagrams/select/view-index.js';
import { DIAGRAM_VIEWS, type RhythmView, type RoadmapView } from '../../language/diagrams/view-model.js';
import { buildWorkspace } from '../helpers/workspace.js';

const FIXTURE = readFileSync(new URL('./fixtures/portal-timeline.align', import.meta.url), 'utf8');
const TODAY = '2026-11-24';

async function fixture() {
    const ws = await buildWorkspace({ 'portal.align': FIXTURE });
    return { ws, errors: errorsOf([...ws.documents.values()]) };
}

async function roadmap(today = TODAY, withErrors = true): Promise<RoadmapView> {
    const { ws, errors } = await fixture();
    return buildView(ws.model, withErrors ? errors : [], 'roadmap', true, today) as RoadmapView;
}

async function rhythm(): Promise<RhythmView> {
    const { ws, errors } = await fixture();
    return buildView(ws.model, errors, 'rhythm') as RhythmView;
}

const marksOf = (view: RoadmapView, lane: string) => view.lanes.find(l => l.kind === lane)!.tracks.flatMap(track => track.marks);
const markOf = (view: RoadmapView, id: string, kind?: string) =>
    view.lanes.flatMap(l => l.tracks.flatMap(t => t.marks)).find(m => m.id === id && (!kind || m.kind === kind))!;

describe('the roadmap view', () => {
    it('is one of the diagram views', () => {
        expect(DIAGRAM_VIEWS).toContain('roadmap');
        expect(DIAGRAM_VIEWS).toContain('rhythm');
    });

    it('has lanes for milestones, benefits, metrics, decisions and risks, in that order', async () => {
        const view = await roadmap();
        expect(view.today).toBe(TODAY);
        expect(view.lanes.map(lane => lane.kind)).toEqual(['milestones', 'benefits', 'metrics', 'decisions', 'risks']);
        expect(marksOf(view, 'milestones').map(m => [m.id, m.date])).toEqual([
            ['milestone:Pilot', '2027-02-01'],
            ['milestone:GeneralAvailability', '2027-06-30']
        ]);
    });

    it('puts benefits at their milestone or the last day of their quarter', async () => {
        const view = await roadmap();
        const fewer = markOf(view, 'benefit:FewerCalls');
        expect([fewer.date, fewer.label[1]]).toEqual(['2027-06-30', 'at GeneralAvailability']);
        expect(fewer.links).toEqual(['milestone:GeneralAvailability', 'metric:CallVolume']);
        const self = markOf(view, 'benefit:SelfService');
        expect([self.date, self.label[1]]).toEqual(['2027-06-30', 'by 2027-Q2']);
    });

    it('gives each metric a row with its baseline, actuals and target, and flags one behind plan', async () => {
        const view = await roadmap();
        const metrics = view.lanes.find(lane => lane.kind === 'metrics')!.tracks;
        expect(metrics.map(track => track.header?.name)).toEqual(['Adoption', 'CallVolume', 'OnboardingVelocity']);
        const adoption = metrics[0].marks.map(m => [m.kind, m.date, m.value, m.label[0]]);
        expect(adoption).toEqual([
            ['baseline', '2026-06-01', 5, 'baseline 5%'],
            ['actual', '2026-09-01', 12, '12%'],
            ['actual', '2026-10-01', 18, '18%'],
            ['target', '2027-06-30', 60, 'target 60%']
        ]);
        expect(metrics[0].marks.every(m => m.warnings.length === 0)).toBe(true);
        const latest = metrics[1].marks.find(m => m.kind === 'actual')!;
        expect(latest.warnings.join(' ')).toMatch(/^Behind plan: 2% on 2026-11-01, .* expects 6\.\d+%\.$/);
        // A target without a date is drawn in the "no date" column.
        expect(metrics[2].marks.map(m => [m.kind, m.date, m.label[1]])).toEqual([['target', undefined, 'no date']]);
    });

    it('draws decisions red when overdue, when nobody decides, or when due after the milestone that needs them', async () => {
        const view = await roadmap();
        const red = (id: string) => markOf(view, id).errors;
        expect(red('decision:EncryptionAtRest')).toContain('Overdue: due 2026-11-01, today is 2026-11-24.');
        expect(red('decision:PilotClinics')).toContain('Nobody has the authority to decide it.');
        expect(markOf(view, 'decision:PilotClinics').date).toBe('2027-02-01');
        expect(markOf(view, 'decision:PilotClinics').label[1]).toBe('due at Pilot');
        expect(red('decision:BookingFlow')[0]).toBe('Due 2027-02-15, after Pilot on 2027-02-01, which needs it.');
        // The validator's error is listed too.
        expect(red('decision:BookingFlow').length).toBeGreaterThan(1);
        expect(red('decision:IdentityProvider')).toEqual([]);
        expect(red('decision:TriageQuestions')).toEqual([]);
        expect(markOf(view, 'decision:PortalName').date).toBeUndefined();
        expect(markOf(view, 'decision:BookingFlow').links).toEqual(['milestone:Pilot']);
        // The same decision is not overdue a month earlier.
        expect(markOf(await roadmap('2026-10-15'), 'decision:EncryptionAtRest').errors).toEqual([]);
    });

    it('shows each risk by its status since its date, open issues and blockers up to today', async () => {
        const view = await roadmap();
        const risks = Object.fromEntries(marksOf(view, 'risks').map(m => [m.id, [m.kind, m.date, m.until, m.label[1]]]));
        expect(risks).toEqual({
            'risk:VendorApiDelay': ['issue', '2026-10-01', TODAY, 'issue since 2026-10-01'],
            'risk:StaffShortage': ['blocker', '2026-11-10', TODAY, 'blocker since 2026-11-10'],
            'risk:LegacyExport': ['closed', '2026-09-15', undefined, 'closed since 2026-09-15'],
            'risk:ClinicianPushback': ['risk', undefined, undefined, 'risk']
        });
        expect(markOf(view, 'risk:VendorApiDelay').tooltip).toBe(
            'Vendor API delay\nissue since 2026-10-01\nowned by CIO\nmitigation: Build against a stub of the vendor API\nescalates to SteerCo after 2 weeks\nescalated on 2026-10-12'
        );
    });

    it('leaves out empty lanes and draws an empty project without failing', async () => {
        const ws = await buildWorkspace('stakeholder A { org "X" }\nmilestone M on 2027-01-01\n');
        const view = buildView(ws.model, [], 'roadmap', true, TODAY) as RoadmapView;
        expect(view.lanes.map(lane => lane.kind)).toEqual(['milestones']);
        const empty = await buildWorkspace('stakeholder A\n');
        const svg = await renderDiagram(empty.model, [], { view: 'roadmap', format: 'svg', today: TODAY });
        expect(svg).toContain(`data-date="${TODAY}"`);
    });

    it('falls back to the clock for a missing or impossible today', async () => {
        const ws = await buildWorkspace('milestone M on 2027-01-01\n');
        const today = new Date().toISOString().slice(0, 10);
        for (const given of [undefined, '2027-02-30']) {
            const view = buildView(ws.model, [], 'roadmap', true, given) as RoadmapView;
            // Around midnight the clock may tick between the two reads.
            expect([today, new Date().toISOString().slice(0, 10)]).toContain(view.today);
        }
    });
});

describe('the rhythm view', () => {
    it('groups cadences by tier, most frequent first, with how often and how long they meet', async () => {
        const view = await rhythm();
        expect(view.tiers.map(tier => [tier.tier, tier.title, tier.cadences.map(c => c.name)])).toEqual([
            ['weekly', 'Weekly or more often', ['TeamStatus', 'TriageCall']],
            ['biweekly', 'Every two weeks', ['StakeholderCheckIn']],
            ['monthly', 'Monthly', ['MilestoneReview', 'SteerCo']],
            ['quarterly', 'Quarterly or less often', ['PortfolioBoard']]
        ]);
        const label = (name: string) => view.tiers.flatMap(t => t.cadences).find(c => c.name === name)!.label;
        expect(label('SteerCo')).toEqual(['SteerCo', 'every month', 'for 2 h']);
        expect(label('MilestoneReview')).toEqual(['MilestoneReview', 'every month']);
        expect(label('StakeholderCheckIn')).toEqual(['StakeholderCheckIn', 'every 2 weeks', 'for 1 h']);
    });

    it('marks who attends, directly or through a group, in rows grouped by org', async () => {
        const view = await rhythm();
        expect(view.groups.map(group => [group.org, group.rows.map(row => row.stakeholder)])).toEqual([
            ['Clinical Operations', ['CMO', 'NurseLead']],
            ['Digital', ['VPPX']],
            ['IT', ['CIO', 'CISO']],
            ['No org', ['Comms']],
            ['PMO', ['Lead']]
        ]);
        const cio = view.groups.flatMap(g => g.rows).find(row => row.stakeholder === 'CIO')!;
        expect(cio.cells.map(cell => cell && { direct: cell.direct, via: cell.via })).toEqual([
            null,
            { direct: false, via: ['Triage'] },
            { direct: true, via: [] },
            { direct: true, via: [] },
            { direct: true, via: [] },
            { direct: true, via: [] }
        ]);
        // A cell leads to where the attendance is written: the name, or else the group, on the attendee list.
        const written = cio.cells.map(
            cell => cell?.source && FIXTURE.split('\n')[cell.source.range.start.line].slice(cell.source.range.start.character, cell.source.range.end.character)
        );
        expect(written).toEqual([undefined, 'Triage', 'CIO', 'CIO', 'CIO', 'CIO']);
        const lines = cio.cells.map(cell => cell?.source && FIXTURE.split('\n')[cell.source.range.start.line]);
        expect(lines.slice(1).every(line => /attendees/.test(line!))).toBe(true);
        const comms = view.groups.flatMap(g => g.rows).find(row => row.stakeholder === 'Comms')!;
        expect(comms.cells.every(cell => cell === null)).toBe(true);
        expect(comms.tooltip).toBe('Communications officer\nattends no forum');
    });

    it('counts forum hours a month where lengths are given: a weekly 1-hour meeting is 4.3 hours', async () => {
        const view = await rhythm();
        const row = (name: string) => view.groups.flatMap(g => g.rows).find(r => r.stakeholder === name)!;
        expect(row('NurseLead').hours).toBeCloseTo(30 / 7, 6);
        expect(hoursText(row('NurseLead'))).toBe('4.3 h');
        // CIO: check-in 30/14 h, triage call 30/7 h, SteerCo 2 × 1 h, board 3 h a quarter; the review has no length.
        expect(row('CIO').hours).toBeCloseTo(30 / 14 + 30 / 7 + 2 + 1, 6);
        expect([row('CIO').partial, hoursText(row('CIO'))]).toEqual([true, '≥ 9.4 h']);
        expect(hoursText(row('Comms'))).toBe('—');
        const single = await buildWorkspace('stakeholder A\ncadence W every week for 1 hour { attendees A }\n');
        const svg = await renderDiagram(single.model, [], { view: 'rhythm', format: 'svg' });
        expect(svg).toMatch(/<text class="hours"[^>]*>4\.3 h<\/text>/);
    });

    it('puts cadences without a valid interval in a tier of their own', async () => {
        const ws = await buildWorkspace('stakeholder A\ncadence W every 0 weeks { attendees A }\n');
        const view = buildView(ws.model, [], 'rhythm') as RhythmView;
        expect(view.tiers.map(tier => [tier.tier, tier.cadences[0].label])).toEqual([['unknown', ['W', 'no interval']]]);
    });
});

/** Makes file URIs independent of where the repository is checked out. */
function portable(text: string): string {
    return text.split(new URL('../../', import.meta.url).pathname).join('/REPO/');
}

describe('golden roadmap and rhythm', () => {
    for (const view of ['roadmap', 'rhythm'] as const) {
        for (const format of ['svg', 'mermaid'] as DiagramFormat[]) {
            it(`${view} ${format}`, async () => {
                const { ws } = await fixture();
                // Without the validator's messages, whose wording other work may change: the picture's own findings stay.
                const output = portable(await renderDiagram(ws.model, [], { view, format, today: TODAY }));
                const file = new URL(`./golden/portal-timeline.${view}.${format === 'mermaid' ? 'mmd' : format}`, import.meta.url);
                if (process.env.UPDATE_GOLDEN) writeFileSync(file, output);
                expect(existsSync(file), `missing golden file ${file.pathname}: run with UPDATE_GOLDEN=1`).toBe(true);
                expect(output).toBe(readFileSync(file, 'utf8'));
            });
        }
    }

    it('renders the same bytes twice, and JSON that is the view model', async () => {
        for (const view of ['roadmap', 'rhythm'] as const) {
            const first = await fixture();
            const again = await fixture();
            for (const format of ['svg', 'mermaid', 'json'] as DiagramFormat[]) {
                const a = await renderDiagram(first.ws.model, first.errors, { view, format, today: TODAY });
                expect(await renderDiagram(again.ws.model, again.errors, { view, format, today: TODAY })).toBe(a);
            }
            const json = JSON.parse(await renderDiagram(first.ws.model, first.errors, { view, format: 'json', today: TODAY }));
            expect(json).toEqual(JSON.parse(JSON.stringify(buildView(first.ws.model, first.errors, view, true, TODAY))));
        }
    });

    it('writes a gantt chart for the roadmap: red what is red, bars for open issues, undated elements described', async () => {
        const mermaid = await renderView(await roadmap(), 'mermaid');
        expect(mermaid.startsWith('gantt\n')).toBe(true);
        expect(mermaid).toContain(`    today :milestone, t0, ${TODAY}, 0d\n`);
        expect(mermaid).toMatch(/^ {4}EncryptionAtRest due 2026-11-01 :crit, milestone, e\d+, 2026-11-01, 0d$/m);
        expect(mermaid).toMatch(/^ {4}StaffShortage blocker since 2026-11-10 :crit, active, e\d+, 2026-11-10, 2026-11-24$/m);
        expect(mermaid).toMatch(/^ {4}actual 12% :milestone, e\d+, 2026-09-01, 0d$/m);
        expect(mermaid).toContain('    accDescr: Not on the chart for want of a date: OnboardingVelocity target 500, PortalName, ClinicianPushback\n');
        expect(mermaid).not.toContain('%%');
    });
});

describe('selecting and indexing the roadmap and rhythm', () => {
    it('filters the roadmap by name, keeping what is linked (a milestone and the decisions it needs)', async () => {
        const view = await roadmap();
        const selected = selectView(view, { filter: 'pilot LAUNCH' });
        const ids = (v: RoadmapView) => [...new Set(v.lanes.flatMap(l => l.tracks.flatMap(t => t.marks.map(m => m.id))))].sort();
        expect(ids(selected.view as RoadmapView)).toEqual(['decision:BookingFlow', 'decision:IdentityProvider', 'decision:PilotClinics', 'milestone:Pilot']);
        expect(selected.note).toMatch(/^Showing 4 of \d+ elements matching “pilot LAUNCH”/);
        const around = selectView(view, { around: 'metric:CallVolume' }).view as RoadmapView;
        expect(ids(around)).toEqual(['benefit:FewerCalls', 'metric:CallVolume']);
        expect(around.lanes.find(l => l.kind === 'metrics')!.tracks.map(t => t.header?.name)).toEqual(['CallVolume']);
        expect(selectView(view, { onlyUri: 'file:///elsewhere.align' }).note).toBe('Nothing from this file.');
    });

    it('filters the rhythm by a forum or a person, keeping whom they meet', async () => {
        const view = await rhythm();
        const steerco = selectView(view, { filter: 'SteerCo' }).view as RhythmView;
        expect(steerco.tiers.flatMap(t => t.cadences.map(c => c.name))).toEqual(['SteerCo']);
        expect(steerco.groups.flatMap(g => g.rows.map(r => r.stakeholder))).toEqual(['CMO', 'VPPX', 'CIO']);
        const nurse = selectView(view, { around: 'stakeholder:NurseLead' });
        const narrowed = nurse.view as RhythmView;
        expect(narrowed.tiers.flatMap(t => t.cadences.map(c => c.name))).toEqual(['TeamStatus']);
        expect(narrowed.groups.flatMap(g => g.rows.map(r => [r.stakeholder, r.cells.length]))).toEqual([['NurseLead', 1]]);
        expect(nurse.note).toBe('Showing 1 of 6 forums and 1 of 7 people around the cursor.');
    });

    it('summarises a roadmap too big to read to its milestones and what is red', async () => {
        const decisions = Array.from(
            { length: SUMMARY_LIMITS.roadmapMarks + 20 },
            (_, i) => `decision X${i} { affects D due 2027-0${1 + (i % 9)}-1${i % 10} }`
        ).join('\n');
        const ws = await buildWorkspace(
            `stakeholder A\ndomain D { owner A }\nmilestone M on 2027-03-01\ndecision Late { affects D due 2026-01-01 }\n${decisions}`
        );
        const summary = selectView(buildView(ws.model, [], 'roadmap', true, TODAY));
        const kept = (summary.view as RoadmapView).lanes.flatMap(l => l.tracks.flatMap(t => t.marks.map(m => m.id)));
        expect(kept.sort()).toEqual(['decision:Late', 'milestone:M']);
        expect(summary.note).toMatch(/^Summary: 2 of 322 elements/);
    });

    it('summarises a rhythm too big to read to the first forums and the people in them', async () => {
        const people = Array.from({ length: 60 }, (_, i) => `stakeholder P${i}`).join('\n');
        const forums = Array.from({ length: 60 }, (_, i) => `cadence C${String(i).padStart(2, '0')} every week { attendees P${i} }`).join('\n');
        const ws = await buildWorkspace(`${people}\n${forums}\n`);
        const summary = selectView(buildView(ws.model, [], 'rhythm'));
        const view = summary.view as RhythmView;
        expect(view.tiers.flatMap(t => t.cadences).length).toBe(SUMMARY_LIMITS.rhythmCadences);
        expect(view.groups.flatMap(g => g.rows).length).toBe(SUMMARY_LIMITS.rhythmCadences);
        expect(summary.note).toMatch(/^Summary: the 30 first of 60 forums/);
    });

    it('indexes each element once with its links, and finds the one under the cursor', async () => {
        const view = await roadmap();
        const index = indexView(view);
        expect(index.nodes.filter(n => n.id === 'metric:Adoption')).toHaveLength(1);
        expect(index.neighbours['milestone:Pilot'].sort()).toEqual(['decision:BookingFlow', 'decision:IdentityProvider', 'decision:PilotClinics']);
        const booking = index.nodes.find(n => n.id === 'decision:BookingFlow')!;
        expect(booking.errors).toBeGreaterThan(0);
        const source = booking.source!;
        expect(nodeAt(index.nodes, { uri: source.uri, line: source.range.start.line + 1, character: 4 })).toBe('decision:BookingFlow');
        const rhythmIndex = indexView(await rhythm());
        expect(rhythmIndex.neighbours['stakeholder:CIO']).toContain('cadence:TriageCall');
        expect(rhythmIndex.neighbours['cadence:TeamStatus'].sort()).toEqual(['stakeholder:CISO', 'stakeholder:Lead', 'stakeholder:NurseLead']);
    });
});

describe('align diagram --view roadmap', () => {
    const todayLine = (svg: string) => /<line class="today" data-date="([0-9-]+)"/.exec(svg)?.[1];

    it("draws today from --today, else from the project's config", async () => {
        const folder = mkdtempSync(join(tmpdir(), 'align-roadmap-'));
        writeFileSync(join(folder, 'portal.align'), FIXTURE);
        writeFileSync(join(folder, 'align.config.json'), JSON.stringify({ today: '2026-12-07' }));
        const output = join(folder, 'roadmap.svg');
        expect(await runDiagram([folder], { view: 'roadmap', format: 'svg', output, today: '2026-11-24' })).toBe(0);
        expect(todayLine(readFileSync(output, 'utf8'))).toBe('2026-11-24');
        expect(await runDiagram([folder], { view: 'roadmap', format: 'svg', output })).toBe(0);
        expect(todayLine(readFileSync(output, 'utf8'))).toBe('2026-12-07');
        await expect(runDiagram([folder], { view: 'roadmap', format: 'svg', output, today: '2026-13-01' })).rejects.toThrow(/--today takes a real date/);
        expect(await runDiagram([folder], { view: 'rhythm', format: 'mermaid', output })).toBe(0);
        expect(readFileSync(output, 'utf8')).toMatch(/^flowchart LR\n/);
    });
});
