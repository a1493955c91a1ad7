// `align impact NAME`: what the alignment would lose if a stakeholder, group or cadence were
// gone (spec §10), per category, as a list for people or JSON for tools.
import type { Declaration } from '../../language/generated/ast.js';
import type { AlignmentModel, Party } from '../../language/model/alignment-model.js';
import { impactCount, impactLead, nameOf } from '../../language/model/explain.js';
import { declaredIn, impactJson, partyNamed } from '../../language/model/impact-answer.js';
import { impactCounts, impactOf, type Impact, type ImpactCategory } from '../../language/model/impact.js';
import { loadWorkspace, onlyProject } from '../../host/load-workspace.js';
import { escapeControls, formatJson } from '../output.js';
import { ExitCode, UsageError } from '../../host/usage-error.js';
import { parseFormat } from './check.js';

export interface ImpactOptions {
    format: string;
}

/** Runs `align impact` and returns the exit status. */
export async function runImpact(name: string, paths: string[], options: ImpactOptions): Promise<number> {
    const format = parseFormat(options.format, ['text', 'json']);
    const workspace = await loadWorkspace(paths);
    const model = workspace.services.align.AlignmentModel.modelOfProject(onlyProject(workspace));
    const subject = partyOrUsageError(model, name);
    // The whole name is gone, as the hover counts it: a duplicate of another kind goes too.
    const impact = impactOf(model, name)!;
    if (format === 'json') {
        process.stdout.write(formatJson(impactJson(name, subject, impact)));
    } else {
        // Each line escaped on its own: names and titles come from files, the line breaks are ours.
        process.stdout.write(impactText(subject, impact).map(escapeControls).join('\n') + '\n');
    }
    return ExitCode.Ok;
}

/** The stakeholder, group or cadence under the name; a usage error naming what is known otherwise. */
export function partyOrUsageError(model: AlignmentModel, name: string): Party {
    const found = partyNamed(model, name);
    if ('problem' in found) throw new UsageError(found.problem);
    return found.party;
}

/** `If CIO left:` and, per non-empty category, its count and one line per entry. */
function impactText(subject: Declaration, impact: Impact): string[] {
    const lead = impactLead(subject, nameOf(subject));
    const counts = impactCounts(impact);
    if (counts.length === 0) return [`${lead}: nothing changes`];
    const lines = [`${lead}:`];
    for (const [category, n] of counts) {
        lines.push(`  ${impactCount(category, n)}:`);
        lines.push(...entryLines(category, impact).map(line => `    ${line}`));
    }
    return lines;
}

function entryLines(category: ImpactCategory, impact: Impact): string[] {
    switch (category) {
        case 'decidersChanged':
        case 'decisionsWithoutDecider':
        case 'decisionsGainingDecider':
            return impact[category].map(change => `${nameOf(change.decision)}: ${partyName(change.before)} → ${partyName(change.after)} (${change.reason})`);
        case 'escalationsWithoutTarget':
            return impact[category].map(edge => {
                const holder = declaredIn(edge);
                return `${nameOf(edge.from)} → ${nameOf(edge.to)}${holder !== edge.from ? ` (escalation path of ${nameOf(holder)})` : ''}`;
            });
        case 'findingsAppearing':
            return impact[category].map(finding => `${finding.code}: ${finding.message}`);
        default:
            return impact[category].map(node => nameOf(node));
    }
}

function partyName(party: Party | undefined): string {
    return party ? nameOf(party) : 'nobody';
}
