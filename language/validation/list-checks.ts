// `duplicate-list-entry`: a name written twice in one list (`touches Arch, Arch`,
// `attendees Ann, Bob, Ann`). Harmless to the model, which reads a list as a set, but a sign of
// a slip: the second was probably meant to be another name.
import { AstUtils, type AstNode, type ValidationAcceptor } from 'langium';
import { isEscalationPathProperty, isWhenProperty, type Declaration } from '../generated/ast.js';
import { nameOf } from '../model/explain.js';
import { kindOf } from './check-utils.js';
import { DiagnosticCode } from './diagnostic-codes.js';
import { propertyWord } from './property-checks.js';

/** Reports every repeat of a name within one list of a declaration's names, on the repeat. */
export function checkDuplicateListEntries(declaration: Declaration, accept: ValidationAcceptor): void {
    for (const property of (declaration as { properties?: AstNode[] }).properties ?? []) {
        // An escalation path is a route, not a set: passing a body twice is a cycle, which
        // `escalation-cycle` reports.
        if (isEscalationPathProperty(property)) continue;
        const seen = new Map<string, number>();
        for (const { reference, property: feature, index } of AstUtils.streamReferences(property)) {
            // Only lists: a single reference has no index.
            if (index === undefined) continue;
            const key = `${feature}\u0000${reference.$refText}`;
            const count = (seen.get(key) ?? 0) + 1;
            seen.set(key, count);
            if (count < 2) continue;
            const list = isWhenProperty(property) ? 'touches' : propertyWord(property.$type);
            const times = count === 2 ? 'twice' : `${count} times`;
            const remove = count === 2 ? 'remove the second' : 'remove this one';
            accept('warning', `${reference.$refText} is listed ${times} in \`${list}\` of ${kindOf(declaration)} ${nameOf(declaration)}; ${remove}`, {
                node: property,
                range: reference.$refNode?.range,
                property: feature as never,
                index,
                code: DiagnosticCode.DuplicateListEntry,
                data: { refText: reference.$refText }
            });
        }
    }
}
