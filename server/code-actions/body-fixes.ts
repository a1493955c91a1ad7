// Fixes for bodies and authority (docs/language.md, "Bodies", "Delegation"): say how a body
// decides, name who breaks a tie, take a member over the per-org limit off the body, and put
// a delegated domain under the delegator's domain. Each is a choice: all are offered.
import type { AstNode, LangiumDocument } from 'langium';
import type { CodeAction, Diagnostic } from 'vscode-languageserver';
import { isDelegatedByProperty, isDomain, isGroup, isMembersProperty, isPartOfProperty, type Group } from '../../language/generated/ast.js';
import type { AlignmentModel } from '../../language/model/alignment-model.js';
import { isValidName } from '../../language/references/names.js';
import { quickFix, type OffsetEdit } from './fix-action.js';
import { addProperty, nodeOfDiagnostic } from './text-places.js';
import { DECISION_METHODS } from '../completion/keyword-snippets.js';

/** `decision-method-missing`: one `decides by …` per common method. */
export function addDecisionMethod(diagnostic: Diagnostic, document: LangiumDocument): CodeAction[] {
    const group = nodeOfDiagnostic(diagnostic, document, isGroup);
    if (!group) return [];
    return DECISION_METHODS.flatMap(method => {
        const edit = addProperty(document, group, [`decides by ${method}`]);
        return edit ? [quickFix(`${group.name} decides by ${method}`, diagnostic, [edit])] : [];
    });
}

/** `tie-possible`: `tie broken by <member>`, one fix per member with a name. */
export function addTieBreaker(diagnostic: Diagnostic, document: LangiumDocument, model: AlignmentModel): CodeAction[] {
    const group = groupOf(diagnostic, document);
    const seats = group ? (model.bodies.get(group)?.seats ?? []) : [];
    return seats
        .filter(seat => isValidName(seat.name))
        .flatMap(seat => {
            const edit = addProperty(document, group!, [`tie broken by ${seat.name}`]);
            return edit ? [quickFix(`${seat.name} breaks ties in ${group!.name}`, diagnostic, [edit])] : [];
        });
}

/** `affiliation-limit-exceeded`: take one of the over-represented org's members off the body. */
export function removeOverLimitMember(diagnostic: Diagnostic, document: LangiumDocument): CodeAction[] {
    const group = groupOf(diagnostic, document);
    const names = (diagnostic.data as { members?: string[] } | undefined)?.members ?? [];
    if (!group) return [];
    return names.flatMap(name => {
        const edits = removeMember(document, group, name);
        return edits.length > 0 ? [quickFix(`Take ${name} off ${group.name}`, diagnostic, edits)] : [];
    });
}

/** `delegation-not-held`: make the domain `part of` a domain the delegator owns. */
export function placeUnderDelegator(diagnostic: Diagnostic, document: LangiumDocument, model: AlignmentModel): CodeAction[] {
    const property = nodeOfDiagnostic(diagnostic, document, isDelegatedByProperty);
    const domain = property && isDomain(property.$container) ? property.$container : undefined;
    const delegator = property?.delegator.ref;
    if (!domain || !delegator || domain.properties.some(isPartOfProperty)) return [];
    const owned = [...model.domains.values()]
        .filter(info => info.owner === delegator && info.domain !== domain && isValidName(info.domain.name))
        .filter(info => !info.ancestors.includes(domain));
    return owned.flatMap(info => {
        const edit = addProperty(document, domain, [`part of ${info.domain.name}`]);
        return edit ? [quickFix(`Make ${domain.name} part of ${info.domain.name}, which ${delegator.name} owns`, diagnostic, [edit])] : [];
    });
}

/** The group a finding sits in (on the group or on one of its properties). */
function groupOf(diagnostic: Diagnostic, document: LangiumDocument): Group | undefined {
    const node = nodeOfDiagnostic(diagnostic, document, (n: unknown): n is AstNode => typeof n === 'object' && n !== null && '$type' in n);
    for (let at: AstNode | undefined = node; at; at = at.$container) if (isGroup(at)) return at;
    return undefined;
}

/** Edits removing a name from the group's `members` list, with its comma. */
function removeMember(document: LangiumDocument, group: Group, name: string): OffsetEdit[] {
    for (const property of group.properties.filter(isMembersProperty)) {
        const index = property.members.findIndex(ref => ref.$refText === name);
        const node = property.members[index]?.$refNode;
        if (index < 0 || !node || property.members.length < 2) continue;
        // `A, B, C` without B: from the end of the name before to the end of B; the first from its start to the next name.
        const before = property.members[index - 1]?.$refNode;
        const after = property.members[index + 1]?.$refNode;
        const span = before ? { start: before.end, end: node.end } : { start: node.offset, end: after!.offset };
        return [{ document, ...span, text: '' }];
    }
    return [];
}
