// `domain-multiple-owners`: a domain has one owner, and which one is the user's call. One fix
// per owner: it stays the owner, the others are consulted, so nobody loses their say.
import type { LangiumDocument } from 'langium';
import type { CodeAction, Diagnostic } from 'vscode-languageserver';
import { isConsultedProperty, isDomain, isOwnerProperty } from '../../language/generated/ast.js';
import { listing } from '../../language/model/explain.js';
import { isValidName } from '../../language/references/names.js';
import { insertAt, quickFix, type OffsetEdit } from './fix-action.js';
import { indentAt, nodeOfDiagnostic, removal, startsItsLine } from './text-places.js';

/** One "Keep X as owner, make the others consulted" fix per owner written on the domain. */
export function keepOneOwner(diagnostic: Diagnostic, document: LangiumDocument): CodeAction[] {
    const domain = nodeOfDiagnostic(diagnostic, document, isDomain);
    const ownerLines = domain?.properties.filter(isOwnerProperty) ?? [];
    const first = ownerLines[0]?.$cstNode;
    if (!domain || !first) return [];
    const owners = [...new Set(ownerLines.flatMap(line => line.owners.map(ref => ref.$refText)))].filter(isValidName);
    const consultedLine = domain.properties.filter(isConsultedProperty)[0];
    const consulted = new Set(consultedLine?.parties.map(ref => ref.$refText));
    const text = document.textDocument.getText();

    return owners.map(keep => {
        const others = owners.filter(owner => owner !== keep);
        const added = others.filter(owner => !consulted.has(owner));
        let ownerText = `owner ${keep}`;
        const edits: OffsetEdit[] = [];
        if (added.length > 0 && consultedLine?.$cstNode) {
            edits.push(insertAt(document, consultedLine.$cstNode.end, `, ${added.join(', ')}`));
        } else if (added.length > 0) {
            // No `consulted` yet: it goes right under the owner, where a reader looks for it.
            const separator = startsItsLine(text, first.offset) ? `\n${indentAt(text, first.offset)}` : ' ';
            ownerText += `${separator}consulted ${added.join(', ')}`;
        }
        edits.push({ document, start: first.offset, end: first.end, text: ownerText });
        for (const line of ownerLines.slice(1)) {
            if (line.$cstNode) edits.push(removal(document, line.$cstNode));
        }
        const title =
            others.length > 0
                ? `Keep ${keep} as owner of ${domain.name}, make ${listing(others)} consulted`
                : `Keep ${keep} as the only owner of ${domain.name}`;
        return quickFix(title, diagnostic, edits);
    });
}
