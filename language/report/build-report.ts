// `align report` and "Align: Show Report": one self-contained HTML page (spec §11). No script,
// no external file, no request of any kind — its Content-Security-Policy forbids them, so even
// a mistake here cannot make the page fetch something — CSS and SVG inline, light and dark by
// the system's theme, clean printed pages. Pure: the CLI and the server gather the input.
import { drawPictures } from './report-pictures.js';
import { anchorId, escapeHtml } from './escape-html.js';
import { REPORT_CSP } from './report-csp.js';
import { findingsBody, severityCounts } from './findings-section.js';
import { decisionRightsBody, escalationBody, latencyBody, rhythmBody, whoDecidesBody } from './governance-sections.js';
import { decisionLatency } from '../model/latency.js';
import { initiativeBody, risksBody, roadmapBody, scorecardBody } from './delivery-sections.js';
import { plural } from './html-parts.js';
import { decisionFacts, escalationFacts, initiativeFacts, raciFacts, rhythmFacts, riskFacts, roadmapFacts, scorecardFacts } from './report-facts.js';
import type { ReportInput } from './report-input.js';
import { REPORT_STYLE } from './report-style.js';

/** The sections in the order of spec §11, with their anchors. */
export const REPORT_SECTIONS = [
    ['initiative', 'Initiative and scope'],
    ['findings', 'Findings'],
    ['who-decides', 'Who decides'],
    ['latency', 'Decision latency'],
    ['decision-rights', 'Decision rights (RACI)'],
    ['rhythm', 'Governance rhythm'],
    ['escalation', 'Escalation'],
    ['roadmap', 'Roadmap'],
    ['scorecard', 'Scorecard'],
    ['risks', 'Risks by status']
] as const;

type SectionId = (typeof REPORT_SECTIONS)[number][0];

/** Builds the whole report page. */
export async function buildReport(input: ReportInput): Promise<string> {
    const { model, today } = input;
    const pictures = await drawPictures({ model, errors: input.errors, today, layout: input.layout });
    const decisions = decisionFacts(model, today);
    const bodies: Record<SectionId, string> = {
        initiative: initiativeBody(initiativeFacts(model, today)),
        findings: findingsBody(input.findings),
        'who-decides': whoDecidesBody(decisions, pictures.get('decision-flow')),
        latency: latencyBody(decisionLatency(model)),
        'decision-rights': decisionRightsBody(raciFacts(model), pictures.get('raci')),
        rhythm: rhythmBody(rhythmFacts(model), pictures.get('rhythm')),
        escalation: escalationBody(escalationFacts(model), pictures.get('escalation')),
        roadmap: roadmapBody(roadmapFacts(model), pictures.get('roadmap')),
        scorecard: scorecardBody(scorecardFacts(model)),
        risks: risksBody(riskFacts(model, today))
    };
    const nobody = decisions.filter(d => !d.decider).length;
    const counts = [
        `<strong>${escapeHtml(severityCounts(input.findings))}</strong>`,
        `${plural(decisions.length, 'decision')}${nobody > 0 ? `, <strong class="nobody">${nobody} without a decider</strong>` : ''}`,
        plural(model.domains.size, 'domain'),
        plural(model.cadences.length, 'forum'),
        plural(model.risks.size, 'risk')
    ];
    const title = `Alignment report: ${input.project}`;
    return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(REPORT_CSP)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
${input.generator ? `<meta name="generator" content="${escapeHtml(input.generator)}">\n` : ''}<title>${escapeHtml(title)}</title>
<style>${REPORT_STYLE}</style>
</head>
<body>
<header>
<h1>${escapeHtml(title)}</h1>
<p class="subtitle">As of ${escapeHtml(today)}</p>
<ul class="counts">${counts.map(count => `<li>${count}</li>`).join('')}</ul>
</header>
<nav class="toc chrome" aria-label="Contents"><ol>${REPORT_SECTIONS.map(([id, heading]) => `<li><a href="#${id}">${escapeHtml(heading)}</a></li>`).join('')}</ol></nav>
${REPORT_SECTIONS.map(([id, heading]) => `<section id="${anchorId(id)}" aria-labelledby="${id}-title">\n<h2 id="${id}-title">${escapeHtml(heading)}</h2>\n${bodies[id]}</section>`).join('\n')}
<footer>Made${input.generator ? ` by ${escapeHtml(input.generator)}` : ''} from the project's .align files on ${escapeHtml(today)}. Every picture is drawn by the same code as the editor's preview.</footer>
</body>
</html>
`;
}
