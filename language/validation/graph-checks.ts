// Cycles in the two graphs of the model: escalation (escalates to, escalation paths) and
// group nesting. A cycle means an escalation never reaches someone who can decide.
import type { ValidationAcceptor } from 'langium';
import { isMembersProperty, type Workspace } from '../generated/ast.js';
import type { AlignmentModel } from '../model/alignment-model.js';
import { cycleText, nameOf } from '../model/explain.js';
import { isIn, propertiesOf, RELATED_LIMIT, relatedAt } from './check-utils.js';
import { DiagnosticCode } from './diagnostic-codes.js';

/** Reports `escalation-cycle` on every edge of a cycle declared in this document. */
export function checkEscalationCycles(workspace: Workspace, model: AlignmentModel, accept: ValidationAcceptor): void {
    for (const cycle of model.escalationCycles) {
        const names = cycleText(cycle.nodes.map(n => nameOf(n)));
        // Every step of the cycle, clickable (the first RELATED_LIMIT of a long one).
        const related = cycle.nodes.slice(0, RELATED_LIMIT).flatMap((node, i) => relatedAt(node, `step ${i + 1}: ${nameOf(node)} escalates to ${nameOf(cycle.nodes[(i + 1) % cycle.nodes.length])}`));
        const reported = new Set<unknown>();
        for (const edge of cycle.edges) {
            if (!isIn(edge.source, workspace) || reported.has(edge.source)) continue;
            reported.add(edge.source);
            accept('error', `Escalation goes round in a circle: ${names}. An escalation must end with someone who decides; break the cycle by escalating to a body outside it.`,
                { node: edge.source, code: DiagnosticCode.EscalationCycle, data: { cycleLength: cycle.nodes.length }, relatedInformation: related });
        }
    }
}

/** Reports `group-cycle` on the members of each group of a cycle declared in this document. */
export function checkGroupCycles(workspace: Workspace, model: AlignmentModel, accept: ValidationAcceptor): void {
    for (const cycle of model.groupCycles) {
        const names = cycleText(cycle.map(g => nameOf(g)));
        for (const group of cycle.filter(g => isIn(g, workspace))) {
            const members = propertiesOf(group, isMembersProperty)[0];
            const message = `Groups contain each other: ${names}. Membership must bottom out in stakeholders; remove one of these group memberships.`;
            const related = cycle.filter(other => other !== group).slice(0, RELATED_LIMIT).flatMap(other => relatedAt(other, `${nameOf(other)} is part of the cycle`));
            if (members) accept('error', message, { node: members, code: DiagnosticCode.GroupCycle, relatedInformation: related });
            else accept('error', message, { node: group, property: 'name', code: DiagnosticCode.GroupCycle, relatedInformation: related });
        }
    }
}
