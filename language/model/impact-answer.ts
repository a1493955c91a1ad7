// "What if NAME were gone?" as data: the JSON `align impact NAME --format json` prints, which the
// MCP tool and the editor's language-model tool return too, worded once here.
import { isCadence, isGroup, isStakeholder, type Declaration } from '../generated/ast.js';
import type { AlignmentModel, EscalationEdge, Party } from './alignment-model.js';
import { LISTED_NAMES, listing, nameOf } from './explain.js';
import { IMPACT_CATEGORIES, type DeciderChange, type Impact } from './impact.js';
import { kindOf } from './who-decides-answer.js';

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

/** The stakeholder, group or cadence under the name, or the sentence saying why there is none. */
export function partyNamed(model: AlignmentModel, name: string): { party: Party } | { problem: string } {
    const declarations = model.declarationsByName.get(name) ?? [];
    const party = declarations.find((d): d is Party => isStakeholder(d) || isGroup(d) || isCadence(d));
    if (party) return { party };
    if (declarations.length > 0) {
        return { problem: `${name} is a ${declarations[0].$type.toLowerCase()}; impact asks what changes without a stakeholder, a group or a cadence` };
    }
    // Capped: a large workspace would otherwise turn one typo into pages of names.
    const known = [...new Set(model.stakeholders.map(s => s.name).filter(n => typeof n === 'string' && n.length > 0))].sort();
    return {
        problem: `no stakeholder, group or cadence named ${name} (known stakeholders: ${known.length > 0 ? listing(known.slice(0, LISTED_NAMES), known.length) : 'none'})`
    };
}

/** One array per category, names as strings; the key order is the documented output. */
export function impactJson(name: string, subject: Party, impact: Impact): Record<string, unknown> {
    const json: Record<string, unknown> = { name, kind: kindOf(subject) };
    for (const category of IMPACT_CATEGORIES) {
        json[category] =
            category === 'escalationsWithoutTarget'
                ? impact[category].map(escalationJson)
                : category === 'decidersChanged' || category === 'decisionsWithoutDecider' || category === 'decisionsGainingDecider'
                  ? impact[category].map(changeJson)
                  : category === 'findingsAppearing'
                    ? impact[category].map(finding => ({ code: finding.code, message: finding.message }))
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
export function declaredIn(edge: EscalationEdge): Declaration {
    return edge.source.$container;
}
