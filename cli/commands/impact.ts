// `align impact NAME`: what the alignment would lose if a stakeholder, group or cadence were
// gone (spec §10), per category, as a list for people or JSON for tools.
import { isCadence, isGroup, isStakeholder, type Declaration } from '../../language/generated/ast.js';
import type { AlignmentModel, EscalationEdge, Party } from '../../language/model/alignment-model.js';
import { impactCount, impactLead, LISTED_NAMES, listing, nameOf } from '../../language/model/explain.js';
import { IMPACT_CATEGORIES, impactCounts, impactOf, type DeciderChange, type Impact, type ImpactCategory } from '../../language/model/impact.js';
import { kindOf } from '../../language/model/who-decides-answer.js';
import { loadWorkspace, onlyProject } from '../../host/load-workspace.js';
import { escapeControls, formatJson } from '../output.js';
import { ExitCode, UsageError } from '../../host/usage-error.js';
import { parseFormat } from './check.js';

export interface ImpactOptions {
    format: string;
}

/** A decision's change by name, as `--format json` prints it. */
interface JsonDeciderChange {
    decision: string;
    before: string | null;
    after: string | null;
    reason: string;
}

/** An escalation by name; `declaredIn` is the agreement of a path step, else the escalating declaration. */
interface JsonEscalation {
    from: string;
    to: string;
    declaredIn: string;
}

/** Runs `align impact` and returns the exit status. */
export async function runImpact(name: string, paths: string[], options: ImpactOptions): Promise<number> {
    const format = parseFormat(options.format, ['text', 'json']);
    const workspace = await loadWorkspace(paths);
    const model = workspace.services.align.AlignmentModel.modelOfProject(onlyProject(workspace));
    const subject = partyNamed(model, name);
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
export function partyNamed(model: AlignmentModel, name: string): Party {
    const declarations = model.declarationsByName.get(name) ?? [];
    const party = declarations.find((d): d is Party => isStakeholder(d) || isGroup(d) || isCadence(d));
    if (party) return party;
    if (declarations.length > 0) {
        throw new UsageError(`${name} is a ${declarations[0].$type.toLowerCase()}; impact asks what changes without a stakeholder, a group or a cadence`);
    }
    // Capped: a large workspace would otherwise turn one typo into pages of names.
    const known = [...new Set(model.stakeholders.map(s => s.name).filter(n => typeof n === 'string' && n.length > 0))].sort();
    throw new UsageError(`no stakeholder, group or cadence named ${name} (known stakeholders: ${known.length > 0 ? listing(known.slice(0, LISTED_NAMES), known.length) : 'none'})`);
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

/** One array per category, names as strings; the key order is the documented output. */
export function impactJson(name: string, subject: Party, impact: Impact): Record<string, unknown> {
    const json: Record<string, unknown> = { name, kind: kindOf(subject) };
    for (const category of IMPACT_CATEGORIES) {
        json[category] = category === 'escalationsWithoutTarget' ? impact[category].map(escalationJson)
            : category === 'decidersChanged' || category === 'decisionsWithoutDecider' || category === 'decisionsGainingDecider'
                ? impact[category].map(changeJson)
                : category === 'findingsAppearing' ? impact[category].map(finding => ({ code: finding.code, message: finding.message }))
                    : impact[category].map(node => nameOf(node));
    }
    return json;
}

function changeJson(change: DeciderChange): JsonDeciderChange {
    return { decision: nameOf(change.decision), before: change.before?.name ?? null, after: change.after?.name ?? null, reason: change.reason };
}

function escalationJson(edge: EscalationEdge): JsonEscalation {
    return { from: nameOf(edge.from), to: nameOf(edge.to), declaredIn: nameOf(declaredIn(edge)) };
}

/** The declaration whose property declares the edge: for a path step, the agreement, not the step. */
function declaredIn(edge: EscalationEdge): Declaration {
    return edge.source.$container;
}
