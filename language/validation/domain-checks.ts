// Decision rights of a domain: exactly one owner, and an owner who takes part in governance.
import type { ValidationAcceptor } from 'langium';
import { isOwnerProperty, isStakeholder, type Domain } from '../generated/ast.js';
import type { AlignmentModel } from '../model/alignment-model.js';
import { listing, nameOf } from '../model/explain.js';
import { propertiesOf } from './check-utils.js';
import { DiagnosticCode } from './diagnostic-codes.js';

/** Reports `domain-no-owner`, `domain-multiple-owners` and an owner who attends no cadence. */
export function checkDomain(domain: Domain, model: AlignmentModel, accept: ValidationAcceptor): void {
    const ownerProperties = propertiesOf(domain, isOwnerProperty);
    const ownerRefs = ownerProperties.flatMap(p => p.owners);
    if (ownerRefs.length === 0) {
        accept('error', `Domain ${nameOf(domain)} has no owner, so nobody can decide its questions. Add \`owner <stakeholder>\` to it.`,
            { node: domain, property: 'name', code: DiagnosticCode.DomainNoOwner });
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
    const info = model.domains.get(domain);
    if (!info) return;
    const owners = new Set(info.owners);
    for (const property of ownerProperties) {
        property.owners.forEach((ref, index) => {
            const owner = ref.ref;
            if (isStakeholder(owner) && owners.has(owner) && !model.attendance.has(owner)) {
                accept('warning', `${nameOf(owner)} owns ${nameOf(domain)} but attends no cadence, so decisions in this domain wait for someone who is never in the room. Add ${nameOf(owner)} to the attendees of a cadence.`,
                    { node: property, range: ref.$refNode?.range, property: 'owners', index, code: DiagnosticCode.OwnerNotEngaged });
            }
        });
    }
}
