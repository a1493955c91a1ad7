// Groups: a group with no members decides nothing, and a deciding group's members must be
// in some forum where decisions are actually taken.
import type { ValidationAcceptor } from 'langium';
import { nameOf } from '../model/explain.js';
import { isMembersProperty, isStakeholder, type Group } from '../generated/ast.js';
import type { AlignmentModel } from '../model/alignment-model.js';
import { propertiesOf } from './check-utils.js';
import { absence } from './domain-checks.js';
import { DiagnosticCode } from './diagnostic-codes.js';

/** Reports `group-empty`, and `owner-not-engaged` for members of a group that decides. */
export function checkGroup(group: Group, model: AlignmentModel, accept: ValidationAcceptor): void {
    const members = propertiesOf(group, isMembersProperty);
    if (members.every(p => p.members.length === 0)) {
        accept('error', `Group ${nameOf(group)} has no members, so it cannot decide or be escalated to. Add \`members <stakeholder>, …\`.`, {
            node: group,
            property: 'name',
            code: DiagnosticCode.GroupEmpty
        });
        return;
    }
    if (!model.deciders.has(group)) return;
    // A body that owns a domain and never meets is reported once, on each domain it owns
    // (domain-checks.ts), rather than once per member.
    const people = model.groupMembers.get(group) ?? [];
    const owns = (model.ownedDomains.get(group)?.length ?? 0) > 0;
    if (owns && people.length > 0 && !people.some(member => model.engagingAttendance.has(member))) return;
    for (const property of members) {
        property.members.forEach((ref, index) => {
            const member = ref.ref;
            if (isStakeholder(member) && !model.engagingAttendance.has(member)) {
                accept(
                    'warning',
                    `${nameOf(member)} is a member of ${nameOf(group)}, which decides, but ${absence(model, member)}. Add ${nameOf(member)} to the attendees of a cadence, or take them out of ${nameOf(group)}.`,
                    { node: property, range: ref.$refNode?.range, property: 'members', index, code: DiagnosticCode.OwnerNotEngaged }
                );
            }
        });
    }
}
