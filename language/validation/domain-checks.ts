// Decision rights of a domain: exactly one owner, and an owner who takes part in governance.
import type { ValidationAcceptor } from 'langium';
import { isDelegatedByProperty, isGroup, isOwnerProperty, isStakeholder, type Domain, type Stakeholder } from '../generated/ast.js';
import type { AlignmentModel } from '../model/alignment-model.js';
import { absenceText, listing, nameOf } from '../model/explain.js';
import { propertiesOf } from './check-utils.js';
import { DiagnosticCode } from './diagnostic-codes.js';

/** Reports `domain-no-owner`, `domain-multiple-owners`, an owner who attends no cadence and `delegation-not-held`. */
export function checkDomain(domain: Domain, model: AlignmentModel, accept: ValidationAcceptor): void {
    const ownerProperties = propertiesOf(domain, isOwnerProperty);
    const ownerRefs = ownerProperties.flatMap(p => p.owners);
    const info = model.domains.get(domain);
    checkDelegation(domain, model, accept);
    if (ownerRefs.length === 0) {
        // An owning ancestor decides for it (docs/language.md, "Hierarchy").
        if (info?.ownerFrom) return;
        const residual = model.residualAuthority;
        if (residual) {
            accept(
                'warning',
                `Domain ${nameOf(domain)} has no owner, so its decisions are decided by ${nameOf(residual)}, by residual authority. Name an owner if that is not intended.`,
                { node: domain, property: 'name', code: DiagnosticCode.DomainNoOwner }
            );
            return;
        }
        accept(
            'error',
            `Domain ${nameOf(domain)} has no owner, so nobody can decide its questions. Add \`owner <stakeholder or group>\` to it, or make it \`part of\` a domain that has one.`,
            { node: domain, property: 'name', code: DiagnosticCode.DomainNoOwner }
        );
        return;
    }
    if (ownerRefs.length > 1) {
        const names = listing(ownerRefs.map(ref => ref.$refText));
        const message = `Domain ${nameOf(domain)} has ${ownerRefs.length} owners (${names}): decision ownership is ambiguous. Keep one owner and make the others \`consulted\`.`;
        if (ownerProperties.length > 1) {
            ownerProperties.slice(1).forEach(node => accept('error', message, { node, code: DiagnosticCode.DomainMultipleOwners }));
        } else {
            accept('error', message, { node: ownerProperties[0], code: DiagnosticCode.DomainMultipleOwners });
        }
    }
    if (!info) return;
    const owners = new Set(info.owners);
    for (const property of ownerProperties) {
        property.owners.forEach((ref, index) => {
            const owner = ref.ref;
            if (isStakeholder(owner) && owners.has(owner) && !model.engagingAttendance.has(owner)) {
                accept(
                    'warning',
                    `${nameOf(owner)} owns ${nameOf(domain)} but ${absence(model, owner)}, so decisions in this domain wait for someone who is never in the room. Add ${nameOf(owner)} to the attendees of a cadence.`,
                    { node: property, range: ref.$refNode?.range, property: 'owners', index, code: DiagnosticCode.OwnerNotEngaged }
                );
            }
            // A body owns as one: it is engaged when any of its members sits in a forum.
            const members = isGroup(owner) ? (model.groupMembers.get(owner) ?? []) : [];
            if (isGroup(owner) && owners.has(owner) && members.length > 0 && !members.some(member => model.engagingAttendance.has(member))) {
                accept(
                    'warning',
                    `${nameOf(owner)} owns ${nameOf(domain)} but none of its members attends a cadence, so decisions in this domain wait for a body that never meets. Add ${nameOf(owner)} to the attendees of a cadence.`,
                    { node: property, range: ref.$refNode?.range, property: 'owners', index, code: DiagnosticCode.OwnerNotEngaged }
                );
            }
        });
    }
}

/**
 * `delegation-not-held`: only what one holds can be delegated — the delegator must be the
 * effective owner of an ancestor domain, or the initiative's residual authority.
 */
function checkDelegation(domain: Domain, model: AlignmentModel, accept: ValidationAcceptor): void {
    const property = propertiesOf(domain, isDelegatedByProperty)[0];
    const info = model.domains.get(domain);
    const delegator = info?.delegatedBy;
    if (!property || !info || !delegator) return;
    const holds = info.ancestors.some(ancestor => model.domains.get(ancestor)?.owner === delegator) || model.residualAuthority === delegator;
    if (holds) return;
    const where =
        info.ancestors.length === 0
            ? `${nameOf(domain)} is part of no domain`
            : `it owns none of ${nameOf(domain)}'s ancestors (${listing(info.ancestors.map(a => nameOf(a)))})`;
    accept(
        'error',
        `${nameOf(delegator)} delegates ${nameOf(domain)} but held nothing to delegate: ${where}, and it is not the initiative's residual authority. Make ${nameOf(domain)} \`part of\` a domain ${nameOf(delegator)} owns, or name the right delegator.`,
        { node: property, property: 'delegator', code: DiagnosticCode.DelegationNotHeld }
    );
}

/** Why a stakeholder is not in the room, as every engagement finding says it. */
export function absence(model: AlignmentModel, stakeholder: Stakeholder): string {
    return absenceText(model.attendance.get(stakeholder) ?? [], cadence => model.cadenceInterval.get(cadence));
}
