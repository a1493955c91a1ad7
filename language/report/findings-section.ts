// The findings: every diagnostic, grouped by code, worst first, each code with its fix in one
// line and a link to its page (docs/diagnostics/CODE.md, spec §8).
import { docsUrl } from '../validation/code-docs.js';
import { fixOf } from './code-fixes.js';
import { anchorId, escapeHtml } from './escape-html.js';
import { badge, empty, plural, prose } from './html-parts.js';
import type { ReportFinding, ReportSeverity } from './report-input.js';

const RANK: Record<ReportSeverity, number> = { error: 0, warning: 1, info: 2, hint: 3 };

export interface FindingGroup {
    code: string;
    /** The worst severity among its findings. */
    severity: ReportSeverity;
    findings: ReportFinding[];
}

/** Findings grouped by code: errors first, then the most frequent, then by code; each group by place. */
export function groupFindings(findings: ReportFinding[]): FindingGroup[] {
    const groups = new Map<string, ReportFinding[]>();
    for (const finding of findings) {
        const members = groups.get(finding.code);
        if (members) members.push(finding);
        else groups.set(finding.code, [finding]);
    }
    return [...groups]
        .map(([code, members]) => ({
            code,
            severity: members.reduce<ReportSeverity>((worst, f) => (RANK[f.severity] < RANK[worst] ? f.severity : worst), 'hint'),
            findings: [...members].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column)
        }))
        .sort((a, b) => RANK[a.severity] - RANK[b.severity] || b.findings.length - a.findings.length || a.code.localeCompare(b.code));
}

/** `3 errors, 1 warning` over the findings, leaving out severities with none. */
export function severityCounts(findings: ReportFinding[]): string {
    const counts = (['error', 'warning', 'info', 'hint'] as const)
        .map(severity => [severity, findings.filter(f => f.severity === severity).length] as const)
        .filter(([severity, count]) => count > 0 || severity === 'error' || severity === 'warning');
    return counts.map(([severity, count]) => plural(count, severity)).join(', ');
}

/** The findings section's body. */
export function findingsBody(findings: ReportFinding[]): string {
    if (findings.length === 0) return empty('No findings: Align reports nothing in this project.');
    const groups = groupFindings(findings);
    let out = `<p>${escapeHtml(severityCounts(findings))}, under ${plural(groups.length, 'code')}.</p>\n`;
    for (const group of groups) {
        const mixed = group.findings.some(f => f.severity !== group.severity);
        out +=
            `<div class="finding-code" id="${anchorId('code', group.code)}">` +
            `<h3><code>${escapeHtml(group.code)}</code> ${badge(group.severity, group.severity)} <span class="muted">× ${group.findings.length}</span></h3>` +
            `<p class="fix"><strong>Fix:</strong> ${prose(fixOf(group.code))} ` +
            `<a class="docs" href="${escapeHtml(docsUrl(group.code))}">What it means, why it matters, an example (${escapeHtml(`docs/diagnostics/${group.code}.md`)})</a></p>\n` +
            '<ul class="findings">\n' +
            group.findings
                .map(
                    f =>
                        `<li><span class="where">${escapeHtml(`${f.file}:${f.line}:${f.column}`)}</span> ${mixed ? `${badge(f.severity, f.severity)} ` : ''}${prose(f.message)}</li>`
                )
                .join('\n') +
            '\n</ul></div>\n';
    }
    return out;
}
